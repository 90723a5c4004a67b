// What detection produces. Plain data: it crosses from content script to background to popup as JSON.
import type { Metric, Party, Side, Term } from '../dataset/types';

/** Where a piece of text sits on the page: block index (in reading order) and offsets in that block. */
export interface TextLocation {
  block: number;
  start: number;
  end: number;
}

export interface GateHit {
  termId: string;
  leaning: Term['leaning'];
  start: number;
  end: number;
}

/** A sentence the gate let through, with the gazetteer names it holds. */
export interface CandidateSentence extends TextLocation {
  text: string;
  hits: GateHit[];
}

/** A block of page text (a paragraph, a heading…), by its place in reading order. */
export interface PageBlock {
  index: number;
  text: string;
}

/** What the content script hands to the background: only the blocks that hold an anchor word, never the whole page. */
export interface PageReport {
  blocks: PageBlock[];
  title?: string;
  /** Publication date the page declares (meta tags), if any. */
  published?: string;
  /** What the page says of its date where it declares none in markup, read by the background (published-day.ts). */
  dateClues?: DateClues;
  /** Characters of visible text read. */
  textLength: number;
  truncated: boolean;
}

/**
 * When a page was published, as its DOM says it (utils/page/date-clues.ts gathers it): the day it declares in
 * markup, else the short texts a dateline may be read from. Reading dates written in words takes the date
 * grammar of a dozen languages, which the content script does not carry.
 */
export interface DateClues {
  /** The day declared in markup: meta tags, JSON-LD datePublished, <time>, a dated URL. */
  declared?: string;
  /** Texts of elements a site marks as the date (class "date", "publish", "time"…), in page order. */
  marked?: string[];
  /** Short lines among the first blocks of the page's own text (not navigation or banners), in order. */
  lines?: string[];
  /** The page's own address and its canonical one: a yearless dateline takes its year from "/2025/12/". */
  addresses?: string[];
  /** When a line may be a yearless dateline, the start of the page's text around each year it names: the
   *  dateline's year is a recent full date's. Only those stretches leave the page. */
  text?: string;
  /** The day the page says it was last modified: near enough for news, when nothing else is given. */
  modified?: string;
}

/** The sentences of a page that hold names, for the closer look: what the gate lets through. */
export interface Candidates {
  sentences: CandidateSentence[];
  /** Publication date the page declares (meta tags), if any: an article cannot report later events. */
  published?: string;
  title?: string;
  /** Characters of visible text read; for the "not scanned" / "partly scanned" states. */
  textLength: number;
  truncated: boolean;
}

/** A number stated on the page next to the matched text, e.g. "at least 13 civilians … killed". */
export interface PageFigure extends TextLocation {
  text: string;
  value: number;
  qualifier: 'exact' | 'at-least' | 'more-than' | 'about';
  metric?: Metric;
  losses?: Party;
  /** Dataset claims this figure agrees with: the page is repeating that side's figure. */
  agreesWith: { claimId: string; side: Side }[];
}

export interface Evidence extends TextLocation {
  text: string;
}

export interface EventMatch {
  id: string;
  score: number; // 0..1
  evidence: Evidence[];
  /** Short reasons a reader can check: names, places, dates and figures that tied the page to it. */
  reasons: string[];
}

export interface PageResult {
  topic: boolean;
  score: number; // 0..1, how sure we are the page is about the clashes
  events: EventMatch[];
  figures: PageFigure[];
  /** Why the page was judged off-topic when it looked close (e.g. "earthquake"), for the docs and the scanner. */
  lookalike?: string;
  /** On topic, but no dataset event fits the page's dates, places and figures: no event is shown. */
  unknownEvent?: boolean;
  /** With unknownEvent: the border places the page names (dataset names, most named first), for the popup's search. */
  places?: string[];
  /** With unknownEvent: the dataset events the page comes closest to, best first (none fits well enough to show). */
  closest?: string[];
  /** The page's publication date (ISO day) when it gives one, else null. */
  published?: string | null;
}
