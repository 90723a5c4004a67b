// The cheap first step on every page: one combined pattern of the dataset's names and places.
// Pages that name neither side of the border stop here; only sentences with hits go further.
import type { Term } from '../dataset/types';
import { foldForMatch, foldLetterCode } from '../text/normalize';
import { createSpellingFinder, type SpellingFinder } from './spelling-finder';
import type { GateData } from './gate-data';

export type { GateData } from './gate-data';
import type { GateHit } from './types';

// Arabic-script letters that sources write in several ways; the pattern accepts any of a family.
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff\u0640]/;
const LATIN_WITH_MARKS = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/;
const COMBINING = /[\u0300-\u036f]/;
// Either of the two above, in one test: most blocks have neither.
const NEEDS_CLEANING = new RegExp(`${INVISIBLE.source}|${LATIN_WITH_MARKS.source}`);
const COMBINING_ALL = /[\u0300-\u036f]/g;
export const SEPARATORS = /[\s\-\u2010-\u2015]+/g;


/** The key a matched string and a variant share: folded, without spaces or hyphens. */
export const termKey = (s: string) => foldForMatch(s).replace(SEPARATORS, '');

/**
 * Drops invisible characters and Latin accents so "Nan\u00adgarhar" and "Paktīkā" match, and keeps,
 * only when it changed anything, the raw offset of each kept character.
 */
export function cleanForGate(raw: string): { text: string; rawIndex?: number[] } {
  if (!NEEDS_CLEANING.test(raw)) return { text: raw };
  let text = '';
  const rawIndex: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (INVISIBLE.test(c) || COMBINING.test(c)) continue;
    const base = LATIN_WITH_MARKS.test(c) ? c.normalize('NFD').replace(COMBINING_ALL, '') : c;
    for (const b of base) {
      text += b;
      rawIndex.push(i);
    }
  }
  return { text, rawIndex };
}

export interface Gate {
  /** The name hits in one block of page text, in order (none in a block without an anchor word). */
  scan(text: string): GateHit[];
  /** False when `text` certainly names nothing: no anchor word, nothing to clean away. One cheap pass. */
  mayName(text: string): boolean;
}

/**
 * Words that any page about the clashes uses somewhere in a paragraph that names places or people:
 * the countries, the Taliban, the capitals, the border and its crossings, the provinces most fought over,
 * the spokesmen. A block without any of them is not searched for names at all: this small pattern
 * compiles in well under a millisecond and scans at hundreds of MB/s.
 */
export const ANCHORS = new RegExp(
  [
    'afghan', 'pakistan', 'taliban', 'taleban', 'kabul', 'kaboul', 'islamabad', 'rawalpindi', 'durand', 'torkham', 'chaman',
    'kurram', 'nangarhar', 'ningarhar', 'kunar', 'konar', 'khost', 'paktika', 'paktia', 'kandahar', 'boldak', 'bajaur',
    'waziristan', 'khyber', 'mujahid', 'mudschahid', 'tarar', 'ghazab', 'ispr', 'unama', 'khwarazmi', 'khowarazm',
    'افغان', 'پاکستان', 'پاكستان', 'طالبان', 'کابل', 'كابل', 'تورخم', 'طورخم', 'دیورند', 'ډیورنډ', 'ڈیورنڈ', 'ننگرهار', 'ننګرهار', 'یوناما',
    'अफगान', 'पाकिस्तान', 'तालिबान',
  ].join('|'),
  'i',
);

/**
 * The gate from its data: gateData(terms), or, in the content script, a function that parses
 * assets/gate.json, called only on the first block that holds an anchor word (most pages never do).
 */
export function createGate(source: GateData | (() => GateData)): Gate {
  let data: GateData | undefined;
  let finder: SpellingFinder | undefined;
  return {
    mayName: (text) => ANCHORS.test(text) || NEEDS_CLEANING.test(text),
    scan(raw) {
      const { text, rawIndex } = cleanForGate(raw);
      if (!ANCHORS.test(text)) return [];
      data ??= typeof source === 'function' ? source() : source;
      finder ??= createSpellingFinder(data.latin, data.other, foldLetterCode);
      const { terms } = data;
      return finder.find(text).map(({ start, end, term }) => ({
        termId: terms[term]!.id,
        leaning: terms[term]!.leaning,
        start: rawIndex ? rawIndex[start]! : start,
        end: rawIndex ? rawIndex[end - 1]! + 1 : end,
      }));
    },
  };
}

/** Whether hits name both sides (or the border itself): the condition for looking any closer. */
export function gatePasses(leanings: ReadonlySet<Term['leaning']>): boolean {
  const afghan = leanings.has('afghanistan');
  const pakistani = leanings.has('pakistan');
  const border = leanings.has('border');
  return (afghan && (pakistani || border)) || (border && pakistani);
}
