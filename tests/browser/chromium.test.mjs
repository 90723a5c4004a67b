// The built extension in Debian's Chromium: badge, popup and page, as a reader sees them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { badgeText, currentWorker, launchChromium, tabIdOf, waitFor, openUntilBadge } from './lib/chromium.mjs';
import { DATELINE_EVENT, datelinePage, datelineText, PLAIN_TEXT, RECALLED_EVENT } from './lib/dateline-page.mjs';

let server;
let browser;

// A long article (over stage 1's 5,000 characters) whose text is swapped for a clash story a second after load,
// at the same address: stage 1 does not watch a page that already shows a long text.
const CLASH_STORY =
  "Afghan Taliban forces attacked Pakistani border posts on Thursday night, days after Pakistani airstrikes in Nangarhar and Paktika. Pakistan's information minister Attaullah Tarar said two Pakistani soldiers were killed, while Taliban spokesman Zabihullah Mujahid said 55 Pakistani soldiers were killed.";
const longThenStory = `<!doctype html><title>Markets</title><article id="story">${'<p>Markets closed higher on the week as traders weighed new figures on prices and jobs.</p>'.repeat(70)}</article>
<script>setTimeout(() => { const p = document.createElement('p'); p.textContent = ${JSON.stringify(CLASH_STORY)}; document.getElementById('story').replaceChildren(p); }, 1000);</script>`;

