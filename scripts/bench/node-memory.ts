// What the bench asks of Node: each page's visible text and what the detection makes of it (no timings: those
// come from the browsers), and the live page's memory, judged where a forced GC is exact.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Window } from 'happy-dom';
import type { DetectionModel } from '../../utils/detect/analyze';
import { analyzeDocument } from '../../utils/page/analyze-document';
import { readingRoot } from '../../utils/page/collect-text';
import { PageScanner } from '../../utils/page/page-scanner';
import { watchPage } from '../../utils/page/page-watcher';
import { INERT_PAGE_SETTINGS, pageDocument } from '../lib/read-page';
import type { BenchPage } from './pages';

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const OWN_UI = 'data-durand-lens';

/** All the visible text of the page (no cap, whole body), in bytes. */
function pageTextBytes(doc: Document): number {
  if (!doc.body) return 0;
  const walker = doc.createTreeWalker(doc.body, 0x4 /* SHOW_TEXT */);
  let bytes = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (SKIP_PARENTS.has((n as Text).parentElement?.tagName ?? '')) continue;
    if (/\S/.test((n as Text).data)) bytes += Buffer.byteLength((n as Text).data);
  }
  return bytes;
}

export interface PageFacts {
  name: string;
  textBytes: number;
  /** What the detection makes of the page (it should match the page's `onTopic`). */
  topic: boolean;
  truncated: boolean;
}

/** A page's size and verdict, once: the browser parts size their loads by the one and check the other. */
export function pageFacts(page: BenchPage, model: DetectionModel): PageFacts {
  const doc = pageDocument(page.html);
  const { topic, truncated } = analyzeDocument(doc, model);
  return { name: page.name, textBytes: pageTextBytes(doc), topic, truncated };
}

let gcFn: (() => void) | undefined;
function heapAfterGc(): number {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
  gcFn();
  return process.memoryUsage().heapUsed;
}

export interface LiveMemory {
  name: string;
  durationMs: number;
  appended: number;
  batches: number;
  heapGrowthBytes: number;
  pageHeapGrowthBytes: number;
}

/**
 * The live page in Node: the content script's scanner and watcher on a happy-dom page that appends paragraphs,
 * the heap after a forced GC before and after, against the same paragraphs appended with nobody watching.
 */
export async function liveMemoryInNode(page: BenchPage): Promise<LiveMemory> {
  const appends = page.appends!;
  const control = makeWindow(page.html);
  const before = heapAfterGc();
  for (const text of appends.paragraphs) appendParagraph(control.document, appends.parentSelector, text);
  const pageHeapGrowthBytes = heapAfterGc() - before;
  await control.window.happyDOM.abort();

  const { window, document } = makeWindow(page.html);
  const g = globalThis as Record<string, unknown>;
  const keys = ['MutationObserver', 'window', 'document'] as const;
  const saved = keys.map((k) => [k, Object.getOwnPropertyDescriptor(g, k)] as const);
  g.MutationObserver = window.MutationObserver;
  g.window = window;
  // The watcher reads the page's address as document.URL.
  g.document = document;
  let batches = 0;
  try {
    const root = readingRoot(document) ?? document.body;
    const start = performance.now();
    const scanner = new PageScanner(OWN_UI);
    await scanner.scan(root);
    scanner.takeReport({ title: document.title || undefined });
    const watch = watchPage(document.documentElement as unknown as Node, {
      isOwnUi: (n) => !!(n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest(`[${OWN_UI}]`),
      onAdded: async (nodes) => {
        batches++;
        for (const node of nodes.filter((n) => root.contains(n))) await scanner.scan(node);
        scanner.takeReport({ title: document.title || undefined });
      },
      onNavigate: () => undefined,
    });
    const heapStart = heapAfterGc();
    let appended = 0;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (appended >= appends.paragraphs.length) {
          clearInterval(timer);
          resolve();
          return;
        }
        appendParagraph(document, appends.parentSelector, appends.paragraphs[appended++]!);
      }, appends.intervalMs);
    });
    await new Promise((r) => setTimeout(r, 1000)); // the last batch
    const durationMs = performance.now() - start;
    watch.stop();
    return { name: page.name, durationMs, appended, batches, heapGrowthBytes: heapAfterGc() - heapStart, pageHeapGrowthBytes };
  } finally {
    // Put the globals back exactly (absent ones absent): other code checks `typeof window`.
    for (const [k, descriptor] of saved) {
      if (descriptor) Object.defineProperty(g, k, descriptor);
      else delete g[k];
    }
    await window.happyDOM.abort();
  }
}

function makeWindow(html: string) {
  const window = new Window({ url: 'http://127.0.0.1/live', settings: INERT_PAGE_SETTINGS });
  window.document.write(html);
  return { window, document: window.document as unknown as Document };
}

function appendParagraph(doc: Document, selector: string, text: string) {
  const p = doc.createElement('p');
  p.textContent = text;
  doc.querySelector(selector)!.appendChild(p);
}
