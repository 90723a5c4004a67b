// The cheap first step on every page: one combined pattern of the dataset's names and places.
// Pages that name neither side of the border stop here; only sentences with hits go further.
import type { Term } from '../dataset/types';
import { foldForMatch, foldLetterCode } from '../text/normalize';
import { createPhraseTrie, type PhraseTrie } from './phrase-trie';
import type { GateData } from './gate-data';

export type { GateData } from './gate-data';
import type { GateHit } from './types';

// Arabic-script letters that sources write in several ways; the pattern accepts any of a family.
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff\u0640]/;
const LATIN_WITH_MARKS = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/;
const COMBINING = /[\u0300-\u036f]/;
const COMBINING_ALL = /[\u0300-\u036f]/g;
export const SEPARATORS = /[\s\-\u2010-\u2015]+/g;


/** The key a matched string and a variant share: folded, without spaces or hyphens. */
export const termKey = (s: string) => foldForMatch(s).replace(SEPARATORS, '');

/**
 * Drops invisible characters and Latin accents so "Nan\u00adgarhar" and "Paktīkā" match, and keeps,
 * only when it changed anything, the raw offset of each kept character.
 */
export function cleanForGate(raw: string): { text: string; rawIndex?: number[] } {
  if (!INVISIBLE.test(raw) && !LATIN_WITH_MARKS.test(raw)) return { text: raw };
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

/** The gate from its data (assets/gate.json in the content script; gateData(terms) elsewhere). */
export function createGate(data: GateData): Gate {
  // Built on the first block that holds an anchor word: most pages never need it.
  let trie: PhraseTrie | undefined;
  return {
    scan(raw) {
      const { text, rawIndex } = cleanForGate(raw);
      if (!ANCHORS.test(text)) return [];
      trie ??= createPhraseTrie(data.latin, data.other, foldLetterCode);
      return trie.find(text).map(({ start, end, term }) => ({
        termId: data.terms[term]!.id,
        leaning: data.terms[term]!.leaning,
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
