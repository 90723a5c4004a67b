// What ties a page to an event beyond the places it shares with others: a day inside it, figures of its claims with
// its places, its own names, the weekdays of an undated page, a closure, a round of talks the page is about.
// Each tie holds only where the page's dates do not point elsewhere (`contradicted`).
import type { Claim, DatasetEvent } from '../dataset/types';
import { weekdaysOf } from './event-days';
import type { EventRule } from './event-evidence';
import { type EventKey, placeNameParts, spelled } from './event-keys';

/** The weekdays an undated page names, all on the days of a clash it names by a rare name: less than a date inside it. */
const WEEKDAY_SCORE = 1;
/** Every place of a short clash named, with a figure of its claims: as much as a counted figure more. */
const EVERY_PLACE_SCORE = 2;
/** Tanks hit, with a place of a short clash whose claims count them: as telling as a day inside it. */
const ARMOUR_SCORE = 3;
/** The days shut that only one clash at the page's place lasted: as telling as a day inside it. */
const DAYS_SHUT_SCORE = 3;
/** The weekday a crossing closed, on the first days of only one clash at the page's place: as a day inside it. */
const WEEKDAY_CLOSED_SCORE = 3;
/** Two names that only one short clash holds together: less than a name of its own. */
const PAIR_NAMES_SCORE = 1;
/** One claimant's killed and wounded both repeated, small as they are. */
const PAIR_BONUS = 0.75;

/**
 * The first verdict: a day inside it ties the page; so do, unless its dates point elsewhere, a counted figure with its
 * places, two counted figures of two of its claims, or its own names.
 */
export const datedFiguredOrNamed: EventRule = (e) => ({
  fits: e.dated || ((e.figurePlaced || e.figures.countedClaims.size >= 2 || e.specific >= 2) && !e.contradicted),
});

/**
 * A figure of its claims (of 5 or more), a name few events share and another of its names: three small ties
 * that rarely agree by chance ("seven wounded in Borki and Kharlachi, Kurram").
 */
export const figureAndTwoNames: EventRule = (e) =>
  e.notTiny && e.rare >= 1 && e.groups.size >= 2 && !e.contradicted ? { fits: true } : undefined;

/**
 * Two of its claims repeated with two numbers of 5 or more ("six civilians killed … 17 wounded") and one of its
 * places: two such counts agree with one event by chance rarely, even at a crossing many clashes share.
 */
export const twoLargeCounts: EventRule = (e) =>
  new Set(e.largeClaims.values()).size >= 2 && e.groups.size > 0 && !e.contradicted ? { fits: true } : undefined;

/**
 * On a page with no date, a counted figure of its claims and a weekday said beside it that falls on a day of the
 * clash (of three days or less): "19 Pakistani soldiers killed … on Saturday". Two ties that rarely agree by
 * chance, like a count and a name few events share. The weekday counts like a day inside it, if less: a page giving
 * only the count and the weekday is shown it.
 */
export const countOnItsWeekday: EventRule = (e, { input, published }) => {
  const onItsWeekday = e.length <= 2 && [...(input.weekdays ?? [])].some((w) => weekdaysOf(e.event).has(w));
  return published === undefined && e.figures.countedRoughly && onItsWeekday && !e.contradicted
    ? { fits: true, score: WEEKDAY_SCORE, reasons: ['weekday'], weekday: true }
    : undefined;
};

/**
 * On a page with no date, a count of 5 or more that one of its claims gives, said beside the weekday the clash began
 * (a clash of a week or less), with two of its places: "Afghan fire killed 6 civilians at Chaman on Sunday … Kandahar".
 * The press reports a clash the day it breaks out, by its weekday and first toll (six tune pages, English and Arabic).
 * Counts recur from clash to clash at a crossing: one place many clashes share is not enough beside them.
 */
export const countOnItsFirstDay: EventRule = (e, { input, published }) => {
  const firstDay = [...weekdaysOf(e.event, 1)][0]!;
  // A weekday the page gives outside the clash ("strikes on Thursday night … said on Friday") says it began another day.
  const itsDays = weekdaysOf(e.event);
  return published === undefined &&
    [...(input.allWeekdays ?? [])].every((w) => itsDays.has(w)) &&
    !e.long &&
    e.largeClaims.size > 0 &&
    input.weekdays?.has(firstDay) &&
    e.groups.size >= 2 &&
    !e.contradicted
    ? { fits: true, score: WEEKDAY_SCORE, reasons: ['count on its first day'], weekday: true }
    : undefined;
};

/**
 * Every place of a short clash named (three or more: "Khost, Paktika … Kurram"), with a figure of its claims of 5 or
 * more: a wider clash may hold the same places, but not only those, and a count rarely agrees by chance too.
 */
