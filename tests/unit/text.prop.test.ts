// @vitest-environment node
// Property-based tests of the text layer (utils/text): any string, however hostile, is folded and
// split without throwing, in bounded time, into results within range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatch, needsFolding, stripInvisible } from '@/utils/text/normalize';
import { splitSentences } from '@/utils/text/sentences';
import { hostileText } from './arbitraries';

const RUNS = { numRuns: 300 };

describe('foldForMatch (property)', () => {
  it('never throws, is idempotent, and leaves no invisible characters, marks, upper case or runs of spaces', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const folded = foldForMatch(text);
        expect(foldForMatch(folded)).toBe(folded);
        expect(folded).not.toMatch(/[\u00ad\u200b-\u200f\u2060\ufeff\u0640]/);
        expect(folded).not.toMatch(/[\u0300-\u036f]/);
        expect(folded).not.toMatch(/\s\s|^\s|\s$/);
        expect(folded).toBe(folded.toLowerCase());
        expect(folded).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
      }),
      RUNS,
    );
  });

  it('is blind to invisible characters inserted anywhere', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii', maxLength: 80 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.constantFrom('\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', '\u200e', '\u200f'),
        (text, at, ch) => {
          let noisy = text;
          for (const i of at) noisy = noisy.slice(0, i % (noisy.length + 1)) + ch + noisy.slice(i % (noisy.length + 1));
          expect(foldForMatch(noisy)).toBe(foldForMatch(text));
        },
      ),
      RUNS,
    );
  });

  it('stripInvisible only removes characters; needsFolding is false exactly for printable ASCII', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const stripped = stripInvisible(text);
        expect(stripped.length).toBeLessThanOrEqual(text.length);
        expect(stripInvisible(stripped)).toBe(stripped);
        expect(needsFolding(text)).toBe(/[^\x20-\x7e]/.test(text));
      }),
      RUNS,
    );
  });
});

describe('splitSentences (property)', () => {
  it('gives ordered, non-overlapping, trimmed spans of at most 600 characters inside the text', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const spans = splitSentences(text);
        let previousEnd = 0;
        for (const { start, end } of spans) {
          expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(end - start).toBeLessThanOrEqual(600);
          expect(text[start]).not.toMatch(/\s/);
          expect(text[end - 1]).not.toMatch(/\s/);
          previousEnd = end;
        }
        // Nothing visible is lost: every non-space character lies in some span.
        const covered = new Array<boolean>(text.length).fill(false);
        for (const { start, end } of spans) for (let i = start; i < end; i++) covered[i] = true;
        for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) expect(covered[i]).toBe(true);
      }),
      RUNS,
    );
  });

  it('splits long runs of punctuation, spaces and letters in linear time (was quadratic on a run of dots)', () => {
    // Each of these took minutes before the fix (a 200,000-mark run is ~10^10 regex steps when quadratic);
    // linear, they take milliseconds, far inside the test timeout.
    for (const run of ['.', '!?', '۔', '。', '.”', ' ', 'x', '\u200b']) {
      const text = `Pakistan and Afghanistan ${run.repeat(200_000 / run.length)}x and more.`;
      const spans = splitSentences(text);
      expect(spans.length).toBeGreaterThan(0);
      for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(600);
    }
  });
});
