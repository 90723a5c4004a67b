// The floor's "one pass of a single RegExp", in Node and in the page alike: the gate's anchor pattern,
// the one pattern any page pays for (the spellings themselves are found without a RegExp: utils/detect/spelling-finder.ts).
import { ANCHORS } from '../../utils/detect/anchors';

export function gateSource(): string {
  return ANCHORS.source;
}

/** One pass of the pattern over the text (an empty match moves on, so it always ends). */
export function onePass(pattern: RegExp, text: string): number {
  let hits = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    hits++;
    if (m[0] === '') pattern.lastIndex++;
  }
  return hits;
}
