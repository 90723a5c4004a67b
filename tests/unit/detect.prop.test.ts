// @vitest-environment node
// Property-based tests of detection (utils/detect): the gate, the candidate collector, figures, dates
// and the whole analysis, on random and adversarial text. They never throw, finish (small inputs, many
// runs: a blow-up shows as a timeout), and give results within their ranges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import terms from '@/assets/terms.json';
import { loadDataset } from '@/utils/dataset/load';
import type { Term } from '@/utils/dataset/types';
import { buildModel } from '@/utils/detect/analyze';
import { detectPage, offTopic, reportOfBlocks } from '@/utils/detect/detect-page';
import { CandidateCollector, MAX_CANDIDATES } from '@/utils/detect/candidates';
import { readDates } from '@/utils/detect/dates';
import { numberValue, readFigures } from '@/utils/detect/figures';
import { gateData } from '@/utils/detect/gate-data';
import { createGate, termKey } from '@/utils/detect/gate';
import { foldForMatch, lineBreaksToSpaces } from '@/utils/text/normalize';
import { checkResult, hostileBlocks, hostileText, NAMES } from './arbitraries';

const gate = createGate(gateData(terms as Term[]));
const model = buildModel(loadDataset());
const termById = new Map((terms as Term[]).map((t) => [t.id, t]));
const RUNS = { numRuns: 200 };

