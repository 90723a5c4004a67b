// PLACEHOLDER so the popup can be written against the grade API; the lead replaces this file with the
// real grading at merge. Every claim reads "single-source" until then.
import type { Claim, DatasetEvent } from './types';

export type Grade = 'confirmed' | 'corroborated' | 'single-source' | 'contested' | 'revised';

export function gradeClaim(claim: Claim, event: DatasetEvent): { grade: Grade; by: string[] } {
  void claim;
  void event;
  return { grade: 'single-source', by: [] };
}

/** The claims newest first (placeholder: the real one keeps only the latest point of each series). */
export function latestInSeries(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}
