// What rules an event out though something ties the page to it: the page recalls it behind later news, its headline
// reports another clash, its dates, counts or places point to another event, or it is of another era.
import { endedWellBefore, FAR_DAYS, nearInTime, toDay } from './event-days';
import type { EventEvidence, EventRule } from './event-evidence';
import { countedOtherwise } from './figure-agreement';
import type { PageFacts } from './page-facts';
import { REPUBLIC_FELL } from './republic-era';

const RULED_OUT = { fits: false } as const;

/**
 * Days after this event ended: a page reports the news of its day, and recalls what came before. When it is
 * on renewed fighting ("again"), or no event of the dataset (but a count over months) ran on its day or the day
 * before, an event that ended days earlier is shown only on evidence of its own (the rules below).
 */
const recalled = (e: EventEvidence, { input, newsDay, newsDayCovered }: PageFacts) =>
  newsDay !== undefined && endedWellBefore(e.event, newsDay) && (input.renewal || !newsDayCovered);

/**
 * A recalled event needs a figure of it with a place, two counted figures of it, or its own names — not a date or the
 * timing the page recalls. A page that dates the event and repeats a figure of its claims, small as it is, reports its
 * aftermath (a crossing reopened after it): a day the page recalls, agreeing with a count of the event's, is no chance
 * background. A day inside it: a month the page names ("in September 2023") is no date of the clash.
 */
export const recalledWithoutOwnEvidence: EventRule = (e, page) => {
  const datedWithFigure = page.published !== undefined && e.date.days.length > 0 && e.figures.indexes.length > 0;
  return recalled(e, page) && !e.figurePlaced && e.figures.countedClaims.size < 2 && e.specific < 2 && !datedWithFigure
    ? RULED_OUT
    : undefined;
};

/**
 * …and a strike or clash recalled in one sentence only, outside the headline and undated ("In October, strikes on
 * Urgun killed eight"), is background to that news, whatever names and counts that sentence gives. Not a count
 * over months or a campaign: a report released after it ends is its news.
 */
export const recalledInOneSentence: EventRule = (e, page) =>
  recalled(e, page) && !e.long && !e.dated && e.inTitle.size === 0 && page.input.sentenceKeys && page.names.namingSentences(e.event) <= 1
    ? RULED_OUT
    : undefined;

/**
 * The headline names a place of other events and none of this one's: the page reports another clash,
 * and recalls this one (a Dand Patan clash reported a day after strikes in Khost).
 * (This event is not among them: the headline names none of its keys.)
 */
export const headlineElsewhere: EventRule = (e, { placedInTitle }) =>
  e.inTitle.size === 0 && placedInTitle.size > 0 && !e.dated && e.specific < 2 ? RULED_OUT : undefined;

/**
 * A headline that reports fighting and names nothing of this event, which ended before the page was published and
 * which the page ties by a weekday alone, two days or more before publication ("on Thursday, blasts in Kabul"):
 * the day is background to the clash the headline reports. A weekday of the day before is the news itself.
 */
export const weekdayBehindHeadline: EventRule = (e, { input, published }) =>
  published !== undefined &&
  published > toDay(e.event.end) &&
  input.titleClash &&
  e.inTitle.size === 0 &&
  e.date.telling > 0 &&
  e.date.written === 0 &&
  e.date.days.every((d) => published - d >= 2) &&
  e.rare === 0 &&
  e.specific === 0 &&
  e.figures.indexes.length === 0
    ? RULED_OUT
    : undefined;

/**
 * Tied by nothing of its own (no name few events share, no figure) but a day or the timing, on a page that points
 * elsewhere: the day is not this event's when the page names a clash of the same weeks by two such names (Torkham
 * and Tirah on the last day of the Nangarhar strikes), is about talks (a round held while shots were fired at
 * Chaman), or names a place no event holds (a clash the dataset lacks). Rounds and truces keep their day on the
 * last two: it is theirs.
 * (Not the clash that followed a day the page recalls: the neighbour it names is that day's, what came before.)
 */
