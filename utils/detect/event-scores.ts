// What the page gives of an event, weighed: its names, the dates inside it, the figures of its claims.
import type { EventRule } from './event-evidence';

/** A yearless day on an undated page that only one event at its places holds: what its year would add (3 − 2). */
const PINNED_BY_PLACE_SCORE = 1;
/** For an event whose claims give the page's first figure. */
const LEAD_FIGURE_BONUS = 2;
/** The clash that followed a day an undated page recalls (its year anchored by a clash named on it): as a stated day inside it. */
const FOLLOWS_SCORE = 3;

/** Its names the page gives, each group once (weights in event-evidence.ts); the reasons list those few events share. */
export const namesGiven: EventRule = (e, page) => {
  let score = 0;
  for (const v of e.groups.values()) score += v;
  const reasons = page.names
    .given(e.event)
    .filter((k) => k.weight >= 0.5)
    .map((k) => k.key);
  return { score, reasons };
};

/** The page's dates inside it (event-dates.ts). */
export const datesInside: EventRule = (e) => ({ score: e.date.score, reasons: e.date.reason ? [e.date.reason] : [] });

/** A yearless day scores 2, one with its year 3: the place stated the year (page-facts.ts). */
export const yearPinnedByPlace: EventRule = (e, page) =>
  page.pinnedByPlace.has(e.event) ? { score: PINNED_BY_PLACE_SCORE, reasons: ['year pinned by place'] } : undefined;

/** The page's figures that agree with its claims: at most 6 (three large counts). */
export const figuresAgreeing: EventRule = (e) => ({ score: Math.min(e.figures.score, 6), reasons: e.figures.reasons });

/**
 * The first number the page gives (of 5 or more) is its lead's: an event one of whose claims it repeats is what
 * the page reports, more than one whose figures it recalls further down.
 */
export const leadFigure: EventRule = (e, { input, leadFigure, laterValues }) =>
  leadFigure && leadFigure.value >= 5 && laterValues && e.figures.indexes.some((i) => input.figures[i]!.value === leadFigure.value)
    ? { score: LEAD_FIGURE_BONUS }
    : undefined;

/** The clash that followed a day the page recalls is dated by it, as by a day inside it. */
export const afterDayRecalled: EventRule = (e) => (e.follows ? { score: FOLLOWS_SCORE, reasons: ['after the day recalled'] } : undefined);
