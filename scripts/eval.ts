// npm run eval: precision and recall of topic detection, and top-event accuracy, on the labelled corpus.
import { evaluateCorpus } from './lib/evaluate';

const report = evaluateCorpus();
const wrong = report.outcomes.filter((o) => o.topic !== o.label.topic || (o.label.topic && o.label.event && o.topEvent !== o.label.event));
if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify({ ...report, outcomes: undefined, wrong }, null, 2) + '\n');
} else {
  console.log(`pages ${report.pages} (positives ${report.positives}, negatives ${report.negatives}, of which look-alikes ${report.lookalikes})`);
  console.log(`topic precision          ${report.precision.toFixed(3)}`);
  console.log(`topic recall             ${report.recall.toFixed(3)}   (target >= 0.95)`);
  console.log(`look-alike false alarms  ${report.lookalikeFalsePositiveRate.toFixed(3)}   (target <= 0.05)`);
  console.log(`top event right          ${report.topEventAccuracy.toFixed(3)}   (target >= 0.9)`);
  for (const o of wrong) {
    console.log(`  ✗ ${o.file}: expected ${o.label.topic ? o.label.event ?? 'topic' : 'off-topic'}, got ${o.topic ? o.topEvent ?? 'topic, no event' : `off-topic${o.lookalike ? ` (${o.lookalike})` : ''}`} [score ${o.score}; events ${o.events.join(', ')}]`);
  }
}
