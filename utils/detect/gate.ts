// The cheap first step on every page: one combined pattern of the dataset's names and places.
// Pages that name neither side of the border stop here; only sentences with hits go further.
import type { Term } from '../dataset/types';
import { foldForMatch } from '../text/normalize';
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
 * the spokesmen. A block without any of them is not searched for names at all. This small pattern
 * compiles in well under a millisecond and scans at hundreds of MB/s; the full pattern of every
 * spelling takes several milliseconds to build and compile, so it is built only once a page has one.
 */
const ANCHORS = new RegExp(
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
  let full: { patterns: RegExp[]; byKey: Map<string, Pick<Term, 'id' | 'leaning'>> } | undefined;
  const build = () => {
    const byKey = new Map(data.keys.map(([key, index]) => [key, data.terms[index]!]));
    const patterns: RegExp[] = [];
    if (data.latin) patterns.push(new RegExp(data.latin, 'gi'));
    // Scripts without case need no case folding.
    if (data.other) patterns.push(new RegExp(data.other, 'g'));
    return { patterns, byKey };
  };

  return {
    scan(raw) {
      const { text, rawIndex } = cleanForGate(raw);
      if (!ANCHORS.test(text)) return [];
      full ??= build();
      const { patterns, byKey } = full;
      const hits: GateHit[] = [];
      for (const pattern of patterns) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
          const term = byKey.get(termKey(m[0]));
          if (!term) continue;
          const end = m.index + m[0].length;
          hits.push({
            termId: term.id,
            leaning: term.leaning,
            start: rawIndex ? rawIndex[m.index]! : m.index,
            end: rawIndex ? rawIndex[end - 1]! + 1 : end,
          });
        }
      }
      // Latin and other-script hits cannot overlap; in page order they read as one list.
      return patterns.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
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