describe('gate (property)', () => {
  it('gives ordered hits inside the text, each on a spelling of its term', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const hits = gate.scan(text);
        let previous = 0;
        for (const h of hits) {
          expect(h.start).toBeGreaterThanOrEqual(previous);
          expect(h.end).toBeGreaterThan(h.start);
          expect(h.end).toBeLessThanOrEqual(text.length);
          previous = h.end;
          const term = termById.get(h.termId)!;
          expect(term.leaning).toBe(h.leaning);
          const keys = new Set([term.name, ...term.variants].map(termKey));
          expect(keys.has(termKey(text.slice(h.start, h.end)))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('finds the same names when zero-width characters, soft hyphens or Latin accents are sprinkled into them', () => {
    const latinNames = NAMES.filter((n) => /^[\x20-\x7e]+$/.test(n));
    fc.assert(
      fc.property(
        fc.constantFrom(...latinNames),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('\u200b', '\u00ad', '\u200d', '\u2060', '\u0301', '\u0304'),
        (name, at, ch) => {
          const clean = `Reports from ${name} today.`;
          let noisy = name;
          for (const i of at) {
            const k = 1 + (i % Math.max(1, noisy.length - 1)); // inside the name
            noisy = noisy.slice(0, k) + ch + noisy.slice(k);
          }
          const ids = (t: string) => gate.scan(t).map((h) => h.termId);
          expect(ids(`Reports from ${noisy} today.`)).toEqual(ids(clean));
        },
      ),
      RUNS,
    );
  });
});

describe('CandidateCollector (property)', () => {
  it('keeps at most MAX_CANDIDATES sentences, each the exact slice of its block, with hits inside it', () => {
    fc.assert(
      fc.property(hostileBlocks(), (blocks) => {
        const collector = new CandidateCollector(gate);
        blocks.forEach((b, i) => collector.addBlock(b, i));
        const { sentences } = collector.result();
        expect(sentences.length).toBeLessThanOrEqual(MAX_CANDIDATES);
        for (const s of sentences) {
          // Line breaks are read as spaces (same length): the sentence is the block's slice, so read.
          const block = lineBreaksToSpaces(blocks[s.block]!);
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(block.length);
          expect(block.slice(s.start, s.end)).toBe(s.text);
          for (const h of s.hits) {
            expect(h.start).toBeGreaterThanOrEqual(0);
            expect(h.start).toBeLessThan(s.text.length);
            // Known: a name cut by the 600-character split of a long sentence keeps its full end, past
            // the sentence (candidates.ts; harmless, only the term id is used). It stays inside the block.
            expect(s.start + h.end).toBeLessThanOrEqual(block.length);
          }
        }
      }),
      RUNS,
    );
  });

  it('caps a page of thousands of named sentences and says so', () => {
    const collector = new CandidateCollector(gate);
    for (let i = 0; i < 3000; i++) collector.addBlock(`Pakistan and Afghanistan clashed ${i}. Kabul said so.`, i);
    const { sentences, truncated } = collector.result();
    expect(sentences.length).toBe(MAX_CANDIDATES);
    expect(truncated).toBe(true);
  });
});

describe('readFigures (property)', () => {
  it('reads finite, non-negative values that are the slices they point to', () => {
    fc.assert(
      fc.property(hostileText(30), (sentence) => {
        for (const f of readFigures(sentence)) {
          expect(Number.isFinite(f.value)).toBe(true);
          expect(f.value).toBeGreaterThanOrEqual(0);
          expect(f.value).toBeLessThanOrEqual(100_000);
          expect(sentence.slice(f.start, f.end)).toBe(f.text);
          expect(['exact', 'at-least', 'more-than', 'about']).toContain(f.qualifier);
        }
      }),
      RUNS,
    );
  });

  it('reads huge and odd numbers without overflow', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.bigInt({ min: 0n }).map(String),
          fc.constant('9'.repeat(400)),
          fc.constant('1,000,000,000,000'),
          fc.double().map(String),
        ),
        (n) => {
          const v = numberValue(n);
          if (v !== undefined) expect(v).toBeGreaterThanOrEqual(0);
          for (const f of readFigures(`${n} soldiers were killed`))
            expect(Number.isFinite(f.value) && f.value >= 0 && f.value <= 100_000).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe('readDates (property)', () => {
  it('gives only real months and days', () => {
    fc.assert(
      fc.property(hostileText(30), (text) => {
        for (const d of readDates(foldForMatch(text))) {
          expect(d.month).toBeGreaterThanOrEqual(1);
          expect(d.month).toBeLessThanOrEqual(12);
          if (d.day !== undefined) expect(d.day >= 1 && d.day <= 31).toBe(true);
          if (d.year !== undefined) expect(d.year >= 2010 && d.year <= 2039).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

/** Plain blocks through the one detection entry point; off topic where the gate stops them. */
const analyzeBlocks = (blocks: readonly string[], meta: { title?: string; published?: string } = {}) =>
  detectPage(reportOfBlocks(blocks, meta), model.gate, () => model) ?? offTopic();

describe('detectPage on plain blocks (property)', () => {
  it('gives scores in [0, 1], evidence and figures that are the slices they point to', () => {
    fc.assert(
      fc.property(
        hostileBlocks(),
        fc.option(hostileText(10), { nil: undefined }),
        fc.option(fc.constantFrom('2026-02-27', '2025-10-12', '1999-01-01', '2099-12-31', 'not a date', '2026-13-45'), { nil: undefined }),
        (blocks, title, published) => {
          const result = analyzeBlocks(blocks, { title, published });
          // The title is read as block -1.
          checkResult(result, (i) => (i === -1 ? title : blocks[i]));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads the same story with zero-width characters inside its names as without', () => {
    const story = [
      'Pakistan confirmed the clashes. Its information minister, Attaullah Tarar, said on X that two Pakistani soldiers had been killed and three wounded.',
      'Within hours, Pakistan launched what it called Operation Ghazab lil-Haq, with air strikes on targets inside Afghanistan.',
    ];
    const clean = analyzeBlocks(story, { published: '2026-02-27' });
    expect(clean.topic).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom('\u200b', '\u00ad', '\u200c', '\u2060'), (ch) => {
        const noisy = story.map((s) => s.replace(/Pakistan/g, `Paki${ch}stan`).replace(/Afghanistan/g, `Afghan${ch}istan`));
        const result = analyzeBlocks(noisy, { published: '2026-02-27' });
        expect(result.topic).toBe(true);
        expect(result.events.map((e) => e.id)).toEqual(clean.events.map((e) => e.id));
        checkResult(result, (i) => noisy[i]);
      }),
      { numRuns: 8 },
    );
  });
});
