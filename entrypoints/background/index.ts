// Background: turns what a page handed on (its blocks with anchor words) into a result, keeps it per tab,
// sets the badge, and scans on demand the tabs the content script never ran in.
import { browser } from 'wxt/browser';
import { askTab } from '@/utils/browser/messaging';
import { withoutFragment } from '@/utils/display/rules';
import type { ScanStatus, TabState, TabView, ToBackground } from '@/utils/messages';
import { showBadge } from './badge';
import { analyze } from './detector';
import { clearTabState, loadTabState, saveTabState } from '@/utils/browser/tab-state';
import { registerContextMenu } from './context-menu';
import { loadSettings, watchSettings } from '@/utils/browser/settings-store';
import { isPaused, readerSettings } from '@/utils/settings';
import { eventsByIds } from './detector';
import { refreshAllTabs, refreshTab, sensitiveResult, visibleResult } from './visible-result';
import {
  checkOpenTabs,
  forgetMarks,
  injectAnchorCheck,
  injectFullReader,
  injectMarks,
  injectReaderStyles,
  registerAnchorCheck,
  tellReaders,
} from './stages';

export default defineBackground(() => {
  // Registered anew at each start: after an update, a restart, or a change of paused sites it is current.
  void loadSettings().then((settings) => registerAnchorCheck(settings.pausedSites));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') void loadSettings().then((settings) => checkOpenTabs((url) => isPaused(settings, url)));
  });
  browser.runtime.onMessage.addListener(async (raw: unknown, sender) => {
    const message = raw as ToBackground;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'anchor-hit': {
        // Stage 1 found an anchor word: the full reader goes into that page (a pause set since it loaded still holds).
        if (tabId === undefined || (sender.url && isPaused(await loadSettings(), sender.url))) return undefined;
        await injectFullReader(tabId, sender.frameId ?? 0);
        return undefined;
      }
      case 'page-text': {
        if (tabId === undefined) return undefined;
        // The reader reads no storage: its settings come with each answer. A site paused since the page loaded keeps nothing.
        const settings = readerSettings(await loadSettings(), sender.url ?? message.url);
        if (settings.paused) return { result: undefined, settings };
        // Undefined when the page names only one side: like a page without anchor words, it has no result.
        const result = analyze(message.report);
        if (!result) return { result: undefined, settings };
        const state: TabState = {
          url: message.url,
          documentId: message.documentId,
          result,
          textLength: message.report.textLength,
          truncated: message.report.truncated,
          updatedAt: Date.now(),
        };
        await saveTabState(tabId, state);
        // The content script marks what this returns: the result as the user's settings show it.
        const visible = await visibleResult(state);
        await showBadge(tabId, visible);
        // From now on its highlights and flashes need the reader's stylesheet (the popup may flash a sentence).
        await injectReaderStyles(tabId, sender.frameId ?? 0, message.documentId);
        // The marks' code goes into the page before the result it marks comes back there.
        if (visible?.topic && settings.highlight) await injectMarks(tabId, sender.frameId ?? 0, message.documentId);
        return { result: visible, settings };
      }
      case 'page-cleared':
        if (tabId !== undefined) await forgetTab(tabId);
        return undefined;
      case 'get-view':
        return viewOf(message.tabId);
      case 'dismissals-changed':
        await refreshTab(message.tabId);
        return undefined;
      case 'get-events':
        return Array.isArray(message.ids) ? eventsByIds(message.ids.filter((id) => typeof id === 'string')) : [];
      default:
        return undefined;
    }
  });

  // Without the "tabs" permission the background sees no URLs: a tab "loading" may be a new document or
  // the same one under a new address (history.pushState/replaceState). On loading, the content script is
  // asked (it notices a new address itself and reports again); once complete, a tab whose document is not
  // the one that reported (or that has no content script) no longer has that result.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new address without a page load (a single-page app's next view): stage 1 checks it, unless paused.
    if (change.url && change.status !== 'loading' && /^https?:/.test(change.url)) {
      void loadSettings().then((settings) => {
        if (!isPaused(settings, change.url!)) void injectAnchorCheck(tabId);
      });
    }
    if (change.status !== 'loading' && change.status !== 'complete') return;
    void (async () => {
      const state = await loadTabState(tabId);
      if (!state) return;
      const status = await askStatus(tabId);
      if (change.status === 'complete' && status?.documentId !== state.documentId) await forgetTab(tabId);
    })();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetMarks(tabId);
    void clearTabState(tabId);
  });
  registerContextMenu();
  // Sensitivity or paused sites changed: every tab's badge and marks follow.
  watchSettings((settings) => {
    void registerAnchorCheck(settings.pausedSites);
    // The open pages' readers first (they pause, resume or drop their marks), then the tabs with a result.
    void tellReaders(settings).then(refreshAllTabs);
  });
});

async function forgetTab(tabId: number): Promise<void> {
  await clearTabState(tabId);
  await showBadge(tabId, undefined);
}

/** What the popup should show for a tab; scans the tab first when our content script is not in it. */
async function viewOf(tabId: number): Promise<TabView> {
  const stored = await loadTabState(tabId);
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { kind: 'not-scanned', reason: 'error' };
  const known = tab.url ?? stored?.url;
  if (known && isPaused(await loadSettings(), known)) return { kind: 'not-scanned', reason: 'paused', url: known };
  if (stored && tab.url && withoutFragment(tab.url) === withoutFragment(stored.url))
    return { kind: 'result', state: { ...stored, result: await sensitiveResult(stored) } };
  if (!tab.url || !/^https?:/.test(tab.url)) {
    // Without a host permission the URL is hidden; activeTab still lets us try.
    if (tab.url && !/^https?:/.test(tab.url)) return { kind: 'not-scanned', reason: 'restricted' };
  }
  let status = await askStatus(tabId);
  if (!status) {
    if (!(await injectFullReader(tabId))) return { kind: 'not-scanned', reason: 'no-access' };
    status = await askStatus(tabId);
  }
  if (!status) return { kind: 'not-scanned', reason: 'error' };
  if (status.paused) return { kind: 'not-scanned', reason: 'paused', url: status.url };
  const fresh = await loadTabState(tabId);
  if (fresh && withoutFragment(fresh.url) === withoutFragment(status.url))
    return { kind: 'result', state: { ...fresh, result: await sensitiveResult(fresh) } };
  return { kind: 'off-topic', url: status.url, textLength: status.textLength, truncated: status.truncated };
}

/** The tab's full reader's status; undefined where it has none (stage 1 found nothing, or a closed tab). */
const askStatus = (tabId: number): Promise<ScanStatus | undefined> => askTab(tabId, { type: 'scan-status' });
