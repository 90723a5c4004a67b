// The built MV2 extension in Debian's Firefox ESR: badge, popup and page, as a reader sees them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { badgeText, FIREFOX_BUILD, launchFirefox, openExtensionPage, scanStatus, storedResult, tabIdOf, waitFor } from './lib/firefox.mjs';
import { DATELINE_EVENT, datelinePage, datelineText, PLAIN_TEXT } from './lib/dateline-page.mjs';

let server;
let fx;

before(async () => {
  // A page that names neither side: the content script reads it and reports nothing.
  server = await startServer({
    '/plain.html': { body: '<!doctype html><title>Weather</title><p>Sunny spells, light wind.</p>' },
    '/dateline.html': { body: datelinePage(true) },
    '/dateline.txt': { body: datelineText(), headers: PLAIN_TEXT },
  });
  fx = await launchFirefox();
});
after(async () => {
  await fx?.close();
  await server?.close();
});

/** The popup for a tab, once it shows something other than "loading". */
async function openPopup(tabId) {
  const popup = await openExtensionPage(fx, `/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-state]', { timeout: 15_000 });
  return popup;
}

/** Opens an article in a new tab and waits until the content script has read it (and reported, if it did). */
async function openArticle(path) {
  const page = await fx.browser.newPage();
  const url = `${server.origin}${path}`;
  await page.goto(url);
  const tabId = await tabIdOf(fx, page);
  const status = await waitFor(
    () => scanStatus(fx, tabId),
    (s) => s?.url === url,
  );
  assert.equal(status?.url, url, 'the content script runs in the page and answers for it');
  return { page, tabId };
}

const texts = (popup, selector) => popup.$$eval(selector, (els) => els.map((el) => el.textContent.trim()));

describe('Firefox', () => {
  test('the page gets its highlights and markers, and a marker opens the figures card', async () => {
    const { page } = await openArticle('/site/clash-article.html');
    await page.waitForSelector('durand-lens-marks', { timeout: 10_000 });
    const marks = await waitFor(
      () =>
        page.evaluate(() => ({
          highlighted: CSS.highlights?.get('durand-lens-match')?.size ?? 0,
          markers: document.querySelector('durand-lens-marks')?.shadowRoot?.querySelectorAll('.marker').length ?? 0,
        })),
      (m) => m.highlighted > 0 && m.markers > 0,
    );
    assert.ok(marks.highlighted > 0, 'matched sentences highlighted');
    assert.ok(marks.markers > 0, 'markers beside them');
    await page.evaluate(() => document.querySelector('durand-lens-marks').shadowRoot.querySelector('.marker').focus());
    const card = await waitFor(
      () =>
        page.evaluate(() => {
          const c = document.querySelector('durand-lens-marks').shadowRoot.querySelector('.card:not([hidden])');
          return c ? c.textContent : '';
        }),
      (t) => /Pakistan/.test(t) && /Afghan Taliban/.test(t),
    );
    assert.match(card, /Afghan Taliban/, 'the card compares the sides');
    await page.close();
  });

  test('the seed article gets a badge and the popup shows the competing figures with sources', async () => {
    const { page, tabId } = await openArticle('/site/seed-article.html');
    const badge = await waitFor(
      () => badgeText(fx, tabId),
      (t) => /^\d+$/.test(t),
    );
    assert.match(badge, /^[1-9]\d*$/, 'badge shows the number of matched events');

    const popup = await openPopup(tabId);
    await popup.waitForSelector('.result .event[data-event-id]', { timeout: 10_000 });
    const ids = await popup.$$eval('.result .event[data-event-id]', (els) => els.map((el) => el.getAttribute('data-event-id')));
    assert.equal(ids[0], '2026-02-26-taliban-counteroffensive');
    const others = await popup.$$eval('[data-switch]', (els) => els.length);
    assert.equal(1 + others, Number(badge), 'the event shown and the others to switch to: as many as the badge says');
    const line = '.result .glance__line[data-metric="soldiers_killed|pakistan"]';
    assert.match((await texts(popup, `${line} .fig[data-column="pakistan"] .fig__who`)).join(), /Tarar/, 'Pakistani claimant named');
    assert.deepEqual(await texts(popup, `${line} .fig .fig__figure`), ['2', '55'], "Tarar's 2 and the Taliban's 55, side by side");
    await popup.click('.result .event__figures > summary');
    assert.match(await popup.$eval('.result', (el) => el.innerText), /Mujahid/, 'Taliban claimant named');
    // The UN's 13 belongs to the page's other event, one click away.
    await popup.click('[data-switch="2026-02-21-nangarhar-paktika-strikes"]');
    await popup.waitForSelector('.result .event[data-event-id="2026-02-21-nangarhar-paktika-strikes"]');
    assert.match(
      (await texts(popup, '.result .glance .fig[data-column="un-independent"]')).join(),
      /UNAMA[\s\S]*13/,
      'UN claimant and its 13',
    );
    const link = await popup.$eval('.result .glance .fig__when a[href^="https://"]', (a) => ({ href: a.href, rel: a.rel }));
    assert.match(link.href, /^https:\/\//);
    assert.equal(link.rel, 'noopener noreferrer');
    await popup.close();
    await page.close();
  });

  test('a page that declares no date in markup is dated by its dateline, read in the background', async () => {
    // As HTML, and as plain text (one <pre>, its lines its blocks: the dateline is a line of its own).
    for (const path of ['/dateline.html', '/dateline.txt']) {
      const { page, tabId } = await openArticle(path);
      const stored = await waitFor(
        () => storedResult(fx, tabId),
        (s) => (s?.result.events.length ?? 0) > 0,
      );
      assert.equal(stored?.result.published, '2025-10-14', `${path}: the dateline is the publication date`);
      assert.equal(stored?.result.events[0].id, DATELINE_EVENT, `${path}: and the event of that day comes first`);
      await page.close();
    }
  });

  test('an unrelated article about cricket shows no badge and an empty state', async () => {
    const { page, tabId } = await openArticle('/site/unrelated-article.html');
    // The content script has finished its scan (and any report) once it answers, so the badge is final.
    assert.equal(await badgeText(fx, tabId), '');
    const popup = await openPopup(tabId);
    assert.ok(await popup.$('[data-state="off-topic"]'), 'popup shows the off-topic state');
    assert.equal(await popup.$('.result .event'), null);
    await popup.close();
    await page.close();
  });

  test('navigating the tab to an unrelated article removes the badge and the result', async () => {
    const { page, tabId } = await openArticle('/site/seed-article.html');
    assert.match(
      await waitFor(
        () => badgeText(fx, tabId),
        (t) => /^\d+$/.test(t),
      ),
      /^[1-9]\d*$/,
    );

    const next = `${server.origin}/site/unrelated-article.html`;
    await page.goto(next);
    assert.equal(
      (
        await waitFor(
          () => scanStatus(fx, tabId),
          (s) => s?.url === next,
        )
      )?.url,
      next,
    );
    assert.equal(
      await waitFor(
        () => badgeText(fx, tabId),
        (t) => t === '',
      ),
      '',
    );
    // The seed article's result is dropped; the cricket page may leave its own off-topic one.
    const stored = await waitFor(
      () => storedResult(fx, tabId),
      (r) => r === undefined || r.url === next,
    );
    assert.ok(stored === undefined || (stored.url === next && stored.result.events.length === 0), 'the old result is dropped');
    const popup = await openPopup(tabId);
    assert.ok(await popup.$('[data-state="off-topic"]'), 'popup shows the off-topic state');
    await popup.close();
    await page.close();
  });

  test('navigating to a page that reports nothing drops the result (tabs.onUpdated without the "tabs" permission)', async () => {
    // Firefox resets a tab's badge on navigation by itself, and the cricket page above stores its own
    // result over the old one; here only the background's own clean-up can remove the seed result.
    const { page, tabId } = await openArticle('/site/seed-article.html');
    assert.equal((await waitFor(() => storedResult(fx, tabId), Boolean))?.result.events.length > 0, true);
    const next = `${server.origin}/plain.html`;
    await page.goto(next);
    assert.equal(
      await waitFor(
        () => storedResult(fx, tabId),
        (r) => r === undefined,
      ),
      undefined,
      'the old result is dropped',
    );
    // A page without anchor words never gets the full reader: nothing in the tab answers.
    assert.equal(await scanStatus(fx, tabId), undefined, 'no full reader on a page without anchor words');
    assert.equal(await badgeText(fx, tabId), '');
    await page.close();
  });

  // Last: it replaces the extension under the other tests' helper page.
  test('after an update, a page marked by the old version shows one set of marks (open tabs are checked again)', async () => {
    const { page } = await openArticle('/site/clash-article.html');
    const hosts = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('durand-lens-marks')].map((h) => (h.hasAttribute('data-test-old') ? 'old' : 'new')),
      );
    assert.deepEqual(await waitFor(hosts, (h) => h.length === 1), ['new'], 'marked once before the update');
    await page.evaluate(() => document.querySelector('durand-lens-marks').setAttribute('data-test-old', ''));
    assert.equal(await fx.browser.installExtension(FIREFOX_BUILD), fx.addonId, 'the same add-on, updated');
    fx.helper = await openExtensionPage(fx, '/options.html');
    // The new version's content script reads the open tab and draws its own marks, in idle time.
    assert.deepEqual(await waitFor(hosts, (h) => h.includes('new')), ['new'], 'the new marks, and not the old beside them');
    await page.close();
  });
});
