// npm run eval:browser [-- --split=tune|test|all|held-out] [--lang=zh,mr] [--wave=10]: every page (or those of some languages or one
// wave, `labels-wave10-*.json`) of the real-page corpus loaded into the built
// extension in Chromium (npm run build first), its badge and events set against `npm run scan`'s, so the figures of
// `npm run eval` are known to be what a reader gets. Tune pages that differ are listed; test pages only counted.
// About 1.5 s a page.
import { launchChromium } from '../tests/browser/lib/chromium.mjs';
import { badgeOf, evalLabels, scanPages, servePages, shownFor } from '../tests/browser/lib/eval-pages.mjs';

const split = process.argv.find((a) => a.startsWith('--split='))?.slice('--split='.length) ?? 'all';
const langs = process.argv
  .find((a) => a.startsWith('--lang='))
  ?.slice('--lang='.length)
  .split(',');
const wave = process.argv.find((a) => a.startsWith('--wave='))?.slice('--wave='.length);
const inWave = (l) => !wave || l.source.startsWith(`labels-wave${wave}-`);
const inSplit = (l) => split === 'all' || (split === 'held-out' ? !!l.heldOut : (l.split ?? 'tune') === split);
const labels = evalLabels().filter((l) => inSplit(l) && inWave(l) && (!langs || langs.includes(l.language)));
const files = labels.map((l) => l.file);
const scanned = scanPages(files);
const server = await servePages(files);
const browser = await launchChromium();
const tally = { test: { same: 0, of: 0 }, tune: { same: 0, of: 0 } };
try {
  for (const label of labels) {
    const expected = scanned.get(label.file);
    const want = { badge: badgeOf(expected), events: expected.events.map((e) => e.id) };
    const shown = await shownFor(browser, `${server.origin}/${label.file}`, want.badge);
    const same = shown.badge === want.badge && shown.events.join() === want.events.join();
    const t = tally[label.split === 'test' ? 'test' : 'tune'];
    t.of++;
    if (same) t.same++;
    else if (label.split !== 'test')
      console.log(`differs: ${label.file}\n  Chromium ${JSON.stringify(shown)}\n  scan     ${JSON.stringify(want)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
for (const [name, t] of Object.entries(tally))
  if (t.of) console.log(`${name}: ${t.same} of ${t.of} pages show in Chromium what npm run scan gives`);
process.exitCode = tally.test.same === tally.test.of && tally.tune.same === tally.tune.of ? 0 : 1;
