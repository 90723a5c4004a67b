// Runs detection over the labelled corpora and measures it: the real-page corpus (tests/eval: pages/ and
// labels-*.json, see its README) per split, language group and label with a leave-one-event-out check, and the
// older hand-written corpus (tests/fixtures/pages), kept as a regression check.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, type DetectionModel } from '../../utils/detect/analyze';
import { loadDataset } from '../../utils/dataset/load';
import type { Dataset } from '../../utils/dataset/types';
import { closestFirst, createDatasetSearch } from '../../utils/dataset/search';
import { analyzeDocument } from '../../utils/page/analyze-document';
import { publishedDate } from '../../utils/page/published-date';
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
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
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

// ---- The real-page corpus ----

export const EVAL_DIR = join(import.meta.dirname, '../../tests/eval');

export interface EvalLabel {
  file: string;
  url?: string;
  published: string | null;
  language: string;
  label: 'clash' | 'related' | 'lookalike' | 'offtopic';
  events: string[];
  eventNote?: string;
  eventDate?: string;
  lookalike: string | null;
  kind: string;
  split: 'test' | 'tune';
  /** Set on reading: the page comes from a held-out wave (`labels-*-holdout.json`), written after the tuning and never tuned on. */
  heldOut?: boolean;
  /** Set on reading: the label file the page is listed in (`labels-wave10-other.json`). */
  source?: string;
}

export interface EvalOutcome {
  label: EvalLabel;
  group: LanguageGroup;
  topic: boolean;
  events: string[];
  unknownEvent: boolean;
  published: string | null;
  lookalike?: string;
  /** Leave-one-event-out: what the page showed first with each of its events dropped in turn. */
  withoutOwn: { dropped: string; first?: string }[];
  /** On a page that shows no event: the events the popup lists for the places it offers as searches. */
  listedForPlaces: string[];
  /** On a page that shows no event: the first offered place's events in the order the popup lists them. */
  listedFirstPlace: string[];
}

export type LanguageGroup = 'latin' | 'arabic-script' | 'other-script';
const ARABIC_SCRIPT = new Set(['ur', 'ps', 'fa', 'prs', 'ar', 'sd', 'ku', 'ug']);
const OTHER_SCRIPT = new Set(['ru', 'hi', 'zh', 'ja', 'ko', 'uk', 'bn', 'ta', 'te', 'el', 'he', 'bg', 'sr', 'mr', 'ne', 'pa']);
export const groupOf = (language: string): LanguageGroup =>
  ARABIC_SCRIPT.has(language) ? 'arabic-script' : OTHER_SCRIPT.has(language) ? 'other-script' : 'latin';

export function readLabels(dir = EVAL_DIR): EvalLabel[] {
  if (!existsSync(dir)) return [];
  const labels: EvalLabel[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => /^labels-.*\.json$/.test(n))
    .sort()) {
    const entries = JSON.parse(readFileSync(join(dir, f), 'utf8')) as EvalLabel[];
    const heldOut = f.endsWith('-holdout.json');
    for (const e of entries) if (existsSync(join(dir, 'pages', e.file))) labels.push({ ...e, source: f, ...(heldOut && { heldOut }) });
  }
  return labels;
}

const onTopic = (l: EvalLabel) => l.label === 'clash' || l.label === 'related';

function run(dir: string, label: EvalLabel, model: DetectionModel) {
  const doc = pageDocument(decodePage(readFileSync(join(dir, 'pages', label.file))));
  const result = analyzeDocument(doc, model);
  // Pages that stop at the gate carry no date in the result: the scanner reads it from the document too.
  return { ...result, published: result.published ?? publishedDate(doc) ?? null };
}

/** Every labelled page through detection, with each of its dataset events left out in turn. */
export function evaluateReal(dataset: Dataset, dir = EVAL_DIR): EvalOutcome[] {
  const labels = readLabels(dir);
  const model = buildModel(dataset);
  const known = new Set(dataset.events.map((e) => e.id));
  const without = new Map<string, DetectionModel>();
  const modelWithout = (id: string) => {
    if (!without.has(id)) without.set(id, buildModel({ ...dataset, events: dataset.events.filter((e) => e.id !== id) }, model.gate));
    return without.get(id)!;
  };
  const search = createDatasetSearch(dataset);
  return labels.map((label) => {
    const result = run(dir, label, model);
    const withoutOwn = onTopic(label)
      ? label.events.filter((id) => known.has(id)).map((id) => ({ dropped: id, first: run(dir, label, modelWithout(id)).events[0]?.id }))
      : [];
    return {
      label,
      group: groupOf(label.language),
      topic: result.topic,
      events: result.events.map((e) => e.id),
      unknownEvent: result.unknownEvent === true,
      published: result.published ?? null,
      ...(result.lookalike ? { lookalike: result.lookalike } : {}),
      withoutOwn,
      listedForPlaces: [...new Set((result.places ?? []).flatMap((place) => search(place).map((e) => e.id)))],
      listedFirstPlace: result.places?.length ? closestFirst(search(result.places[0]!), result.closest).map((e) => e.id) : [],
    };
  });
}

