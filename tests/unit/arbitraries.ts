// fast-check generators shared by the property tests: text a hostile or merely unusual page may hold.
import fc from 'fast-check';
import { expect } from 'vitest';
import { loadDataset } from '@/utils/dataset/load';
import type { PageResult } from '@/utils/detect/types';
import { lineBreaksToSpaces } from '@/utils/text/normalize';
import terms from '@/assets/terms.json';
import type { Term } from '@/utils/dataset/types';

/** Every gazetteer name and variant: text built from them passes the gate and reaches the analysis. */
export const NAMES: string[] = (terms as Term[]).flatMap((t) => [t.name, ...t.variants]);

const WORDS = [
  'killed',
  'wounded',
  'soldiers',
  'civilians',
  'Taliban',
  'fighters',
  'posts',
  'captured',
  'destroyed',
  'at least',
  'more than',
  'about',
  'two',
  'thirteen',
  'twenty-five',
  'hundred',
  'dozen',
  '55',
  '1,000',
  '133',
  '2026',
  '2025-10-12',
  '12 October 2025',
  'Feb. 26',
  'May',
  'airstrikes',
  'clashes',
  'border',
  'ceasefire',
  'shelling',
  'earthquake',
  'cricket',
  'India',
  'refugees',
  'trade',
  'others',
  'Lt. Gen.',
  'U.N.',
  'Mr.',
  'e.g.',
  '۱۳',
  '٢٧',
  'جھڑپ',
  'حمله',
  'فوجی',
  'ہلاک',
  'Gefechte',
  'frappes',
];
const PUNCT = ['.', '. ', '!', '?', '؟', '۔', '。', '…', '...', '"', '”', ')', ']', ',', ';', ':', '-', '–', '—', '\n', '\t', ' ', '  '];
const ODD = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u00ad',
  '\u2060',
  '\ufeff',
  '\u0640',
  '\u202e',
  '\u202c',
  '\u2067',
  '\u2069',
  '\u0301',
  '\u0304',
  '\u0351',
  '\u064b',
  '\u0670',
  '\u00a0',
  '\u3000',
  '\ud83d\ude00',
  '\ud800',
  '\udfff',
  '\u0000',
  '\uffff',
  'ﷺ',
  'ﬁ',
  'Ⅻ',
  'İ',
  'ß',
  '\u1e9e',
];

/** A token: a name, a word of the topic, punctuation, an odd code point, a number, a long run, or random unicode. */
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.oneof(fc.nat().map(String), fc.double().map(String), fc.bigInt().map(String), fc.constant('9'.repeat(400))) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('.', '!', '1', 'a', ' ', '\u200b', 'x', '-', ',', 'پ', '\u0301'), fc.integer({ min: 1, max: 700 }))
      .map(([c, n]) => c.repeat(n)),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** Hostile text: tokens joined by spaces or nothing, up to a few thousand characters. */
export const hostileText = (maxTokens = 60) =>
  fc
    .array(fc.tuple(token, fc.constantFrom(' ', '', ' ', ' ', '\u200b')), { maxLength: maxTokens })
    .map((parts) => parts.map(([t, sep]) => t + sep).join(''));

/** Blocks of page text, in page order. */
export const hostileBlocks = (maxBlocks = 8) => fc.array(hostileText(40), { maxLength: maxBlocks });

const EVENT_IDS = new Set(loadDataset().events.map((e) => e.id));

/** The invariants of any page result, against the blocks it was computed from. */
export function checkResult(result: PageResult, textOf: (block: number) => string | undefined): void {
  expect(typeof result.topic).toBe('boolean');
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(1);
  if (!result.topic) expect(result.events).toEqual([]);
  expect(result.events.length).toBeLessThanOrEqual(4);
  const ids = EVENT_IDS;
  for (const e of result.events) {
    expect(ids.has(e.id)).toBe(true);
    expect(e.score).toBeGreaterThanOrEqual(0);
    expect(e.score).toBeLessThanOrEqual(1);
    expect(e.evidence.length).toBeLessThanOrEqual(5);
    for (const x of e.evidence) {
      const block = textOf(x.block);
      expect(block).toBeDefined();
      expect(x.start).toBeGreaterThanOrEqual(0);
      expect(x.end).toBeGreaterThanOrEqual(x.start);
      expect(x.end).toBeLessThanOrEqual(block!.length);
      // The text is the page's own, with its line breaks read as spaces (same length: the offsets hold).
      expect(lineBreaksToSpaces(block!.slice(x.start, x.end))).toBe(x.text);
    }
  }
  for (const f of result.figures) {
    expect(Number.isFinite(f.value)).toBe(true);
    expect(f.value).toBeGreaterThanOrEqual(0);
    const block = textOf(f.block);
    expect(block).toBeDefined();
    expect(lineBreaksToSpaces(block!.slice(f.start, f.end))).toBe(f.text);
  }
}
