// Which clash an undated page's closure clues tie it to: the days a crossing has been shut, or the weekdays it closed
// on (closure-clues.ts reads them), at a crossing the clash closed, with a second clue of the clash.
import type { DatasetEvent } from '../dataset/types';
import { SHORT_EVENT_DAYS, spanDays, weekdaysOf } from './event-days';
import { keyForm, spelled } from './event-keys';
import { clashOfDays } from './event-kinds';
import { agreesExactly } from './figure-agreement';
import type { PageBasics } from './page-facts';

/** A closure this long or longer outlasts the firefights of a day or two that closed a crossing for some days. */
const MIN_DAYS_SHUT = 7;
/**
 * Below this, a count recurs across the firefights of any one crossing (three soldiers killed): it ties a clash that
 * closed several crossings only from this up, since such a campaign's many claims hold many small counts (review 25R).
 */
const COMMON_COUNT = 10;
/** An event's term that names a closure ("border closure", "torkham closure"): no clue besides the closure itself. */
const CLOSURE_TERM = /\b(?:closure|closed|shut)\b/;

export function crossingClosure({ events, input, published, names }: PageBasics): { heldShut?: DatasetEvent; closedThat?: DatasetEvent } {
  // A clash of days whose sources say it closed the crossing the page is about: the place it names most, or one a
  // sentence saying a crossing closed names. The district around a crossing is not the crossing (Kurram holds
  // Kharlachi, Spin Boldak faces Chaman): the October 2025 offensive fought there but closed crossings elsewhere.
  const crossingNamed = (crossing: string) =>
    input.closedAt?.has(crossing) || (input.mostNamedPlaces ?? []).some(([name]) => name === crossing);
  const closesCrossing = (o: DatasetEvent) => clashOfDays(o) && (o.closedCrossings ?? []).some((c) => crossingNamed(keyForm(c)));
  // A closure alone never picks a clash: the dataset holds clashes, not every closure (Torkham stayed shut for weeks
  // after the two days of October 2025 clashes, and the weeks are no event's), so a page of closure days or weekdays is tied only with
  // a second clue of the clash: a figure one of its claims gives, or one of its own terms that is not a closure.
  const tiedBesides = (o: DatasetEvent) =>
    input.figures.some(
      (f) => ((o.closedCrossings ?? []).length < 2 || f.value >= COMMON_COUNT) && o.claims.some((c) => agreesExactly(f, c)),
    ) || names.given(o).some((k) => names.ownTerm(k, o) && !CLOSURE_TERM.test(spelled(k)));
  // On a page with no date, the days a crossing has been shut ("closed for 11 days") say it was written that far into a
  // closure: of the clashes that closed the crossing it is about (their sources say so), the one that
  // lasted as long holds it (a month of closure and firing at Torkham, not a firefight that closed it for some days).
  // A count two such clashes hold picks neither.
  const shutAsLong =
    published === undefined && (input.daysShut ?? 0) >= MIN_DAYS_SHUT
      ? events.filter((o) => closesCrossing(o) && spanDays(o) + 1 >= input.daysShut!)
      : [];
  const heldShut = shutAsLong.length === 1 && tiedBesides(shutAsLong[0]!) ? shutAsLong[0] : undefined;
  // …and the weekdays of a short clash that closed a crossing, each of its first two days named ("the Taliban shut
  // Torkham on Sunday … fighting broke out on Monday"), one of them in a sentence saying the crossing closed, and no
  // weekday outside it: a crossing closes as a clash begins or the day after. One weekday alone holds a clash of
  // either day (Monday: the first day of one clash, the second of another), and a month of closure holds any.
  // Not on a page written far into a closure: the day it closed is then background.
  const closedOn = [...(input.closedOn ?? [])];
  const weekdaysGiven = new Set([...closedOn, ...(input.allWeekdays ?? [])]);
  const closedAround =
    published === undefined && closedOn.length > 0 && (input.daysShut ?? 0) < MIN_DAYS_SHUT
      ? events.filter(
          (o) =>
            spanDays(o) <= SHORT_EVENT_DAYS &&
            closesCrossing(o) &&
            closedOn.some((w) => weekdaysOf(o, 2).has(w)) &&
            [...weekdaysGiven].every((w) => weekdaysOf(o).has(w)),
        )
      : [];
  // Either weekday, with a second clue of the clash (Tuesday and three civilians killed).
  const closedThen = closedAround.filter(tiedBesides);
  return { heldShut, closedThat: closedThen.length === 1 ? closedThen[0] : undefined };
}
