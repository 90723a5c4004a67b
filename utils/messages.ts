// The messages between content script, background and popup. Types only: each side checks `type`.
import type { DatasetEvent } from './dataset/types';
import type { PageReport, PageResult, TextLocation } from './detect/types';

/** What the background keeps per tab (in session storage) and hands to the popup. */
export interface TabState {
  url: string;
  /** Which document reported it (one per content-script instance): tells a new page from the same one. */
  documentId: string;
  result: PageResult;
  textLength: number;
  truncated: boolean;
  updatedAt: number;
}

/** What the popup shows for a tab: a result, a page judged off-topic, or a page we could not read. */
export type TabView =
  | { kind: 'result'; state: TabState }
  | { kind: 'off-topic'; url?: string; textLength?: number; truncated?: boolean }
  | { kind: 'not-scanned'; reason: 'restricted' | 'no-access' | 'error' | 'paused'; url?: string };

export type ToBackground =
  /** Stage 1 found an anchor word on the page: inject the full reader. */
  | { type: 'anchor-hit' }
  /** The page's blocks that hold anchor words (all of them so far, so a restarted background loses nothing); answered with the visible result, or undefined. */
  | { type: 'page-text'; url: string; documentId: string; report: PageReport }
  | { type: 'page-cleared'; url: string }
  | { type: 'get-view'; tabId: number }
  /** The popup changed what is dismissed on the tab's page: recount the badge, update the page's marks. */
  | { type: 'dismissals-changed'; tabId: number }
  /** The in-page card, when first opened: just the matched events, so the page never loads the dataset. */
  | { type: 'get-events'; ids: string[] };

/** The background's answer to `get-events`. */
export type EventsReply = DatasetEvent[];

export type ToContent =
  | { type: 'scan-status' }
  | { type: 'show-evidence'; location: TextLocation }
  /** The page's result changed (dismissal, sensitivity): redraw the marks. */
  | { type: 'page-result'; result: PageResult };

/** The content script's answer to `scan-status`. */
export interface ScanStatus {
  url: string;
  documentId: string;
  scanned: boolean;
  /** The background found names of both sides (or the border) in what the page handed on. */
  passedGate: boolean;
  textLength: number;
  truncated: boolean;
  /** The user paused the extension on this site: nothing was read. */
  paused?: boolean;
}
