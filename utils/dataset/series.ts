// Running tallies: a minister who updated one cumulative count over days is shown once, at the latest
// figure, with the dated points behind it.
import type { Claim } from './types';

export interface CellEntry {
  /** The claim to show: the newest of its series, or a claim on its own. */
  claim: Claim;
  /** Every point of the series, oldest first; just the claim when it has no series. */
  history: Claim[];
}

const byDateAsc = (a: Claim, b: Claim) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/** The claims of one cell with each series folded into its latest point; newest entries first. */
export function foldSeries(claims: readonly Claim[]): CellEntry[] {
  const entries: CellEntry[] = [];
  const bySeries = new Map<string, CellEntry>();
  for (const claim of [...claims].sort((a, b) => byDateAsc(b, a))) {
    if (!claim.series) {
      entries.push({ claim, history: [claim] });
      continue;
    }
    const entry = bySeries.get(claim.series);
    if (entry) entry.history.unshift(claim);
    else {
      const fresh = { claim, history: [claim] };
      bySeries.set(claim.series, fresh);
      entries.push(fresh);
    }
  }
  return entries;
}
