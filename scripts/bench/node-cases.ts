// The Node half of the benchmark: the framework-free detection code on a happy-dom document.
import Fuse from 'fuse.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Window } from 'happy-dom';
import { loadDataset } from '../../utils/dataset/load';
import type { DetectionModel } from '../../utils/detect/analyze';
import { detectPage } from '../../utils/detect/detect-page';
import { analyzeDocument } from '../../utils/page/analyze-document';
import { MAX_PAGE_CHARS } from '../../utils/page/reading-root';
import { readingRoot } from '../../utils/page/collect-text';
import { dateClues } from '../../utils/page/date-clues';
import { PageScanner } from '../../utils/page/page-scanner';
import { watchPage } from '../../utils/page/page-watcher';
import { INERT_PAGE_SETTINGS, pageDocument } from '../lib/read-page';
import type { BenchPage } from './pages';
import { median, runsFor } from './stats';

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const OWN_UI = 'data-durand-lens';

/** The floor's reading: every text node under the root, once, joined; the same root and cap as ours. */
export function readText(doc: Document, cap = MAX_PAGE_CHARS): string {
  const root = readingRoot(doc) ?? doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const parts: string[] = [];
  let total = 0;
  for (let n = walker.nextNode(); n && total < cap; n = walker.nextNode()) {
    if (SKIP_PARENTS.has((n as Text).parentElement?.tagName ?? '')) continue;
    const data = (n as Text).data;
    parts.push(data);
    total += data.length;
  }
  return parts.join('\n');
}

/** All the visible text of the page (no cap, whole body): what textBytes counts. */
export function pageTextBytes(doc: Document): number {
  if (!doc.body) return 0;
  const walker = doc.createTreeWalker(doc.body, 0x4);
  let bytes = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (SKIP_PARENTS.has((n as Text).parentElement?.tagName ?? '')) continue;
    if (/\S/.test((n as Text).data)) bytes += Buffer.byteLength((n as Text).data);
  }
  return bytes;
}

/** The naive baseline's index: fuse.js over every name, variant, place and term of the dataset. */
export function baselineFuse(): Fuse<string> {
  const dataset = loadDataset();
  const list = new Set<string>();
  for (const t of dataset.terms) for (const v of [t.name, ...t.variants]) list.add(v);
  for (const e of dataset.events) {
    for (const p of e.places) list.add(p);
    for (const t of e.terms) list.add(t);
  }
  return new Fuse([...list], { includeScore: true });
}

/** The baseline's sample: at least 20 sentences and ~150 ms; --quick checks the shape only, one sentence does. */
const BASELINE_SAMPLE = { sentences: 20, ms: 150 };
const QUICK_BASELINE_SAMPLE = { sentences: 1, ms: 0 };

/** The baseline: read the text, split it into sentences, fuse.search every sentence (sampled, extrapolated). */
function baselineOnce(
  doc: Document,
  fuse: Fuse<string>,
  sample: typeof BASELINE_SAMPLE,
): { ms: number; sentences: number; sampled: number } {
  const t0 = performance.now();
  const sentences = readText(doc, Infinity)
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((s) => /\S/.test(s));
  const t1 = performance.now();
  // An evenly spaced sample, searched until the time is up.
  const order = evenOrder(sentences.length);
  let sampled = 0;
  const s0 = performance.now();
  for (const i of order) {
    fuse.search(sentences[i]!);
    sampled++;
    if (sampled >= sample.sentences && performance.now() - s0 > sample.ms) break;
  }
  const searchMs = performance.now() - s0;
  const perSentence = sampled ? searchMs / sampled : 0;
  return { ms: t1 - t0 + perSentence * sentences.length, sentences: sentences.length, sampled };
}

/** Indices 0..n-1 in an order whose every prefix is spread over the whole range (bit-reversal-like). */
function evenOrder(n: number): number[] {
  const out: number[] = [];
  const seen = new Uint8Array(n);
  for (let step = 2 ** Math.ceil(Math.log2(Math.max(1, n))); step >= 1; step /= 2) {
    for (let i = 0; i < n; i += step)
      if (!seen[i]) {
        seen[i] = 1;
        out.push(i);
      }
  }
  return out;
}

