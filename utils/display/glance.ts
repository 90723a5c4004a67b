// What the first screen says: the page's own figures, each with whose figure it is and what the other
// sides claimed for the same thing, and how far apart they are. Without a stated figure, the event's
// most disputed figures instead. Plain data; the popup and the in-page card each draw it.
import { COLUMNS, comparisonRows, figureValue, type ColumnId } from '../dataset/queries';
import { foldSeries, type CellEntry } from '../dataset/series';
import type { Claim, DatasetEvent, Metric, Party } from '../dataset/types';
import type { PageFigure } from '../detect/types';
import { columnOfSide } from './rules';

export const MAX_GLANCE_LINES = 3;

export interface GlanceFigure extends CellEntry {
  column: ColumnId;
  /** The page states this figure too. */
  onPage: boolean;
}

export interface Gap {
  high: number;
  low: number;
  /** high ÷ low, rounded down (never overstated); undefined when low is 0. */
  ratio?: number;
}

export interface GlanceLine {
  key: string;
  metric?: Metric;
  losses?: Party;
  /** The figure as the page words it, when the line starts from the page. */
  page?: Pick<PageFigure, 'text' | 'value' | 'qualifier' | 'block' | 'start' | 'end'>;
  /** Whose figure the page repeats; absent when nobody in the dataset claimed the page's figure. */
  own?: GlanceFigure;
  /** The other sides' latest figures for the same thing, one per column. */
  others: GlanceFigure[];
  gap?: Gap;
}

const rowKey = (metric?: string, losses?: string) => `${metric ?? '?'}|${losses ?? '?'}`;

/** The latest figure of each column for one row (the UN's own count stands for its column when there is one). */
function latestByColumn(cells: Record<ColumnId, Claim[]>, onPage: Set<string>): GlanceFigure[] {
  return COLUMNS.flatMap((c): GlanceFigure[] => {
    const entries = foldSeries(cells[c.id]);
    const numeric = entries.filter((e) => figureValue(e.claim) !== undefined);
    const entry = numeric.find((e) => e.claim.side === 'un') ?? numeric[0] ?? entries[0];
    return entry ? [{ ...entry, column: c.id, onPage: entry.history.some((h) => onPage.has(h.id)) }] : [];
  });
}

/** Highest against lowest of the numbers on a line; none when fewer than two or all the same. */
export function gapOf(values: (number | undefined)[]): Gap | undefined {
  const numbers = values.filter((v): v is number => v !== undefined);
  if (numbers.length < 2) return undefined;
  const high = Math.max(...numbers);
  const low = Math.min(...numbers);
  if (high === low) return undefined;
  if (low === 0) return { high, low };
  const exact = high / low;
  return { high, low, ratio: exact >= 10 ? Math.floor(exact) : Math.floor(exact * 10) / 10 };
}

/** The page's figures on this event, up to three: those the dataset ties to a claim first, one line per thing counted. */
export function pageFigureLines(event: DatasetEvent, figures: readonly PageFigure[]): GlanceLine[] {
  const claimsById = new Map(event.claims.map((c) => [c.id, c]));
  const rows = new Map(comparisonRows(event).map((r) => [rowKey(r.metric, r.losses), r]));
  const onPage = new Set(figures.flatMap((f) => f.agreesWith.map((a) => a.claimId)));
  const lines = new Map<string, GlanceLine>();
  const tied = figures.filter((f) => f.agreesWith.some((a) => claimsById.has(a.claimId)));
  const unclaimed = figures.filter((f) => f.agreesWith.length === 0 && f.metric && f.metric !== 'statement');
  for (const figure of tied) {
    const claim = figure.agreesWith.map((a) => claimsById.get(a.claimId)).find((c): c is Claim => !!c)!;
    const key = rowKey(claim.metric, claim.losses);
    if (lines.has(key)) continue;
    const column = columnOfSide(claim.side);
    const row = rows.get(key);
    const all = row ? latestByColumn(row.cells, onPage) : [];
    const ownEntry = all.find((e) => e.column === column && e.history.some((h) => h.id === claim.id));
    const own: GlanceFigure | undefined = column
      ? { ...(ownEntry ?? { claim, history: [claim] }), claim, column, onPage: true }
      : undefined;
    const others = all.filter((e) => e.column !== column);
    lines.set(key, {
      key,
      metric: claim.metric,
      losses: claim.losses,
      page: figure,
      own,
      others,
      gap: gapOf([figure.value, ...others.map((o) => figureValue(o.claim))]),
    });
  }
  for (const figure of unclaimed) {
    if (lines.size >= MAX_GLANCE_LINES) break;
    // Without a stated party, the figure is compared only when the event counted that thing for one party.
    const candidates = [...rows.values()].filter((r) => r.metric === figure.metric && (!figure.losses || r.losses === figure.losses));
    const row = candidates.length === 1 ? candidates[0] : undefined;
    const key = row ? rowKey(row.metric, row.losses) : `page|${figure.block}|${figure.start}`;
    if (lines.has(key)) continue;
    const others = row ? latestByColumn(row.cells, onPage) : [];
    lines.set(key, {
      key,
      metric: figure.metric,
      losses: row?.losses ?? figure.losses,
      page: figure,
      others,
      gap: gapOf([figure.value, ...others.map((o) => figureValue(o.claim))]),
    });
  }
  return [...lines.values()].slice(0, MAX_GLANCE_LINES);
}

/** How disputed a row is: the ratio of its highest to lowest figure; a zero against a number counts most. */
const disputeOf = (gap: Gap | undefined) => (!gap ? 0 : (gap.ratio ?? Number.POSITIVE_INFINITY));

/**
 * The event's figures the sides disagree on most: rows where two or more sides gave differing numbers,
 * widest gap first; where no figure is disputed, the first rows with a number (lines without a gap).
 */
export function disputedLines(event: DatasetEvent, max = MAX_GLANCE_LINES): GlanceLine[] {
  const lines = comparisonRows(event).map((row): GlanceLine => {
    const others = latestByColumn(row.cells, new Set());
    return {
      key: rowKey(row.metric, row.losses),
      metric: row.metric,
      losses: row.losses,
      others,
      gap: gapOf(others.map((o) => figureValue(o.claim))),
    };
  });
  const disputed = lines.filter((line) => line.gap).sort((a, b) => disputeOf(b.gap) - disputeOf(a.gap) || b.gap!.high - a.gap!.high);
  if (disputed.length) return disputed.slice(0, max);
  return lines.filter((line) => line.others.some((o) => figureValue(o.claim) !== undefined)).slice(0, max);
}
