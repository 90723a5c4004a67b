// The gate's largest pattern (the tree of every Latin spelling), as createGate builds it: the floor's
// "one pass of a single RegExp", in Node and in the page alike.
import { createGate, type GateData } from '../../utils/detect/gate';
import gateFile from '../../assets/gate.json';

export function gateSource(): string {
  const Original = RegExp;
  let longest = '';
  const Spy = function (this: unknown, source: string | RegExp, flags?: string) {
    if (typeof source === 'string' && source.length > longest.length) longest = source;
    return new Original(source, flags);
  } as unknown as RegExpConstructor;
  globalThis.RegExp = Spy;
  try {
    // The full patterns are built on the first block that holds an anchor word.
    createGate(gateFile as GateData).scan('Kabul and Pakistan');
  } finally {
    globalThis.RegExp = Original;
  }
  if (longest.length < 100) throw new Error('could not capture the gate pattern');
  return longest;
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
