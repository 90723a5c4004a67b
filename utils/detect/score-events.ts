// Which dataset events a page is about: its specific names and places, the dates it gives, the
// figures it repeats, and when it was published (an article cannot report a later event).
import type { Claim, DatasetEvent } from '../dataset/types';
import { dateScore, datesElsewhere } from './event-dates';
import {
  CAMPAIGN_DAYS,
  FAR_DAYS,
  LONG_EVENT_DAYS,
  SHORT_EVENT_DAYS,
  shortAndRunningOn,
  endedWellBefore,
  toDay,
  weekdaysOf,
} from './event-days';
import { type EventKey, spelled, placeNameParts } from './event-keys';
import { clashOfDays, isDiplomacy, isRound } from './event-kinds';
import { agreesExactly, countedOtherwise, figureAgrees } from './figure-agreement';
import { type EventEvidenceInput, readPage } from './page-facts';
import { REPUBLIC_FELL } from './republic-era';

// Names that analyze.ts and the tests read from here.
export { endedWellBefore, shortAndRunningOn } from './event-days';
export { type EventKey, keyForm, placeNameParts } from './event-keys';
export { figureAgrees } from './figure-agreement';
export type { EventEvidenceInput } from './page-facts';

/** An event that ended this long before the page was published is old news: the page must name it. */
const OLD_NEWS_DAYS = 45;
/** A page is about talks when its talk sentences number at least half its clash sentences (TALK_SHARE × talks ≥ clashes). */
const TALK_SHARE = 2;

