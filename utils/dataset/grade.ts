// Grades a claim from the other claims of its event: never an opinion, only how the figures relate.
// The rules are defined in docs/DATA.md ("Grades"); every grade names the claims that give it.
import { claimantKey } from './validate';
import type { Claim, DatasetEvent, Side } from './types';

export type Grade = 'confirmed' | 'corroborated' | 'single-source' | 'contested' | 'revised';

/** An "about" figure stands for anything within this share of the number. */
export const ABOUT_TOLERANCE = 0.1;

/** Lowest number each word stands for; the top is open. "dozens" is read as at least two dozen. */
const WORD_FLOORS = { several: 2, dozens: 24, hundreds: 200 } as const;

/** Words in a figure with no number that make it a denial of the other side's figure. */
const DENIAL = /\b(den(y|ies|ied|ial)|baseless|untrue|false|reject(s|ed)?|exaggerat\w*)\b/i;

/** The numbers a figure allows, or null when it has none (a statement, "heavy losses"). */
export function figureRange(c: Claim): { lo: number; hi: number } | null {
  if (c.metric === 'statement') return null;
  const { low, high } = c;
  switch (c.qualifier) {
    case 'exact':
      return low === null ? null : { lo: low, hi: low };
    case 'range':
      return low === null || high === null ? null : { lo: low, hi: high };
    case 'at-least':
      return low === null ? null : { lo: low, hi: Infinity };
    case 'more-than':
      return low === null ? null : { lo: low + 1, hi: Infinity };
    case 'about':
      return low === null ? null : { lo: low - Math.round(low * ABOUT_TOLERANCE), hi: low + Math.round(low * ABOUT_TOLERANCE) };
    case 'up-to':
      return low === null ? null : { lo: 0, hi: low };
    case 'several':
    case 'dozens':
    case 'hundreds':
      return { lo: WORD_FLOORS[c.qualifier], hi: Infinity };
    default:
      return null; // none-given
  }
}

/** Two figures are compatible when some number satisfies both; null when either has no number. */
export function compatible(a: Claim, b: Claim): boolean | null {
  const x = figureRange(a);
  const y = figureRange(b);
  if (!x || !y) return null;
  return x.lo <= y.hi && y.lo <= x.hi;
}

const OTHER_SIDE: Partial<Record<Side, Side>> = { pakistan: 'afghan-taliban', 'afghan-taliban': 'pakistan' };
const isCount = (s: Side) => s === 'un' || s === 'independent';
const sameFigureKind = (a: Claim, b: Claim) => a.metric === b.metric && a.losses === b.losses && a.metric !== 'statement';

/** An aggregate and a figure counted inside it (or two parts of one aggregate) measure different things. */
function linked(a: Claim, b: Claim): boolean {
  return a.within === b.id || b.within === a.id || (a.within !== undefined && a.within === b.within);
}

/** True when `later` is a newer point of the same claimant's tally for the same metric and losses. */
function replaces(later: Claim, earlier: Claim): boolean {
  if (later.id === earlier.id || !sameFigureKind(later, earlier) || linked(later, earlier)) return false;
  if (claimantKey(later.claimant) !== claimantKey(earlier.claimant)) return false;
  // A series, where set, is the tally: a figure outside it (one outpost, one day) replaces nothing in it.
  if ((later.series || earlier.series) && later.series !== earlier.series) return false;
  if (later.date > earlier.date) return true;
  // Same day: only points of one series have an order (the order they were entered in).
  return later.date === earlier.date && later.series !== undefined && later.series === earlier.series && later.id > earlier.id;
}

/** bodies_seen is one observer's count of what it saw: it is compared with nobody else's. */
const observerOnly = (c: Claim) => c.metric === 'bodies_seen';

/**
 * The grade of one claim against the other claims of its event, in this order of precedence:
 * revised, contested, confirmed, corroborated, single-source. `by` holds the ids that give it.
 */
export function gradeClaim(claim: Claim, event: DatasetEvent): { grade: Grade; by: string[] } {
  const others = event.claims.filter((c) => c.id !== claim.id);

  const newer = others.filter((c) => replaces(c, claim));
  if (newer.length > 0) return { grade: 'revised', by: ids(newer) };

  const rivals = observerOnly(claim)
    ? []
    : others.filter((c) => sameFigureKind(c, claim) && !linked(c, claim) && !observerOnly(c) && claimantKey(c.claimant) !== claimantKey(claim.claimant));
  const otherSide = OTHER_SIDE[claim.side];
  const fromOtherSide = rivals.filter((c) => c.side === otherSide);
  const counts = rivals.filter((c) => isCount(c.side));

  const clashes = [...fromOtherSide, ...counts].filter((c) => compatible(c, claim) === false);
  const denials = fromOtherSide.filter((c) => figureRange(c) === null && DENIAL.test(c.figureText ?? ''));
  if (clashes.length + denials.length > 0) return { grade: 'contested', by: ids([...clashes, ...denials]) };

  const agree = fromOtherSide.filter((c) => compatible(c, claim) === true);
  if (agree.length > 0) return { grade: 'confirmed', by: ids(agree) };

  const support = counts.filter((c) => compatible(c, claim) === true);
  if (support.length > 0) return { grade: 'corroborated', by: ids(support) };

  return { grade: 'single-source', by: [] };
}

const byDateDesc = (a: Claim, b: Claim) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id);
const ids = (claims: readonly Claim[]) => [...new Set(claims.map((c) => c.id))].sort();

/**
 * Running tallies folded to their newest point: every claim that no later claim of the same claimant,
 * metric and losses replaces, newest first. A claim on its own is its own latest point.
 */
export function latestInSeries(claims: readonly Claim[]): Claim[] {
  return claims.filter((c) => !claims.some((other) => replaces(other, c))).sort(byDateDesc);
}