before(async () => {
  server = await startServer({
    '/weather.html': {
      body: '<!doctype html><title>Weather</title><article><p>Sunny spells and a light wind, with showers later in the week.</p></article>',
    },
    '/dateline.html': { body: datelinePage(true) },
    '/dateline.txt': { body: datelineText(), headers: PLAIN_TEXT },
    '/no-dateline.html': { body: datelinePage(false) },
    '/long-then-story.html': { body: longThenStory },
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPopup(tabId) {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

describe('Chromium', () => {
  test('the seed article gets a badge and the popup shows the competing figures with sources', async () => {
    const url = `${server.origin}/site/seed-article.html`;
    const { page, tabId, badge } = await openUntilBadge(browser.context, url);
    assert.match(badge, /^[1-9]$/, 'badge shows the number of matched events');

    const popup = await openPopup(tabId);
    const firstEvent = popup.locator('.result .event').first();
    await firstEvent.waitFor();
    assert.equal(await firstEvent.getAttribute('data-event-id'), '2026-02-26-taliban-counteroffensive');
    const result = popup.locator('.result');
    // At a glance: the page's figure (Tarar's 2) with the Taliban's 55 beside it.
    const line = result.locator('.glance__line[data-metric="soldiers_killed|pakistan"]');
    assert.match(await line.locator('.fig[data-column="pakistan"] .fig__who').innerText(), /Tarar/, 'Pakistani claimant named');
    assert.equal(await line.locator('.fig[data-column="pakistan"] .fig__figure').innerText(), '2', "Tarar's figure");
    assert.equal(await line.locator('.fig[data-column="afghan-taliban"] .fig__figure').innerText(), '55', "the Taliban's, beside it");
    await result.locator('.event__figures > summary').click();
    assert.match(await result.innerText(), /Mujahid/, 'Taliban claimant named');
    // The UN's 13 belongs to the page's other event, one click away.
    await result.locator('[data-switch="2026-02-21-nangarhar-paktika-strikes"]').click();
    assert.match(
      await result.locator('.glance .fig[data-column="un-independent"]').first().innerText(),
      /UNAMA[\s\S]*13/,
      'UN claimant and its 13',
    );
    const link = result.locator('.glance .fig__when a[href^="https://"]').first();
    assert.match(await link.getAttribute('href'), /^https:\/\//);
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    await popup.close();
    await page.close();
  });

  test('an unrelated article about cricket shows no badge and an empty state', async () => {
    const page = await browser.context.newPage();
    const url = `${server.origin}/site/unrelated-article.html`;
    await page.goto(url);
    await page.waitForTimeout(800);
    const tabId = await tabIdOf(page);
    assert.equal(await badgeText(browser.context, tabId), '');
    // Our highlight styles apply only on a page with highlights (kept off every other page's elements).
    const paint = await page.evaluate(
      () => getComputedStyle(document.querySelector('p'), '::highlight(durand-lens-match)').backgroundColor,
    );
    assert.equal(paint, 'rgba(0, 0, 0, 0)');
    const popup = await openPopup(tabId);
    await popup.locator('[data-state="off-topic"]').waitFor();
    await popup.close();
    await page.close();
  });

  test('the result survives a service-worker restart, and goes when the tab navigates', async () => {
    const url = `${server.origin}/site/clash-article.html`;
    const { page, tabId } = await openUntilBadge(browser.context, url);

    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const popup = await openPopup(tabId);
    await popup.locator('.result .event').first().waitFor();
    await popup.close();

    await page.goto(`${server.origin}/site/unrelated-article.html`);
    const after = await waitFor(
      () => badgeText(browser.context, tabId),
      (t) => t === '',
    );
    assert.equal(after, '');
    const again = await openPopup(tabId);
    await again.locator('[data-state="off-topic"]').waitFor();
    await again.close();
    await page.close();
  });

  test('an in-page navigation to a new address (history.pushState) keeps a result for the new address', async () => {
    const { page, tabId } = await openUntilBadge(browser.context, `${server.origin}/site/seed-article.html`);
    await page.evaluate(() => history.pushState(null, '', '/site/seed-article.html?view=comments'));
    await page.waitForTimeout(500);
    const badge = await waitFor(
      () => badgeText(browser.context, tabId),
      (t) => /^\d+$/.test(t),
    );
    assert.match(badge, /^[1-9]$/);
    const popup = await openPopup(tabId);
    await popup.locator('.result .event').first().waitFor();
    await popup.close();
    await page.close();
  });

  test('a page that declares no date in markup is dated by its dateline, and shown the event of that day', async () => {
    const shownFor = async (path) => {
      const { page, tabId } = await openUntilBadge(browser.context, `${server.origin}${path}`);
      const popup = await openPopup(tabId);
      const first = popup.locator('.result .event').first();
      await first.waitFor();
      const id = await first.getAttribute('data-event-id');
      const stored = await (await currentWorker(browser.context)).evaluate(
        async (key) => (await chrome.storage.session.get(key))[key],
        `tab:${tabId}`,
      );
      await popup.close();
      await page.close();
      return { id, published: stored?.result.published };
    };
    assert.deepEqual(await shownFor('/dateline.html'), { id: DATELINE_EVENT, published: '2025-10-14' }, 'the dateline dates the page');
    assert.deepEqual(
      await shownFor('/no-dateline.html'),
      { id: RECALLED_EVENT, published: null },
      'without it, the day the page recalls decides',
    );
    // As plain text (one <pre>), its lines are its blocks: the dateline is still a line of its own.
    assert.deepEqual(await shownFor('/dateline.txt'), { id: DATELINE_EVENT, published: '2025-10-14' }, 'a plain-text page too');
  });

  test('a plain-text page (shown by Chromium as one <pre>) is read too', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/seed-article.txt`);
    const tabId = await tabIdOf(page);
    assert.match(
      await waitFor(
        () => badgeText(browser.context, tabId),
        (t) => /^\d+$/.test(t),
      ),
      /^[1-9]$/,
    );
    await page.close();
  });

  // Stage 1 marks the addresses it checked in the extension's own world: a script of ours can read it there.
  const checkedAddress = async (tabId) =>
    (await currentWorker(browser.context)).evaluate(
      async (id) =>
        (await chrome.scripting.executeScript({ target: { tabId: id }, func: () => window.__durandLensChecked ?? null }))[0]?.result ??
        null,
      tabId,
    );
  const setPausedSites = async (sites) =>
    (await currentWorker(browser.context)).evaluate(
      (list) => chrome.storage.local.set({ settings: { highlight: true, sensitivity: 'normal', pausedSites: list } }),
      sites,
    );
  const registeredExcludes = async () =>
    (await currentWorker(browser.context)).evaluate(
      async () => (await chrome.scripting.getRegisteredContentScripts())[0]?.excludeMatches ?? [],
    );

  test('a site paused while its page waits for its story: the reader that comes for it keeps nothing and stops', async () => {
    const host = new URL(server.origin).hostname;
    const page = await browser.context.newPage();
    // The story comes 1.5 s after load; stage 1, which ran before the pause, is still watching for it.
    await page.goto(`${server.origin}/site/late-story.html`);
    const tabId = await tabIdOf(page);
    await setPausedSites([host]);
    try {
      const status = await waitFor(
        async () =>
          (await currentWorker(browser.context)).evaluate(
            (id) => chrome.tabs.sendMessage(id, { type: 'scan-status' }).catch(() => null),
            tabId,
          ),
        (s) => s?.paused === true,
        10_000,
      );
      assert.equal(status?.paused, true, 'the reader came, was told of the pause, and stopped');
      assert.equal(await badgeText(browser.context, tabId), '', 'no badge');
      const kept = await (await currentWorker(browser.context)).evaluate(async (id) => chrome.storage.session.get(`tab:${id}`), tabId);
      assert.deepEqual(kept, {}, 'no result kept for the tab');
    } finally {
      await setPausedSites([]);
      await page.close();
    }
  });

  test('a paused site is not read at all (stage 1 is not even registered for it); resuming applies to the next load', async () => {
    const host = new URL(server.origin).hostname;
    await setPausedSites([host]);
    await waitFor(registeredExcludes, (list) => list.includes(`*://${host}/*`));
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/site/seed-article.html`);
    const tabId = await tabIdOf(page);
    await page.waitForTimeout(1000);
    assert.equal(await checkedAddress(tabId), null, 'no script of ours ran on the paused site');
    assert.equal(await badgeText(browser.context, tabId), '');

    await setPausedSites([]);
    await waitFor(registeredExcludes, (list) => list.length === 0);
    await page.reload();
    assert.match(
      await waitFor(
        () => badgeText(browser.context, tabId),
        (t) => /^\d+$/.test(t),
      ),
      /^[1-9]$/,
      'read again once resumed',
    );
    assert.equal(await checkedAddress(tabId), page.url());
    await page.close();
  });

  test('a page whose story arrives after load (a single-page app) still gets its badge', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/site/late-story.html`);
    const tabId = await tabIdOf(page);
    // Stage 1 found nothing at load; its short watch sees the story come in and calls the full reader.
    assert.match(
      await waitFor(
        () => badgeText(browser.context, tabId),
        (t) => /^\d+$/.test(t),
        10_000,
      ),
      /^[1-9]$/,
    );
    await page.close();
  });

  test('a long page whose text changes later at the same address is left alone, and read when the popup opens', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/long-then-story.html`);
    const tabId = await tabIdOf(page);
    await page.waitForFunction(() => document.body.innerText.includes('Mujahid'));
    await page.waitForTimeout(1500);
    assert.equal(await badgeText(browser.context, tabId), '', 'stage 1 read a long text at load and stopped there');
    // The popup reads the page as it is now, and shows its event.
    const popup = await openPopup(tabId);
    await popup.locator('.result .event').first().waitFor();
    assert.match(await popup.locator('.result').innerText(), /Tarar/);
    await popup.close();
    await page.close();
  });

  test("with highlighting off the marks' code never comes; turned on, the page gets its marks", async () => {
    const setHighlight = async (on) =>
      (await currentWorker(browser.context)).evaluate(
        (highlight) => chrome.storage.local.set({ settings: { highlight, sensitivity: 'normal', pausedSites: [] } }),
        on,
      );
    const inPage = async (tabId) =>
      (await currentWorker(browser.context)).evaluate(
        async (id) =>
          (
            await chrome.scripting.executeScript({
              target: { tabId: id },
              func: () => ({ code: !!globalThis.__durandLensMarks, highlighted: CSS.highlights?.get('durand-lens-match')?.size ?? 0 }),
            })
          )[0]?.result,
        tabId,
      );
    await setHighlight(false);
    try {
      const { page, tabId } = await openUntilBadge(browser.context, `${server.origin}/site/seed-article.html`);
      await page.waitForTimeout(1000);
      assert.deepEqual(await inPage(tabId), { code: false, highlighted: 0 }, 'no marks and no code for them');
      await setHighlight(true);
      const after = await waitFor(
        () => inPage(tabId),
        (m) => m?.highlighted > 0,
        10_000,
      );
      assert.deepEqual({ code: after.code, marked: after.highlighted > 0 }, { code: true, marked: true });
      await page.close();
    } finally {
      await setHighlight(true);
    }
  });

  test('where stage 1 hits, the reader comes as a module (kept compiled); no page can fetch it by its address', async () => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const parsed = [];
    cdp.on('Debugger.scriptParsed', (e) => parsed.push(e));
    await cdp.send('Debugger.enable');
    await page.goto(`${server.origin}/site/seed-article.html`);
    const tabId = await tabIdOf(page);
    await waitFor(
      () => badgeText(browser.context, tabId),
      (t) => /^\d+$/.test(t),
      10_000,
    );
    const reader = parsed.find((e) => e.url.endsWith('/content-scripts/content.js'));
    assert.ok(reader, 'the full reader was loaded');
    assert.equal(reader.isModule, true, 'imported by stage 1, not injected by the background');
    // Web-accessible only at the session's random address (use_dynamic_url): at the extension's own, a page gets nothing.
    const probe = await page.evaluate(
      (id) =>
        fetch(`chrome-extension://${id}/content-scripts/content.js`).then(
          () => 'fetched',
          () => 'refused',
        ),
      browser.extensionId,
    );
    assert.equal(probe, 'refused');
    await page.close();
  });

  test('an off-topic page costs only stage 1: the full reader never comes', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/weather.html`);
    const tabId = await tabIdOf(page);
    await waitFor(
      () => checkedAddress(tabId),
      (a) => a !== null,
    );
    const reader = await (await currentWorker(browser.context)).evaluate(
      async (id) => (await chrome.scripting.executeScript({ target: { tabId: id }, func: () => !!window.__durandLens }))[0]?.result,
      tabId,
    );
    assert.equal(reader, false, 'no full reader on a page without anchor words');
    await page.close();
  });
});
