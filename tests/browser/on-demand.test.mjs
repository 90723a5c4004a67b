// A tab opened before the extension was installed: the content script never ran there, so opening
// the popup must scan the page on the spot (host permissions + scripting). Debian's Chromium over CDP, so
// the page can be loaded first and the extension installed afterwards (Extensions.loadUnpacked).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { badgeText, currentWorker, launchChromiumBare, tabIdOf, waitFor } from './lib/chromium.mjs';

const SEED_EVENT = '2026-02-26-taliban-counteroffensive';

let server;
let chrome;

before(async () => {
  server = await startServer();
  chrome = await launchChromiumBare();
});
after(async () => {
  await chrome?.close();
  await server?.close();
});

describe('Chromium, a tab from before the install', () => {
  test('opening the popup there scans the page on the spot', async () => {
    const { context } = chrome;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/site/seed-article.html`);

    const extensionId = await chrome.install();
    await currentWorker(context);
    const tabId = await tabIdOf(page);
    assert.ok(Number.isInteger(tabId), `tab id of the article: ${tabId}`);
    // Chrome does not inject content scripts into tabs that were open before the install.
    await page.waitForTimeout(500);
    assert.equal(await badgeText(context, tabId), '', 'no badge before the popup is opened');
    assert.equal(await page.locator('[data-durand-lens]').count(), 0, 'no marks before the popup is opened');

    // The host permissions that stage 2's injection needs (the same install-time warning as the old
    // manifest content script) let the popup read the tab on the spot, with or without a toolbar click.
    const early = await context.newPage();
    await early.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await early.locator('.result .event').first().waitFor({ timeout: 15_000 });
    await early.close();

    // The toolbar click (CDP Extensions.triggerAction) opens the real popup; the page is not read twice.
    await chrome.clickAction(page, extensionId);
    const badge = await waitFor(
      () => badgeText(context, tabId),
      (t) => /^\d+$/.test(t),
      15_000,
    );
    assert.match(badge, /^[1-9]$/, `badge shows the number of matched events after the scan: "${badge}"`);

    // The popup for that tab now shows the result, first event first, with its claimants named.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    const firstEvent = popup.locator('.result .event').first();
    await firstEvent.waitFor({ timeout: 10_000 });
    assert.equal(await firstEvent.getAttribute('data-event-id'), SEED_EVENT);
    assert.match(await popup.locator('.result').innerText(), /Tarar/, 'Pakistani claimant named');

    // The page got its marks, once; injecting the content script again changes nothing (double-injection guard).
    await waitFor(
      () => page.locator('[data-durand-lens]').count(),
      (n) => n > 0,
      5_000,
    );
    const marks = await page.locator('[data-durand-lens]').count();
    assert.ok(marks > 0, 'the scanned page is marked');
    const worker = await currentWorker(context);
    const again = await worker.evaluate(async (id) => {
      try {
        await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
        return 'ok';
      } catch (e) {
        return String(e?.message ?? e);
      }
    }, tabId);
    assert.equal(again, 'ok', 'the tab can still be scripted');
    await page.waitForTimeout(500);
    assert.equal(await page.locator('[data-durand-lens]').count(), marks, 'a second injection adds no second set of marks');
    assert.equal(await badgeText(context, tabId), badge, 'badge unchanged');
    await popup.close();
  });

  test('after an update, a page marked by the old version is read again at the toolbar click, with one set of marks', async () => {
    const { context } = chrome;
    const extensionId = await chrome.install();
    await currentWorker(context);
    const page = await context.newPage();
    await page.goto(`${server.origin}/site/seed-article.html`);
    const tabId = await tabIdOf(page);
    await waitFor(
      () => badgeText(context, tabId),
      (t) => /^\d+$/.test(t),
      15_000,
    );
    await waitFor(
      () => page.locator('[data-durand-lens]').count(),
      (n) => n === 1,
      5_000,
    );

    // The update (the unpacked folder loaded again keeps the id): the old content script stays on the page,
    // cut off from the extension, with its marks; the tab's result is gone with the old background.
    assert.equal(await chrome.install(), extensionId);
    // Asked until the new background answers (the old one's worker goes away under the first calls).
    const cleared = await waitFor(
      () => badgeText(context, tabId).catch(() => 'old worker'),
      (t) => t === '',
      10_000,
    );
    assert.equal(cleared, '', 'no badge once updated');

    await chrome.clickAction(page, extensionId);
    const badge = await waitFor(
      () => badgeText(context, tabId),
      (t) => /^\d+$/.test(t),
      15_000,
    );
    assert.match(badge, /^[1-9]$/, `the page is read again: "${badge}"`);
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('[data-durand-lens]').count(), 1, 'one set of marks, not the old one beside the new');
    await page.close();
  });
});
