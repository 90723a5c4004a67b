// Stage 2, the full reader: loaded only into pages where stage 1 (entrypoints/anchor-check.ts) found an
// anchor word (imported by stage 1 in Chromium, injected by the background in Firefox), or injected by the
// background when the popup is opened on a tab. It reads the
// page block by block and hands the blocks (a long page's: those that hold anchor words) to the background, which finds the
// names and holds the dataset and fuse.js.
import { browser } from 'wxt/browser';
import type { ToContent } from '@/utils/messages';
import { askBackground } from '@/utils/browser/messaging';
import { createPageSession } from './page-session';
import { answerMessage } from './answer-message';
import './style.css';

/** Marks our own injected UI so it is never read or observed. */
export const OWN_UI_ATTRIBUTE = 'data-durand-lens';

export default defineContentScript({
  // Not in the manifest: the background injects it (see entrypoints/background/stages.ts). The matches
  // become the host permissions that injection needs.
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main() {
    // Injected again (popup opened on a tab that had us already, a second hit): one instance is enough.
    const page = window as unknown as { __durandLens?: boolean };
    if (page.__durandLens) return;
    page.__durandLens = true;
    // Marks left by an instance of an earlier version (after an update the old script is cut off from the
    // extension and cannot clear them, and this one runs beside it): one set of marks on a page, ours.
    for (const stale of document.querySelectorAll(`[${OWN_UI_ATTRIBUTE}]`)) stale.remove();

    // No storage read here: the first touch of the storage API costs a page that hits ~10 % of our time (same-run
    // A/B on the clash article). The settings come from the background instead, with each answer to a report and
    // after each change; it injects the reader only where the site is not paused.
    const session = createPageSession({
      ownUiAttribute: OWN_UI_ATTRIBUTE,
      send: askBackground,
      connected: () => !!browser.runtime?.id,
    });
    session.start();
    // Answered through sendResponse: without webextension-polyfill, Chrome ignores a returned promise.
    browser.runtime.onMessage.addListener((raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      answerMessage(session, raw as ToContent).then(sendResponse, () => sendResponse(undefined));
      return true;
    });
  },
});
