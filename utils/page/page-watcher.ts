// Watches a page for text added later (live blogs, infinite scroll) and for in-page navigation.
// The observer callback only collects; the work runs later, batched, and within limits, so a page
// that mutates forever cannot make us run away.
import { withoutFragment } from '../display/rules';

export interface WatchOptions {
  onAdded: (nodes: Node[]) => Promise<void>;
  onNavigate: () => void;
  isOwnUi: (node: Node) => boolean;
  /** Wait this long after the last change before working (ms). */
  delayMs?: number;
  /** At most this many batches; after that the page is left alone. */
  maxBatches?: number;
}

const MAX_PENDING = 500;

export interface PageWatch {
  stop(): void;
  /** Notices a changed address now (the background asks after the tab reported loading): true if it changed. */
  checkUrl(): boolean;
}

export function watchPage(root: Node, options: WatchOptions): PageWatch {
  const delay = options.delayMs ?? 750;
  let batchesLeft = options.maxBatches ?? 400;
  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  let url = pageUrl();

  const run = async () => {
    timer = undefined;
    if (busy) return schedule();
    if (checkUrl()) return;
    const nodes = pending.filter((n) => n.isConnected && !options.isOwnUi(n));
    pending = [];
    if (nodes.length === 0) return;
    if (--batchesLeft <= 0) stop();
    busy = true;
    try {
      await options.onAdded(nodes);
    } finally {
      busy = false;
    }
  };
  const schedule = () => {
    timer ??= setTimeout(run, delay);
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) if (pending.length < MAX_PENDING && (n.nodeType === 1 || n.nodeType === 3)) pending.push(n);
    }
    schedule();
  });
  observer.observe(root, { childList: true, subtree: true });
  const onPop = () => schedule();
  window.addEventListener('popstate', onPop);
  window.addEventListener('hashchange', onPop);

  // history.pushState and replaceState fire no event a content script can hear: the address is
  // compared on each batch of changes, and when the background asks.
  function checkUrl(): boolean {
    if (pageUrl() === url) return false;
    url = pageUrl();
    pending = [];
    options.onNavigate();
    return true;
  }

  function stop() {
    observer.disconnect();
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('hashchange', onPop);
    if (timer) clearTimeout(timer);
  }
  return { stop, checkUrl };
}

/**
 * The page's address without its fragment: a jump within the page is not a new page. document.URL, not
 * location.href: the same string, without building the Location object in the script's world.
 */
export function pageUrl(): string {
  return withoutFragment(document.URL);
}