export const onlyTimingWhilePageLooksElsewhere: EventRule = (e, { input, followsRecalled, rarelyNamedClashes }) => {
  const { event } = e;
  const neighbourNamed = event !== followsRecalled && rarelyNamedClashes.some((o) => o !== event && nearInTime(o, event));
  return e.rare === 0 && e.figures.indexes.length === 0 && (neighbourNamed || (!e.round && (e.onTalks || input.unheldPlace)))
    ? RULED_OUT
    : undefined;
};

/**
 * A round of talks that ended before publication, named by its venue but not dated, on a page not about talks that
 * reports fighting in as many sentences: the round dates the clash ("firing a day after the Urumqi talks"), it is
 * not what the page reports.
 */
export const roundBeforeClash: EventRule = (e, { input, published }) => {
  const clashLed = (input.clashSentences ?? 0) >= Math.max(1, e.talkSentences);
  const endedBefore = published !== undefined && published > toDay(e.event.end);
  return e.round && endedBefore && !e.onTalks && clashLed && !e.dated && e.figures.indexes.length === 0 ? RULED_OUT : undefined;
};

/**
 * Counted figures that the event's claims count otherwise, said at least twice and none agreeing: the page reports
 * another clash (a counteroffensive's toll on the first day of the campaign that answered it).
 */
export const countedOtherwiseTwice: EventRule = (e) =>
  e.conflicts >= 2 && e.figures.indexes.length === 0 && !e.dated && e.specific < 2 ? RULED_OUT : undefined;

/**
 * Named only by one word (said twice), not dated, with no figure of its own, while the page gives a small count
 * (under 10) that its claims count otherwise ("seven wounded" where it has four): the word is a village or district
 * that other clashes share, and the page reports one of those. Large tolls are left out: they rise as bodies are
 * found, and a different one may be the same event's earlier count. Only when the page also names a place that is
 * none of the event's: on a page naming only the event's own places, a count that differs is more likely another
 * source's count of the same clash.
 */
export const smallCountOfAnotherClash: EventRule = (e, { input, names }) => {
  const smallConflict = input.figures.some((f) => f.value < 10 && countedOtherwise(f, e.event));
  return smallConflict && e.placeElsewhere && names.oneWordName(e.event) && !e.dated && e.figures.indexes.length === 0
    ? RULED_OUT
    : undefined;
};

/**
 * An undated page that names a clash by its own terms (Noor Wali Mehsud: the Kabul strike) reports the news of
 * those weeks: an event months away, tied by no name few events share (a toll and provinces that clashes share),
 * is another clash with the same count. Silence beats showing it when the page's own event is missing.
 */
export const farFromNamedClash: EventRule = (e, { published, namedClashes }) => {
  const farFromNamed = namedClashes.some((o) => o !== e.event && !nearInTime(o, e.event, FAR_DAYS));
  return farFromNamed && published === undefined && e.rare === 0 && e.specific < 2 && !e.dated ? RULED_OUT : undefined;
};

/**
 * On a page about a truce, a campaign it neither dates nor gives a figure of is what the truce pauses (a pause
 * in an operation the page names), not what it reports. A page that only rules talks out is still about it.
 */
export const campaignPausedByTruce: EventRule = (e, { input }) =>
  e.onTalks && input.pause && !e.diplomacy && e.long && !e.dated && e.figures.indexes.length === 0 ? RULED_OUT : undefined;

/**
 * An undated page that speaks of the Republic's leaders in office reports a clash of their time: an event of the
 * Taliban government's fits only when the page dates it (Goshta 2013, named like the 2021 fence dispute).
 */
export const republicEra: EventRule = (e, { input, published }) =>
  input.republic && published === undefined && e.event.start >= REPUBLIC_FELL && !e.dated ? RULED_OUT : undefined;
