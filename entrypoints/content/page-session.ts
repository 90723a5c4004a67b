// One page's life in the full reader: read it, report what holds anchor words, keep the marks in step with
// the result, watch for added text and in-page navigation, and forget it all when the page goes or is paused.
import type { ScanStatus } from '@/utils/messages';
import type { askBackground } from '@/utils/browser/messaging';
import type { DateClues, PageResult, TextLocation } from '@/utils/detect/types';
import type { ReaderSettings } from '@/utils/settings';
import { t } from '@/utils/browser/i18n';
import { readingRoot } from '@/utils/page/collect-text';
import { dateClues } from '@/utils/page/date-clues';
import { PageScanner } from '@/utils/page/page-scanner';
import { pageUrl, watchPage, type PageWatch } from '@/utils/page/page-watcher';
import { flashRange } from './flash';
import type { PageMarks } from './page-marks';
import { marksCode } from './marks-code';

export interface PageSession {
  /** Reads the page from the start and watches it; a no-op while paused. */
  start(): void;
  /** Settings changed: pause, resume, or redraw the marks. */
  applySettings(next: ReaderSettings): void;
  /** The background's result changed (dismissal, sensitivity). */
  show(result: PageResult | undefined): void;
  status(): Promise<ScanStatus>;
  /** Flashes a place in the text; false when its nodes are gone. */
  flash(location: TextLocation): boolean;
}

export interface SessionOptions {
  ownUiAttribute: string;
  send: typeof askBackground;
  /** True while this instance is still connected to the extension. */
  connected: () => boolean;
}

export function createPageSession({ ownUiAttribute, send, connected }: SessionOptions): PageSession {
  const documentId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  // Until the background's first answer: the reader is only ever put into a page whose site is not paused, and
  // nothing is marked before a result comes, with the settings that hold.
  let settings: ReaderSettings = { highlight: false, paused: false };
  let scanner = new PageScanner(ownUiAttribute);
  let root: Node = document.body;
  let reported = false;
  let scanning: Promise<void> = Promise.resolve();
  let watching: PageWatch | undefined;
  let clues: DateClues | undefined;
  const paused = () => settings.paused;
  const isOwnUi = (node: Node) => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest(`[${ownUiAttribute}]`);
  };

  // Highlights and markers, set up on the first result that has any; the card's figures are asked of the
  // background only when first opened. Their code (the card, the dataset's grading) is a script of its own
  // that the background injects only with a result to mark: with highlighting off, the reader never loads it.
  let marks: Promise<PageMarks> | undefined;
  let shown: PageResult | undefined;
  let drawing = false;
  const wantMarks = () => settings.highlight && !paused() && !!shown?.topic;
  const drawMarks = async () => {
    drawing = false;
    if (!wantMarks()) return;
    // The background injects the marks' code with the first result to mark; until then there is nothing to draw with.
    const createPageMarks = marksCode();
    if (!createPageMarks) return;
    marks ??= Promise.resolve(
      createPageMarks({
        hostAttribute: ownUiAttribute,
        rangeFor: (at) => scanner.rangeFor(at),
        loadEvents: async (ids) => (await send({ type: 'get-events', ids })) ?? [],
        t,
      }),
    );
    const ready = await marks;
    // The settings or the result may have changed while the code was evaluated.
    if (wantMarks()) ready.show(shown);
  };
  const show = (result: PageResult | undefined) => {
    shown = result;
    if (!wantMarks()) return void marks?.then((m) => m.remove());
    // Drawn when the page is idle: the badge and popup already have the result, and the page's own work comes first.
    if (!drawing) {
      drawing = true;
      whenIdle(() => void drawMarks());
    }
  };

  const report = async () => {
    const from = scanner;
    // Gathered once a page (a live page reports again and again; its date does not change).
    clues ??= dateClues(document);
    const pageReport = from.takeReport({ title: document.title || undefined, dateClues: clues });
    if (!pageReport) return;
    reported = true;
    try {
      const answer = await send({ type: 'page-text', url: pageUrl(), documentId, report: pageReport });
      // An answer about a page we have since left: its places are not this page's.
      if (scanner !== from) return;
      // With the settings that hold: a site paused since this page loaded (the background kept nothing) stops here.
      if (answer) applySettings(answer.settings);
      if (!paused()) show(answer?.result);
    } catch {
      // The background is restarting: the next change reports again. Cut off for good (the extension was
      // updated or removed; a new instance reads the page): stop watching it.
      if (!connected()) watching?.stop();
    }
  };
  const scanPage = async () => {
    root = (document.body && readingRoot(document)) ?? document.documentElement;
    await scanner.scan(root);
    if (!root.isConnected || root === document.body) root = document.body;
    await report();
  };
  const readAnew = () => {
    scanner = new PageScanner(ownUiAttribute);
    clues = undefined;
    reported = false;
    scanning = scanPage();
  };
  // The page's result goes: its marks, and the background's record of it.
  const forget = () => {
    show(undefined);
    if (reported) void send({ type: 'page-cleared', url: pageUrl() }).catch(() => undefined);
    reported = false;
  };
  const watch = () =>
    watchPage(document.documentElement, {
      isOwnUi,
      onAdded: async (nodes) => {
        await scanning;
        const set = new Set(nodes);
        // Read only what lies in the part of the page we read, and each subtree once.
        const fresh = nodes.filter((n) => root.contains(n) && !hasAncestorIn(n, set));
        for (const node of fresh) await scanner.scan(node);
        await report();
      },
      onNavigate: () => {
        forget();
        readAnew();
      },
    });
  const start = () => {
    if (paused()) return;
    readAnew();
    watching = watch();
  };
  const stop = () => {
    watching?.stop();
    watching = undefined;
    forget();
  };
  function applySettings(next: ReaderSettings) {
    const wasPaused = paused();
    settings = next;
    if (wasPaused && !paused()) start();
    else if (!wasPaused && paused()) stop();
    else show(shown);
  }

  return {
    start,
    show,
    applySettings,
    async status() {
      if (paused()) return { url: pageUrl(), documentId, scanned: false, passedGate: false, textLength: 0, truncated: false, paused: true };
      // Asked after the tab reported loading, or by the popup: a changed address is a new page.
      watching?.checkUrl();
      await scanning;
      // passedGate: a result came back, so the background found both sides named in what it was handed.
      return {
        url: pageUrl(),
        documentId,
        scanned: true,
        passedGate: !!shown,
        textLength: scanner.textLength,
        truncated: scanner.truncated,
      };
    },
    flash(location) {
      const range = scanner.rangeFor(location);
      if (range) flashRange(range);
      return !!range;
    },
  };
}

/** Runs `fn` when the page is idle (at the latest after half a second); a timer where there is no idle callback. */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 500 });
  else setTimeout(fn, 0);
}

function hasAncestorIn(node: Node, set: Set<Node>): boolean {
  let p = node.parentNode;
  for (let i = 0; p && i < 60; i++, p = p.parentNode) if (set.has(p)) return true;
  return false;
}
