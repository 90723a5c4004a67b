// Questions the UI asks of the dataset: the claims of an event laid out for comparison, figures as text.
import type { Claim, Dataset, DatasetEvent, Metric, Party, Side } from './types';

/** The popup's three columns; `other` claimants (mediators, militant groups) are listed under the table. */
export const COLUMNS = [
  { id: 'pakistan', sides: ['pakistan'] },
  { id: 'afghan-taliban', sides: ['afghan-taliban'] },
  { id: 'un-independent', sides: ['un', 'independent'] },
] as const satisfies readonly { id: string; sides: readonly Side[] }[];
export type ColumnId = (typeof COLUMNS)[number]['id'];

export const columnOf = (side: Side): ColumnId | undefined => COLUMNS.find((c) => (c.sides as readonly Side[]).includes(side))?.id;

export interface ComparisonRow {
  metric: Metric;
  losses: Party;
  /** Per column, that column's claims for this metric, newest first (a running tally reads top-down). */
  cells: Record<ColumnId, Claim[]>;
}

const byDateDesc = (a: Claim, b: Claim) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id);

/** Numeric claims of an event, one row per metric and whose losses, rows with most sides first. */
export function comparisonRows(event: DatasetEvent): ComparisonRow[] {
  const rows = new Map<string, ComparisonRow>();
  for (const claim of event.claims) {
    if (claim.metric === 'statement') continue;
    const column = columnOf(claim.side);
    if (!column) continue;
    const key = `${claim.metric}|${claim.losses}`;
    let row = rows.get(key);
    if (!row)
      rows.set(
        key,
        (row = { metric: claim.metric, losses: claim.losses, cells: { pakistan: [], 'afghan-taliban': [], 'un-independent': [] } }),
      );
    row.cells[column].push(claim);
  }
  const filled = (r: ComparisonRow) => COLUMNS.filter((c) => r.cells[c.id].length > 0).length;
  const list = [...rows.values()];
  for (const r of list) for (const c of COLUMNS) r.cells[c.id].sort(byDateDesc);
  return list.sort((a, b) => filled(b) - filled(a) || total(b) - total(a));
}
const total = (r: ComparisonRow) => COLUMNS.reduce((n, c) => n + r.cells[c.id].length, 0);

/** Claims that state something without a figure (ceasefire, denial, target), and claims of `other` sides. */
export function statementsOf(event: DatasetEvent): Claim[] {
  return event.claims.filter((c) => c.metric === 'statement' || !columnOf(c.side)).sort(byDateDesc);
}

/** A figure as a reader writes it: "2", "at least 13", "more than 200", "about 70", "15–20", "several". */
export function figureText(claim: Pick<Claim, 'low' | 'high' | 'qualifier' | 'figureText'>): string {
  const n = (v: number | null) => (v === null ? '?' : v.toLocaleString('en'));
  switch (claim.qualifier) {
    case 'exact':
      return n(claim.low);
    case 'at-least':
      return `≥ ${n(claim.low)}`;
    case 'more-than':
      return `> ${n(claim.low)}`;
    case 'about':
      return `~${n(claim.low)}`;
    case 'up-to':
      return `≤ ${n(claim.high ?? claim.low)}`;
    case 'range':
      return `${n(claim.low)}–${n(claim.high)}`;
    default:
      return claim.figureText ?? claim.qualifier;
  }
}

/** A number to draw a bar with: the low end (or high, for "up to"); none for words. */
export function figureValue(claim: Claim): number | undefined {
  return claim.low ?? claim.high ?? undefined;
}

export function eventById(dataset: Dataset, id: string): DatasetEvent | undefined {
  return dataset.events.find((e) => e.id === id);
}

/** Only http(s) links are ever shown or opened. */
export const isSafeLink = (url: string) => /^https?:\/\/[^\s]+$/i.test(url);
