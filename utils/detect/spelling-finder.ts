// Finds the dataset's spellings in text without a RegExp of them all: the spellings are filed by their
// first two letters, a small RegExp of those letter pairs finds the places worth a look, and plain code
// checks the spellings filed there. One RegExp of every spelling took V8 about 14 ms to compile on a
// page, and a character tree 3 ms to build; this builds in a fraction of a millisecond, and the page's
// text is walked by the RegExp engine rather than by (cold, interpreted) script, which matters because
// the content script does this on every page that mentions the region.

/** A space in a spelling: in Latin text any run of spaces and hyphens (or none), elsewhere one space or ZWNJ (or none). */
export const SPELLING_SPACE = ' ';
const SPACE = 32;

export interface SpellingMatch {
  start: number;
  end: number;
  term: number;
}

export interface SpellingFinder {
  /** Every match, left to right, the longest at each place; matches do not overlap. */
  find(text: string): SpellingMatch[];
}

/** The characters \b treats as word characters (RegExp without the u flag): ASCII letters, digits, "_". */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c | 0x20 : c);
/** RegExp \s, by code. */
const isSpaceCode = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/** Between the words of a Latin spelling: spaces, hyphens and dashes. */
const isLatinSeparator = (c: number) => isSpaceCode(c) || c === 45 || (c >= 0x2010 && c <= 0x2015);
/** Between the words of other spellings: a space or a zero-width non-joiner. */
const isOtherSeparator = (c: number) => isSpaceCode(c) || c === 0x200c;

type Spelling = { chars: string; term: number };

/** Files each spelling under its first letter and the letter after it (spaces skipped). */
function index(spellings: readonly [string, number][]): Map<number, Spelling[]> {
  const byKey = new Map<number, Spelling[]>();
  for (const [chars, term] of spellings) {
    const rest = chars.slice(1).replace(/ /g, '');
    const key = chars.charCodeAt(0) * 0x10000 + (rest ? rest.charCodeAt(0) : 0);
    const list = byKey.get(key) ?? [];
    list.push({ chars, term });
    byKey.set(key, list);
  }
  return byKey;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first letters of every Latin spelling (three, or fewer before a space), as alternatives of a
 * RegExp source: words that start otherwise are never looked at, which keeps the script's work (cold
 * and interpreted, on a fresh page) to the few words that may be names.
 */
function latinStarts(spellings: readonly [string, number][]): string {
  const prefixes = new Set(spellings.map(([chars]) => chars.slice(0, 3).split(' ')[0]!));
  return [...prefixes].map(escapeRegExp).join('|');
}

/**
 * `latin`: lower-case ASCII spellings, matched ignoring ASCII case as whole words. `other`: spellings
 * in other scripts, already folded with `foldChar`, matched anywhere. Each entry is [spelling, term].
 */
export function createSpellingFinder(
  latin: readonly [string, number][],
  other: readonly [string, number][],
  foldChar: (c: number) => number,
): SpellingFinder {
  // How each script's spellings are found: Latin ones as whole words, ignoring ASCII case, with any run of
  // separators between words; others anywhere, letters folded, with at most one separator between words.
  const scripts = {
    latin: { byKey: index(latin), fold: lowerAscii, isSeparator: isLatinSeparator, anyRun: true, wholeWords: true },
    other: { byKey: index(other), fold: foldChar, isSeparator: isOtherSeparator, anyRun: false, wholeWords: false },
  };
  type Script = (typeof scripts)['latin'];
  // Where a look is worth it: a word starting with the first letters of a Latin spelling, or any
  // non-ASCII character (other scripts are checked against their index in code).
  const starts = new RegExp(`\\b(?:${latinStarts(latin)})|[^\\x00-\\x7f]`, 'gi');

  return {
    find(text) {
      const n = text.length;
      const matches: SpellingMatch[] = [];
      // Where spelling `s` read from `i` ends, or -1.
      const spellingEnd = (s: string, i: number, script: Script): number => {
        let j = i;
        for (let k = 0; k < s.length; k++) {
          const c = s.charCodeAt(k);
          if (c === SPACE) {
            if (script.anyRun) while (j < n && script.isSeparator(text.charCodeAt(j))) j++;
            else if (j < n && script.isSeparator(text.charCodeAt(j))) j++;
          } else if (j < n && script.fold(text.charCodeAt(j)) === c) j++;
          else return -1;
        }
        // Not inside a word: "Kunar" is not found in "Kunarian".
        return script.wholeWords && j < n && isWordCode(text.charCodeAt(j)) && isWordCode(text.charCodeAt(j - 1)) ? -1 : j;
      };

      starts.lastIndex = 0;
      for (let m = starts.exec(text); m; m = starts.exec(text)) {
        const i = m.index;
        const c = text.charCodeAt(i);
        const script = isWordCode(c) ? scripts.latin : scripts.other;
        let second = i + 1;
        while (second < n && script.isSeparator(text.charCodeAt(second))) second++;
        const first = script.fold(c) * 0x10000;
        // Filed under the first two letters; a one-letter spelling under its letter alone.
        const candidates = [
          ...((second < n && script.byKey.get(first + script.fold(text.charCodeAt(second)))) || []),
          ...(script.byKey.get(first) ?? []),
        ];
        let best = -1;
        let bestTerm = -1;
        for (const { chars, term } of candidates) {
          const end = spellingEnd(chars, i, script);
          if (end > best) {
            best = end;
            bestTerm = term;
          }
        }
        if (best > i) matches.push({ start: i, end: best, term: bestTerm });
        // Past the match, or else on from the next character: a failed look may have read into the next word.
        starts.lastIndex = best > i ? best : i + 1;
      }
      return matches;
    },
  };
}