/** The floor in Node: the text read once, one pass of the anchor pattern (an empty match moves on, so it ends). */
function floorOnce(doc: Document, pattern: RegExp): number {
  const t0 = performance.now();
  const text = readText(doc);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) if (m[0] === '') pattern.lastIndex++;
  return performance.now() - t0;
}

/** Ours, as the scanner runs it: the whole detection (the model, gate included, is built once, as in the background). */
function oursOnce(doc: Document, model: DetectionModel): { ms: number; topic: boolean; truncated: boolean } {
  const t0 = performance.now();
  const result = analyzeDocument(doc, model);
  return { ms: performance.now() - t0, topic: result.topic, truncated: result.truncated };
}

/** Records the longest stretch the event loop was blocked, by a 0 ms timer that keeps re-arming itself. */
function lagMonitor() {
  let last = performance.now();
  let longest = 0;
  let timer: ReturnType<typeof setTimeout>;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    timer = setTimeout(tick, 0);
  };
  timer = setTimeout(tick, 0);
  return {
    stop() {
      clearTimeout(timer);
      longest = Math.max(longest, performance.now() - last);
      return longest;
    },
  };
}

/** The content script's own path, time-sliced as in the browser: start to the blocks it hands on, then the background's part. */
async function contentScriptOnce(doc: Document, model: DetectionModel) {
  await new Promise((r) => setTimeout(r, 0));
  const monitor = lagMonitor();
  const t0 = performance.now();
  const scanner = new PageScanner(OWN_UI);
  await scanner.scan(readingRoot(doc) ?? doc.body);
  const report = scanner.takeReport({ title: doc.title || undefined, dateClues: dateClues(doc) });
  const t1 = performance.now();
  const longestTaskMs = monitor.stop();
  const b0 = performance.now();
  const passed = !!report && !!detectPage(report, model.gate, () => model);
  const backgroundMs = performance.now() - b0;
  return { contentMs: t1 - t0, longestTaskMs, backgroundMs, timeToResultMs: t1 - t0 + backgroundMs, passed };
}

export interface NodeCaseResult {
  name: string;
  textBytes: number;
  readChars: number;
  runs: number;
  oursMs: number;
  oursColdMs: number;
  floorMs: number;
  baselineMs: number;
  baselineSentences: number;
  baselineSampledSentences: number;
  contentScriptMs: number;
  backgroundMs: number;
  timeToResultMs: number;
  longestTaskMs: number;
  topic: boolean;
  truncated: boolean;
}

export async function runNodeCase(
  page: BenchPage,
  model: DetectionModel,
  fuse: Fuse<string>,
  floorPattern: RegExp,
  quick: boolean,
): Promise<NodeCaseResult> {
  const doc = pageDocument(page.html);
  const textBytes = pageTextBytes(doc);
  const readChars = readText(doc).length;
  const runs = runsFor(textBytes, quick);
  const ours: number[] = [];
  const floor: number[] = [];
  const baseline: number[] = [];
  const content: number[] = [];
  const background: number[] = [];
  const toResult: number[] = [];
  const longest: number[] = [];
  let topic = false;
  let truncated = false;
  let sentences = 0;
  let sampled = 0;
  // Cold: the first run of the detection on this page (the JIT has seen other pages already).
  const cold = oursOnce(doc, model);
  // Warm-up, as many runs as are measured, not counted: the medians compare the two at the same stage of
  // the JIT (ours has more code to warm than the floor's loop; the cold run above is reported apart).
  for (let i = 0; i < runs; i++) {
    oursOnce(doc, model);
    floorOnce(doc, floorPattern);
  }
  // Ours and the floor alternate, apart from the baseline, whose allocations would land collector pauses on them.
  for (let i = 0; i < runs; i++) {
    const o = oursOnce(doc, model);
    ours.push(o.ms);
    topic = o.topic;
    truncated = o.truncated;
    floor.push(floorOnce(doc, floorPattern));
  }
  for (let i = 0; i < runs; i++) {
    if (i < 3) {
      // An estimate already (sampled and extrapolated): three repetitions are enough.
      const b = baselineOnce(doc, fuse, quick ? QUICK_BASELINE_SAMPLE : BASELINE_SAMPLE);
      baseline.push(b.ms);
      sentences = b.sentences;
      sampled = b.sampled;
    }
    const c = await contentScriptOnce(doc, model);
    content.push(c.contentMs);
    background.push(c.backgroundMs);
    toResult.push(c.timeToResultMs);
    longest.push(c.longestTaskMs);
  }
  return {
    name: page.name,
    textBytes,
    readChars,
    runs,
    oursMs: median(ours),
    oursColdMs: cold.ms,
    floorMs: median(floor),
    baselineMs: median(baseline),
    baselineSentences: sentences,
    baselineSampledSentences: sampled,
    contentScriptMs: median(content),
    backgroundMs: median(background),
    timeToResultMs: median(toResult),
    longestTaskMs: median(longest),
    topic,
    truncated,
  };
}

