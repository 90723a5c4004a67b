// The gate's combined pattern, as createGate builds it, for the floor in the browser (one pass of that RegExp).
import terms from '../../assets/terms.json';
import type { Term } from '../../utils/dataset/types';
import { createGate } from '../../utils/detect/gate';

export function gateSource(): string {
  const Original = RegExp;
  let longest = '';
  // createGate calls `new RegExp(source, 'gi')` once; the longest source seen is that pattern.
  const Spy = function (this: unknown, source: string | RegExp, flags?: string) {
    if (typeof source === 'string' && source.length > longest.length) longest = source;
    return new Original(source, flags);
  } as unknown as RegExpConstructor;
  globalThis.RegExp = Spy;
  try {
    createGate(terms as Term[]);
  } finally {
    globalThis.RegExp = Original;
  }
  return longest;
}
