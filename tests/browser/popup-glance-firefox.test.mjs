// The popup at a glance (issue 17) in Debian's Firefox ESR with the MV2 build: the same first-screen
// promises as popup-glance.test.mjs, at 400 × 600 and at 360 px wide.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { badgeText, launchFirefox, openExtensionPage, setViewport, tabIdOf, waitFor } from './lib/firefox.mjs';

const ARTEFACTS = fileURLToPath(new URL('../.artifacts/popup/', import.meta.url));
mkdirSync(ARTEFACTS, { recursive: true });
const MAX_COLLAPSED_HEIGHT = 1600;
// The same page the Chromium suite writes inline: a report of the counteroffensive with no figure in it.
const NO_FIGURE_PAGE = readFileSync(new URL('./popup-glance.test.mjs', import.meta.url), 'utf8').match(
  /const NO_FIGURE_PAGE = `([\s\S]*?)`;/,
)[1];

let server;
let fx;

before(async () => {
  server = await startServer({ '/generated/no-figure.html': { body: NO_FIGURE_PAGE } });
  fx = await launchFirefox();
});
after(async () => {
  await fx?.close();
  await server?.close();
});

async function openPopupFor(path, viewport = { width: 400, height: 600 }) {
  const page = await fx.browser.newPage();
  await page.goto(`${server.origin}${path}`);
  const tabId = await tabIdOf(fx, page);
  await waitFor(
    () => badgeText(fx, tabId),
    (t) => /^\d+$/.test(t),
    15_000,
  );
  const popup = await openExtensionPage(fx, `/popup.html?tabId=${tabId}`);
  await setViewport(popup, viewport);
  await popup.waitForSelector('.result .event .glance', { timeout: 15_000 });
  return { page, popup };
}

/** What the popup shows within its first `height` px, read in the page. */
const firstScreen = (popup, height) =>
  popup.evaluate((height) => {
    const seen = (el) => {
      const r = el?.getBoundingClientRect();
      return !!r && r.height > 0 && r.top >= 0 && r.bottom <= height;
    };
    const glance = document.querySelector('.result .glance');
    const line = glance.querySelector('.glance__line');
    const rows = [...line.querySelectorAll('.fig')];
    return {
      mode: glance.dataset.glance,
      title: seen(document.querySelector('.result .event__title')),
      lineSeen: seen(line),
      metric: line.dataset.metric,
      page: line.querySelector('.glance__page')?.textContent ?? '',
      gap: line.querySelector('.glance__gap')?.textContent ?? '',
      rows: rows.map((r) => ({
        column: r.dataset.column,
        who: r.querySelector('.fig__who').textContent,
        figure: r.querySelector('.fig__figure')?.textContent,
        seen: seen(r),
      })),
      open: document.querySelectorAll('details[open]').length,
      height: document.documentElement.scrollHeight,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  }, height);

describe('popup at a glance (Firefox)', () => {
  test("the seed's story: the page's 2, Tarar, the Taliban's 55 and the gap in the first 600 px", async () => {
    const { page, popup } = await openPopupFor('/site/seed-article.html');
    const s = await firstScreen(popup, 600);
    assert.equal(s.mode, 'page');
    assert.ok(s.title && s.lineSeen, 'title and first line in the first screen');
    assert.equal(s.metric, 'soldiers_killed|pakistan');
    assert.match(s.page, /two Pakistani soldiers/);
    assert.deepEqual(
      s.rows.map((r) => [r.column, r.figure, r.seen]),
      [
        ['pakistan', '2', true],
        ['afghan-taliban', '55', true],
      ],
    );
    assert.match(s.rows[0].who, /Tarar/);
    assert.equal(s.gap, '55 vs 2 — 27×');
    assert.equal(s.open, 0);
    assert.ok(s.height <= MAX_COLLAPSED_HEIGHT, `${s.height} px`);
    await popup.screenshot({ path: `${ARTEFACTS}firefox-popup-400.png` });
    await popup.close();
    await page.close();
  });

  test('a page with no stated figure: the most disputed figures, two sides or more, in the first screen', async () => {
    const { page, popup } = await openPopupFor('/generated/no-figure.html');
    const s = await firstScreen(popup, 600);
    assert.equal(s.mode, 'disputed');
    assert.ok(s.lineSeen);
    assert.ok(new Set(s.rows.map((r) => r.column)).size >= 2, JSON.stringify(s.rows));
    assert.match(s.gap, /^[\d,]+ vs [\d,]+/);
    assert.ok(s.height <= MAX_COLLAPSED_HEIGHT, `${s.height} px`);
    await popup.close();
    await page.close();
  });

  test('at 360 px wide nothing spills sideways', async () => {
    const { page, popup } = await openPopupFor('/site/seed-article.html', { width: 360, height: 640 });
    const s = await firstScreen(popup, 640);
    assert.equal(s.overflow, 0);
    assert.ok(s.lineSeen && s.rows.every((r) => r.seen));
    await popup.screenshot({ path: `${ARTEFACTS}firefox-popup-360.png` });
    await popup.close();
    await page.close();
  });
});
