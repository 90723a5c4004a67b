// Hostile pages in Debian's Chromium with the built extension: huge, deep, framed, shadowed,
// self-rewriting, CSP-locked, right-to-left, invisible characters, unreadable places, markup in text;
// and several tabs at once. Every console message and exception of every target (page, content
// script, service worker, popup) is recorded over CDP, and none may be an error.
// Run: WXT_OUT_DIR=/tmp/robust-out node --test tests/browser/hostile.test.mjs
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { badgeText, currentWorker, tabIdOf, waitFor } from './lib/chromium.mjs';
import * as H from './lib/hostile-pages.mjs';

let server;
let browser;

const routes = {
  '/clash.html': { body: H.clashPage() },
  '/huge.html': { body: H.hugePage() },
  '/huge-offtopic.html': { body: H.hugePage({ nodes: 60_000, topic: false }) },
  '/deep-markup.html': { body: H.deepMarkupPage(5000) },
  '/deep-script.html': { body: H.deepScriptPage(5000) },
  '/frameset.html': { body: H.framesetPage('/clash.html') },
  '/iframes.html': { body: H.iframesPage('/rewriting.html') },
  '/story-in-iframe.html': { body: H.storyOnlyInIframePage('/clash.html') },
  '/shadow.html': { body: H.shadowPage() },
  '/rewriting.html': { body: H.rewritingPage() },
  '/history.html': { body: H.historyPage() },
  '/csp.html': { body: H.clashPage(), headers: { 'content-security-policy': H.STRICT_CSP } },
  '/rtl.html': { body: H.rtlPage() },
  '/invisible.html': { body: H.invisiblePage() },
  '/unreadable.html': { body: H.unreadablePage() },
  '/template.html': { body: H.templateNoscriptPage() },
  '/markup.html': { body: H.markupInTextPage() },
};

before(async () => {
  server = await startServer(routes);
  browser = await H.launchRecorded();
});
after(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(() => {
  const found = H.problems(browser.recorder.messages);
  browser.recorder.clear();
  assert.deepEqual(found, [], 'no console error, warning or exception in any page, content script, worker or popup');
});

/** What the content script says about the tab: it answers once its first read is done. */
async function scanStatus(tabId, timeoutMs = 30_000) {
  const worker = await currentWorker(browser.context);
  return waitFor(
    () => worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'scan-status' }).catch(() => null), tabId),
    (s) => s !== null,
    timeoutMs,
  );
}

async function openPopup(tabId) {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('[data-state]').first().waitFor({ timeout: 20_000 });
  return popup;
}

/** Opens the popup's collapsed "Sentences on this page". */
const openEvidence = (popup) => popup.evaluate(() => document.querySelectorAll('details.event__evidence').forEach((d) => (d.open = true)));

