// Stage 1, registered by the background on every http(s) page except paused sites: reads the page's
// text once and tests the anchor pattern once. Nothing else happens on a page without an anchor word: no
// storage read, no listener, and only on a page with little text yet (an app still filling in) a short-lived
// observer for text added soon after load. On a hit it sends one message, and the background injects the
// full reader (entrypoints/content) into this tab.
// The extension's own API object is used as it is (no polyfill, no WXT runtime): one message is all it sends.
import { checkPage, type PageCheck, watchForAnchor } from '@/utils/page/anchor-check';

interface RuntimeHost {
  runtime: { sendMessage(message: unknown): Promise<unknown> | undefined };
}

export default defineUnlistedScript(() => {
  const page = window as unknown as { __durandLens?: boolean; __durandLensChecked?: string };
  // The full reader is here already, or this address was checked (the script is also injected after an
  // in-page navigation): nothing to do. document.URL, as the document is built already; location is not.
  if (page.__durandLens || page.__durandLensChecked === document.URL) return;
  page.__durandLensChecked = document.URL;
  const hit = () => {
    try {
      // Looked up only on a hit: the first touch of the extension API object builds its bindings, a
      // millisecond or more that the pages without an anchor word never pay.
      const api = ((globalThis as { chrome?: RuntimeHost }).chrome ?? (globalThis as { browser?: RuntimeHost }).browser)!;
      void Promise.resolve(api.runtime.sendMessage({ type: 'anchor-hit' })).catch(() => undefined);
    } catch {
      // Cut off from the extension (updated or removed): the new version's check runs on the next page.
    }
  };
  const answer = (check: PageCheck) => {
    if (check === 'anchor') hit();
    else if (check === 'little-text' && document.body) watchForAnchor(document.body, hit);
  };
  const check = checkPage(document);
  if (typeof check === 'string') answer(check);
  else void check.then(answer);
});
