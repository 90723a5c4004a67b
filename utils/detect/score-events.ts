// Which dataset events a page is about: its specific names and places, the dates it gives, the
// figures it repeats, and when it was published (an article cannot report a later event).
// The page is read once (page-facts.ts), each event's evidence gathered (event-evidence.ts), and the rules below
// weigh it in a fixed order: a later rule's verdict overrides an earlier one's.
import type { DatasetEvent } from '../dataset/types';
import { toDay } from './event-days';
import { type EventRule, weighEvent } from './event-evidence';
import type { EventKey } from './event-keys';
import { afterDayRecalled, datesInside, figuresAgreeing, leadFigure, namesGiven, yearPinnedByPlace } from './event-scores';
import {
  armourHit,
  countOnItsFirstDay,
  countOnItsWeekday,
  datedFiguredOrNamed,
  daysShut,
  everyPlace,
  figureAndTwoNames,
  killedAndWounded,
  pairOfNames,
  talksAtVenue,
  twoLargeCounts,
  weekdayClosed,
  weekdaysOfClash,
} from './event-ties';
import {
  aloneWhileRunning,
  beganToday,
  beginsAfterPublication,
  newsOfTheDay,
  oldNews,
  publishedOnItsDay,
  publishedSoonAfter,
} from './event-timing';
import {
  campaignPausedByTruce,
  countedOtherwiseTwice,
  farFromNamedClash,
  headlineElsewhere,
  onlyTimingWhilePageLooksElsewhere,
  recalledInOneSentence,
  recalledWithoutOwnEvidence,
  republicEra,
  roundBeforeClash,
  smallCountOfAnotherClash,
  weekdayBehindHeadline,
} from './event-vetoes';
import { type EventEvidenceInput, readPage } from './page-facts';

// Names that analyze.ts and the tests read from here.
export { endedWellBefore, shortAndRunningOn } from './event-days';
export { type EventKey, keyForm, placeNameParts } from './event-keys';
export { figureAgrees } from './figure-agreement';
export type { EventEvidenceInput } from './page-facts';

/**
 * The rules in the order they apply. The order is part of the behaviour: a later verdict on `fits` overrides an
 * earlier one, and the score is summed in this order.
 */
const RULES: readonly EventRule[] = [
  // What the page gives of the event, weighed.
  namesGiven,
  datesInside,
  yearPinnedByPlace,
  figuresAgreeing,
  leadFigure,
  afterDayRecalled,
  // What ties the page to it.
  datedFiguredOrNamed,
  figureAndTwoNames,
  twoLargeCounts,
  countOnItsWeekday,
  countOnItsFirstDay,
  everyPlace,
  armourHit,
  daysShut,
  weekdayClosed,
  pairOfNames,
  weekdaysOfClash,
  killedAndWounded,
  talksAtVenue,
  // When the page was published.
  publishedSoonAfter,
  newsOfTheDay,
  aloneWhileRunning,
  publishedOnItsDay,
  oldNews,
  // What rules it out, and two timing rules that override those before them.
  recalledWithoutOwnEvidence,
  recalledInOneSentence,
  headlineElsewhere,
  weekdayBehindHeadline,
  beganToday,
  beginsAfterPublication,
  onlyTimingWhilePageLooksElsewhere,
  roundBeforeClash,
  countedOtherwiseTwice,
  smallCountOfAnotherClash,
  farFromNamedClash,
  campaignPausedByTruce,
  republicEra,
];

export interface ScoredEvent {
  event: DatasetEvent;
  raw: number;
  reasons: string[];
  claimIds: Set<string>;
  /** Indexes (into the input figures) of the page figures that agree with this event's claims. */
  figures: number[];
  /**
   * Whether the page gives evidence of this event beyond the places it shares with others: a date inside
   * it, a figure of its claims, or one of its own specific terms. Without it the event is not shown.
   */
  fits: boolean;
  /** The page names the event by its own specific terms (a name of several words, or one word twice). */
  named: boolean;
  /**
   * The page gives a day inside the event (not its publication day), or, with no publication date, a weekday the
   * weekday rules tie it by: as "on Friday" on a dated page is a worked-out day inside it.
   */
  dated: boolean;
  /** The page names one of the event's places or terms. */
  placed: boolean;
  /** Counted figures on the page that the event's claims count with other numbers. */
  conflicts: number;
  /** The page is mostly about talks, and this event is talks or a truce. */
  talks: boolean;
  /** The event is a round of talks or a truce (its terms say so, and its claims count no losses). */
  round: boolean;
}

export function scoreEvents(events: readonly DatasetEvent[], keys: Map<string, EventKey[]>, input: EventEvidenceInput): ScoredEvent[] {
  const page = readPage(events, keys, input);
  const scored: ScoredEvent[] = [];
  for (const event of events) {
    if (page.published !== undefined && page.published < toDay(event.start) - 1) continue; // cannot report the future
    const e = weighEvent(event, page);
    let raw = 0;
    let fits = false;
    let weekdayTied = false;
    const reasons: string[] = [];
    for (const rule of RULES) {
      const effect = rule(e, page);
      if (!effect) continue;
      if (effect.score !== undefined) raw += effect.score;
      if (effect.scale !== undefined) raw *= effect.scale;
      if (effect.reasons) reasons.push(...effect.reasons);
      if (effect.fits !== undefined) fits = effect.fits;
      if (effect.weekday) weekdayTied = true;
    }
    if (raw > 0)
      scored.push({
        event,
        raw,
        reasons,
        claimIds: e.figures.claimIds,
        figures: e.figures.indexes,
        fits,
        // On a page about talks, the venue named once names the round: it is that round's own name. Not a clash whose
        // terms name a ceasefire: a page on talks names the fighting they followed as background.
        named: (e.specific >= 2 || (e.round && e.talks && e.specific >= 1)) && fits,
        dated: (e.dated || weekdayTied) && fits,
        placed: e.groups.size > 0,
        conflicts: e.conflicts,
        talks: e.talks,
        round: e.round,
      });
  }
  return scored.sort((a, b) => b.raw - a.raw);
}
