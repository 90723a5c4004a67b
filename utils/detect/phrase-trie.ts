// Finds the dataset's spellings in text with a prefix tree walked in plain code. The same spellings as
// one RegExp took V8 about 14 ms to compile on the first page that needed it; building this tree takes a
// fraction of a millisecond, and the walk only starts where a word (or a non-Latin letter) starts.

/** A space in a spelling: in Latin text any run of spaces and hyphens (or none), elsewhere one space or ZWNJ (or none). */
export const SPELLING_SPACE = ' ';

interface Node {
  next: Map<number, Node>;
  /** Index of the term whose spelling ends here; -1 for none. */
  term: number;
}

export interface PhraseMatch {
  start: number;
  end: number;
  term: number;
}

const SPACE = SPELLING_SPACE.charCodeAt(0);
const LATIN_SEPARATOR = /[\s\-\u2010-\u2015]/;
const OTHER_SEPARATOR = /[\s\u200c]/;
/** The characters \b treats as word characters (RegExp without the u flag): ASCII letters, digits, "_". */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c | 0x20 : c);

function insert(root: Node, spelling: string, term: number): void {
  let node = root;
  for (let i = 0; i < spelling.length; i++) {
    const c = spelling.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = { next: new Map(), term: -1 }));
    node = child;
  }
  if (node.term < 0) node.term = term; // the first spelling of a form keeps it
}

export interface PhraseTrie {
  /** Every match, left to right, the longest at each place; matches do not overlap. */
  find(text: string): PhraseMatch[];
}

/**
 * `latin`: lower-case ASCII spellings, matched ignoring ASCII case as whole words. `other`: spellings
 * in other scripts, already folded with `foldChar`, matched anywhere. Each entry is [spelling, term].
 */
export function createPhraseTrie(latin: readonly [string, number][], other: readonly [string, number][], foldChar: (c: number) => number): PhraseTrie {
  const latinRoot: Node = { next: new Map(), term: -1 };
  const otherRoot: Node = { next: new Map(), term: -1 };
  for (const [spelling, term] of latin) insert(latinRoot, spelling, term);
  for (const [spelling, term] of other) insert(otherRoot, spelling, term);

  return {
    find(text) {
      const n = text.length;
      const matches: PhraseMatch[] = [];
      let best = -1;
      let bestTerm = -1;
      // A Latin spelling may not end inside a word ("Kunar" is not in "Kunarian").
      const endsWord = (j: number) => j >= n || !isWordCode(text.charCodeAt(j)) || !isWordCode(text.charCodeAt(j - 1));
      const keep = (j: number, term: number) => {
        if (j > best) {
          best = j;
          bestTerm = term;
        }
      };
      // Depth-first over every way the text can follow the tree from `node` at `j`, keeping the longest.
      const walkLatin = (node: Node, j: number): void => {
        if (node.term >= 0 && endsWord(j)) keep(j, node.term);
        const c = j < n ? lowerAscii(text.charCodeAt(j)) : SPACE;
        const child = c === SPACE ? undefined : node.next.get(c);
        if (child) walkLatin(child, j + 1);
        const space = node.next.get(SPACE);
        if (space) {
          let k = j;
          while (k < n && LATIN_SEPARATOR.test(text[k]!)) k++;
          walkLatin(space, k);
        }
      };
      const walkOther = (node: Node, j: number): void => {
        if (node.term >= 0) keep(j, node.term);
        const c = j < n ? foldChar(text.charCodeAt(j)) : SPACE;
        const child = c === SPACE ? undefined : node.next.get(c);
        if (child) walkOther(child, j + 1);
        const space = node.next.get(SPACE);
        if (space) {
          walkOther(space, j);
          if (j < n && OTHER_SEPARATOR.test(text[j]!)) walkOther(space, j + 1);
        }
      };

      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        best = -1;
        if (isWordCode(c)) {
          // Latin spellings start only where a word starts.
          if (i > 0 && isWordCode(text.charCodeAt(i - 1))) continue;
          walkLatin(latinRoot, i);
        } else if (c > 0x7f && otherRoot.next.has(foldChar(c))) {
          walkOther(otherRoot, i);
        }
        if (best > i) {
          matches.push({ start: i, end: best, term: bestTerm });
          i = best - 1;
        }
      }
      return matches;
    },
  };
}
