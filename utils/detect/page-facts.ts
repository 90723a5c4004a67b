// What a page says that bears on every event alike, read once before the events are weighed: when it was published
// or written, which clashes it names, which day it recalls, which closure it tells of, which figure it leads with.
import type { DatasetEvent } from '../dataset/types';
import { crossingClosure } from './closure-ties';
import type { DateMention } from './dates';
import { CAMPAIGN_DAYS, dayOf, LONG_EVENT_DAYS, spanDays, statesYear, toDay, yearsOf } from './event-days';
import { type EventKey, GENERIC_TERMS, spelled } from './event-keys';
import { clashOfDays, isDiplomacy, isRound } from './event-kinds';
import type { FigureOnPage } from './figures';
import { type NamesOnPage, namesOnPage } from './page-names';

export interface EventEvidenceInput {
  keyHits: Map<string, Set<string>>; // eventId -> keys seen on the page
  titleKeys?: Map<string, Set<string>>; // eventId -> keys seen in the page title
  dates: DateMention[];
  figures: FigureOnPage[];
  published?: string;
  /** eventId -> key -> number of sentences naming it. */
  keyCounts?: Map<string, Map<string, number>>;
  /** Per sentence: eventId -> the keys it names. */
  sentenceKeys?: readonly ReadonlyMap<string, ReadonlySet<string>>[];
  /** Sentences that speak of talks, mediation or a truce. */
  talkSentences?: number;
  /** The headline or a sentence speaks of a pause in the fighting (a truce, a ceasefire), not only of talks. */
  pause?: boolean;
  /** Sentences that report a clash (score-topic's isClashSentence). */
  clashSentences?: number;
  /** The headline or a clash sentence says the fighting is a new round ("renewed", "again"). */
  renewal?: boolean;
  /** The page says the war it reports broke out on its day ("the war that broke out today", "first day of the war"). */
  beganToday?: boolean;
  /** A place of the gazetteer (not a venue) that no event of the dataset holds is named on the page. */
  unheldPlace?: boolean;
  /** Gazetteer places (not venues or the two countries) the page names, each as its spellings in key form. */
  places?: string[][];
  /** The border places the page names most often (all when tied), each as its spellings in key form. */
  mostNamedPlaces?: string[][];
  /** On a page with no publication date, the weekdays it names (0 = Sunday), not heading a written date. */
  weekdays?: Set<number>;
  /** The headline or a clash sentence speaks of tanks or armour hit (armour-words.ts). */
  armour?: boolean;
  /** On a page with no publication date, every weekday it names anywhere (the `weekdays` are those beside a count). */
  allWeekdays?: Set<number>;
  /** The headline reports fighting. */
  titleClash?: boolean;
  /** The headline reports a declaration ("declares open war"), not a threat, a fear or a question (threat-words.ts). */
  titleDeclares?: boolean;
  /** The page speaks of a leader of the Afghan Republic in office (President Karzai): it is from before 2021. */
  republic?: boolean;
  /** On a page with no publication date, the most days it says a crossing has been shut (closure-clues.ts). */
  daysShut?: number;
  /** On a page with no publication date, the weekdays it says a crossing was closed on (closure-clues.ts). */
  closedOn?: Set<number>;
  /** On a page with no publication date, the places its sentences saying a crossing closed name, in key form. */
  closedAt?: Set<string>;
}

/** The page, the dataset it is read against, and what the page names of each event. */
export interface PageBasics {
  events: readonly DatasetEvent[];
  keys: Map<string, EventKey[]>;
  input: EventEvidenceInput;
  /** The publication day (a day number), when the page gives one, and its year. */
  published?: number;
  publishedYear?: number;
  names: NamesOnPage;
}

export interface PageFacts extends PageBasics {
  /** The day the page's news is of: its publication day, or else the latest day it states (with its year). */
  newsDay?: number;
  /** Whether an event (not a count over months) ran on the news day or the day before. */
  newsDayCovered: boolean;
  /** Ids of the events the headline names by a place few events share. */
  placedInTitle: Set<string>;
  /** Clashes (not talks or truces) the page names by their own terms. */
  namedClashes: DatasetEvent[];
  /** Clashes (not talks or truces) the page names by two groups of names few events share. */
  rarelyNamedClashes: DatasetEvent[];
  /** On an undated page, the one short clash that followed a day the page recalls. */
  followsRecalled?: DatasetEvent;
  /** Events whose yearless day on the page the place it names most pins to one year. */
  pinnedByPlace: Set<DatasetEvent>;
  /** On an undated page, the one clash that closed a crossing for as many days as the page says it is shut. */
  heldShut?: DatasetEvent;
  /** On an undated page, the one short clash whose first days are the weekdays the page says a crossing closed on. */
  closedThat?: DatasetEvent;
  /** The page's first figure, in reading order. */
  leadFigure?: FigureOnPage;
  /** Whether the page gives other numbers after its first figure (only then does the first one lead). */
  laterValues: boolean;
  /** On a page saying its war broke out today, how many clashes of days began on its day (one is what it reports). */
  clashesBegunThatDay: number;
  /**
   * Whether no other event the page names a place or term of ran on the day (give or take one), or began while this
   * one ran: a clash at another crossing that week is not what a page naming only this one's places reports. A
   * campaign or a count over weeks is not the news of a day: for it, every other event counts.
   */
  alone(event: DatasetEvent, day: number, long: boolean): boolean;
}

