// The extension in Chromium shows what `npm run scan` (and so `npm run eval`) measures: a sample of the real-page
// corpus's tune pages, HTML and plain text in many languages, each loaded as a reader would get it. The badge (a
// count, "•" for a clash the dataset lacks, nothing off topic) and the events the popup lists must be the scan's.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { startServer } from './lib/server.mjs';
import { badgeText, launchChromium, tabIdOf, waitFor } from './lib/chromium.mjs';

const EVAL = new URL('../eval/', import.meta.url);
/** Plain-text pages the two once read apart: one <pre> in the browser, a paragraph per line in the scanner. */
const PARTED = [
  'en-nodate-unama-welcomes-ceasefire-urges-protection.txt',
  'en-nodate-dawn-kharlachi-crossing-closed-second-day.txt',
  'en-nodate-theprint-forces-exchange-fire-torkham-tirah.txt',
];
/** Every 17th tune page in name order (about two dozen, spread over languages, labels and formats), and those. */
const SAMPLE = readdirSync(EVAL)
  .filter((f) => f.startsWith('labels-'))
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, EVAL), 'utf8')))
  .filter((l) => l.split === 'tune')
  .map((l) => l.file)
  .sort()
  .filter((_, i) => i % 17 === 0)
  .concat(PARTED);

let server;
let browser;
let scanned;

before(async () => {
  const bodyOf = (file) => readFileSync(new URL(`pages/${file}`, EVAL));
  const type = (file) => (file.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'text/html');
  server = await startServer(Object.fromEntries(SAMPLE.map((f) => [`/${f}`, { body: bodyOf(f), headers: { 'content-type': type(f) } }])));
  const lines = execFileSync('npx', ['tsx', 'scripts/scan.ts', ...SAMPLE.map((f) => `tests/eval/pages/${f}`)], { maxBuffer: 1 << 26 });
  scanned = new Map(
    lines
      .toString()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .map((r) => [r.file.split('/').pop(), r]),
  );
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The badge a scan result gives: its events' count, "•" on topic with none, nothing off topic. */
const badgeOf = (r) => (r.topic ? (r.events.length ? String(r.events.length) : '•') : '');

describe('Chromium shows what npm run scan measures', () => {
  for (const file of SAMPLE) {
    test(file, async () => {
      const expected = scanned.get(file);
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/${file}`);
      const tabId = await tabIdOf(page);
      const badge = () => badgeText(browser.context, tabId);
      // A page off topic never gets a badge: give its stage 1 (and a stage 2, had it hit) time to have run.
      const shown = badgeOf(expected)
        ? await waitFor(badge, (t) => t === badgeOf(expected), 10_000)
        : (await page.waitForTimeout(2500), await badge());
      assert.equal(shown, badgeOf(expected), 'the badge');
      if (expected.events.length) {
        const popup = await browser.context.newPage();
        await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
        await popup.locator('.result .event').first().waitFor();
        const listed = await popup.locator('.result [data-event-id]').evaluateAll((els) => [...new Set(els.map((e) => e.dataset.eventId))]);
        assert.deepEqual(
          listed.slice(0, 1),
          expected.events.slice(0, 1).map((e) => e.id),
          'the event shown first',
        );
        await popup.close();
      }
      await page.close();
    });
  }
});
