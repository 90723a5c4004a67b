// What the script-specific figure readers share: the shape of a figure they read, and the verb nearest it,
// which says what happened to the counted (killed, wounded, captured, destroyed).
import type { Metric, Party } from '../dataset/types';

export type ScriptVerb = 'killed' | 'wounded' | 'captured' | 'destroyed';
/** What the script-specific readers count. */
export type ScriptNoun = 'soldiers' | 'fighters' | 'civilians' | 'children' | 'posts' | 'people';

/** The dataset metric of a count of `noun` by what happened to them; people counted bare have none. */
export function scriptMetric(noun: ScriptNoun, verb: ScriptVerb | undefined): Metric | undefined {
  if (noun === 'posts') return verb === 'captured' ? 'posts_captured' : verb === 'destroyed' ? 'posts_destroyed' : undefined;
  if (noun === 'children') return verb === 'killed' ? 'children_killed' : undefined;
  if (noun !== 'people' && (verb === 'killed' || verb === 'wounded' || (verb === 'captured' && noun === 'soldiers')))
    return `${noun}_${verb}` as Metric;
  return undefined;
}

/** A figure read from a sentence in one script, before it is tied to the dataset's claims. */
export interface ScriptFigure {
  start: number;
  end: number;
  text: string;
  value: number;
  metric?: Metric;
  losses?: Party;
  verb?: ScriptVerb;
  /** "More than" the number, when the reader knows the script's words for it; else the number as given. */
  qualifier?: 'more-than';
}

/** The verb nearest a figure: the first within `after` characters after it, else the last within `before` before it. */
export function verbNearFigure(
  text: string,
  start: number,
  end: number,
  verbs: readonly [ScriptVerb, RegExp][],
  reach: { after: number; before: number },
): ScriptVerb | undefined {
  const after = text.slice(end, end + reach.after);
  const found = verbs
    .map(([v, re]) => ({ v, at: after.search(re) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (found) return found.v;
  const before = text.slice(Math.max(0, start - reach.before), start);
  return verbs
    .map(([v, re]) => ({ v, at: before.search(re) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => b.at - a.at)[0]?.v;
}
