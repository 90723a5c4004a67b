// WCAG 2.2 AA, checked by axe-core in the built extension in Debian's Chromium: the popup on the seed's
// story (closed, and with every section opened), the options page, and a page the extension marked (its
// markers and card included). axe runs through DevTools' evaluate, which an extension page's CSP allows.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startServer } from './lib/server.mjs';
import { launchChromium, openUntilBadge } from './lib/chromium.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchChromium({ viewport: { width: 400, height: 600 } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** axe's violations on the page, as "rule: target" lines a failing assertion can show. */
async function violations(page, include) {
  await page.evaluate(AXE);
  const found = await page.evaluate(
    async ({ tags, include }) =>
      (await window.axe.run(include ? { include } : document, { runOnly: { type: 'tag', values: tags } })).violations,
    { tags: TAGS, include },
  );
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`));
}

async function markedArticle() {
  const { page, tabId, badge } = await openUntilBadge(browser.context, `${server.origin}/site/seed-article.html`);
  assert.match(badge, /^[1-9]$/);
  return { page, tabId };
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  test('the popup on the seed story, collapsed and opened, has no violations', async () => {
    const { page, tabId } = await markedArticle();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('.result .event').first().waitFor();
    assert.deepEqual(await violations(popup), [], 'collapsed');
    await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    assert.deepEqual(await violations(popup), [], 'every section opened');
    await popup.close();
    await page.close();
  });

  test('the options page has no violations', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('input').first().waitFor();
    assert.deepEqual(await violations(options), []);
    await options.close();
  });

  test('a marked page: our markers and the open card add no violations', async () => {
    const { page } = await markedArticle();
    const marker = page.locator('durand-lens-marks');
    await marker.waitFor({ state: 'attached' });
    // Only what we added is judged: the fixture page's own markup is not ours to fix.
    assert.deepEqual(await violations(page, [['durand-lens-marks']]), [], 'markers');
    await page.keyboard.press('Tab');
    const opened = await page.evaluate(() => {
      const host = document.querySelector('durand-lens-marks');
      const button = host?.shadowRoot?.querySelector('button');
      button?.click();
      return !!button;
    });
    assert.ok(opened, 'a marker button to open the card');
    await page.waitForTimeout(300);
    assert.deepEqual(await violations(page, [['durand-lens-marks']]), [], 'with the card open');
    await page.close();
  });
});
