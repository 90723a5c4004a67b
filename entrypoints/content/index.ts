// Content script: reads the page and keeps the blocks that hold an anchor word; only when there are any
// does it hand them to the background, which finds the names and holds the dataset and fuse.js. The
// page's main thread does no more than read the text and run one small pattern over it.
import { browser } from 'wxt/browser';
import type { EventsReply, ScanStatus, ToBackground, ToContent } from '@/utils/messages';
import type { PageResult } from '@/utils/detect/types';
import { isPaused } from '@/utils/settings';
import { t } from '@/components/i18n';
import { publishedDate, readingRoot } from '@/utils/page/collect-text';
import { PageScanner } from './page-scanner';
import { onSettingsChanged, readSettings } from './settings-reader';
import { pageUrl, watchPage, type PageWatch } from './page-watcher';
import { flashRange } from './flash';
import { createPageMarks, type PageMarks } from './page-marks';
import './style.css';

/** Marks our own injected UI so it is never read or observed. */
export const OWN_UI_ATTRIBUTE = 'data-durand-lens';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main() {
    // Injected again on demand (popup opened on a tab that had us already): one instance is enough.
    const w = window as unknown as { __durandLens?: boolean };
    if (w.__durandLens) return;
    w.__durandLens = true;
    // Marks left by an instance of an earlier version (after an update the old script is cut off from the
    // extension and cannot clear them, and this one runs beside it): one set of marks on a page, ours.
    for (const stale of document.querySelectorAll(`[${OWN_UI_ATTRIBUTE}]`)) stale.remove();

    const documentId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const isOwnUi = (node: Node) => {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return !!el?.closest(`[${OWN_UI_ATTRIBUTE}]`);
    };

    let scanner = new PageScanner(OWN_UI_ATTRIBUTE);
    let root: Node = document.body;
    let reported = false;
    let settings = await readSettings();
    const paused = () => isPaused(settings, location.href);

    const send = (message: ToBackground) => browser.runtime.sendMessage(message);
    // Highlights and markers, set up on the first page that has any; the card's figures are asked of the
    // background only when first opened.
    let marks: PageMarks | undefined;
    let shown: PageResult | undefined;
    let drawing = false;
    const wantMarks = () => settings.highlight && !paused() && !!shown?.topic;
    const drawMarks = () => {
      drawing = false;
      if (!wantMarks()) return;
      marks ??= createPageMarks({
        hostAttribute: OWN_UI_ATTRIBUTE,
        rangeFor: (location) => scanner.rangeFor(location),
        loadEvents: async (ids) => ((await send({ type: 'get-events', ids })) as EventsReply | undefined) ?? [],
        t,
      });
      marks.show(shown);
    };
    const showResult = (result: PageResult | undefined) => {
      shown = result;
      if (!wantMarks()) return marks?.remove();
      // Drawn when the page is idle: the badge and popup already have the result, and the page's own work comes first.
      if (!drawing) {
        drawing = true;
        whenIdle(drawMarks);
      }
    };
    const report = async () => {
      const from = scanner;
      const pageReport = from.takeReport({ title: document.title || undefined, published: publishedDate(document) });
      if (!pageReport) return;
      reported = true;
      try {
        const result = (await send({ type: 'page-text', url: pageUrl(), documentId, report: pageReport })) as PageResult | undefined;
        // An answer about a page we have since left, or a site since paused: its places are not this page's.
        if (scanner !== from || paused()) return;
        showResult(result);
      } catch {
        // The background is restarting: the next change reports again. Cut off for good (the extension was
        // updated or removed; a new instance reads the page): stop watching it.
        if (!browser.runtime?.id) watching?.stop();
      }
    };
    const scanPage = async () => {
      root = (document.body && readingRoot(document)) ?? document.documentElement;
      await scanner.scan(root);
      if (!root.isConnected || root === document.body) root = document.body;
      await report();
    };
    // A paused site is not read at all; pausing or resuming takes effect without a reload.
    let scanning: Promise<void> = Promise.resolve();
    let watching: PageWatch | undefined;
    const readAnew = () => {
      scanner = new PageScanner(OWN_UI_ATTRIBUTE);
      reported = false;
      scanning = scanPage();
    };
    // The page's result goes: its marks, and the background's record of it.
    const forgetResult = () => {
      showResult(undefined);
      if (reported) void send({ type: 'page-cleared', url: pageUrl() }).catch(() => undefined);
      reported = false;
    };
    const start = () => {
      readAnew();
      watching = watch();
    };
    const stop = () => {
      watching?.stop();
      watching = undefined;
      forgetResult();
    };
    const watch = () => watchPage(document.documentElement, {
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
        forgetResult();
        readAnew();
      },
    });

    if (!paused()) start();
    onSettingsChanged((next) => {
      const wasPaused = paused();
      settings = next;
      if (wasPaused && !paused()) start();
      else if (!wasPaused && paused()) stop();
      else showResult(shown);
    });

    const answer = async (message: ToContent): Promise<unknown> => {
      if (message.type === 'scan-status') {
        if (paused()) {
          const status: ScanStatus = { url: pageUrl(), documentId, scanned: false, passedGate: false, textLength: 0, truncated: false, paused: true };
          return status;
        }
        // Asked after the tab reported loading, or by the popup: a changed address is a new page.
        watching?.checkUrl();
        await scanning;
        const status: ScanStatus = {
          url: pageUrl(),
          documentId,
          scanned: true,
          // A result came back: the background found both sides named in what it was handed.
          passedGate: !!shown,
          textLength: scanner.textLength,
          truncated: scanner.truncated,
        };
        return status;
      }
      if (message.type === 'show-evidence') {
        const range = scanner.rangeFor(message.location);
        if (range) flashRange(range);
        return { shown: !!range };
      }
      if (message.type === 'page-result') {
        showResult(message.result);
        return undefined;
      }
      return undefined;
    };
    // Answered through sendResponse: without webextension-polyfill, Chrome ignores a returned promise.
    browser.runtime.onMessage.addListener((raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      answer(raw as ToContent).then(sendResponse, () => sendResponse(undefined));
      return true;
    });
  },
});

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
