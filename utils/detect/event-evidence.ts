// What a page gives of one event, read before the rules weigh it: its names, the dates inside it, the figures of its
// claims, and whether the page dates it, or dates something else.
import type { DatasetEvent } from '../dataset/types';
import { dateScore, datesElsewhere } from './event-dates';
import { CAMPAIGN_DAYS, LONG_EVENT_DAYS, spanDays, toDay } from './event-days';
import { spelled } from './event-keys';
import { isDiplomacy, isRound } from './event-kinds';
import { agreesExactly, countedOtherwise, figureAgrees } from './figure-agreement';
import type { FigureOnPage } from './figures';
import type { PageFacts } from './page-facts';

/** Specific-name weight of two of an event's own names of several words (or one said in the headline and another). */
const NAMED_TWICE = 4;
/** A page is about talks when its talk sentences number at least half its clash sentences (TALK_SHARE × talks ≥ clashes). */
const TALK_SHARE = 2;

export interface EventEvidence {
  event: DatasetEvent;
  /** Days from its first day to its last. */
  length: number;
  /** A campaign or a long span (weeks of strikes, a quarter's count). */
  long: boolean;
  /** Its keys the headline gives. */
  inTitle: ReadonlySet<string>;
  /** Its groups of names the page gives, each with its weight (more in the headline). */
  groups: Map<string, number>;
  /** How strongly the page names it by its own terms (page-names.ts). */
  specific: number;
  /** Groups of its names (places too) that few events share. */
  rare: number;
  /** How the page's dates fall inside it. */
  date: ReturnType<typeof dateScore>;
  /** The page's figures that agree with its claims, and what they tie. */
  figures: FiguresOfEvent;
  /** Counted figures on the page that its claims count with other numbers. */
  conflicts: number;
  /** The clash that followed a day the page recalls. */
  follows: boolean;
  /**
   * The page gives a day inside it (not its publication day; in a campaign, with a name or figure of it or on a day
   * no other event ran), or it is the clash that followed the day the page recalls.
   */
  dated: boolean;
  /** The page dates what it reports, and no date comes near this event. */
  contradicted: boolean;
  /** A figure of its claims of 5 or more. */
  notTiny: boolean;
  /** A counted figure of its claims, with its places. */
  figurePlaced: boolean;
  /** Its claims whose own number (5 or more) the page gives: claim id -> the number. */
  largeClaims: Map<string, number>;
  /** Sentences that speak of talks, mediation or a truce. */
  talkSentences: number;
  /** The page is about talks: they are its news, not background to a clash. */
  onTalks: boolean;
  /** The event is talks, a mediation or a truce, by its terms. */
  diplomacy: boolean;
  /** The page is about talks, and this event is talks or a truce. */
  talks: boolean;
  /** A round of talks or a truce: a clash whose terms name a ceasefire is none. */
  round: boolean;
  /** The page names a place that is none of the event's. */
  placeElsewhere: boolean;
}

export interface FiguresOfEvent {
  /** Indexes (into the page's figures) of those that agree with its claims. */
  indexes: number[];
  claimIds: Set<string>;
  /** `figure "…"`, once for each claim tied. */
  reasons: string[];
  /** Small numbers ("two soldiers") recur across events; larger ones say more. */
  score: number;
  /** A figure that says what was counted ("13 civilians"), not only "28 people", and gives its claim's own number. */
  counted: boolean;
  /** Such a figure, or one rounded down from its claim ("more than 40 civilians"). */
  countedRoughly: boolean;
  /** Claims tied by counted figures. */
  countedClaims: Set<string>;
  /** Claims whose own number the page gives (not one rounded down from it). */
  exactClaims: Set<string>;
}