let gcFn: (() => void) | undefined;
function gc() {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
  gcFn();
}

export interface MutatingResult {
  name: string;
  durationMs: number;
  appended: number;
  oursCpuMs: number;
  cpuPercent: number;
  longestTaskMs: number;
  batches: number;
  heapGrowthBytes: number;
  pageHeapGrowthBytes: number;
}

const heapAfterGc = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

/** The live page in Node: the content script's watcher and scanner on a happy-dom page that appends paragraphs. */
export async function runNodeMutating(page: BenchPage): Promise<MutatingResult> {
  const appends = page.appends!;
  // The page's own growth, measured apart: the same paragraphs appended with nobody watching.
  const control = makeWindow(page.html);
  const before = heapAfterGc();
  for (const text of appends.paragraphs) appendParagraph(control.document, appends.parentSelector, text);
  const pageHeapGrowthBytes = heapAfterGc() - before;
  await control.window.happyDOM.abort();

  const { window, document } = makeWindow(page.html);
  const g = globalThis as Record<string, unknown>;
  const keys = ['MutationObserver', 'window', 'document'] as const;
  const saved = keys.map((k) => [k, Object.getOwnPropertyDescriptor(g, k)] as const);
  let oursMs = 0;
  let longest = 0;
  let batches = 0;
  const timed =
    <A extends unknown[], R>(fn: (...a: A) => R) =>
    (...a: A): R => {
      const t = performance.now();
      try {
        return fn(...a);
      } finally {
        const d = performance.now() - t;
        oursMs += d;
        longest = Math.max(longest, d);
      }
    };
  const BaseObserver = window.MutationObserver as unknown as typeof MutationObserver;
  g.MutationObserver = class extends BaseObserver {
    constructor(callback: MutationCallback) {
      super(timed(callback));
    }
  };
  g.window = window;
  // The watcher reads the page's address as document.URL.
  g.document = document;
  try {
    const root = readingRoot(document) ?? document.body;
    const start = performance.now();
    const scanner = timed(() => new PageScanner(OWN_UI))();
    const scanStart = performance.now();
    await scanner.scan(root);
    oursMs += performance.now() - scanStart;
    timed(() => scanner.takeReport({ title: document.title || undefined }))();
    const watch = watchPage(document.documentElement as unknown as Node, {
      isOwnUi: (n) => !!(n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest(`[${OWN_UI}]`),
      onAdded: async (nodes) => {
        batches++;
        const t = performance.now();
        const fresh = nodes.filter((n) => root.contains(n));
        for (const node of fresh) await scanner.scan(node);
        scanner.takeReport({ title: document.title || undefined });
        const d = performance.now() - t;
        oursMs += d;
        longest = Math.max(longest, d);
      },
      onNavigate: () => undefined,
    });
    const heapStart = heapAfterGc();
    let i = 0;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (i >= appends.paragraphs.length) {
          clearInterval(timer);
          resolve();
          return;
        }
        appendParagraph(document, appends.parentSelector, appends.paragraphs[i++]!);
      }, appends.intervalMs);
    });
    await new Promise((r) => setTimeout(r, 1000)); // the last batch
    const durationMs = performance.now() - start;
    watch.stop();
    const heapGrowthBytes = heapAfterGc() - heapStart;
    return {
      name: page.name,
      durationMs,
      appended: i,
      oursCpuMs: oursMs,
      cpuPercent: (oursMs / durationMs) * 100,
      longestTaskMs: longest,
      batches,
      heapGrowthBytes,
      pageHeapGrowthBytes,
    };
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
