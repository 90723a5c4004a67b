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
  /** Characters of visible text read. */
  textLength: number;
  truncated: boolean;
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
  /** The page's publication date (ISO day) when it gives one, else null. */
  published?: string | null;
}
