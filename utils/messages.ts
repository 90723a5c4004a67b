// The messages between content script, background and popup: one map from each request to its reply, so
// no call site casts a reply. Types only; utils/browser/messaging.ts sends them.
import type { DatasetEvent } from './dataset/types';
import type { PageReport, PageResult, TextLocation } from './detect/types';
import type { ReaderSettings } from './settings';

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

/** Requests to the background: [the message's fields besides `type`, the reply]. */
export interface BackgroundMessages {
  /** Stage 1 found an anchor word on the page: inject the full reader. */
  'anchor-hit': [object, undefined];
  /**
   * The page's blocks that hold anchor words (all of them so far, so a restarted background loses nothing); answered
   * with the visible result and the settings that hold for the page.
   */
  'page-text': [{ url: string; documentId: string; report: PageReport }, { result: PageResult | undefined; settings: ReaderSettings }];
  'page-cleared': [{ url: string }, undefined];
  'get-view': [{ tabId: number }, TabView];
  /** The popup changed what is dismissed on the tab's page: recount the badge, update the page's marks. */
  'dismissals-changed': [{ tabId: number }, undefined];
  /** The in-page card, when first opened: just the matched events, so the page never loads the dataset. */
  'get-events': [{ ids: string[] }, DatasetEvent[]];
}

/** Requests to a tab's full reader. */
export interface ContentMessages {
  'scan-status': [object, ScanStatus];
  'show-evidence': [{ location: TextLocation }, { shown: boolean }];
  /** The page's result changed (dismissal, sensitivity): redraw the marks. */
  'page-result': [{ result: PageResult }, undefined];
  /** The settings changed: pause, resume, or redraw the marks. */
  settings: [{ settings: ReaderSettings }, undefined];
}

type Requests<M> = { [K in keyof M]: { type: K } & (M[K] extends [infer F, unknown] ? F : never) }[keyof M];
export type ToBackground = Requests<BackgroundMessages>;
export type ToContent = Requests<ContentMessages>;
export type ReplyOf<M, K extends keyof M> = M[K] extends [unknown, infer R] ? R : never;
export type BackgroundReply<K extends keyof BackgroundMessages> = ReplyOf<BackgroundMessages, K>;
export type ContentReply<K extends keyof ContentMessages> = ReplyOf<ContentMessages, K>;
