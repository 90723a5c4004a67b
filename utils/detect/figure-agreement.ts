// Whether a figure read on the page agrees with a claim of the dataset: the same thing counted, the same number.
import type { Claim, DatasetEvent } from '../dataset/types';
import type { FigureOnPage } from './figures';

/** Whether a claim gives a number for what a figure read on the page counts (whatever the number). */
export function countsSame(figure: FigureOnPage, claim: Claim): boolean {
  if (claim.low === null) return false;
  if (figure.metric ? figure.metric !== claim.metric : !figure.verb || !claim.metric.endsWith(`_${figure.verb}`)) return false;
  return !figure.losses || claim.losses === figure.losses;
}

/** Whether a figure read on the page agrees with a claim: same thing counted, same number. */
export function figureAgrees(figure: FigureOnPage, claim: Claim): boolean {
  return agreesExactly(figure, claim) || (claim.qualifier === 'exact' && countsSame(figure, claim) && roundedDown(figure, claim.low!));
}

/** A figure that gives a claim's own number (or one within its range), not one rounded down from it. */
export function agreesExactly(figure: FigureOnPage, claim: Claim): boolean {
  if (claim.low === null || !countsSame(figure, claim)) return false;
  if (claim.qualifier === 'range' && claim.high !== null) return figure.value >= claim.low && figure.value <= claim.high;
  return figure.value === claim.low;
}

/**
 * "More than 40 civilians" for a count of 41: the press rounds a toll down to its tens and says "more than". Only a
 * round number (tens, 10 or more) and a count just above it, within a tenth: "more than 40" is not 48.
 */
const roundedDown = (figure: FigureOnPage, count: number) =>
  figure.qualifier === 'more-than' && figure.value >= 10 && figure.value % 10 === 0 && count > figure.value && count <= figure.value * 1.1;

/** Whether an event's claims count what a page's figure counts, but none with its number: the page may report another clash. */
export const countedOtherwise = (figure: FigureOnPage, event: DatasetEvent) =>
  !event.claims.some((c) => figureAgrees(figure, c)) && event.claims.some((c) => countsSame(figure, c));