export function readPage(events: readonly DatasetEvent[], keys: Map<string, EventKey[]>, input: EventEvidenceInput): PageFacts {
  const published = input.published && /^\d{4}-\d\d-\d\d/.test(input.published) ? toDay(input.published) : undefined;
  const basics: PageBasics = {
    events,
    keys,
    input,
    published,
    publishedYear: published !== undefined ? Number(input.published!.slice(0, 4)) : undefined,
    names: namesOnPage(keys, input),
  };
  const newsDay = published ?? latestStatedDay(input.dates);
  const leadFigure = firstFigure(input.figures);
  return {
    ...basics,
    newsDay,
    newsDayCovered:
      newsDay !== undefined &&
      events.some((o) => spanDays(o) <= LONG_EVENT_DAYS && toDay(o.start) <= newsDay && toDay(o.end) >= newsDay - 1),
    placedInTitle: placedInTitle(basics),
    namedClashes: events.filter((o) => basics.names.specific(o) >= 2 && !isDiplomacy(o)),
    rarelyNamedClashes: events.filter((o) => !isDiplomacy(o) && basics.names.rareGroups(o) >= 2),
    followsRecalled: clashAfterRecalledDay(basics),
    pinnedByPlace: yearPinnedByPlace(basics),
    ...crossingClosure(basics),
    leadFigure,
    laterValues: input.figures.some((f) => f.value !== leadFigure?.value),
    clashesBegunThatDay: input.beganToday ? events.filter((o) => clashOfDays(o) && toDay(o.start) === published).length : 0,
    alone: (event, day, long) =>
      events.every(
        (o) =>
          o === event ||
          (!long && !basics.names.placed(o)) ||
          (!ranNear(o, day) && (toDay(o.start) < toDay(event.start) || toDay(o.start) > Math.min(toDay(event.end), day + 1))),
      ),
  };
}

/** Whether an event ran on the day, give or take one. */
const ranNear = (o: DatasetEvent, day: number) => day >= toDay(o.start) - 1 && day <= toDay(o.end) + 1;

/**
 * A page with no publication date was written no earlier than the latest day it states (or pins by its weekday):
 * events over days before that day are what it recalls, as on a dated page.
 */
const latestStatedDay = (dates: DateMention[]) =>
  dates
    .filter((d) => d.day !== undefined && statesYear(d))
    .map((d) => dayOf((d.year ?? d.pinnedYear)!, d.month, d.day!))
    .reduce<number | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);

/** The page's first figure, in reading order. */
const firstFigure = (figures: FigureOnPage[]) =>
  figures.reduce<FigureOnPage | undefined>(
    (first, f) => (!first || f.block < first.block || (f.block === first.block && f.start < first.start) ? f : first),
    undefined,
  );

/**
 * Events the headline names by a place few events share (not a generic place, not a term: a site's name in the
 * title, "Türkiye Gazetesi", is no clash).
 */
const placedInTitle = ({ keys, input }: PageBasics) =>
  new Set(
    [...(input.titleKeys ?? [])]
      .filter(([id, inTitle]) =>
        (keys.get(id) ?? []).some((k) => inTitle.has(k.key) && !k.term && !GENERIC_TERMS.has(spelled(k)) && k.weight >= 0.25),
      )
      .map(([id]) => id),
  );

/**
 * An undated page that puts a day before its news ("before this, on the night of 11 October…") reports what came
 * next: the one short clash whose places it names that began within a week after that day. The day is anchored in
 * a clash the page names on it by a name few events share (its year is that clash's).
 */
function clashAfterRecalledDay({ events, input, published, names }: PageBasics): DatasetEvent | undefined {
  if (published !== undefined) return undefined;
  const recalledDays = events.flatMap((r) =>
    spanDays(r) > CAMPAIGN_DAYS || names.rareGroups(r) === 0
      ? []
      : input.dates
          .filter((d) => d.earlier && d.day !== undefined)
          .flatMap((d) => yearsOf(d, undefined, r).map((y) => dayOf(y, d.month, d.day!)))
          .filter((day) => day >= toDay(r.start) && day <= toDay(r.end)),
  );
  const nextClashes = events.filter(
    (o) =>
      spanDays(o) <= CAMPAIGN_DAYS &&
      !isRound(o) &&
      names.placed(o) &&
      recalledDays.some((day) => toDay(o.start) > day && toDay(o.start) <= day + CAMPAIGN_DAYS),
  );
  return nextClashes.length === 1 ? nextClashes[0] : undefined;
}

/**
 * On a page with no date and no year for any of its days, a day written without its year ("on 11 December", "am 6.
 * September") that falls inside one event only, of all years, among those whose places or terms the page names: the
 * place pins its year, as a weekday does ("Saturday, 8 Jadi"), so the day counts as one stated with its year. Only a
 * clash of days (a campaign or a count over months holds too many days to be pinned by one), at the place the page
 * names most (not a province it shares with the crossing the page is about: the dataset lacks some clashes, and a
 * strike elsewhere in the province on the same day of another year is none of them).
 */
function yearPinnedByPlace({ events, input, published, names }: PageBasics): Set<DatasetEvent> {
  const holdsDay = (o: DatasetEvent, d: DateMention) =>
    yearsOf(d, undefined, o).some((y) => dayOf(y, d.month, d.day!) >= toDay(o.start) && dayOf(y, d.month, d.day!) <= toDay(o.end));
  const yearGiven = input.dates.some((d) => d.day !== undefined && statesYear(d));
  return new Set(
    published === undefined && !yearGiven
      ? input.dates
          .filter((d) => d.day !== undefined && !d.year && !d.relative && !d.earlier)
          .map((d) => events.filter((o) => names.placed(o) && holdsDay(o, d)))
          .filter(([only, other]) => only && !other && spanDays(only) <= CAMPAIGN_DAYS && names.atMainPlace(only))
          .map(([only]) => only!)
      : [],
  );
}
