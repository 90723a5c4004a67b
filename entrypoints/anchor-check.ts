// Stage 1, registered by the background on every http(s) page except paused sites: reads the page's
// text once and tests the anchor pattern once. Nothing else happens on a page without an anchor word: no
// storage read, no listener, and only on a page with little text yet (an app still filling in) a short-lived
// observer for text added soon after load. On a hit it loads the full reader (entrypoints/content) into this
// tab: itself, as a module, in Chromium; through one message to the background, which injects it, in Firefox.
// The extension's own API object is used as it is (no polyfill, no WXT runtime).
import { checkPage, type PageCheck, watchForAnchor } from '@/utils/page/anchor-check';
import { FULL_READER } from '@/utils/page/reader-files';

interface RuntimeHost {
  runtime: { sendMessage(message: unknown): Promise<unknown> | undefined; getURL(path: string): string };
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
      const askBackground = () => Promise.resolve(api.runtime.sendMessage({ type: 'anchor-hit' }));
      // Chromium: the reader comes as a module, which V8 keeps compiled from page to page (its code cache): ~2 ms
      // less on each page that hits than the background injecting it as a script. Where the file is not
      // web-accessible (Firefox) the import fails, and the background injects the reader.
      // An IP v6 host ("http://[::1]/") cannot be left out of stage 1's registration when paused (no match pattern
      // holds it): there the background, which checks the pause, decides. A string test: a pattern compiled here
      // measured ~6 % of the clash article's time (same-run A/Bs).
      const url = document.URL;
      const viaBackground = import.meta.env.FIREFOX || url.charAt(url.indexOf('//') + 2) === '[';
      // Started from a microtask, on a stack of one small function: where DevTools watches the page's network (as
      // in the bench), Chromium records the stack that starts each request, and V8 rebuilt the source positions of
      // the six functions then on it, this whole script among them (~0.7 ms a hit by a trace; ~0.1 ms now).
      void Promise.resolve()
        .then(() => (viaBackground ? askBackground() : import(/* @vite-ignore */ api.runtime.getURL(FULL_READER)).catch(askBackground)))
        .catch(() => undefined);
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
