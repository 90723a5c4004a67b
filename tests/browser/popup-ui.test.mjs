// What a reader sees, in the built extension in Debian's Chromium: the popup (chart, copy, dismiss,
// search, settings) and the page (highlights, marker card). Screenshots are test artefacts in
// tests/.artifacts/popup/; docs/screenshots/ is refreshed by popup-glance.test.mjs on request.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { focusedId } from './lib/wait.mjs';
import { badgeText, launchChromium, tabIdOf, waitFor } from './lib/chromium.mjs';
import { contrastFailures } from './lib/contrast.mjs';

const SHOTS = fileURLToPath(new URL('../.artifacts/popup/', import.meta.url));
const ARTICLE = readFileSync(new URL('../fixtures/site/clash-article.html', import.meta.url), 'utf8');
const POPUP_SIZE = { width: 400, height: 600 };
mkdirSync(SHOTS, { recursive: true });

let server;
let browser;

before(async () => {
  // The same article under a strict Content Security Policy: no inline script or style of any kind.
  server = await startServer({
    '/csp/clash-article.html': { body: ARTICLE, headers: { 'content-security-policy': "default-src 'none'; img-src 'self'" } },
  });
  browser = await launchChromium();
  // Chromium refuses grants for chrome-extension:// origins by name; granted for every origin instead.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openArticle(path = '/site/clash-article.html') {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`);
  const tabId = await tabIdOf(page);
  const badge = await waitFor(
    () => badgeText(browser.context, tabId),
    (t) => /^\d+$/.test(t),
  );
  assert.match(badge, /^[1-9]$/, 'the clash article gets a badge');
  return { page, tabId, badge: Number(badge) };
}

async function openPopup(tabId, query = '') {
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}${query}`);
  return popup;
}

const highlightCount = (page) => page.evaluate(() => CSS.highlights.get('durand-lens-match')?.size ?? 0);
/** The background a reader sees on the first highlighted sentence (transparent: not painted). */
const highlightPaint = (page) =>
  page.evaluate(() => {
    const range = CSS.highlights.get('durand-lens-match')?.values().next().value;
    const element = range?.startContainer.parentElement;
    return element ? getComputedStyle(element, '::highlight(durand-lens-match)').backgroundColor : 'no highlight';
  });
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

describe('popup', () => {
  test('shows the matched event with a chart of how far apart the figures are', async () => {
    const { page, tabId } = await openArticle();
    const popup = await openPopup(tabId);
    const card = popup.locator('.result .event').first();
    await card.waitFor();
    // The chart and every figure sit one click away, under "All figures".
    await card.locator('.event__figures > summary').click();
    const chart = card.locator('.chart svg[role="img"]').first();
    await chart.waitFor();
    assert.ok(await chart.isVisible(), 'the chart is visible');
    const label = await chart.getAttribute('aria-label');
    const SIDE = '(Pakistan|Afghan Taliban|UN and independent)';
    assert.match(label, new RegExp(`${SIDE}: .+; ${SIDE}: `), `the chart names the sides it compares: ${label}`);
    assert.ok((await card.locator('.chart__bar rect').count()) >= 2, 'at least two bars');
    // Every figure names its claimant, its date, and links to its source in a new tab.
    const first = card.locator('.figlist .fig').first();
    await first.locator('summary').click();
    assert.match(await first.locator('time').innerText(), /^\d{4}-\d{2}-\d{2}$/);
    const link = first.locator('.fig__when a[target="_blank"]').first();
    assert.match(await link.getAttribute('href'), /^https:\/\//);
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    // "On this page": the article's sentences, with its figures tied to a side.
    await card.locator('.event__evidence > summary').click();
    const evidence = card.locator('.evidence');
    assert.ok((await evidence.locator('.evidence__sentence').count()) > 0);
    assert.match(await evidence.innerText(), /matches the figure claimed on the (Pakistan|Afghan Taliban|UN and independent) side/);
    assert.match(await popup.locator('.popup__version').innerText(), /Dataset \d{4}\.\d{2}\.\d{2}, figures as of \d{4}-\d{2}-\d{2}/);
    assert.deepEqual(await contrastFailures(popup), [], 'all text meets WCAG AA contrast (light)');
    await popup.screenshot({ path: `${SHOTS}ui-popup-light.png` });
    await popup.close();
    await page.close();
  });

  test('a running tally shows its latest figure and lists every dated point', async () => {
    const { page, tabId } = await openArticle();
    const popup = await openPopup(tabId, '&q=Ghazab');
    const result = popup.locator('.search__result').first();
    await result.waitFor();
    assert.match(await result.locator('summary').first().innerText(), /Ghazab lil-Haq/);
    await result.locator('.event__figures > summary').click();
    const withTally = result.locator('.figlist .fig', { has: popup.locator('details.tally') }).first();
    await withTally.locator('summary').first().click();
    const tally = withTally.locator('details.tally');
    await tally.locator('summary').click();
    const points = await tally.locator('li').allInnerTexts();
    assert.ok(points.length >= 3, `several dated points: ${points}`);
    assert.ok(points.every((p) => /^\d{4}-\d{2}-\d{2} /.test(p)));
    await popup.close();
    await page.close();
  });

  test('"Copy with sources" puts the figures, claimants, dates and source links on the clipboard', async () => {
    const { page, tabId } = await openArticle();
    const popup = await openPopup(tabId);
    const card = popup.locator('.result .event').first();
    const claimant = await card.locator('.glance .fig__summary').first().getAttribute('title');
    const source = await card.locator('.glance .fig__when a[target="_blank"]').first().getAttribute('href');
    await card.locator('[data-action="copy"]').click();
    await popup.locator('.copy__status', { hasText: 'Copied' }).first().waitFor();
    const text = await popup.evaluate(() => navigator.clipboard.readText());
    assert.match(text, /^\*\*.+\*\*$/m, 'the title, in Markdown bold');
    assert.ok(text.includes(claimant.split(',')[0]), `names the claimant ${claimant}`);
    assert.ok(text.includes(`](${source.replace(/[()\s]/g, encodeURIComponent)})`), `links the source ${source}`);
    assert.match(text, /\]\(https:\/\/[^)]+\)/, 'Markdown links with their URLs spelled out');
    assert.match(text, /\d{4}-\d{2}-\d{2}/);
    assert.match(text, /not a verified count/);
    const html = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
    });
    assert.match(html, /<a href="https:\/\//, 'rich text with links as well');
    await popup.close();
    await page.close();
  });

  test('"Not about this" hides the event, sticks, drops the badge, and can be undone', async () => {
    const { page, tabId, badge } = await openArticle();
    const expected = badge > 1 ? String(badge - 1) : '•';
    let popup = await openPopup(tabId);
    const first = popup.locator('.result .event').first();
    const id = await first.getAttribute('data-event-id');
    await first.locator('[data-action="dismiss"]').click();
    await popup.locator(`[data-dismissed="${id}"]`).waitFor();
    assert.equal(await popup.locator(`.result .event[data-event-id="${id}"]`).count(), 0, 'the event is hidden');
    assert.equal(
      await waitFor(
        () => badgeText(browser.context, tabId),
        (t) => t === expected,
      ),
      expected,
      'the badge counts one event fewer',
    );
    await popup.close();

    popup = await openPopup(tabId);
    await popup.locator(`[data-dismissed="${id}"]`).waitFor();
    assert.equal(await popup.locator(`.result .event[data-event-id="${id}"]`).count(), 0, 'still hidden when the popup opens again');
    await popup.locator(`[data-dismissed="${id}"] [data-action="undo"]`).click();
    await popup.locator(`.result .event[data-event-id="${id}"]`).waitFor();
    assert.equal(
      await waitFor(
        () => badgeText(browser.context, tabId),
        (t) => t === String(badge),
      ),
      String(badge),
      'undo restores the badge',
    );
    await popup.close();
    await page.close();
  });

  test('search finds Torkham, and "Look up" (?q=) shows those results first', async () => {
    const { page, tabId } = await openArticle();
    const popup = await openPopup(tabId);
    await popup.locator('.result .event').first().waitFor();
    await popup.locator('[data-action="search"]').click();
    await popup.locator('#search-input').fill('Torkham');
    const results = popup.locator('.search__result');
    await results.first().waitFor();
    assert.match(await popup.locator('.search__count').innerText(), /for “Torkham”/);
    const titles = await results.locator('.search__title').allInnerTexts();
    assert.ok(
      titles.some((t) => /Torkham/.test(t)),
      `a Torkham event: ${titles}`,
    );
    await popup.close();

    const lookup = await openPopup(tabId, '&q=Torkham');
    await lookup.locator('.search__result').first().waitFor();
    assert.equal(await focusedId(lookup, 'search-input'), 'search-input', 'the search box has focus');
    const searchBox = await lookup.locator('.search').boundingBox();
    const pageResult = await lookup.locator('.result').boundingBox();
    assert.ok(searchBox.y < pageResult.y, 'the lookup results come before the page result');
    assert.ok(await lookup.locator('.search__result').first().locator('.glance').isVisible(), 'the first result is open');
    await lookup.screenshot({ path: `${SHOTS}ui-popup-lookup.png` });
    await lookup.close();
    await page.close();
  });
});

describe('page', () => {
  test('highlights the matched sentences and a marker opens the figures on hover and on keyboard focus', async () => {
    const { page } = await openArticle();
    assert.ok(
      await waitFor(
        () => highlightCount(page),
        (n) => n > 0,
      ),
      'CSS highlight registered in the page',
    );
    assert.notEqual(await highlightPaint(page), TRANSPARENT, 'the highlighted sentences are painted');
    const marker = page.locator('durand-lens-marks .marker').first();
    await marker.waitFor();
    assert.match(await marker.getAttribute('aria-label'), /Durand Lens/);
    const card = page.locator('durand-lens-marks .card').first();
    await marker.scrollIntoViewIfNeeded();
    await marker.hover();
    await card.waitFor({ state: 'visible' });
    await card.locator('.line').first().waitFor();
    assert.match(await card.innerText(), /■ Pakistan[\s\S]*▲ Afghan Taliban/);
    assert.equal(await marker.getAttribute('aria-expanded'), 'true');
    await page.screenshot({ path: `${SHOTS}ui-page-highlight.png` });

    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden' });
    await marker.focus();
    await card.waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.querySelector('durand-lens-marks')?.shadowRoot?.activeElement?.tagName),
      'A',
      'Tab moves into the card',
    );
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    // The page's text is untouched: the highlight is not markup.
    assert.equal(await page.locator('article mark, article [data-durand-lens] ').count(), 0);
    await page.close();
  });

  test('right-to-left sentences (Urdu) read right to left in the popup', async () => {
    const { page, tabId } = await openArticle('/pages/pos-ur-2026-02-27-operation-ghazab-lil-haq-ispr.html');
    const popup = await openPopup(tabId);
    await popup.locator('.result .event').first().waitFor();
    await popup.locator('.event__evidence > summary').click();
    const directions = await popup.$$eval('.evidence__sentence', (els) =>
      els.filter((el) => /[\u0600-\u06ff]/.test(el.textContent ?? '')).map((el) => getComputedStyle(el).direction),
    );
    assert.ok(directions.length > 0, 'Urdu evidence is listed');
    assert.deepEqual([...new Set(directions)], ['rtl']);
    await popup.close();
    await page.close();
  });

  test('works on a page with a strict Content Security Policy', async () => {
    const { page } = await openArticle('/csp/clash-article.html');
    assert.ok(
      await waitFor(
        () => highlightCount(page),
        (n) => n > 0,
      ),
    );
    assert.notEqual(await highlightPaint(page), TRANSPARENT, "the page's policy does not stop the highlight style");
    const marker = page.locator('durand-lens-marks .marker').first();
    await marker.focus();
    const card = page.locator('durand-lens-marks .card').first();
    await card.waitFor({ state: 'visible' });
    const style = await card.evaluate((el) => ({ position: getComputedStyle(el).position, radius: getComputedStyle(el).borderRadius }));
    assert.deepEqual(style, { position: 'absolute', radius: '8px' }, 'the card is styled inside its shadow root');
    await page.close();
  });

  test('turning highlighting off removes every mark; turning it on brings them back', async () => {
    const { page, tabId } = await openArticle();
    await waitFor(
      () => highlightCount(page),
      (n) => n > 0,
    );
    const popup = await openPopup(tabId);
    const toggle = popup.locator('[data-setting="highlight"]');
    assert.equal(await toggle.isChecked(), true, 'on by default');
    await toggle.uncheck();
    assert.equal(
      await waitFor(
        () => highlightCount(page),
        (n) => n === 0,
      ),
      0,
    );
    assert.equal(await page.locator('durand-lens-marks').count(), 0, 'the marker host is gone');
    // Our ::highlight() styles are in effect only while a highlight exists: nothing of ours is left on the page's elements.
    const paint = await page.evaluate(
      () => getComputedStyle(document.querySelector('article p'), '::highlight(durand-lens-match)').backgroundColor,
    );
    assert.equal(paint, 'rgba(0, 0, 0, 0)', 'no highlight style left on the page');
    await toggle.check();
    assert.ok(
      await waitFor(
        () => highlightCount(page),
        (n) => n > 0,
      ),
    );
    await page.locator('durand-lens-marks .marker').first().waitFor();
    await popup.close();
    await page.close();
  });

  test('pausing the site stops everything there and says so; resuming brings it back', async () => {
    const { page, tabId, badge } = await openArticle();
    const popup = await openPopup(tabId);
    await popup.locator('.result .event').first().waitFor();
    await popup.locator('[data-action="pause"]').click();
    await popup.locator('[data-state="not-scanned-paused"]').waitFor();
    assert.equal(
      await waitFor(
        () => badgeText(browser.context, tabId),
        (t) => t === '',
      ),
      '',
      'no badge on a paused site',
    );
    assert.equal(
      await waitFor(
        () => highlightCount(page),
        (n) => n === 0,
      ),
      0,
      'no marks on a paused site',
    );
    const again = await openPopup(tabId);
    await again.locator('[data-state="not-scanned-paused"]').waitFor();
    await again.locator('[data-action="pause"]').click();
    await again.locator('.result .event').first().waitFor({ timeout: 10_000 });
    assert.equal(
      await waitFor(
        () => badgeText(browser.context, tabId),
        (t) => t === String(badge),
      ),
      String(badge),
    );
    await again.close();
    await popup.close();
    await page.close();
  });

  test('the options page saves settings', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-setting="sensitivity-normal"]').waitFor();
    assert.equal(await options.locator('[data-setting="sensitivity-normal"]').isChecked(), true, 'normal by default');
    await options.locator('#site-input').fill('www.Example.com');
    await options.locator('form.add button[type="submit"]').click();
    await options.locator('.sites li', { hasText: 'example.com' }).waitFor();
    await options.locator('.sites li button').first().click();
    await options.locator('.sites').waitFor({ state: 'detached' });
    await options.close();
  });
});

describe('dark mode', () => {
  let dark;
  before(async () => {
    dark = await launchChromium({ colorScheme: 'dark' });
  });
  after(async () => dark?.close());

  test('the popup and the in-page card follow the system dark mode', async () => {
    const page = await dark.context.newPage();
    await page.goto(`${server.origin}/site/clash-article.html`);
    const tabId = await tabIdOf(page);
    await waitFor(
      () => badgeText(dark.context, tabId),
      (t) => /^\d+$/.test(t),
    );
    const popup = await dark.context.newPage();
    await popup.setViewportSize(POPUP_SIZE);
    await popup.goto(`chrome-extension://${dark.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('.result .glance').first().waitFor();
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(17, 24, 39)', 'dark background');
    assert.deepEqual(await contrastFailures(popup), [], 'all text meets WCAG AA contrast (dark)');
    await popup.screenshot({ path: `${SHOTS}ui-popup-dark.png` });
    await popup.close();
    await page.close();
  });
});
