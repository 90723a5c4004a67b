// The two stages of reading a page. Stage 1 (/anchor-check.js) is registered here, at run time, for every
// http(s) page except the paused sites, so a paused site is never read at all; stage 2 (the full reader,
// entrypoints/content) is injected only into tabs where stage 1 found an anchor word.
import { browser } from 'wxt/browser';
import { askTab } from '@/utils/browser/messaging';
import { readerSettings, type Settings, siteKey } from '@/utils/settings';
import { FULL_READER, PAGE_MATCHES } from '@/utils/page/reader-files';

const FULL_READER_CSS = '/content-scripts/content.css';
const MARKS = '/content-scripts/marks.js';
const ANCHOR_CHECK = { id: 'anchor-check', js: ['/anchor-check.js'] as ['/anchor-check.js'] };

/** Match patterns for a paused site and its subdomains (a pause covers both, see isPaused). */
export function excludeMatchesFor(pausedSites: readonly string[]): string[] {
  // IP v6 hosts, which no match pattern holds, are left to the background: stage 1 asks it there before the reader comes.
  const valid = pausedSites.filter((site) => siteKey(site) === site && /^[a-z0-9.-]+$/.test(site));
  return valid.flatMap((site) => [`*://${site}/*`, `*://*.${site}/*`]);
}

let registering: Promise<void> = Promise.resolve();

/**
 * Registers stage 1 with the paused sites left out, or brings its registration up to date. Called at each
 * background start: a registration that is already right is left alone, so no page load ever falls in a
 * gap between unregistering and registering. Calls are queued so two never race.
 */
export function registerAnchorCheck(pausedSites: readonly string[]): Promise<void> {
  const exclude = excludeMatchesFor(pausedSites);
  registering = registering.then(async () => {
    try {
      const [present] = await browser.scripting.getRegisteredContentScripts({ ids: [ANCHOR_CHECK.id] });
      if (!present) {
        await browser.scripting.registerContentScripts([
          {
            ...ANCHOR_CHECK,
            matches: PAGE_MATCHES,
            ...(exclude.length ? { excludeMatches: exclude } : {}),
            runAt: 'document_idle',
            persistAcrossSessions: true,
          },
        ]);
      } else if ((present.excludeMatches ?? []).join(' ') !== exclude.join(' ')) {
        await browser.scripting.updateContentScripts([{ ...ANCHOR_CHECK, excludeMatches: exclude }]);
      }
    } catch (error) {
      console.error('Durand Lens: could not register the page check', error);
    }
  });
  return registering;
}

/** Stage 2 into one frame of a tab; false when the tab cannot be scripted (a store page, a closed tab). */
export async function injectFullReader(tabId: number, frameId = 0): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [FULL_READER] });
    return true;
  } catch {
    return false;
  }
}

/** The documents (tab, frame, document id) that have the reader's stylesheet, and the marks' code: each gets them once. */
const withStyles = new Set<string>();
const withMarks = new Set<string>();

/**
 * The reader's stylesheet (the colours of the highlights and of the flash; registered at run time, the reader
 * does not bring it) into a frame that has a result, once per document. Not with the reader itself: a sheet
 * added to the page makes the browser restyle it, and the reader's visibility checks would pay for that
 * restyle on every page it reads, where only a page with a result ever shows a highlight.
 */
export const injectReaderStyles = (tabId: number, frameId: number, documentId: string): Promise<void> =>
  oncePerDocument(withStyles, tabId, frameId, documentId, (target) => browser.scripting.insertCSS({ target, files: [FULL_READER_CSS] }));

/** Puts something into a frame once per document; a tab closed or navigated meanwhile has nothing to put it in. */
async function oncePerDocument(
  done: Set<string>,
  tabId: number,
  frameId: number,
  documentId: string,
  put: (target: { tabId: number; frameIds: number[] }) => Promise<unknown>,
): Promise<void> {
  const key = `${tabId}:${frameId}:${documentId}`;
  if (done.has(key)) return;
  try {
    await put({ tabId, frameIds: [frameId] });
    done.add(key);
  } catch {
    // The tab closed or navigated meanwhile.
  }
}

/**
 * The code of the in-page marks and hover card into a frame that has a result to mark, once per document
 * (an already injected one is only forgotten when the background restarts: then it comes again, harmlessly).
 * Apart from the reader so that with highlighting off no page compiles it.
 */
export const injectMarks = (tabId: number, frameId: number, documentId: string): Promise<void> =>
  oncePerDocument(withMarks, tabId, frameId, documentId, (target) => browser.scripting.executeScript({ target, files: [MARKS] }));

/** A closed tab's documents are forgotten. */
export function forgetMarks(tabId: number): void {
  for (const set of [withStyles, withMarks]) for (const key of set) if (key.startsWith(`${tabId}:`)) set.delete(key);
}

/** Stage 1 into a tab again, after an in-page navigation to a new address (it checks each address once). */
export async function injectAnchorCheck(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ANCHOR_CHECK.js }).catch(() => undefined);
}

/**
 * After an update the old scripts in open tabs are cut off, and registered scripts only run on new page
 * loads: stage 1 checks the open http(s) tabs again, so marked pages get the new version's marks.
 */
export async function checkOpenTabs(isPausedUrl: (url: string) => boolean): Promise<void> {
  const tabs = await browser.tabs.query({ url: PAGE_MATCHES }).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id !== undefined && tab.url && !isPausedUrl(tab.url) ? injectAnchorCheck(tab.id) : undefined)));
}

/**
 * Settings changed: each open page's reader is told what now holds for its page (it reads no storage of its own).
 * Tabs without a reader (most: stage 1 found nothing there) do not answer, and are passed by.
 */
export async function tellReaders(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({ url: PAGE_MATCHES }).catch(() => []);
  await Promise.all(
    tabs.map((tab) =>
      tab.id !== undefined && tab.url ? askTab(tab.id, { type: 'settings', settings: readerSettings(settings, tab.url) }) : undefined,
    ),
  );
}
