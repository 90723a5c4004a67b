// When the page was published against an event's days: the news of the day, of the days just after, or old news;
// a war the page says broke out that day; an event that began only after it.
import { clashOfDays, isDiplomacy } from './event-kinds';
import { LONG_EVENT_DAYS, SHORT_EVENT_DAYS, shortAndRunningOn, toDay } from './event-days';
import type { EventEvidence, EventRule } from './event-evidence';

/** An event that ended this long before the page was published is old news: the page must name it. */
const OLD_NEWS_DAYS = 45;
const DAY_NEWS_BONUS = 2.5;
/** A war the page says broke out on its day, in a campaign that began that day: the news of the day. */
const BEGAN_TODAY_SCORE = 2;

/** Days from the day after the event ended to publication (0 while it ran or the day after). */
const daysAfter = (e: EventEvidence, published: number) => Math.max(0, published - toDay(e.event.end) - 1);

/** Published during or just after the event: likely about it, the more so the closer and shorter. */
export const publishedSoonAfter: EventRule = (e, { published }) => {
  if (published === undefined) return undefined;
  const after = daysAfter(e, published);
  return after <= 10 ? { score: 2.5 * (1 - after / 12) * (e.length <= LONG_EVENT_DAYS ? 1 : 0.4) } : undefined;
};

/** Running on the very day of publication, and short: the news of the day, more than an earlier event the page recalls. */
export const newsOfTheDay: EventRule = (e, { published }) =>
  published !== undefined && shortAndRunningOn(e.event, published) ? { score: DAY_NEWS_BONUS } : undefined;

/**
 * Published while the event ran, naming one of its places, when no other event of the dataset ran then
 * or within it: the news of those days (a month of closure and firing at one crossing).
 */
export const aloneWhileRunning: EventRule = (e, { published, alone }) =>
  published !== undefined &&
  published <= toDay(e.event.end) &&
  published >= toDay(e.event.start) &&
  e.groups.size > 0 &&
  !e.contradicted &&
  alone(e.event, published, e.long)
    ? { fits: true }
    : undefined;

/** Published on a day of a short event, or the day after: the news of the day, unless its dates say otherwise. */
export const publishedOnItsDay: EventRule = (e, { published }) =>
  published !== undefined &&
  published >= toDay(e.event.start) &&
  daysAfter(e, published) <= 0 &&
  e.length <= SHORT_EVENT_DAYS &&
  (!e.contradicted || e.specific >= 1)
    ? { fits: true }
    : undefined;

/**
 * Old news: only a page that dates it or names it specifically is about it; a shared place is not enough.
 * (Never the news of the day above: that one ended at most a day before.)
 */
export const oldNews: EventRule = (e, { published }) =>
  published !== undefined && daysAfter(e, published) > OLD_NEWS_DAYS
    ? { fits: e.dated || e.specific >= 2, scale: e.date.score > 0 ? 0.8 : 0.5 }
    : undefined;

/**
 * The page says the war it reports broke out on its own day: a clash that began the day before is what led to it,
 * and the one clash of the dataset that began that day is what it reports. A clash, not a count over months that
 * opens that day, and only when the page names no place outside it (fighting in Bajaur is not the Torkham
 * skirmish begun the same day).
 */
export const beganToday: EventRule = (e, { input, published, clashesBegunThatDay }) => {
  const { event } = e;
  if (!(input.beganToday && published !== undefined && !isDiplomacy(event) && !e.dated && e.specific < 2)) return undefined;
  if (toDay(event.start) === published && clashOfDays(event) && clashesBegunThatDay === 1 && !e.contradicted && !e.placeElsewhere)
    return { fits: true, score: BEGAN_TODAY_SCORE, reasons: ['began on the day'] };
  return toDay(event.start) < published ? { fits: false } : undefined;
};

/** An event that begins the day after publication (time zones allow it) fits only when the page dates it. */
export const beginsAfterPublication: EventRule = (e, { published }) =>
  published !== undefined && published < toDay(e.event.start) ? { fits: e.dated } : undefined;