export interface Rate {
  hit: number;
  of: number;
}
export interface Measures {
  pages: number;
  topicRecall: Rate;
  falseAlarms: Rate;
  rightEventFirst: Rate;
  /** Of the same pages, those shown another event first: the worst outcome (the rest of the misses are silent). */
  wrongEventFirst: Rate;
  /** Of the same pages shown no event, those whose event is among the events the popup lists for the places it offers. */
  silentListed: Rate;
  /** Of the same pages, those whose event is among the first three the popup lists for the first place it offers. */
  silentFirstThree: Rate;
  wrongEventOnUnknown: Rate;
  leaveOneOut: Rate;
  publishedRight: Rate;
}

/** What went wrong on one page, in words (printed for tune pages only). */
export function failures(o: EvalOutcome, known: Set<string>): string[] {
  const out: string[] = [];
  const l = o.label;
  const mine = l.events.filter((id) => known.has(id));
  if (onTopic(l) && !o.topic) out.push(`missed (${l.label}${o.lookalike ? `, judged ${o.lookalike}` : ''})`);
  if (!onTopic(l) && o.topic)
    out.push(`false alarm (${l.label}${l.lookalike ? ` ${l.lookalike}` : ''}) showing ${o.events.join(', ') || 'no event'}`);
  if (onTopic(l) && o.topic && mine.length && !mine.includes(o.events[0]!))
    out.push(`first event ${o.events[0] ?? 'none'}, expected ${mine.join(' or ')}`);
  if (onTopic(l) && o.topic && !mine.length && o.events.length) out.push(`unknown event, but showed ${o.events.join(', ')}`);
  for (const w of o.withoutOwn) if (w.first && !l.events.includes(w.first)) out.push(`without ${w.dropped}: showed ${w.first}`);
  if (l.file.endsWith('.html') && (l.published ?? null) !== o.published)
    out.push(`published ${o.published ?? 'null'}, label ${l.published ?? 'null'}`);
  return out;
}

export function measure(outcomes: EvalOutcome[], known: Set<string>): Measures {
  const rate = (pages: EvalOutcome[], ok: (o: EvalOutcome) => boolean): Rate => ({ hit: pages.filter(ok).length, of: pages.length });
  const positives = outcomes.filter((o) => onTopic(o.label));
  const negatives = outcomes.filter((o) => !onTopic(o.label));
  const withKnown = positives.filter((o) => o.label.events.some((id) => known.has(id)));
  const unknown = positives.filter((o) => !o.label.events.some((id) => known.has(id)));
  const loo = positives.flatMap((o) => o.withoutOwn.map((w) => ({ o, w })));
  return {
    pages: outcomes.length,
    topicRecall: rate(positives, (o) => o.topic),
    falseAlarms: rate(negatives, (o) => o.topic),
    rightEventFirst: rate(withKnown, (o) => o.topic && o.label.events.includes(o.events[0]!)),
    wrongEventFirst: rate(withKnown, (o) => o.topic && o.events.length > 0 && !o.label.events.includes(o.events[0]!)),
    silentListed: rate(
      withKnown.filter((o) => o.topic && o.events.length === 0),
      (o) => o.label.events.some((id) => o.listedForPlaces.includes(id)),
    ),
    silentFirstThree: rate(
      withKnown.filter((o) => o.topic && o.events.length === 0),
      (o) => o.label.events.some((id) => o.listedFirstPlace.slice(0, 3).includes(id)),
    ),
    // On-topic pages whose event is not in the dataset: any event shown is wrong.
    wrongEventOnUnknown: rate(unknown, (o) => o.events.length > 0),
    leaveOneOut: { hit: loo.filter(({ o, w }) => w.first !== undefined && !o.label.events.includes(w.first)).length, of: loo.length },
    // Plain-text pages carry no machine-readable date: only HTML pages are asked for one.
    publishedRight: rate(
      outcomes.filter((o) => o.label.file.endsWith('.html')),
      (o) => (o.label.published ?? null) === o.published,
    ),
  };
}
