// The built extension in Debian's Chromium: badge, popup and page, as a reader sees them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { badgeText, currentWorker, launchChromium, tabIdOf, waitFor } from './lib/chromium.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
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
    const page = await browser.context.newPage();
    const url = `${server.origin}/site/seed-article.html`;
    await page.goto(url);
    const tabId = await tabIdOf(page);
    const badge = await waitFor(() => badgeText(browser.context, tabId), (t) => /^\d+$/.test(t));
    assert.match(badge, /^[1-9]$/, 'badge shows the number of matched events');

    const popup = await openPopup(tabId);
    const firstEvent = popup.locator('.result .event').first();
    await firstEvent.waitFor();
    assert.equal(await firstEvent.getAttribute('data-event-id'), '2026-02-26-taliban-counteroffensive');
    const text = await popup.locator('.result').innerText();
    assert.match(text, /Tarar/, 'Pakistani claimant named');
    assert.match(text, /Mujahid/, 'Taliban claimant named');
    assert.match(text, /UNAMA/, 'UN claimant named');
    // Tarar's figure, and the UN's 13, each in its side's column.
    const pakistan = await popup.locator('.result td[data-column="pakistan"] .claim__figure').allInnerTexts();
    assert.ok(pakistan.includes('2'), `Pakistan column holds 2: ${pakistan}`);
    const un = await popup.locator('.result td[data-column="un-independent"] .claim__figure').allInnerTexts();
    assert.ok(un.some((f) => /13/.test(f)), `UN column holds 13: ${un}`);
    const href = await popup.locator('.result .claim a[href^="https://"]').first().getAttribute('href');
    assert.match(href, /^https:\/\//);
    assert.equal(await popup.locator('.result .claim a').first().getAttribute('rel'), 'noopener noreferrer');
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
    const paint = await page.evaluate(() => getComputedStyle(document.querySelector('p'), '::highlight(durand-lens-match)').backgroundColor);
    assert.equal(paint, 'rgba(0, 0, 0, 0)');
    const popup = await openPopup(tabId);
    await popup.locator('[data-state="off-topic"]').waitFor();
    await popup.close();
    await page.close();
  });

  test('the result survives a service-worker restart, and goes when the tab navigates', async () => {
    const page = await browser.context.newPage();
    const url = `${server.origin}/site/clash-article.html`;
    await page.goto(url);
    const tabId = await tabIdOf(page);
    await waitFor(() => badgeText(browser.context, tabId), (t) => /^\d+$/.test(t));

    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const popup = await openPopup(tabId);
    await popup.locator('.result .event').first().waitFor();
    await popup.close();

    await page.goto(`${server.origin}/site/unrelated-article.html`);
    const after = await waitFor(() => badgeText(browser.context, tabId), (t) => t === '');
    assert.equal(after, '');
    const again = await openPopup(tabId);
    await again.locator('[data-state="off-topic"]').waitFor();
    await again.close();
    await page.close();
  });

  test('an in-page navigation to a new address (history.pushState) keeps a result for the new address', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/site/seed-article.html`);
    const tabId = await tabIdOf(page);
    await waitFor(() => badgeText(browser.context, tabId), (t) => /^\d+$/.test(t));
    await page.evaluate(() => history.pushState(null, '', '/site/seed-article.html?view=comments'));
    await page.waitForTimeout(500);
    const badge = await waitFor(() => badgeText(browser.context, tabId), (t) => /^\d+$/.test(t));
    assert.match(badge, /^[1-9]$/);
    const popup = await openPopup(tabId);
    await popup.locator('.result .event').first().waitFor();
    await popup.close();
    await page.close();
  });

  test('a plain-text page (shown by Chromium as one <pre>) is read too', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/seed-article.txt`);
    const tabId = await tabIdOf(page);
    assert.match(await waitFor(() => badgeText(browser.context, tabId), (t) => /^\d+$/.test(t)), /^[1-9]$/);
    await page.close();
  });
});
