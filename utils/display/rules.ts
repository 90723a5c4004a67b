// The display rules every view of the figures shares (popup, in-page card, citations): which column and
// label a side gets, when a metric names whose losses it counts, how dates and claimants are written.
// Framework-free: callers pass their own `t` (browser.i18n in the extension, a stub in tests).
import { columnOf, type ColumnId } from '../dataset/queries';
import type { DatasetEvent, Party, Side } from '../dataset/types';

export type Translate = (name: string, substitutions?: string | string[]) => string;

/** Message names may not contain hyphens: "civilians-afghanistan" -> "civilians_afghanistan". */
export const messageKey = (prefix: string, value: string) => `${prefix}_${value.replace(/-/g, '_')}`;

/** Message names of the sides. */
export const SIDE_LABEL: Record<Side, string> = {
  pakistan: 'sidePakistan',
  'afghan-taliban': 'sideAfghanTaliban',
  un: 'sideUn',
  independent: 'sideIndependent',
  other: 'sideOther',
};

/** Message names of the three columns a comparison has. */
export const COLUMN_LABEL: Record<ColumnId, string> = {
  pakistan: 'columnPakistan',
  'afghan-taliban': 'columnAfghanTaliban',
  'un-independent': 'columnUnIndependent',
};

/**
 * A shape per column, so the sides read apart without colour (and in print, and for colour-blind
 * readers): always shown next to the side's name, never instead of it.
 */
export const COLUMN_SHAPE: Record<ColumnId | 'other', string> = {
  pakistan: '■',
  'afghan-taliban': '▲',
  'un-independent': '●',
  other: '◆',
};

export const columnOfSide = (side: Side): ColumnId | undefined => columnOf(side);

/** Message name of a side as a reader names it: "Pakistan", "Afghan Taliban", "UN", "Independent". */
export const sideLabelKey = (side: Side): string => SIDE_LABEL[side];

/** Message name of the column a side falls in, or the side's own name for `other`. */
export const columnLabelKey = (side: Side): string => {
  const column = columnOf(side);
  return column ? COLUMN_LABEL[column] : SIDE_LABEL[side];
};

export const shapeOf = (side: Side): string => COLUMN_SHAPE[columnOf(side) ?? 'other'];

/** The "losses" rule: say whose losses only where it tells rows apart (not for militants or nobody). */
export const showsLosses = (losses: Party | string): boolean => losses !== 'none' && losses !== 'militants';

/** "Soldiers killed (Pakistani side)". */
export function metricLabel(t: Translate, metric: string, losses: Party | string): string {
  const name = t(messageKey('metric', metric));
  return showsLosses(losses) ? `${name} (${t(messageKey('losses', losses))})` : name;
}

/** "2026-02-26" or "2026-02-26 – 2026-02-27". */
export const dateRange = (e: Pick<DatasetEvent, 'start' | 'end'>): string => (e.start === e.end ? e.start : `${e.start} – ${e.end}`);

/** Claim ids are "<event id>/cNN": the event a claim belongs to, without loading the dataset. */
export const eventIdOfClaim = (claimId: string): string => claimId.split('/')[0]!;

/** The same page whatever its #fragment: in-page anchors do not make a new page. */
export const withoutFragment = (url: string): string => url.replace(/#.*$/, '');

/** Whole days from `isoDate` (YYYY-MM-DD) to `now`; how old the dataset's figures are. */
export function ageInDays(isoDate: string, now: Date = new Date()): number {
  const then = Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.max(0, Math.floor((today - then) / 86_400_000));
}

// Long names of bodies a row has no room for; the full name stays in the tooltip and the expanded view.
const SHORTER: [RegExp, string][] = [
  [/^ISPR\b.*$/, 'ISPR'],
  [/\bMinistry of National Defence\b/, 'MoD'],
  [/\bMinistry of Foreign Affairs\b/, 'MoFA'],
  [/\bMinistry of Information and Broadcasting\b/, 'Information Ministry'],
  [/\bMinistry of Interior\b/, 'Interior Ministry'],
  [/\bMinistry of Public Health\b/, 'Health Ministry'],
];
const MAX_SHORT = 28;

/** "Afghan Ministry of National Defence" -> "Afghan MoD"; "Pakistani security sources (via Dawn)" -> "Pakistani security sources". */
export function shortClaimant(claimant: string): string {
  let short = claimant;
  for (const [pattern, replacement] of SHORTER) short = short.replace(pattern, replacement);
  short =
    short
      .replace(/\s*\([^)]*\)\s*/g, ' ')
      .split(' / ')[0]!
      .replace(/\s+/g, ' ')
      .trim() || claimant;
  return short.length > MAX_SHORT ? `${short.slice(0, MAX_SHORT - 1).trimEnd()}…` : short;
}