/** Loads a page, waits for the extension, and returns what the popup shows. */
async function visit(path, { topic, timeout = 30_000 } = {}) {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`, { timeout: 60_000 });
  const tabId = await tabIdOf(page);
  // A page stage 1 finds nothing on never gets the full reader, so nothing answers: no need to wait long.
  const early = await scanStatus(tabId, topic ? 30_000 : 3_000);
  const badge = topic
    ? await waitFor(
        () => badgeText(browser.context, tabId),
        (t) => /^\d+$/.test(t),
        timeout,
      )
    : await badgeText(browser.context, tabId);
  const popup = await openPopup(tabId);
  const state = await popup.locator('[data-state]').first().getAttribute('data-state');
  // The popup shows one event and offers the others as one-click switches; the page's sentences are collapsed.
  const events = await popup
    .locator('.result .event[data-event-id], .result [data-switch]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id') ?? e.getAttribute('data-switch')));
  const partly = await popup.locator('.state--note').count();
  await openEvidence(popup);
  const evidence = await popup.locator('.evidence__sentence').allInnerTexts();
  // Opening the popup has the page read on the spot where stage 1 found nothing.
  const status = early ?? (await scanStatus(tabId));
  return { page, popup, tabId, early, status, badge, state, events, partly, evidence };
}

const close = async (...pages) => Promise.all(pages.map((p) => p.close()));
let reference;

describe('hostile pages', () => {
  before(async () => {
    // The plain clash page: the reference the hostile variants are compared with.
    const v = await visit('/clash.html', { topic: true });
    assert.equal(v.state, 'result');
    assert.ok(v.events.length > 0);
    reference = v.events;
    await close(v.page, v.popup);
  });

  test('10 MB of text in 200,000 nodes: the page keeps working, the result says "partly read"', async () => {
    const v = await visit('/huge.html', { topic: true, timeout: 60_000 });
    assert.equal(v.status.truncated, true);
    assert.ok(v.status.textLength >= 2_000_000 && v.status.textLength < 2_100_000, `read ${v.status.textLength} characters`);
    assert.equal(v.state, 'result');
    assert.deepEqual(v.events, reference);
    assert.equal(v.partly, 1, 'popup says only the first part was read');
    // The page still answers, and its own script still runs.
    assert.equal(await v.page.evaluate(() => document.querySelectorAll('p').length), 200_005);
    await close(v.page, v.popup);
  });

  test('a huge page that is not about the clashes: read in part, off topic, no badge', async () => {
    const v = await visit('/huge-offtopic.html', { topic: false });
    // Stage 1 found no anchor word: the full reader is not in the page until the popup asks for it.
    assert.equal(v.early, null, 'no full reader on a page without anchor words');
    assert.equal(v.badge, '');
    // Known limit: the off-topic state does not say the page was read only in part (see docs/ROBUSTNESS.md).
    assert.equal(v.state, 'off-topic');
    assert.equal(v.status.truncated, true, 'the popup had it read on the spot, in part');
    assert.equal(v.status.passedGate, false);
    await close(v.page, v.popup);
  });

  test('5,000 levels of nesting, in markup and built by script (inline: Chromium itself crashes on deep blocks): read to the bottom', async () => {
    for (const path of ['/deep-markup.html', '/deep-script.html']) {
      const v = await visit(path, { topic: true });
      assert.equal(v.state, 'result', path);
      assert.deepEqual(v.events, reference, path);
      await close(v.page, v.popup);
    }
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/deep-script.html`);
    // The script really built 5,000 levels (the HTML parser would have flattened them).
    const depth = await page.evaluate(() => {
      let d = 0;
      const all = document.querySelectorAll('p');
      for (let n = all[all.length - 1]; n && n !== document.body; n = n.parentElement) d++;
      return d;
    });
    assert.ok(depth >= 5000, `depth ${depth}`);
    await page.close();
  });

  test('frames: a frameset is not read (top document only) and says off topic; iframes around the story do not disturb it', async () => {
    const frames = await visit('/frameset.html', { topic: false });
    assert.equal(frames.status.textLength, 0);
    assert.equal(frames.state, 'off-topic');
    assert.equal(frames.badge, '');
    await close(frames.page, frames.popup);

    const iframes = await visit('/iframes.html', { topic: true });
    assert.deepEqual(iframes.events, reference);
    await close(iframes.page, iframes.popup);

    const inside = await visit('/story-in-iframe.html', { topic: false });
    assert.equal(inside.state, 'off-topic', 'the story only inside an iframe is not read (documented limit)');
    await close(inside.page, inside.popup);
  });

  test('open shadow roots (declarative, nested) are read; closed ones are not', async () => {
    const v = await visit('/shadow.html', { topic: true });
    assert.equal(v.state, 'result');
    const all = v.evidence.join(' ');
    // Sentences that exist only inside shadow roots reach the evidence.
    assert.match(all, /Tarar|Ghazab|55 Pakistani soldiers|Zabihullah/);
    assert.deepEqual(v.events, reference);
    await close(v.page, v.popup);
  });

  test('a page that rewrites itself without end keeps running, and the result stays', async () => {
    const v = await visit('/rewriting.html', { topic: true });
    assert.deepEqual(v.events, reference);
    const ticks = await v.page.evaluate(() => window.__ticks);
    await v.page.waitForTimeout(2500);
    const later = await v.page.evaluate(() => window.__ticks);
    assert.ok(later > ticks + 20, `page timers still run (${ticks} -> ${later})`);
    // Still answers, and the result is still there after a few watcher batches.
    const again = await scanStatus(v.tabId);
    assert.equal(again.passedGate, true);
    assert.match(await badgeText(browser.context, v.tabId), /^\d+$/);
    await close(v.page, v.popup);
  });

  // Known bug (entrypoints/background/index.ts, not the content script): without the "tabs" permission
  // tabs.onUpdated never carries the URL, so the {status: 'loading'} Chrome sends for every
  // Without the "tabs" permission Chromium reports history.replaceState/pushState as "loading" with no
  // URL; the background asks the content script, which notices the new address and reports again.
  test('a page that rewrites its address with history.replaceState keeps its result', async () => {
    const v = await visit('/history.html', { topic: true, timeout: 5000 });
    await v.popup.close();
    const badge = await waitFor(
      () => badgeText(browser.context, v.tabId),
      (t) => /^\d+$/.test(t),
      5000,
    );
    assert.match(badge, /^\d+$/, 'badge still set after replaceState');
    const popup = await openPopup(v.tabId);
    assert.equal(await popup.locator('[data-state]').first().getAttribute('data-state'), 'result');
    await close(v.page, popup);
  });

  test('a strict Content Security Policy with Trusted Types: read, and evidence still flashes on the page', async () => {
    const v = await visit('/csp.html', { topic: true });
    assert.deepEqual(v.events, reference);
    await v.popup.locator('.evidence__sentence').first().click();
    const flashed = await waitFor(
      () => v.page.evaluate(() => CSS.highlights?.has('durand-lens-flash') ?? false),
      (x) => x,
      5000,
    );
    assert.equal(flashed, true, 'the flash highlight was set despite the CSP');
    await close(v.page, v.popup);
  });

  test('right-to-left scripts and bidi controls', async () => {
    const v = await visit('/rtl.html', { topic: true });
    assert.equal(v.state, 'result');
    assert.ok(v.events.length > 0);
    await close(v.page, v.popup);
  });

  test('zero-width characters inside names and piles of combining marks', async () => {
    const v = await visit('/invisible.html', { topic: true });
    for (const id of reference) assert.ok(v.events.includes(id), `${id} found`);
    await close(v.page, v.popup);
  });

  test('the story only in template, noscript, hidden (also by a stylesheet) and form fields is not read; beside the story they are skipped', async () => {
    const hidden = await visit('/unreadable.html', { topic: false });
    assert.equal(hidden.status.passedGate, false);
    assert.equal(hidden.state, 'off-topic');
    await close(hidden.page, hidden.popup);
    const beside = await visit('/template.html', { topic: true });
    assert.deepEqual(beside.events, reference);
    assert.doesNotMatch(beside.evidence.join(' '), /Template|enable JavaScript/);
    assert.equal(await beside.page.evaluate(() => window.__bad), undefined);
    await close(beside.page, beside.popup);
  });

  test('markup in the page text is shown as text in the popup, never run', async () => {
    const v = await visit('/markup.html', { topic: true });
    let dialog = false;
    v.popup.on('dialog', (d) => ((dialog = true), d.dismiss()));
    assert.ok(
      v.evidence.some((t) => t.includes(H.MARKUP_IN_TEXT)),
      `evidence shows the markup literally: ${v.evidence.join(' | ')}`,
    );
    assert.equal(await v.popup.locator('.evidence img, .evidence script, .evidence a[href^="javascript"]').count(), 0);
    assert.equal(await v.popup.evaluate(() => window.__pwned), undefined);
    // Every link out of the popup (in-popup #fragments aside) is http(s) and opens without referrer or opener.
    const links = await v.popup
      .locator('a[href]:not([href^="#"])')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
    assert.ok(links.length > 0, 'the popup has source links');
    for (const [href, rel] of links) {
      assert.match(href, /^https?:\/\//, href);
      assert.equal(rel, 'noopener noreferrer', href);
    }
    await v.popup.waitForTimeout(300);
    assert.equal(dialog, false);
    await close(v.page, v.popup);
  });
});