const DAY_NEWS_BONUS = 2.5;
/** The clash that followed a day an undated page recalls (its year anchored by a clash named on it): as a stated day inside it. */
const FOLLOWS_SCORE = 3;
/** A yearless day on an undated page that only one event at its places holds: what its year would add (3 − 2). */
const PINNED_BY_PLACE_SCORE = 1;
/** The weekdays an undated page names, all on the days of a clash it names by a rare name: less than a date inside it. */
const WEEKDAY_SCORE = 1;
/** A war the page says broke out on its day, in a campaign that began that day: the news of the day. */
const BEGAN_TODAY_SCORE = 2;
/** The days shut that only one clash at the page's place lasted: as telling as a day inside it. */
const DAYS_SHUT_SCORE = 3;
/** The weekday a crossing closed, on the first days of only one clash at the page's place: as a day inside it. */
const WEEKDAY_CLOSED_SCORE = 3;
/** Two names that only one short clash holds together: less than a name of its own. */
const PAIR_NAMES_SCORE = 1;
/** Every place of a short clash named, with a figure of its claims: as much as a counted figure more. */
const EVERY_PLACE_SCORE = 2;
/** Tanks hit, with a place of a short clash whose claims count them: as telling as a day inside it. */
const ARMOUR_SCORE = 3;
/** For an event whose claims give the page's first figure. */
const LEAD_FIGURE_BONUS = 2;
/** One claimant's killed and wounded both repeated, small as they are. */
const PAIR_BONUS = 0.75;
/** Specific-name weight of two of an event's own names of several words (or one said in the headline and another). */
const NAMED_TWICE = 4;

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
  const { published, publishedYear, newsDay, newsDayCovered, placedInTitle, namedClashes, rarelyNamedClashes } = page;
  const { followsRecalled, pinnedByPlace, heldShut, closedThat, leadFigure, laterValues, clashesBegunThatDay, alone } = page;
  const { given: keysGiven, generic, fewShare, ownTerm, specific: specificNames, oneWordName, rareGroups, namingSentences } = page.names;
  const scored: ScoredEvent[] = [];
  const ranOnOrJustBefore = (o: DatasetEvent, day: number) => day >= toDay(o.start) && day <= toDay(o.end) + 1;
  // Whether two events ran within a week of each other.
  const nearInTime = (a: DatasetEvent, b: DatasetEvent, days = CAMPAIGN_DAYS) =>
    toDay(a.start) <= toDay(b.end) + days && toDay(a.end) >= toDay(b.start) - days;
  for (const event of events) {
    if (published !== undefined && published < toDay(event.start) - 1) continue; // cannot report the future
    const length = toDay(event.end) - toDay(event.start);
    const reasons: string[] = [];
    let raw = 0;
    const inTitle = input.titleKeys?.get(event.id) ?? new Set();
    const groups = new Map<string, number>();
    const specific = specificNames(event);
    const rare = rareGroups(event); // groups of names (places too) that few events share
    for (const k of keysGiven(event)) {
      // A name in the headline says what the page is about; in the body it may be background.
      groups.set(k.group, Math.max(groups.get(k.group) ?? 0, (inTitle.has(k.key) ? 6 : 2) * k.weight));
      if (k.weight >= 0.5) reasons.push(k.key);
    }
    for (const v of groups.values()) raw += v;
    const date = dateScore(event, input.dates, publishedYear, published);
    raw += date.score;
    if (date.reason) reasons.push(date.reason);
    // A yearless day scores 2, one with its year 3: the place stated the year.
    if (pinnedByPlace.has(event)) {
      raw += PINNED_BY_PLACE_SCORE;
      reasons.push('year pinned by place');
    }
    const claimIds = new Set<string>();
    const figures: number[] = [];
    let figureScore = 0;
    let countedFigure = false; // a figure that says what was counted ("13 civilians"), not only "28 people"
    let countedRoughly = false; // such a figure, or one rounded down from its claim ("more than 40 civilians")
    const countedClaims = new Set<string>(); // claims tied by such figures
    const exactClaims = new Set<string>(); // claims whose own number the page gives (not one rounded down from it)

    input.figures.forEach((figure, i) => {
      const claim = event.claims.find((c) => agreesExactly(figure, c)) ?? event.claims.find((c) => figureAgrees(figure, c));
      if (!claim) return;
      figures.push(i);
      if (agreesExactly(figure, claim)) exactClaims.add(claim.id);
      if (figure.metric && figure.value >= 10) countedRoughly = true;
      // "۱۰ کشته … ۱۰ غیرنظامی": the same claim read twice, the second time saying what was counted.
      // A count rounded down ("more than 40") ties an event only beside a day or its places, not as a count of its own.
      if (figure.metric && figure.value >= 10 && agreesExactly(figure, claim)) {
        countedFigure = true;
        countedClaims.add(claim.id);
      }
      if (claimIds.has(claim.id)) return;
      claimIds.add(claim.id);
      reasons.push(`figure "${figure.text}"`);
      // Small numbers ("two soldiers") recur across events; larger ones say more.
      figureScore += figure.value >= 10 ? 2 : 0.75;
    });
    raw += Math.min(figureScore, 6);
    // The first number the page gives (of 5 or more) is its lead's: an event one of whose claims it repeats is what
    // the page reports, more than one whose figures it recalls further down.
    if (leadFigure && leadFigure.value >= 5 && laterValues && figures.some((i) => input.figures[i]!.value === leadFigure.value))
      raw += LEAD_FIGURE_BONUS;
    // Counted figures the event's claims count too, but with another number: the page may report another clash.
    const conflicts = input.figures.filter((f) => f.metric && f.losses && countedOtherwise(f, event)).length;
    // A date inside a campaign or a long span (weeks of strikes, a quarter's count) does not tie a page to it
    // alone: the page may report one strike within it, or the next clash.
    const long = length > CAMPAIGN_DAYS;
    // …unless no other event ran on the day it gives, or ended the day before (reported late): then the campaign is
    // what it reports. A strike that began the next day is not what a page dated the day before reports.
    // A count over months is never what a day reports.
    const quietDay = length <= LONG_EVENT_DAYS && date.days.some((d) => events.every((o) => o === event || !ranOnOrJustBefore(o, d)));
    // The clash that followed a day the page recalls is dated by it, as by a day inside it.
    const follows = event === followsRecalled;
    if (follows) {
      raw += FOLLOWS_SCORE;
      reasons.push('after the day recalled');
    }
    const dated = (date.telling > 0 && (!long || specific >= 1 || figureScore > 0 || quietDay)) || follows;
    // The page dates what it reports, and no date comes near this event: a figure or the timing alone that
    // happens to agree is chance (small counts recur), not a tie. Not when the page names the event by two of its
    // own names of several words (the cricket board, the tri-series): its other days are a fixture, a schedule.
    const contradicted = !dated && specific < NAMED_TWICE && datesElsewhere(event, input.dates, publishedYear, published);
    // A counted figure ties the page only to an event whose places or terms it also names: counts recur.
    // Two counted figures of two of its claims ("23 soldiers … over 200 Taliban") tie the page without a place: two
    // such counts agreeing by chance is rare.
    // Two of the event's claims repeated ("ten killed … four wounded") tie it like one counted figure, when one
    // of them is 5 or more: "three women … four people" agree with some claims of any event that has dozens.
    const notTiny = figures.some((i) => input.figures[i]!.value >= 5);
    // Counts rounded down ("more than 40 … more than 20") agree with a band each, not a number: they tie no event here.
    const figureTie = countedFigure || (exactClaims.size >= 2 && notTiny);
    // One place many events share is not enough for it: counts recur across clashes ("10 civilians" in Khost).
    // Enough: a name few events share, two of its names, or the page names the event that followed within a week.
    const ledToNamed = namedClashes.some(
      (o) => o !== event && toDay(o.start) >= toDay(event.end) && toDay(o.start) - toDay(event.end) <= CAMPAIGN_DAYS,
    );
    const figurePlaced = figureTie && (rare >= 1 || groups.size >= 2 || (groups.size > 0 && ledToNamed));
    let fits = dated || ((figurePlaced || countedClaims.size >= 2 || specific >= 2) && !contradicted);
    // A figure of its claims (of 5 or more), a name few events share and another of its names: three small ties
    // that rarely agree by chance ("seven wounded in Borki and Kharlachi, Kurram").
    if (notTiny && rare >= 1 && groups.size >= 2 && !contradicted) fits = true;
    // Two of its claims repeated with two numbers of 5 or more ("six civilians killed … 17 wounded") and one of its
    // places: two such counts agree with one event by chance rarely, even at a crossing many clashes share.
    const largeClaims = new Map<string, number>();
    for (const i of figures) {
      const figure = input.figures[i]!;
      const claim = event.claims.find((c) => agreesExactly(figure, c));
      if (claim && figure.value >= 5) largeClaims.set(claim.id, figure.value);
    }
    if (new Set(largeClaims.values()).size >= 2 && groups.size > 0 && !contradicted) fits = true;
    // Whether a weekday ties it on an undated page (below): a day worked out, as a dated page's "on Friday" is.
    let weekdayTied = false;
    // On a page with no date, a counted figure of its claims and a weekday said beside it that falls on a day of the
    // clash (of three days or less): "19 Pakistani soldiers killed … on Saturday". Two ties that rarely agree by
    // chance, like a count and a name few events share.
    const onItsWeekday = length <= 2 && [...(input.weekdays ?? [])].some((w) => weekdaysOf(event).has(w));
    if (published === undefined && countedRoughly && onItsWeekday && !contradicted) {
      fits = true;
      // The weekday counts like a day inside it, if less: a page giving only the count and the weekday is shown it.
      raw += WEEKDAY_SCORE;
      reasons.push('weekday');
      weekdayTied = true;
    }
    // Every place of a short clash named (three or more: "Khost, Paktika … Kurram"), with a figure of its claims of 5 or
    // more: a wider clash may hold the same places, but not only those, and a count rarely agrees by chance too.
    const givenNames = new Set(keysGiven(event).map(spelled));
    const placeParts = event.places.map(placeNameParts);
    const placeNamed = (parts: string[]) => parts.some((k) => givenNames.has(k));
    if (length <= 2 && event.places.length >= 3 && placeParts.every(placeNamed) && notTiny && !contradicted) {
      fits = true;
      raw += EVERY_PLACE_SCORE;
      reasons.push('every place');
    }
    // The page speaks of tanks hit, a loss that few clashes' claims count (a campaign's aside): with one of its places,
    // a short clash whose claims count it is tied, even where the page gives no number.
    if (input.armour && length <= 2 && event.claims.some((c) => c.metric === 'armour_destroyed') && groups.size > 0 && !contradicted) {
      fits = true;
      raw += ARMOUR_SCORE;
      reasons.push('armour');
    }
    if (event === heldShut && !contradicted) {
      fits = true;
      raw += DAYS_SHUT_SCORE;
      reasons.push('days shut');
    }
    if (event === closedThat && !contradicted && conflicts === 0) {
      fits = true;
      raw += WEEKDAY_CLOSED_SCORE;
      reasons.push('weekday closed');
    }
    // Two of its names that no other event holds together, one of them held by at most one other ("Borki" and "Dand
    // Patan"): as telling as a name of its own.
    const holds = (o: DatasetEvent, k: EventKey) => (keys.get(o.id) ?? []).some((x) => spelled(x) === spelled(k));
    // Only for a clash of days (a campaign or a count over months holds so many places that some pair is its alone).
    // The rarer one is a term of the event that is one of its places (a village it is known by: not a person, "Hafiz Gul
    // Bahadur", nor a force), not a place among many of a wide clash; a name of its own alone (held by it only) has its
    // own rule: said twice.
    const given = keysGiven(event).filter((k) => !generic(k, event) && k.weight >= 0.25 && !ownTerm(k, event));
    const pairHere =
      !long &&
      !isDiplomacy(event) &&
      given.some(
        (a) =>
          fewShare(a, event) &&
          !!a.term &&
          placeParts.some((parts) => parts.includes(spelled(a))) &&
          given.some((b) => b.group !== a.group && events.every((o) => o === event || !holds(o, a) || !holds(o, b))),
      );
    if (pairHere && !contradicted) {
      fits = true;
      raw += PAIR_NAMES_SCORE;
      reasons.push('pair of names');
    }
    // On a page with no date, a name that at most one other event holds and the weekdays the page names, all of them on
    // the clash's days ("late on Thursday … until Friday near Ghulam Khan"): two ties that rarely agree by chance.
    // A weekday outside the clash is another day's news: none.
    const allWeekdays = [...(input.allWeekdays ?? [])];
    if (published === undefined && length <= 2 && rare >= 1 && allWeekdays.length > 0 && !contradicted) {
      const itsDays = weekdaysOf(event);
      if (allWeekdays.every((w) => itsDays.has(w))) {
        fits = true;
        raw += WEEKDAY_SCORE;
        reasons.push('weekday');
        weekdayTied = true;
      }
    }
    // One source's killed and wounded both repeated ("four civilians killed, four others wounded", as the district
    // governor counted) with one of its places: small counts recur, but one claimant's pair agreeing by chance rarely.
    const agreeing = event.claims.filter((c) => exactClaims.has(c.id));
    // Two large counts are the rule above's; this one is for a pair with a small count in it.
    const smallPair = (a: Claim, b: Claim) => !(largeClaims.has(a.id) && largeClaims.has(b.id));
    if (
      agreeing.some((a) =>
        agreeing.some((b) => a.claimant === b.claimant && a.metric.endsWith('_killed') && b.metric.endsWith('_wounded') && smallPair(a, b)),
      ) &&
      groups.size > 0 &&
      !contradicted
    ) {
      fits = true;
      // The pair says as much as one large count (a figure of 10 or more scores 2, two small ones 1.5).
      raw += PAIR_BONUS;
    }
    // Talks and truces: a page mostly about talks that names the venue is about them.
    // Talks the page reports, not talks it mentions as background to a clash it reports.
    const talkSentences = input.talkSentences ?? 0;
    const diplomacy = isDiplomacy(event);
    const onTalks = talkSentences >= 2 && talkSentences * TALK_SHARE >= (input.clashSentences ?? 0);
    const talks = onTalks && diplomacy;
    // A round of talks or a truce counts no losses: a clash whose terms name a ceasefire is no round.
    const round = isRound(event);
    if (specific >= 1 && talks) fits = true;
    if (published !== undefined) {
      // Published during or just after the event: likely about it, the more so the closer and shorter.
      const after = Math.max(0, published - toDay(event.end) - 1);
      if (after <= 10) raw += 2.5 * (1 - after / 12) * (length <= LONG_EVENT_DAYS ? 1 : 0.4);
      // Running on the very day of publication, and short: the news of the day, more than an earlier event the page recalls.
      if (shortAndRunningOn(event, published)) raw += DAY_NEWS_BONUS;
      // Published while the event ran, naming one of its places, when no other event of the dataset ran then
      // or within it: the news of those days (a month of closure and firing at one crossing).
      if (
        published <= toDay(event.end) &&
        published >= toDay(event.start) &&
        groups.size > 0 &&
        !contradicted &&
        alone(event, published, long)
      )
        fits = true;
      // Published on a day of a short event, or the day after: the news of the day, unless its dates say otherwise.
      if (published >= toDay(event.start) && after <= 0 && length <= SHORT_EVENT_DAYS && (!contradicted || specific >= 1)) fits = true;
      else if (after > OLD_NEWS_DAYS) {
        // Old news: only a page that dates it or names it specifically is about it; a shared place is not enough.
        fits = dated || specific >= 2;
        raw *= date.score > 0 ? 0.8 : 0.5;
      }
    }
    // Days after this event ended: a page reports the news of its day, and recalls what came before. When it is
    // on renewed fighting ("again"), or no event of the dataset (but a count over months) ran on its day or the day
    // before, an event that ended days earlier is shown only on evidence of its own: a figure of it with a place,
    // two counted figures of it, or its own names — not a date or the timing the page recalls.
    const recalled = newsDay !== undefined && endedWellBefore(event, newsDay) && (input.renewal || !newsDayCovered);
    // A page that dates the event and repeats a figure of its claims, small as it is, reports its aftermath (a crossing
    // reopened after it): a day the page recalls, agreeing with a count of the event's, is no chance background.
    // A day inside it: a month the page names ("in September 2023") is no date of the clash.
    const datedWithFigure = published !== undefined && date.days.length > 0 && figures.length > 0;
    if (recalled && !figurePlaced && countedClaims.size < 2 && specific < 2 && !datedWithFigure) fits = false;
    // …and a strike or clash recalled in one sentence only, outside the headline and undated ("In October, strikes on
    // Urgun killed eight"), is background to that news, whatever names and counts that sentence gives. Not a count
    // over months or a campaign: a report released after it ends is its news.
    if (recalled && !long && !dated && inTitle.size === 0 && input.sentenceKeys && namingSentences(event) <= 1) fits = false;
    // The headline names a place of other events and none of this one's: the page reports another clash,
    // and recalls this one (a Dand Patan clash reported a day after strikes in Khost).
    // (This event is not among them: the headline names none of its keys.)
    const titleElsewhere = inTitle.size === 0 && placedInTitle.size > 0;
    if (titleElsewhere && !dated && specific < 2) fits = false;
    // A headline that reports fighting and names nothing of this event, which ended before the page was published and
    // which the page ties by a weekday alone, two days or more before publication ("on Thursday, blasts in Kabul"):
    // the day is background to the clash the headline reports. A weekday of the day before is the news itself.
    if (
      published !== undefined &&
      published > toDay(event.end) &&
      input.titleClash &&
      inTitle.size === 0 &&
      date.telling > 0 &&
      date.written === 0 &&
      date.days.every((d) => published - d >= 2) &&
      rare === 0 &&
      specific === 0 &&
      figures.length === 0
    )
      fits = false;
    // A place the page names that is none of the event's.
    const ownNames = new Set((keys.get(event.id) ?? []).map(spelled));
    const placeElsewhere = (input.places ?? []).some((spellings) => !spellings.some((n) => ownNames.has(n)));
    // The page says the war it reports broke out on its own day: a clash that began the day before is what led to it,
    // and the one clash of the dataset that began that day is what it reports. A clash, not a count over months that
    // opens that day, and only when the page names no place outside it (fighting in Bajaur is not the Torkham
    // skirmish begun the same day).
    if (input.beganToday && published !== undefined && !isDiplomacy(event) && !dated && specific < 2) {
      if (toDay(event.start) === published && clashOfDays(event) && clashesBegunThatDay === 1 && !contradicted && !placeElsewhere) {
        fits = true;
        raw += BEGAN_TODAY_SCORE;
        reasons.push('began on the day');
      } else if (toDay(event.start) < published) fits = false;
    }
    // An event that begins the day after publication (time zones allow it) fits only when the page dates it.
    if (published !== undefined && published < toDay(event.start)) fits = dated;
    // Tied by nothing of its own (no name few events share, no figure) but a day or the timing, on a page that points
    // elsewhere: the day is not this event's when the page names a clash of the same weeks by two such names (Torkham
    // and Tirah on the last day of the Nangarhar strikes), is about talks (a round held while shots were fired at
    // Chaman), or names a place no event holds (a clash the dataset lacks). Rounds and truces keep their day on the
    // last two: it is theirs.
    // (Not the clash that followed a day the page recalls: the neighbour it names is that day's, what came before.)
    const neighbourNamed = event !== followsRecalled && rarelyNamedClashes.some((o) => o !== event && nearInTime(o, event));
    if (rare === 0 && figures.length === 0 && (neighbourNamed || (!round && (onTalks || input.unheldPlace)))) fits = false;
    // A round of talks that ended before publication, named by its venue but not dated, on a page not about talks that
    // reports fighting in as many sentences: the round dates the clash ("firing a day after the Urumqi talks"), it is
    // not what the page reports.
    const clashLed = (input.clashSentences ?? 0) >= Math.max(1, talkSentences);
    const endedBefore = published !== undefined && published > toDay(event.end);
    if (round && endedBefore && !onTalks && clashLed && !dated && figures.length === 0) fits = false;
    // Counted figures that the event's claims count otherwise, said at least twice and none agreeing: the page reports
    // another clash (a counteroffensive's toll on the first day of the campaign that answered it).
    if (conflicts >= 2 && figures.length === 0 && !dated && specific < 2) fits = false;
    // Named only by one word (said twice), not dated, with no figure of its own, while the page gives a small count
    // (under 10) that its claims count otherwise ("seven wounded" where it has four): the word is a village or district
    // that other clashes share, and the page reports one of those. Large tolls are left out: they rise as bodies are
    // found, and a different one may be the same event's earlier count.
    const smallConflict = input.figures.some((f) => f.value < 10 && countedOtherwise(f, event));
    // …and only when the page also names a place that is none of the event's: on a page naming only the event's own
    // places, a count that differs is more likely another source's count of the same clash.
    if (smallConflict && placeElsewhere && oneWordName(event) && !dated && figures.length === 0) fits = false;
    // An undated page that names a clash by its own terms (Noor Wali Mehsud: the Kabul strike) reports the news of
    // those weeks: an event months away, tied by no name few events share (a toll and provinces that clashes share),
    // is another clash with the same count. Silence beats showing it when the page's own event is missing.
    const farFromNamed = namedClashes.some((o) => o !== event && !nearInTime(o, event, FAR_DAYS));
    if (farFromNamed && published === undefined && rare === 0 && specific < 2 && !dated) fits = false;
    // On a page about a truce, a campaign it neither dates nor gives a figure of is what the truce pauses (a pause
    // in an operation the page names), not what it reports. A page that only rules talks out is still about it.
    if (onTalks && input.pause && !diplomacy && long && !dated && figures.length === 0) fits = false;
    // An undated page that speaks of the Republic's leaders in office reports a clash of their time: an event of the
    // Taliban government's fits only when the page dates it (Goshta 2013, named like the 2021 fence dispute).
    if (input.republic && published === undefined && event.start >= REPUBLIC_FELL && !dated) fits = false;
    if (raw > 0)
      scored.push({
        event,
        raw,
        reasons,
        claimIds,
        figures,
        fits,
        // On a page about talks, the venue named once names the round: it is that round's own name. Not a clash whose
        // terms name a ceasefire: a page on talks names the fighting they followed as background.
        named: (specific >= 2 || (round && talks && specific >= 1)) && fits,
        dated: (dated || weekdayTied) && fits,
        placed: groups.size > 0,
        conflicts,
        talks,
        round,
      });
  }
  return scored.sort((a, b) => b.raw - a.raw);
}
