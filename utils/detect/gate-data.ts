// Working out the gate's spellings from the terms: on start-up in the background, scanner and tests.
import type { Term } from '../dataset/types';
import { foldForMatch } from '../text/normalize';
import { SEPARATORS, termKey, type GateData } from './gate';

export type { GateData };
import { SPELLING_SPACE } from './spelling-finder';

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);

export function gateData(terms: readonly Term[]): GateData {
  const seen = new Set<string>();
  const latin: [string, number][] = [];
  const other: [string, number][] = [];
  terms.forEach((term, index) => {
    for (const variant of [term.name, ...term.variants]) {
      const folded = foldForMatch(variant);
      // Latin spellings match across any run of spaces and hyphens, so one per termKey; in other scripts a hyphen is a
      // letter of the spelling, so "Спин-Болдак" does not stand for "Спин Болдак", nor "شاهکوت" for "شاه کوت".
      const key = isAscii(folded.replace(SEPARATORS, ' ')) ? termKey(variant) : folded;
      if (!key || seen.has(key)) continue;
      seen.add(key);
      if (isAscii(folded)) latin.push([folded.replace(SEPARATORS, SPELLING_SPACE), index]);
      else if (isAscii(folded[0]!))
        throw new Error(`gate: "${variant}" mixes scripts and starts with a Latin letter; the gate cannot find it`);
      else other.push([folded, index]);
    }
  });
  return { latin, other, terms: terms.map(({ id, leaning }) => ({ id, leaning })) };
}
