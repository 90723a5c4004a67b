// @vitest-environment node
// The spelling finder against a plain oracle: one sticky RegExp per spelling, tried at every place, the
// longest kept. They must agree on any text built from spellings, their pieces and awkward characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { foldLetterCode } from '../text/normalize';
import { gateData } from './gate-data';
import { createSpellingFinder, type SpellingMatch } from './spelling-finder';

const { latin, other, terms } = gateData(loadDataset().terms);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const isWord = (c: string | undefined) => !!c && /[A-Za-z0-9_]/.test(c);

/** Every character that folds to `c`, as a RegExp class. */
function family(c: string): string {
  const members = [c];
  // Arabic-script letter families, and Cyrillic capitals (the finder reads them as lower case).
  for (const x of [...range(0x600, 0x6ff), ...range(0x400, 0x42f)])
    if (x !== c.charCodeAt(0) && foldLetterCode(x) === c.charCodeAt(0)) members.push(String.fromCharCode(x));
  return members.length > 1 ? `[${members.join('')}]` : escape(c);
}

const latinRes = latin.map(([s, term]) => ({ re: new RegExp(s.split(' ').map(escape).join('[\\s\\-\\u2010-\\u2015]*'), 'iy'), term }));
const otherRes = other.map(([s, term]) => ({
  re: new RegExp([...s].map((c) => (c === ' ' ? '[\\s\\u200c]?' : family(c))).join(''), 'y'),
  term,
}));

function oracle(text: string): SpellingMatch[] {
  const out: SpellingMatch[] = [];
  for (let i = 0; i < text.length; i++) {
    const latinStart = isWord(text[i]) && !isWord(text[i - 1]);
    const candidates = latinStart ? latinRes : isWord(text[i]) || text.charCodeAt(i) < 0x80 ? [] : otherRes;
    let best: SpellingMatch | undefined;
    for (const { re, term } of candidates) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) continue;
      const end = i + m[0].length;
      if (latinStart && isWord(text[end]) && isWord(text[end - 1])) continue;
      if (end > i && (!best || end > best.end)) best = { start: i, end, term };
    }
    if (best) {
      out.push(best);
      i = best.end - 1;
    }
  }
  return out;
}

const finder = createSpellingFinder(latin, other, foldLetterCode);
const spellings = [...latin, ...other].map(([s]) => s);
const noise = [' ', '  ', '-', '\u2011', '\u200c', 'a', 'X', '_', '7', ')', '(', '.', 'ي', 'ی', 'ك', 'ا', '\n'];
const piece = fc.oneof(
  fc.constantFrom(...spellings),
  fc.constantFrom(...spellings).map((s) => s.toUpperCase()),
  fc.constantFrom(...spellings).map((s) => s.replace(/ /g, '-')),
  fc.constantFrom(...spellings).map((s) => s.replace(/ /g, '')),
  fc.constantFrom(...spellings).chain((s) => fc.nat(s.length).map((k) => s.slice(0, k))),
  fc.constantFrom(...noise),
);

describe('spelling finder', () => {
  it('finds what one RegExp per spelling finds, longest first, on text made of spellings and their pieces', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(finder.find(text)).toEqual(oracle(text));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps "Pakistani Taliban" whole, and does not find a name inside a longer word', () => {
    const ids = (text: string) => finder.find(text).map((m) => terms[m.term]!.id);
    expect(ids('The Pakistani Taliban and Spin-Boldak')).toEqual(['ttp', 'spin-boldak']);
    expect(ids('Kunarian Torkhamite')).toEqual([]);
    // A look that fails at one word goes on to the next.
    expect(ids('Kab Kabul, Pak-Pakistan')).toEqual(['kabul', 'pakistan']);
    expect(ids('KABUL, کابل and كابل')).toEqual(['kabul', 'kabul', 'kabul']);
  });
});
