// The extension in Chromium shows what `npm run scan` (and so `npm run eval`) measures: a sample of the real-page
// corpus's tune pages, HTML and plain text in many languages, each loaded as a reader would get it. The badge (a
// count, "•" for a clash the dataset lacks, nothing off topic) and the event the popup shows first must be the
// scan's. `npm run eval:browser` does the same for the whole corpus.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from './lib/chromium.mjs';
import { badgeOf, evalLabels, scanPages, servePages, shownFor } from './lib/eval-pages.mjs';

/** Plain-text pages the two once read apart: one <pre> in the browser, a paragraph per line in the scanner. */
const PARTED = [
  'en-nodate-unama-welcomes-ceasefire-urges-protection.txt',
  'en-nodate-dawn-kharlachi-crossing-closed-second-day.txt',
  'en-nodate-theprint-forces-exchange-fire-torkham-tirah.txt',
];
/** Every 17th tune page in name order (about two dozen, spread over languages, labels and formats), and those. */
const SAMPLE = evalLabels()
  .filter((l) => l.split === 'tune')
  .map((l) => l.file)
  .sort()
  .filter((_, i) => i % 17 === 0)
  .concat(PARTED);

let server;
let browser;
let scanned;

before(async () => {
  server = await servePages(SAMPLE);
  scanned = scanPages(SAMPLE);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('Chromium shows what npm run scan measures', () => {
  for (const file of SAMPLE) {
    test(file, async () => {
      const expected = scanned.get(file);
      const shown = await shownFor(browser, `${server.origin}/${file}`, badgeOf(expected));
      assert.equal(shown.badge, badgeOf(expected), 'the badge');
      assert.deepEqual(
        shown.events.slice(0, 1),
        expected.events.slice(0, 1).map((e) => e.id),
        'the event shown first',
      );
    });
  }
});
