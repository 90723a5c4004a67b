// The claims dataset: one event, many claims; each claim is one claimant's figure for one metric.
// Modelled on schema.org Claim (author, datePublished, appearance) and on UCDP's low/high estimates.

export const SIDES = ['pakistan', 'afghan-taliban', 'un', 'independent', 'other'] as const;
export type Side = (typeof SIDES)[number];

/** Whose losses a metric counts. */
export const PARTIES = ['pakistan', 'afghanistan', 'militants', 'civilians-afghanistan', 'civilians-pakistan', 'both', 'none'] as const;
export type Party = (typeof PARTIES)[number];

/** Fixed metric vocabulary; see docs/DATA.md. The party whose losses are counted is a separate field. */
export const METRICS = [
  'soldiers_killed', // state forces of `losses` (Pakistani soldiers, Afghan Taliban forces)
  'soldiers_wounded',
  'soldiers_captured',
  'soldiers_killed_or_captured',
  'fighters_killed', // non-state militants (TTP, ISKP, Gul Bahadur)
  'leaders_killed',
  'civilians_killed',
  'civilians_wounded',
  'children_killed',
  'casualties_total', // killed + wounded, not split by the claimant
  'killed_total', // everyone killed, both sides
  'bodies_seen',
  'posts_captured',
  'posts_destroyed',
  'posts_targeted',
  'camps_targeted',
  'armour_destroyed',
  'aircraft_downed',
  'drones_downed',
  'strikes',
  'displaced',
  'statement', // qualitative: ceasefire, denial, talks outcome, target named; no figure
] as const;
export type Metric = (typeof METRICS)[number];

/** How the figure was put. `exact` => low === high. Words like "several" have no number. */
export const QUALIFIERS = [
  'exact',
  'at-least',
  'more-than',
  'about',
  'up-to',
  'range',
  'several',
  'dozens',
  'hundreds',
  'none-given',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * The border crossings an event can close, by the name of the crossing point (a crossing and its two sides are one:
 * Chaman is the Chaman–Spin Boldak crossing, whose gate terms.json spells Friendship Gate and Bab-e-Dosti).
 */
export const CROSSINGS = ['Torkham', 'Chaman', 'Kharlachi', 'Ghulam Khan', 'Angoor Adda'] as const;
export type Crossing = (typeof CROSSINGS)[number];

export interface Source {
  publisher: string;
  url: string; // http(s) only
  date: string; // YYYY-MM-DD the page was published
}

/** Record of our own check of the claim against its source, made when it was entered. */
export interface Verification {
  on: string; // YYYY-MM-DD
  status: 'confirmed' | 'corrected' | 'not-refound';
  /** Where we re-read it (the claim's own URL or a page carrying the same story). */
  checkedAt?: string;
  note?: string;
}

/** The same statement carried through another spokesman or outlet: one more source, not one more claim. */
export interface Repeat {
  claimant: string;
  office?: string;
  side?: Side;
  date: string; // YYYY-MM-DD the repeat was made
  channel?: string;
  source: Source;
}

export interface Claim {
  id: string; // e.g. "2026-02-26-taliban-counteroffensive/c07"
  claimant: string; // person or body, as named
  office?: string; // role of the person, e.g. "Minister for Information"
  side: Side;
  metric: Metric;
  losses: Party;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** The wording when the figure is not a plain number ("several bases in Nangarhar and Kunar"). */
  figureText?: string;
  date: string; // YYYY-MM-DD the claim was made
  channel: string; // "post on X", "press conference", "statement"…
  source: Source;
  summary: string; // our paraphrase, never a long quote
  /** Claims in one running tally (a minister updating a cumulative count) share a series id. */
  series?: string;
  /** Made after the event ended (a later statement, release, tally or report): the only claims allowed after `end`. */
  retrospective?: boolean;
  /** The same statement quoted through another spokesman or outlet (never a second claim). */
  repeatedBy?: Repeat[];
  /** Ids of claims counted inside this figure (an aggregate and its sub-totals). */
  contains?: string[];
  /** Id of the aggregate claim whose figure already counts this one. */
  within?: string;
  verification: Verification;
}

export interface DatasetEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  places: string[]; // display names, e.g. "Behsud (Nangarhar)"
  summary: string;
  /** Words and phrases that identify this event on a page (operation names, specific places, targets). */
  terms: string[];
  /** True when only one side made claims we could source; shown as such. */
  oneSided?: boolean;
  /** The crossings the event's sources say it closed (detection ties closure clues at them to it); none when unknown. */
  closedCrossings?: Crossing[];
  claims: Claim[];
}

/** A name that tells a page is about the topic: a person, body, place or term, with its spellings. */
export interface Term {
  id: string;
  kind: 'person' | 'organisation' | 'place' | 'operation' | 'term';
  name: string;
  /** Latin-script variants and transliterations, other-language forms, and Arabic-script forms. */
  variants: string[];
  /** Which side this term points to, for the gate; 'border' for the frontier itself. */
  leaning: 'afghanistan' | 'pakistan' | 'border' | 'neutral';
}

export interface Dataset {
  version: string;
  asOf: string;
  events: DatasetEvent[];
  terms: Term[];
}
