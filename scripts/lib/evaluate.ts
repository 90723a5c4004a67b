// Runs detection over the labelled corpus (tests/fixtures/pages) and measures it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, type DetectionModel } from '../../utils/detect/analyze';
import { loadDataset } from '../../utils/dataset/load';
import { analyzeDocument } from '../../utils/page/analyze-document';
import { decodePage, pageDocument } from './read-page';

export const CORPUS = join(import.meta.dirname, '../../tests/fixtures/pages');

export interface Label {
  topic: boolean;
  event: string | null;
  kind: string;
  note?: string;
}

export interface PageOutcome {
  file: string;
  label: Label;
  topic: boolean;
  score: number;
  topEvent?: string;
  events: string[];
  lookalike?: string;
}

export interface CorpusReport {
  pages: number;
  positives: number;
  negatives: number;
  lookalikes: number;
  precision: number;
  recall: number;
  lookalikeFalsePositiveRate: number;
  topEventAccuracy: number;
  outcomes: PageOutcome[];
}

export function evaluateCorpus(dir = CORPUS, model: DetectionModel = buildModel(loadDataset())): CorpusReport {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
  const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const outcomes: PageOutcome[] = files.map((file) => {
    const label = labels[file];
    if (!label) throw new Error(`${file} has no label in labels.json`);
    const result = analyzeDocument(pageDocument(decodePage(readFileSync(join(dir, file)))), model);
    return {
      file,
      label,
      topic: result.topic,
      score: result.score,
      topEvent: result.events[0]?.id,
      events: result.events.map((e) => e.id),
      ...(result.lookalike ? { lookalike: result.lookalike } : {}),
    };
  });
  const positives = outcomes.filter((o) => o.label.topic);
  const negatives = outcomes.filter((o) => !o.label.topic);
  const lookalikes = negatives.filter((o) => o.label.kind === 'lookalike');
  const truePositives = positives.filter((o) => o.topic).length;
  const predicted = outcomes.filter((o) => o.topic).length;
  const withEvent = positives.filter((o) => o.label.event);
  const ratio = (n: number, d: number) => (d === 0 ? 1 : Math.round((n / d) * 1000) / 1000);
  return {
    pages: outcomes.length,
    positives: positives.length,
    negatives: negatives.length,
    lookalikes: lookalikes.length,
    precision: ratio(truePositives, predicted),
    recall: ratio(truePositives, positives.length),
    lookalikeFalsePositiveRate: ratio(lookalikes.filter((o) => o.topic).length, lookalikes.length),
    topEventAccuracy: ratio(withEvent.filter((o) => o.topEvent === o.label.event).length, withEvent.length),
    outcomes,
  };
}
