// The real-page corpus (tests/eval/) as a browser gets it, and what `npm run scan` makes of each page: shared by
// the parity test and `npm run eval:browser`.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { startServer } from './server.mjs';
import { badgeText, tabIdOf, waitFor } from './chromium.mjs';

const EVAL = new URL('../../eval/', import.meta.url);

/** Every page's label, from every labels file (`source`: that file's name). */
export const evalLabels = () =>
  readdirSync(EVAL)
    .filter((f) => f.startsWith('labels-'))
    .flatMap((f) =>
      JSON.parse(readFileSync(new URL(f, EVAL), 'utf8')).map((l) => ({
        ...l,
        source: f,
        ...(f.endsWith('-holdout.json') && { heldOut: true }),
      })),
    );

/** Serves each page at /FILE: HTML as text/html (its own meta charset decides), plain text as UTF-8 text/plain. */
export const servePages = (files) =>
  startServer(
    Object.fromEntries(
      files.map((f) => [
        `/${f}`,
        {
          body: readFileSync(new URL(`pages/${f}`, EVAL)),
          headers: { 'content-type': f.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'text/html' },
        },
      ]),
    ),
  );

/** `npm run scan` on the pages: file name → its JSON line. */
export function scanPages(files) {
  const out = execFileSync('npx', ['tsx', 'scripts/scan.ts', ...files.map((f) => `tests/eval/pages/${f}`)], { maxBuffer: 1 << 28 });
  return new Map(
    out
      .toString()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .map((r) => [r.file.split('/').pop(), r]),
  );
}

/** The badge a scan result gives: its events' count, "•" on topic with none, nothing off topic. */
export const badgeOf = (r) => (r.topic ? (r.events.length ? String(r.events.length) : '•') : '');

/**
 * Opens `url` and reads what the reader sees once the page is done: the badge, and the popup's events in order.
 * A page whose expected badge is blank is given time for stage 1 (and a stage 2, had it hit) to have run.
 */
export async function shownFor(browser, url, expectedBadge) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(page);
  const read = () => badgeText(browser.context, tabId);
  const badge = expectedBadge ? await waitFor(read, (t) => t === expectedBadge, 10_000) : (await page.waitForTimeout(2500), await read());
  let events = [];
  if (/^\d+$/.test(badge)) {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('.result .event').first().waitFor();
    // The event shown, then the others in the switcher, in the result's order.
    events = await popup
      .locator('.result .event[data-event-id], .result [data-switch]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.dataset.eventId ?? e.dataset.switch))]);
    await popup.close();
  }
  await page.close();
  return { badge, events };
}