export const everyPlace: EventRule = (e, page) => {
  const { event } = e;
  const givenNames = new Set(page.names.given(event).map(spelled));
  const placeNamed = (parts: string[]) => parts.some((k) => givenNames.has(k));
  return e.length <= 2 && event.places.length >= 3 && event.places.map(placeNameParts).every(placeNamed) && e.notTiny && !e.contradicted
    ? { fits: true, score: EVERY_PLACE_SCORE, reasons: ['every place'] }
    : undefined;
};

/**
 * The page speaks of tanks hit, a loss that few clashes' claims count (a campaign's aside): with one of its places,
 * a short clash whose claims count it is tied, even where the page gives no number.
 */
export const armourHit: EventRule = (e, { input }) =>
  input.armour && e.length <= 2 && e.event.claims.some((c) => c.metric === 'armour_destroyed') && e.groups.size > 0 && !e.contradicted
    ? { fits: true, score: ARMOUR_SCORE, reasons: ['armour'] }
    : undefined;

/** The clash that closed a crossing for as long as the undated page says it is shut (closure-ties.ts). */
export const daysShut: EventRule = (e, { heldShut }) =>
  e.event === heldShut && !e.contradicted ? { fits: true, score: DAYS_SHUT_SCORE, reasons: ['days shut'] } : undefined;

/** The short clash whose first days are the weekdays the undated page says a crossing closed on (closure-ties.ts). */
export const weekdayClosed: EventRule = (e, { closedThat }) =>
  e.event === closedThat && !e.contradicted && e.conflicts === 0
    ? { fits: true, score: WEEKDAY_CLOSED_SCORE, reasons: ['weekday closed'] }
    : undefined;

/**
 * Two of its names that no other event holds together, one of them held by at most one other ("Borki" and "Dand
 * Patan"): as telling as a name of its own. Only for a clash of days (a campaign or a count over months holds so many
 * places that some pair is its alone). The rarer one is a term of the event that is one of its places (a village it is
 * known by: not a person, "Hafiz Gul Bahadur", nor a force), not a place among many of a wide clash; a name of its own
 * alone (held by it only) has its own rule: said twice.
 */
export const pairOfNames: EventRule = (e, { events, keys, names }) => {
  const { event } = e;
  const holds = (o: DatasetEvent, k: EventKey) => (keys.get(o.id) ?? []).some((x) => spelled(x) === spelled(k));
  const placeParts = event.places.map(placeNameParts);
  const given = names.given(event).filter((k) => !names.generic(k, event) && k.weight >= 0.25 && !names.ownTerm(k, event));
  const pairHere =
    !e.long &&
    !e.diplomacy &&
    given.some(
      (a) =>
        names.fewShare(a, event) &&
        !!a.term &&
        placeParts.some((parts) => parts.includes(spelled(a))) &&
        given.some((b) => b.group !== a.group && events.every((o) => o === event || !holds(o, a) || !holds(o, b))),
    );
  return pairHere && !e.contradicted ? { fits: true, score: PAIR_NAMES_SCORE, reasons: ['pair of names'] } : undefined;
};

/**
 * On a page with no date, a name that at most one other event holds and the weekdays the page names, all of them on
 * the clash's days ("late on Thursday … until Friday near Ghulam Khan"): two ties that rarely agree by chance.
 * A weekday outside the clash is another day's news: none.
 */
export const weekdaysOfClash: EventRule = (e, { input, published }) => {
  const allWeekdays = [...(input.allWeekdays ?? [])];
  if (!(published === undefined && e.length <= 2 && e.rare >= 1 && allWeekdays.length > 0 && !e.contradicted)) return undefined;
  const itsDays = weekdaysOf(e.event);
  return allWeekdays.every((w) => itsDays.has(w)) ? { fits: true, score: WEEKDAY_SCORE, reasons: ['weekday'], weekday: true } : undefined;
};

/**
 * One source's killed and wounded both repeated ("four civilians killed, four others wounded", as the district
 * governor counted) with one of its places: small counts recur, but one claimant's pair agreeing by chance rarely.
 * The pair says as much as one large count (a figure of 10 or more scores 2, two small ones 1.5).
 */
export const killedAndWounded: EventRule = (e) => {
  const agreeing = e.event.claims.filter((c) => e.figures.exactClaims.has(c.id));
  // Two large counts are twoLargeCounts's; this one is for a pair with a small count in it.
  const smallPair = (a: Claim, b: Claim) => !(e.largeClaims.has(a.id) && e.largeClaims.has(b.id));
  const pair = agreeing.some((a) =>
    agreeing.some((b) => a.claimant === b.claimant && a.metric.endsWith('_killed') && b.metric.endsWith('_wounded') && smallPair(a, b)),
  );
  return pair && e.groups.size > 0 && !e.contradicted ? { fits: true, score: PAIR_BONUS } : undefined;
};

/** Talks and truces: a page mostly about talks that names the venue is about them. */
export const talksAtVenue: EventRule = (e) => (e.specific >= 1 && e.talks ? { fits: true } : undefined);
