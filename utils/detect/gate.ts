// The cheap first step on every page: one combined pattern of the dataset's names and places.
// Pages that name neither side of the border stop here; only sentences with hits go further.
import type { Term } from '../dataset/types';
import { foldForMatch } from '../text/normalize';
import type { GateHit } from './types';

// Arabic-script letters that sources write in several ways; the pattern accepts any of a family.
// Keep these in step with the fold in text/normalize.ts: the matched text is looked up by its folded form.
const LETTER_FAMILIES = ['یيىېۍئ', 'کك', 'گګ', 'هةۀہھۃ', 'اأإآٱ', 'رړڑ', 'دډڈ', 'تټٹ', 'وؤ'];
const FAMILY_OF = new Map<string, string>();
for (const family of LETTER_FAMILIES) for (const c of family) FAMILY_OF.set(c, family);

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff\u0640]/;
const LATIN_WITH_MARKS = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/;
const COMBINING = /[\u0300-\u036f]/;
const COMBINING_ALL = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s\-\u2010-\u2015]+/g;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (s: string) => /^[\x00-\x7f]*$/.test(s);

/** The key a matched string and a variant share: folded, without spaces or hyphens. */
export const termKey = (s: string) => foldForMatch(s).replace(SEPARATORS, '');

/** Other scripts: any letter of a family, optional space or zero-width joiner between words. */
function otherScriptSource(variant: string): string {
  let out = '';
  for (const c of foldForMatch(variant)) {
    if (c === ' ') out += '[\\s\\u200c]?';
    else out += FAMILY_OF.has(c) ? `[${FAMILY_OF.get(c)}]` : escapeRegExp(c);
  }
  return out;
}

const SEPARATOR = '\u0001';
interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * Latin spellings as one prefix tree ("zab(?:ihullah|iullah|eehullah)…") rather than a flat list of
 * alternatives, which V8 would try one by one at every position: about 4× faster to scan and half the
 * time to compile. At each branch the longer spellings come first, so "Pakistani Taliban" wins over
 * "Pakistani"; spaces and hyphens between words match any run of them.
 */
function latinTrieSource(variants: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const v of variants) {
    let node = root;
    for (const c of v.toLowerCase().replace(SEPARATORS, SEPARATOR)) {
      if (!node.next.has(c)) node.next.set(c, { next: new Map(), end: false });
      node = node.next.get(c)!;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.next].map(([c, child]) => (c === SEPARATOR ? '[\\s\\-\\u2010-\\u2015]*' : escapeRegExp(c)) + source(child));
    if (branches.length === 0) return '';
    const alternatives = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${alternatives})?` : alternatives;
  };
  return `\\b${source(root)}\\b`;
}


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

export function createGate(terms: readonly Term[]): Gate {
  let full: { patterns: RegExp[]; byKey: Map<string, Term> } | undefined;
  const build = () => {
    const byKey = new Map<string, Term>();
    const latin: string[] = [];
    const other: string[] = [];
    for (const term of terms) {
      for (const variant of [term.name, ...term.variants]) {
        const key = termKey(variant);
        if (!key || byKey.has(key)) continue;
        byKey.set(key, term);
        (isLatin(variant) ? latin : other).push(variant);
      }
    }
    const patterns: RegExp[] = [];
    if (latin.length) patterns.push(new RegExp(latinTrieSource(latin), 'gi'));
    // Scripts without case need no case folding; longest first, as in the Latin tree.
    if (other.length) patterns.push(new RegExp(other.sort((a, b) => b.length - a.length).map(otherScriptSource).join('|'), 'g'));
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
