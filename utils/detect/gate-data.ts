// Working out the gate's patterns from the terms: done ahead of time (npm run data:gate writes
// assets/gate.json) for the content script, and on start-up in the background, scanner and tests.
import type { Term } from '../dataset/types';
import { foldForMatch } from '../text/normalize';
import { SEPARATORS, termKey } from './gate';

// Keep these in step with the fold in text/normalize.ts: the matched text is looked up by its folded form.
const LETTER_FAMILIES = ['یيىېۍئ', 'کك', 'گګ', 'هةۀہھۃ', 'اأإآٱ', 'رړڑ', 'دډڈ', 'تټٹ', 'وؤ'];
const FAMILY_OF = new Map<string, string>();
for (const family of LETTER_FAMILIES) for (const c of family) FAMILY_OF.set(c, family);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (s: string) => /^[\x00-\x7f]*$/.test(s);

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
 * Everything the gate needs, worked out from the terms ahead of time: `npm run data:gate` writes it to
 * assets/gate.json, which the content script loads instead of the terms, so a page only compiles the
 * patterns (a test keeps the file in step with assets/terms.json).
 */
export interface GateData {
  /** Pattern sources: Latin spellings (matched ignoring case) and other scripts. */
  latin: string;
  other: string;
  /** Each spelling's key (see termKey) and the index of its term in `terms`. */
  keys: [string, number][];
  terms: Pick<Term, 'id' | 'leaning'>[];
}

export function gateData(terms: readonly Term[]): GateData {
  const keys: [string, number][] = [];
  const seen = new Set<string>();
  const latin: string[] = [];
  const other: string[] = [];
  terms.forEach((term, index) => {
    for (const variant of [term.name, ...term.variants]) {
      const key = termKey(variant);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      keys.push([key, index]);
      (isLatin(variant) ? latin : other).push(variant);
    }
  });
  return {
    latin: latin.length ? latinTrieSource(latin) : '',
    // Longest first, as in the Latin tree.
    other: other.sort((a, b) => b.length - a.length).map(otherScriptSource).join('|'),
    keys,
    terms: terms.map(({ id, leaning }) => ({ id, leaning })),
  };
}

