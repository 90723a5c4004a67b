// Sentence boundaries, kept as offsets so evidence can point back into the page.

// Ends a sentence: . ! ? and their Arabic-script forms, followed by space or end; the Chinese full stops (。！？)
// end one wherever they stand, as Chinese puts no space after them. (Not the Devanagari danda: Hindi pages were
// read with their dandas inside sentences, and a tune page lost its event when they split.)
// A match only starts where a run of marks starts (the lookbehind): without it a long run not followed
// by a space ("Kunar.........x") is retried from each of its marks, quadratic time that froze pages.
const SENTENCE_END = /(?<![.!?؟۔。！？])(?:[.!?؟۔。！？]+["'”’)\]]*(?=\s|$)|[。！？]+[」』”’）)]*)|\n+/g;
// Abbreviations whose full stop does not end a sentence.
const NO_BREAK_BEFORE =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Brig|Capt|Sgt|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.N|U\.S|i\.e|e\.g|vs)|\b[A-Z])$/;
const MAX_SENTENCE = 600;

export interface Span {
  start: number;
  end: number;
}

/** Splits text into sentence spans (trimmed); very long runs are cut so no span exceeds MAX_SENTENCE. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    // Long runs are cut into pieces; each piece is trimmed too, and a piece of only spaces is dropped.
    for (let s = start; s < end; s += MAX_SENTENCE) {
      let a = s;
      let b = Math.min(end, s + MAX_SENTENCE);
      while (a < b && /\s/.test(text[a]!)) a++;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      if (b > a) spans.push({ start: a, end: b });
    }
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && NO_BREAK_BEFORE.test(text.slice(Math.max(from, m.index - 6), m.index))) continue;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return spans;
}
