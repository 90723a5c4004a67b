// Stage 1, the check every page pays for: read the page's text once and test the one anchor pattern once.
// Only a page that holds an anchor word gets the full reader (stage 2). Kept free of imports beyond the
// pattern and the reading root, so the script built from it stays a few kilobytes.
import { anchorPattern } from '../detect/anchors';
import { MAX_PAGE_CHARS, pickReadingRoot } from './reading-root';

/** Parents whose text is never prose. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'script', 'style', 'noscript', 'template']);
/**
 * Accents, Arabic vowel marks and invisible characters that can split an anchor word ("Nan\u00adgarhar", "Paktīkā",
 * "البَاكِسْتَانِي"), and Devanagari and Bengali letters NFD splits in two (क़, ো), as the anchor words are written.
 */
const MAY_HIDE_ANCHOR =
  /[\u00ad\u00c0-\u024f\u0300-\u036f\u0640\u064b-\u065f\u0670\u1e00-\u1eff\u200b-\u200f\u2060\ufeff\u0929\u0931\u0934\u0958-\u095f\u09cb\u09cc\u09dc\u09dd\u09df]/;
const HIDING = /[\u00ad\u0300-\u036f\u0640\u064b-\u065f\u0670\u200b-\u200f\u2060\ufeff]/g;

/** Built when there is text to test: a page with none (an app that renders later) never parses the pattern. */
let anchors: RegExp | undefined;

/** Whether the text holds an anchor word, seeing through accents and invisible characters. */
export function textHoldsAnchor(text: string): boolean {
  anchors ??= anchorPattern();
  // Two passes, not one over `anchors|accents`: that pattern, case-insensitive, takes ~0.5 ms more to
  // compile on every page (measured in Chromium), and even on 2 MB of text the accent pass is ~1 ms.
  if (anchors.test(text)) return true;
  return MAY_HIDE_ANCHOR.test(text) && anchors.test(text.normalize('NFD').replace(HIDING, ''));
}

/**
 * Text is tested this many characters at a time, so the test can stop at the first hit. Chunks end
 * between text nodes, which are joined by line breaks anyway: no word is cut.
 */
const CHUNK_CHARS = 131_072;

/** What stage 1 makes of a page. */
export type PageCheck =
  /** An anchor word: the full reader comes. */
  | 'anchor'
  /** None, in a page that already shows a long text: left alone. */
  | 'none'
  /** None yet, in a page with little text (an app still filling in its story): worth watching a while. */
  | 'little-text';

/**
 * A page whose reading root already holds this much text (a long article, some 800 words) is not waiting for
 * its story: it is not watched. Later text on it is a sidebar, comments or the next story, which comes with
 * an address of its own (stage 1 runs again then), and the popup reads the page as it is when opened.
 */
export const LONG_TEXT_CHARS = 5_000;

/**
 * What stage 1 makes of the part of the page a reader reads (see PageCheck). Reads its text nodes (not scripts or
 * styles) up to the page-size cap, a chunk at a time, stopping at the first hit, and gives the page its
 * thread back every few milliseconds, so a 10 MB page makes no long task. The answer comes at once when the
 * page is read in one slice (almost every page): no promise, no microtask, for the check every page pays.
 */
export function checkPage(doc: Document, sliceMs = 12): PageCheck | Promise<PageCheck> {
  const { root, text } = pickReadingRoot(doc);
  if (!root) return 'little-text';
  // An article or main was picked by its text, read in one call: tested as it is when it holds no script or style.
  // That spares a script wrapper for each of its text nodes, most of what the walk below costs in an isolated
  // world. Its nodes' text runs together, which can only add a match across two of them, never lose one.
  if (text !== undefined && text.length <= MAX_PAGE_CHARS && !root.querySelector('script, style, noscript, template')) {
    if (textHoldsAnchor(text)) return 'anchor';
    return text.length < LONG_TEXT_CHARS ? 'little-text' : 'none';
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  const slice = (): PageCheck | Promise<PageCheck> => {
    // Date.now, not performance.now: the page check then never builds the Performance object in its world.
    const sliceStart = Date.now();
    let chunk: string[] = [];
    let chunkChars = 0;
    for (let n = walker.nextNode() as Text | null; n && total < MAX_PAGE_CHARS; n = walker.nextNode() as Text | null) {
      if (NOT_PROSE.has(n.parentElement?.tagName ?? '')) continue;
      // Read once: each read of a text node's data is a call into the DOM.
      const data = n.data;
      chunk.push(data);
      chunkChars += data.length;
      total += data.length;
      if (chunkChars < CHUNK_CHARS) continue;
      if (textHoldsAnchor(chunk.join('\n'))) return 'anchor';
      chunk = [];
      chunkChars = 0;
      if (Date.now() - sliceStart > sliceMs) return new Promise((resolve) => setTimeout(resolve, 0)).then(slice);
    }
    // A page with no text yet (an app that renders later) needs no pattern compiled: the watcher tests what comes.
    if (chunkChars > 0 && textHoldsAnchor(chunk.join('\n'))) return 'anchor';
    return total < LONG_TEXT_CHARS ? 'little-text' : 'none';
  };
  return slice();
}

export interface AnchorWatchOptions {
  /** Added text is looked at this long after a change, in one batch (ms). */
  delayMs?: number;
  /** At most this many batches are looked at… */
  maxChecks?: number;
  /** …and only for this long after the page loaded (ms); then the page is left alone. */
  maxMs?: number;
}

/**
 * A cheap way back in for pages that fill in later (infinite scroll, a single-page app's next view):
 * the text added in the next few batches of changes is tested too, then the observer goes. The callback
 * only collects; at most a few hundred nodes a batch are kept. Nothing but the observer is set up on a
 * page that does not change (a timer for the deadline cost ~0.5 ms on every page, measured in Chromium):
 * the deadline is checked when a change comes.
 */
export function watchForAnchor(target: Node, onHit: () => void, options: AnchorWatchOptions = {}): () => void {
  const { delayMs = 1000, maxChecks = 20, maxMs = 60_000 } = options;
  const deadline = Date.now() + maxMs;
  let added: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let checks = 0;
  const check = () => {
    timer = undefined;
    const text = added.map((n) => (n.nodeType === 1 && NOT_PROSE.has((n as Element).tagName) ? '' : (n.textContent ?? ''))).join('\n');
    added = [];
    if (textHoldsAnchor(text.slice(0, MAX_PAGE_CHARS))) {
      stop();
      onHit();
    } else if (++checks >= maxChecks) stop();
  };
  const observer = new MutationObserver((records) => {
    if (Date.now() > deadline) return stop();
    for (const record of records) for (const node of record.addedNodes) if (added.length < 300) added.push(node);
    timer ??= setTimeout(check, delayMs);
  });
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(target, { childList: true, subtree: true });
  return stop;
}