describe('several tabs at once', () => {
  test('two tabs with different pages, each popup shows its own; a third, off topic, shows nothing', async () => {
    const paths = ['/site/seed-article.html', '/site/clash-article.html', '/site/unrelated-article.html'];
    const pages = await Promise.all(paths.map(() => browser.context.newPage()));
    await Promise.all(pages.map((p, i) => p.goto(`${server.origin}${paths[i]}`)));
    const tabIds = [];
    for (const p of pages) tabIds.push(await tabIdOf(p));
    assert.equal(new Set(tabIds).size, 3);
    for (const id of tabIds) await scanStatus(id);
    await waitFor(
      () => Promise.all(tabIds.slice(0, 2).map((id) => badgeText(browser.context, id))),
      (b) => b.every((t) => /^\d+$/.test(t)),
    );

    const popups = await Promise.all(tabIds.map((id) => openPopup(id)));
    const views = [];
    for (const [i, popup] of popups.entries()) {
      const pageText = (await pages[i].locator('body').innerText()).replace(/\s+/g, ' ');
      const title = await pages[i].title();
      await openEvidence(popup);
      const evidence = await popup.locator('.evidence__sentence').allInnerTexts();
      for (const e of evidence)
        assert.ok(pageText.includes(e.replace(/\s+/g, ' ')) || title.includes(e), `tab ${i}: evidence from its own page: ${e}`);
      views.push({
        state: await popup.locator('[data-state]').first().getAttribute('data-state'),
        first: (await popup.locator('.result .event').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id'))))[0],
        evidence,
      });
    }
    assert.equal(views[0].first, '2026-02-26-taliban-counteroffensive');
    assert.equal(views[1].state, 'result');
    assert.notDeepEqual(views[0].evidence, views[1].evidence);
    assert.equal(views[2].state, 'off-topic');
    assert.equal(await badgeText(browser.context, tabIds[2]), '');
    await close(...popups, ...pages);
  });
});