export function weighEvent(event: DatasetEvent, page: PageFacts): EventEvidence {
  const { events, keys, input, published, publishedYear, names, namedClashes } = page;
  const length = spanDays(event);
  const inTitle = input.titleKeys?.get(event.id) ?? new Set<string>();
  const groups = new Map<string, number>();
  // A name in the headline says what the page is about; in the body it may be background.
  for (const k of names.given(event)) groups.set(k.group, Math.max(groups.get(k.group) ?? 0, (inTitle.has(k.key) ? 6 : 2) * k.weight));
  const specific = names.specific(event);
  const rare = names.rareGroups(event);
  const date = dateScore(event, input.dates, publishedYear, published);
  const figures = figuresOf(event, input.figures);
  // A date inside a campaign or a long span (weeks of strikes, a quarter's count) does not tie a page to it
  // alone: the page may report one strike within it, or the next clash.
  const long = length > CAMPAIGN_DAYS;
  // …unless no other event ran on the day it gives, or ended the day before (reported late): then the campaign is
  // what it reports. A strike that began the next day is not what a page dated the day before reports.
  // A count over months is never what a day reports.
  const ranOnOrJustBefore = (o: DatasetEvent, day: number) => day >= toDay(o.start) && day <= toDay(o.end) + 1;
  const quietDay = length <= LONG_EVENT_DAYS && date.days.some((d) => events.every((o) => o === event || !ranOnOrJustBefore(o, d)));
  // The clash that followed a day the page recalls is dated by it, as by a day inside it.
  const follows = event === page.followsRecalled;
  const dated = (date.telling > 0 && (!long || specific >= 1 || figures.score > 0 || quietDay)) || follows;
  // A figure or the timing alone that happens to agree is chance (small counts recur), not a tie. Not when the page
  // names the event by two of its own names of several words (the cricket board, the tri-series): its other days
  // are a fixture, a schedule.
  const contradicted = !dated && specific < NAMED_TWICE && datesElsewhere(event, input.dates, publishedYear, published);
  // A counted figure ties the page only to an event whose places or terms it also names: counts recur.
  // Two counted figures of two of its claims ("23 soldiers … over 200 Taliban") tie the page without a place: two
  // such counts agreeing by chance is rare.
  // Two of the event's claims repeated ("ten killed … four wounded") tie it like one counted figure, when one
  // of them is 5 or more: "three women … four people" agree with some claims of any event that has dozens.
  const notTiny = figures.indexes.some((i) => input.figures[i]!.value >= 5);
  // Counts rounded down ("more than 40 … more than 20") agree with a band each, not a number: they tie no event here.
  const figureTie = figures.counted || (figures.exactClaims.size >= 2 && notTiny);
  // One place many events share is not enough for it: counts recur across clashes ("10 civilians" in Khost).
  // Enough: a name few events share, two of its names, or the page names the event that followed within a week.
  const ledToNamed = namedClashes.some(
    (o) => o !== event && toDay(o.start) >= toDay(event.end) && toDay(o.start) - toDay(event.end) <= CAMPAIGN_DAYS,
  );
  const largeClaims = new Map<string, number>();
  for (const i of figures.indexes) {
    const figure = input.figures[i]!;
    const claim = event.claims.find((c) => agreesExactly(figure, c));
    if (claim && figure.value >= 5) largeClaims.set(claim.id, figure.value);
  }
  // Talks the page reports, not talks it mentions as background to a clash it reports.
  const talkSentences = input.talkSentences ?? 0;
  const onTalks = talkSentences >= 2 && talkSentences * TALK_SHARE >= (input.clashSentences ?? 0);
  const diplomacy = isDiplomacy(event);
  const ownNames = new Set((keys.get(event.id) ?? []).map(spelled));
  return {
    event,
    length,
    long,
    inTitle,
    groups,
    specific,
    rare,
    date,
    figures,
    conflicts: input.figures.filter((f) => f.metric && f.losses && countedOtherwise(f, event)).length,
    follows,
    dated,
    contradicted,
    notTiny,
    figurePlaced: figureTie && (rare >= 1 || groups.size >= 2 || (groups.size > 0 && ledToNamed)),
    largeClaims,
    talkSentences,
    onTalks,
    diplomacy,
    talks: onTalks && diplomacy,
    round: isRound(event),
    placeElsewhere: (input.places ?? []).some((spellings) => !spellings.some((n) => ownNames.has(n))),
  };
}

/** The page's figures that agree with the event's claims, each claim tied once. */
function figuresOf(event: DatasetEvent, pageFigures: FigureOnPage[]): FiguresOfEvent {
  const tied: FiguresOfEvent = {
    indexes: [],
    claimIds: new Set(),
    reasons: [],
    score: 0,
    counted: false,
    countedRoughly: false,
    countedClaims: new Set(),
    exactClaims: new Set(),
  };
  pageFigures.forEach((figure, i) => {
    const claim = event.claims.find((c) => agreesExactly(figure, c)) ?? event.claims.find((c) => figureAgrees(figure, c));
    if (!claim) return;
    tied.indexes.push(i);
    if (agreesExactly(figure, claim)) tied.exactClaims.add(claim.id);
    if (figure.metric && figure.value >= 10) tied.countedRoughly = true;
    // "۱۰ کشته … ۱۰ غیرنظامی": the same claim read twice, the second time saying what was counted.
    // A count rounded down ("more than 40") ties an event only beside a day or its places, not as a count of its own.
    if (figure.metric && figure.value >= 10 && agreesExactly(figure, claim)) {
      tied.counted = true;
      tied.countedClaims.add(claim.id);
    }
    if (tied.claimIds.has(claim.id)) return;
    tied.claimIds.add(claim.id);
    tied.reasons.push(`figure "${figure.text}"`);
    tied.score += figure.value >= 10 ? 2 : 0.75;
  });
  return tied;
}

/** What one rule does to an event's standing; the rules run in a fixed order (score-events.ts). */
export interface RuleEffect {
  /** Added to the event's score. */
  score?: number;
  /** Multiplies the event's score so far. */
  scale?: number;
  /** Why, as shown with the event. */
  reasons?: string[];
  /** Ties the page to the event (true) or rules it out (false), whatever the rules before said. */
  fits?: boolean;
  /** A weekday ties an undated page to it, as a day inside it would. */
  weekday?: true;
}

/** A rule: what it does to the event (nothing when it does not apply). */
export type EventRule = (e: EventEvidence, page: PageFacts) => RuleEffect | undefined;
