// npm run --silent scan -- FILE... ('-' for standard input): one JSON line per file, from the same
// detection code the extension runs. Exit 1 when any file could not be read.
import { readFileSync } from 'node:fs';
import { buildModel } from '../utils/detect/analyze';
import { loadDataset } from '../utils/dataset/load';
import { analyzeDocument } from '../utils/page/analyze-document';
import { publishedDate } from '../utils/page/published-date';
import { decodePage, pageDocument } from './lib/read-page';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent scan -- FILE... (HTML or plain text; - for standard input)\n');
  process.exit(2);
}
const model = buildModel(loadDataset());
let failed = false;
for (const file of files) {
  try {
    const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
    const doc = pageDocument(decodePage(bytes));
    const result = analyzeDocument(doc, model);
    const line = {
      file,
      topic: result.topic,
      score: result.score,
      events: result.events.map((e) => ({ id: e.id, score: e.score, evidence: e.evidence.map((x) => x.text), reasons: e.reasons })),
      figures: result.figures.map(({ text, value, qualifier, metric, losses, agreesWith }) => ({
        text,
        value,
        qualifier,
        metric,
        losses,
        agreesWith,
      })),
      ...(result.lookalike ? { lookalike: result.lookalike } : {}),
      // On topic, but no dataset event fits the page's dates, places and figures.
      ...(result.unknownEvent ? { unknownEvent: true } : {}),
      ...(result.places ? { places: result.places } : {}),
      ...(result.closest ? { closest: result.closest } : {}),
      published: result.published ?? publishedDate(doc) ?? null,
      ...(result.truncated ? { truncated: true } : {}),
    };
    process.stdout.write(JSON.stringify(line) + '\n');
  } catch (error) {
    failed = true;
    process.stdout.write(JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) }) + '\n');
  }
}
process.exit(failed ? 1 : 0);
