// npm run eval: detection measured on the real-page corpus (tests/eval) per split, language group and
// label, and on the older hand-written corpus (tests/fixtures/pages) as a regression check.
// Test-split pages are reported only in aggregate: rules are tuned on tune pages alone.
import { loadDataset } from '../utils/dataset/load';
import { evaluateCorpus, evaluateReal, failures, measure, type EvalOutcome, type Rate } from './lib/evaluate';

const dataset = loadDataset();
const known = new Set(dataset.events.map((e) => e.id));
const outcomes = evaluateReal(dataset);
const json = process.argv.includes('--json');

const fmt = (r: Rate) => (r.of === 0 ? '   -  (0)' : `${(r.hit / r.of).toFixed(3)} (${r.hit}/${r.of})`.padEnd(15));
const TARGETS =
  'recall >= 0.95, false alarms <= 0.05, right event >= 0.9 (wrong event 1st: the rest of its misses are silent; silent: listed = silent pages whose event the popup lists for the places it offers; silent: 3 first = among the first three it lists for the first place, closest first), wrong event <= 0.05, leave-one-out <= 0.05';

function table(title: string, rows: [string, EvalOutcome[]][]) {
  console.log(`\n${title}`);
  console.log(
    `  ${'slice'.padEnd(24)}${'pages'.padEnd(7)}${'topic recall'.padEnd(16)}${'false alarms'.padEnd(16)}${'right event 1st'.padEnd(16)}${'wrong ev. 1st'.padEnd(16)}${'silent: listed'.padEnd(16)}${'silent: 3 first'.padEnd(16)}${'wrong ev. unkn.'.padEnd(16)}${'leave-1-out wrong'.padEnd(18)}published`,
  );
  for (const [name, list] of rows) {
    if (!list.length) continue;
    const m = measure(list, known);
    console.log(
      `  ${name.padEnd(24)}${String(m.pages).padEnd(7)}${fmt(m.topicRecall).padEnd(16)}${fmt(m.falseAlarms).padEnd(16)}${fmt(m.rightEventFirst).padEnd(16)}${fmt(m.wrongEventFirst).padEnd(16)}${fmt(m.silentListed).padEnd(16)}${fmt(m.silentFirstThree).padEnd(16)}${fmt(m.wrongEventOnUnknown).padEnd(16)}${fmt(m.leaveOneOut).padEnd(18)}${fmt(m.publishedRight)}`,
    );
  }
}

/** The waves written last (`labels-wave11-*.json`…): each its own row, a fresh measure beside the rest. */
const NEWEST_WAVES = ['wave 15', 'wave 16', 'wave 17', 'wave 18'];

const slices = (list: EvalOutcome[]): [string, EvalOutcome[]][] => [
  ['all', list],
  ['Latin script', list.filter((o) => o.group === 'latin')],
  ['Arabic script', list.filter((o) => o.group === 'arabic-script')],
  ['other scripts', list.filter((o) => o.group === 'other-script')],
  // Whether the page gave a publication date the detector read (meta tag, JSON-LD, <time>, URL, dateline).
  ['dated', list.filter((o) => o.published !== null)],
  ['undated', list.filter((o) => o.published === null)],
  // A wave written after the tuning, all of it test: the closest this corpus comes to an outside check.
  ['held out', list.filter((o) => o.label.heldOut)],
  // The newest waves, each measured as it came: their test pages were never tuned on, their tune pages only after.
  ...NEWEST_WAVES.map((w): [string, EvalOutcome[]] => [w, list.filter((o) => o.label.source?.startsWith(`labels-${w.replace(' ', '')}-`))]),
  ...(['clash', 'related', 'lookalike', 'offtopic'] as const).map((l): [string, EvalOutcome[]] => [
    `label ${l}`,
    list.filter((o) => o.label.label === l),
  ]),
];

const test = outcomes.filter((o) => o.label.split === 'test');
const tune = outcomes.filter((o) => o.label.split !== 'test');
const fixtures = evaluateCorpus();

if (json) {
  const summary = (list: EvalOutcome[]) => Object.fromEntries(slices(list).map(([n, l]) => [n, measure(l, known)]));
  const tuneFailures = tune.map((o) => ({ file: o.label.file, failures: failures(o, known) })).filter((f) => f.failures.length);
  process.stdout.write(
    JSON.stringify({ test: summary(test), tune: summary(tune), tuneFailures, fixtures: { ...fixtures, outcomes: undefined } }, null, 2) +
      '\n',
  );
} else {
  console.log(`real-page corpus tests/eval: ${outcomes.length} pages (test ${test.length}, tune ${tune.length}); targets: ${TARGETS}`);
  table('TEST split (aggregates only)', slices(test));
  table('TUNE split', slices(tune));
  const failing = tune.map((o) => ({ o, f: failures(o, known) })).filter((x) => x.f.length);
  if (failing.length) console.log('\ntune pages with a fault:');
  for (const { o, f } of failing) console.log(`  ✗ ${o.label.file} [${o.label.language} ${o.label.label}]: ${f.join('; ')}`);
  console.log(
    `\nhand-written corpus tests/fixtures/pages (regression): ${fixtures.pages} pages; recall ${fixtures.recall.toFixed(3)}, precision ${fixtures.precision.toFixed(3)}, look-alike false alarms ${fixtures.lookalikeFalsePositiveRate.toFixed(3)}, top event ${fixtures.topEventAccuracy.toFixed(3)}`,
  );
  for (const o of fixtures.outcomes.filter(
    (o) => o.topic !== o.label.topic || (o.label.topic && o.label.event && o.topEvent !== o.label.event),
  ))
    console.log(
      `  ✗ ${o.file}: expected ${o.label.topic ? (o.label.event ?? 'topic') : 'off-topic'}, got ${o.topic ? (o.topEvent ?? 'topic, no event') : 'off-topic'}`,
    );
}
