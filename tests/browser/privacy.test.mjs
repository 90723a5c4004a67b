// Privacy in Debian's Chromium with the built extension: while it reads a page, shows the popup,
// flashes evidence, searches the dataset and restarts its service worker, the extension makes no
// network request of its own. Recorded two ways: over CDP (Network domain on every target: the page
// with its content script, the service worker, the popup), and by the test server, which must see
// nothing but the page's own requests. Also: incognito, where the extension is not allowed by default.
// Run: WXT_OUT_DIR=/tmp/robust-out node --test tests/browser/privacy.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { readFileSync } from 'node:fs';
import { badgeText, CHROME_BUILD, currentWorker, tabIdOf, waitFor } from './lib/chromium.mjs';
import * as H from './lib/hostile-pages.mjs';

let server;
let browser;
/** Every path the test server was asked for (the routes object is read once per request). */
const served = [];
const routes = new Proxy(
  { '/clash.html': { body: H.clashPage() }, '/private.html': { body: H.clashPage() } },
  { get: (target, path) => (typeof path === 'string' && path.startsWith('/') && served.push(path), target[path]) },
);

before(async () => {
  server = await startServer(routes);
  browser = await H.launchRecorded();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const extensionOrigin = () => `chrome-extension://${browser.extensionId}/`;
// The files the manifest makes web-accessible (the reader stage 1 imports), served at the session's random address.
const webAccessible = new Set(
  JSON.parse(readFileSync(`${CHROME_BUILD}/manifest.json`, 'utf8')).web_accessible_resources?.flatMap((w) => w.resources) ?? [],
);
/** One of the extension's own files, from its package: at its address, or a web-accessible one at the random address. */
const packaged = (url) =>
  url.startsWith(extensionOrigin()) || (url.startsWith('chrome-extension://') && webAccessible.has(new URL(url).pathname.slice(1)));

describe('privacy', () => {
  test('no network request of its own: content script, service worker and popup', async () => {
    browser.recorder.clear();
    served.length = 0;
    const page = await browser.context.newPage();
    const pageUrl = `${server.origin}/clash.html`;
    await page.goto(pageUrl);
    const tabId = await tabIdOf(page);
    await waitFor(
      () => badgeText(browser.context, tabId),
      (t) => /^\d+$/.test(t),
    );

    // The popup: result, evidence flashed on the page, a dataset search.
    const popup = await browser.context.newPage();
    await popup.goto(`${extensionOrigin()}popup.html?tabId=${tabId}`);
    await popup.locator('.result .event').first().waitFor();
    await popup.locator('.event__evidence > summary').click();
    await popup.locator('.evidence__sentence').first().click();
    await popup.locator('[data-action="search"]').click();
    const search = popup.locator('input[type="search"]').first();
    if (await search.count()) await search.fill('Kurram');
    await popup.waitForTimeout(500);

    // A service-worker restart, then the popup again: the worker starts with the page open.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await popup.reload();
    await popup.locator('.result .event').first().waitFor();
    // New content on the page: the watcher reads it and reports again.
    await page.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<p>Taliban forces shelled Pakistani posts in Kurram, officials in Islamabad said.</p>',
      ),
    );
    await page.waitForTimeout(1500);
    await popup.close();
    await page.close();

    const targets = new Set(browser.recorder.requests.map((r) => r.targetType));
    assert.ok(targets.has('page'), 'the recorder saw the page and popup targets');
    const foreign = browser.recorder.requests.filter((r) => {
      if (packaged(r.url)) return false; // the extension's own files, from its package
      if (r.targetType === 'page' && (r.url === pageUrl || r.url === `${server.origin}/favicon.ico`)) return false; // the page itself
      return true;
    });
    assert.deepEqual(foreign, [], 'no request other than the page and the extension package');
    const fromExtension = browser.recorder.requests.filter(
      (r) =>
        r.targetType === 'service_worker' ||
        r.targetUrl.startsWith(extensionOrigin()) ||
        JSON.stringify(r.initiator ?? {}).includes('chrome-extension://'),
    );
    assert.deepEqual(
      fromExtension.filter((r) => !packaged(r.url)),
      [],
      'the extension asked for nothing outside its package',
    );
    assert.deepEqual([...new Set(served)].sort(), ['/clash.html', '/favicon.ico'].filter((p) => served.includes(p)).sort());
    assert.deepEqual(
      served.filter((p) => p === '/clash.html'),
      ['/clash.html'],
      'the page was fetched once, by the browser',
    );
    assert.deepEqual(H.problems(browser.recorder.messages), []);

    // The recorder would have seen one: the content script's isolated world was there, and a canary
    // request from the (restarted) service worker shows up both over CDP and at the server.
    assert.ok(
      browser.recorder.contexts().some((c) => c.type === 'isolated' && c.origin?.startsWith('chrome-extension://')),
      'content script world seen',
    );
    const worker = await currentWorker(browser.context);
    await worker.evaluate((url) => fetch(url).catch(() => undefined), `${server.origin}/canary`);
    await waitFor(
      async () => browser.recorder.requests.some((r) => r.targetType === 'service_worker' && r.url.endsWith('/canary')),
      (x) => x,
      5000,
    );
    assert.ok(
      browser.recorder.requests.some((r) => r.targetType === 'service_worker' && r.url.endsWith('/canary')),
      'canary seen over CDP',
    );
    assert.ok(served.includes('/canary'), 'canary seen by the server');
  });

  test('incognito: not allowed by default; an incognito tab is neither read nor seen, and nothing breaks', async () => {
    const worker = await currentWorker(browser.context);
    assert.equal(await worker.evaluate(() => chrome.extension.isAllowedIncognitoAccess()), false);
    browser.recorder.clear();
    served.length = 0;

    // An off-the-record browser context over CDP: what an incognito window is to the extension.
    const { browserContextId } = await browser.recorder.send('Target.createBrowserContext');
    const { targetId } = await browser.recorder.send('Target.createTarget', { url: `${server.origin}/private.html`, browserContextId });
    await waitFor(
      async () => served.includes('/private.html'),
      (x) => x,
      10_000,
    );
    await new Promise((r) => setTimeout(r, 2000)); // time for a content script to run, were there one

    assert.ok(served.includes('/private.html'), 'the incognito page loaded');
    const view = await worker.evaluate(async () => ({
      tabs: (await chrome.tabs.query({})).map((t) => t.incognito),
      stored: Object.values(await chrome.storage.session.get(null)).map((s) => s.url),
    }));
    assert.ok(!view.tabs.includes(true), 'the extension does not see the incognito tab');
    assert.ok(!view.stored.some((u) => u.endsWith('/private.html')), 'no result stored for the incognito page');
    // No content script ran there: no isolated world of the extension in that target.
    const ours = browser.recorder
      .contexts()
      .filter((c) => c.browserContextId === browserContextId && c.origin?.startsWith('chrome-extension://'));
    assert.deepEqual(ours, []);
    assert.deepEqual(H.problems(browser.recorder.messages), []);
    await browser.recorder.send('Target.closeTarget', { targetId });
    await browser.recorder.send('Target.disposeBrowserContext', { browserContextId });
  });
});
