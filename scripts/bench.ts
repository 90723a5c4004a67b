// npm run bench [-- --json] [-- --quick] [-- --no-chromium] [-- --no-live] [-- --only=CASE,…] [-- --out FILE.json]
// Firefox: [-- --no-firefox] [-- --firefox-1mb] (not run with --quick).
// Performance of the detection on this machine, in one run: each case in Node (the framework-free code
// on a happy-dom page) and in Chromium (the built extension), against a floor and a naive baseline.
// See docs/PERFORMANCE.md for what each number means.
import { loadDataset } from '../utils/dataset/load';
import { buildModel } from '../utils/detect/analyze';
import { MAX_PAGE_CHARS } from '../utils/page/reading-root';
import { pageDocument } from './lib/read-page';
import { mutatingPage, staticPages, type BenchPage } from './bench/pages';
import { baselineFuse, pageTextBytes, runNodeCase, runNodeMutating, type MutatingResult, type NodeCaseResult } from './bench/node-cases';
import { round } from './bench/stats';
import { gateSource } from './bench/gate-source';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
const withChromium = !args.has('--no-chromium');
// Firefox (scripts/bench/firefox-cases.mjs), about two and a half minutes: not in --quick (the shape check of npm test).
const withFirefox = !args.has('--no-firefox') && !quick;
// --only=empty,news-clash-1500w: just these cases (for quick comparisons while working on one of them).
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const withLive = !args.has('--no-live') && !only;
const log = (line: string) => process.stderr.write(line + '\n');

interface ChromiumResult {
  name: string;
  runs: number;
  mainThreadMs: number;
  /** The same by the thread's own clock: without the time it was descheduled. */
  mainThreadCpuMs?: number;
  longestTaskMs: number;
  longestTaskCpuMs?: number;
  firstTaskCpuMs?: number;
  /** On-topic pages, with highlighting turned off: the detection's main-thread time, without drawing the in-page marks. */
  toResultMainThreadMs?: number;
  toResultMainThreadCpuMs?: number;
  timeToResultMs?: number;
  firstTaskMs?: number;
  compileMs?: number;
  floorMs?: number;
  /** The floor as a bare extension's content script (read the text once, one pattern pass, one message when it hits), cold like ours. */
  floorExtensionMs?: number;
  floorExtensionCpuMs?: number;
  /** Lowest and highest of the loads behind each median (thread clock). */
  mainThreadCpuSpreadMs?: number[];
  floorExtensionCpuSpreadMs?: number[];
  /** On-topic pages: from the load event to the badge showing the count. */
  badgeAfterLoadMs?: number;
  backgroundMs?: number;
  backgroundLongestTaskMs?: number;
  cpuPercent?: number;
  durationMs?: number;
  heapGrowthBytes?: number;
  controlHeapGrowthBytes?: number;
  /** From a third of the way in to the end: past the one-off costs. */
  laterHeapGrowthBytes?: number;
  laterControlHeapGrowthBytes?: number;
  badge?: string;
}

async function main() {
  const started = performance.now();
  const t0 = performance.now();
  const model = buildModel(loadDataset());
  const buildModelMs = performance.now() - t0;
  const fuse = baselineFuse();
  const source = gateSource();
  const floorPattern = new RegExp(source, 'gi');
  floorPattern.exec('warm up');

  // --quick (the shape check in npm test): the small pages only; the 1 MB and 10 MB ones take most of the time.
  const pages = staticPages().filter((p) => (!quick || p.html.length < 500_000) && (!only || only.includes(p.name)));
  const live = mutatingPage();
  const node: NodeCaseResult[] = [];
  for (const page of pages) {
    log(`node ${page.name}… (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    node.push(await runNodeCase(page, model, fuse, floorPattern, quick));
  }
  // The live page's floor and baseline: the same work on the finished page (all its paragraphs).
  const liveFinal: BenchPage = {
    ...live,
    name: live.name,
    html: live.html.replace(
      '<div id="updates"></div>',
      `<div id="updates">${live.appends!.paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`,
    ),
  };
  if (withLive) log(`node ${live.name} (floor and baseline on the finished page)…`);
  const liveStatic = withLive ? await runNodeCase(liveFinal, model, fuse, floorPattern, true) : undefined;

  let chromium:
    | { results: ChromiumResult[]; contentScript: { bytes: number; gzipBytes: number; fullReader?: { bytes: number; gzipBytes: number } } }
    | undefined;
  let chromiumError: string | undefined;
  if (withChromium) {
    try {
      // A plain .mjs module (it reuses the browser tests' helpers); imported through a variable so tsc leaves it alone.
      const chromiumModule: string = './bench/chromium-cases.mjs';
      const { runChromium } = (await import(chromiumModule)) as { runChromium: (o: unknown) => Promise<typeof chromium> };
      const textBytes = Object.fromEntries(node.map((n) => [n.name, n.textBytes]));
      textBytes[live.name] = pageTextBytes(pageDocument(live.html));
      chromium = await runChromium({
        pages,
        live: withLive ? live : undefined,
        textBytes,
        gateSource: source,
        maxChars: MAX_PAGE_CHARS,
        quick,
        log,
      });
    } catch (error) {
      chromiumError = error instanceof Error ? error.message : String(error);
      log(`Chromium part failed: ${chromiumError}`);
    }
  }
  // Firefox: the same ratios from the Gecko profiler; a plain .mjs module, imported through a variable as above.
  let firefox: FirefoxPart | undefined;
  if (withFirefox) {
    const firefoxModule: string = './bench/firefox-cases.mjs';
    const { firefoxPart } = (await import(firefoxModule)) as { firefoxPart: (o: unknown) => Promise<FirefoxPart> };
    const textBytes = Object.fromEntries(node.map((n) => [n.name, n.textBytes]));
    firefox = await firefoxPart({
      pages,
      textBytes,
      gateSource: source,
      maxChars: MAX_PAGE_CHARS,
      log,
      bigPage: args.has('--firefox-1mb'),
    });
  }
  // The Node live run last: it puts happy-dom's window in the globals for 30 s, and nothing else should run meanwhile.
  let liveNode: MutatingResult | undefined;
  if (withLive) {
    log(`node ${live.name}: 30 s…`);
    liveNode = await runNodeMutating(live);
  }
  const inChromium = (name: string) => chromium?.results.find((r) => r.name === name);

  const cases = [
    ...node.map((n) => {
      const c = inChromium(n.name);
      return {
        name: n.name,
        textBytes: n.textBytes,
        oursMs: round(n.oursMs, 3),
        floorMs: round(n.floorMs, 3),
        baselineMs: round(n.baselineMs, 1),
        longestTaskMs: round(c ? c.longestTaskMs : n.longestTaskMs, 2),
        oursOverFloor: n.floorMs > 0 ? round(n.oursMs / n.floorMs, 2) : null,
        baselineOverOurs: n.baselineSentences > 0 ? round(n.baselineMs / n.oursMs, 1) : null,
        topic: n.topic,
        truncated: n.truncated,
        node: {
          runs: n.runs,
          readChars: n.readChars,
          oursColdMs: round(n.oursColdMs, 2),
          contentScriptMs: round(n.contentScriptMs, 2),
          backgroundMs: round(n.backgroundMs, 2),
          timeToResultMs: round(n.timeToResultMs, 2),
          longestTaskMs: round(n.longestTaskMs, 2),
          baselineSentences: n.baselineSentences,
          baselineSampledSentences: n.baselineSampledSentences,
        },
        chromium: c ? roundAll({ ...c, oursOverFloorExtension: oursOverFloorExtension(c) }) : null,
      };
    }),
    ...(withLive
      ? [
          {
            name: live.name,
            textBytes: liveStatic!.textBytes,
            oursMs: round(inChromium(live.name)?.mainThreadMs ?? liveNode!.oursCpuMs, 2),
            floorMs: round(liveStatic!.floorMs, 3),
            baselineMs: round(liveStatic!.baselineMs, 1),
            longestTaskMs: round(inChromium(live.name)?.longestTaskMs ?? liveNode!.longestTaskMs, 2),
            oursOverFloor: null,
            baselineOverOurs: null,
            note: 'oursMs: all our main-thread time over the 30 s; floorMs/baselineMs: once over the finished page',
            node: liveNode ? roundAll(liveNode) : null,
            chromium: inChromium(live.name) ? roundAll(inChromium(live.name)!) : null,
          },
        ]
      : []),
  ];

  const budgets = checkBudgets(cases, node, liveNode, chromium?.results);
  // Firefox's figures under each case's `firefox` key (null where not measured), its budgets after Chromium's.
  for (const c of cases) Object.assign(c, { firefox: firefox?.perCase[c.name] ?? null });
  if (firefox) budgets.push(...firefox.budgets);
  const report = {
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length, cpu: (await import('node:os')).cpus()[0]?.model },
    contentScript: chromium?.contentScript ?? null,
    buildModelMs: round(buildModelMs, 1),
    baselineNote:
      'baselineMs: reading + sentence split measured; fuse.js search timed on an evenly spaced sample of sentences (≥20 sentences, ~150 ms) and extrapolated linearly to all sentences',
    cases,
    budgets,
    ...(chromiumError ? { chromiumError } : {}),
    totalSeconds: round((performance.now() - started) / 1000, 1),
  };
  if (firefox) Object.assign(report, { firefox: firefox.summary });
  const outIndex = process.argv.indexOf('--out');
  if (outIndex > 0 && process.argv[outIndex + 1])
    (await import('node:fs')).writeFileSync(process.argv[outIndex + 1]!, JSON.stringify(report, null, 2) + '\n');
  if (json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else process.stdout.write(table(report) + '\n');
  if (!json && firefox) process.stdout.write(firefox.table + '\n');
}

/** What scripts/bench/firefox-cases.mjs hands back (see firefoxPart there). */
interface FirefoxPart {
  perCase: Record<string, Record<string, unknown>>;
  budgets: { budget: string; value: string; met: boolean | null }[];
  summary: Record<string, unknown>;
  table: string;
}

/** Ours against the floor extension, both by thread clock; on a page about the clashes, ours without the in-page marks (the floor draws none). */
function oursOverFloorExtension(r: ChromiumResult): number | undefined {
  const ours = r.toResultMainThreadCpuMs ?? r.mainThreadCpuMs;
  return ours !== undefined && r.floorExtensionCpuMs ? ours / r.floorExtensionCpuMs : undefined;
}

const fmtSpread = (s: number[] | undefined) => (s && s.length === 2 ? `${round(s[0]!, 1)}–${round(s[1]!, 1)}` : '—');

function roundAll<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round(v, 2) : v])) as T;
}

type Case = { name: string; textBytes: number; oursOverFloor: number | null; baselineOverOurs: number | null };
function checkBudgets(cases: Case[], node: NodeCaseResult[], live: MutatingResult | undefined, chromium: ChromiumResult[] | undefined) {
  const out: { budget: string; value: string; met: boolean | null }[] = [];
  // Off-topic pages with text (on the empty page the floor is ~0 and the ratio only shows our fixed per-page cost).
  for (const c of cases.filter((c) => c.oursOverFloor !== null && c.textBytes > 0 && !node.find((n) => n.name === c.name)?.topic)) {
    out.push({ budget: `${c.name}: ours/floor ≤ 1.5 (Node)`, value: String(c.oursOverFloor), met: c.oursOverFloor! <= 1.5 });
    if (c.baselineOverOurs !== null)
      out.push({ budget: `${c.name}: baseline/ours ≥ 50 (Node)`, value: String(c.baselineOverOurs), met: c.baselineOverOurs >= 50 });
  }
  // Chromium, against the floor extension in the same run (thread clock, medians): what every page pays.
  const ratioBudgets: [string, number][] = [
    ['empty', 1.25],
    ['news-offtopic-1500w', 1.25],
    ['text-1MB', 1.3],
    ['text-10MB', 1.3],
  ];
  for (const [name, limit] of ratioBudgets) {
    const r = chromium?.find((x) => x.name === name);
    const ratio = r ? oursOverFloorExtension(r) : undefined;
    const value =
      r && ratio !== undefined
        ? `${round(ratio, 2)} (ours ${round(r.mainThreadCpuMs ?? NaN, 1)} ms, spread ${fmtSpread(r.mainThreadCpuSpreadMs)}; floor ${round(r.floorExtensionCpuMs ?? NaN, 1)} ms, spread ${fmtSpread(r.floorExtensionCpuSpreadMs)})`
        : 'not measured';
    out.push({
      budget: `${name}: ours/floor extension ≤ ${limit} (Chromium)`,
      value,
      met: ratio !== undefined && Number.isFinite(ratio) ? ratio <= limit : null,
    });
  }
  const clash = chromium?.find((r) => r.name === 'news-clash-1500w');
  // Stage 1 + stage 2 + the answer, without the in-page marks (the floor draws none); the marks are reported beside it.
  const clashRatio = clash ? oursOverFloorExtension(clash) : undefined;
  out.push({
    budget: 'news-clash-1500w: stage 1 + stage 2 ≤ 2.5 × the floor extension (Chromium, thread clock)',
    value:
      clash && clashRatio !== undefined
        ? `${round(clashRatio, 2)} (${round(clash.toResultMainThreadCpuMs ?? NaN, 1)} ms without marks, ${round(clash.mainThreadCpuMs ?? NaN, 1)} ms with them; floor ${round(clash.floorExtensionCpuMs ?? NaN, 1)} ms)`
        : 'not measured',
    met: clashRatio !== undefined && Number.isFinite(clashRatio) ? clashRatio <= 2.5 : null,
  });
  out.push({
    budget: 'news-clash-1500w: badge within 300 ms of the load event (Chromium)',
    value: clash?.badgeAfterLoadMs !== undefined ? `${round(clash.badgeAfterLoadMs, 0)} ms` : 'not measured',
    met: clash?.badgeAfterLoadMs !== undefined ? clash.badgeAfterLoadMs <= 300 : null,
  });
  const big = chromium?.find((r) => r.name === 'text-10MB');
  out.push({
    budget: 'text-10MB: no main-thread task over 50 ms (Chromium)',
    value: big ? `longest ${round(big.longestTaskMs, 1)} ms` : 'not measured',
    met: big ? big.longestTaskMs <= 50 : null,
  });
  out.push({
    budget: 'text-10MB: finished in under 1 s (Chromium)',
    value: big ? `${round(big.timeToResultMs ?? NaN, 0)} ms` : 'not measured',
    met: big ? (big.timeToResultMs ?? Infinity) < 1000 : null,
  });
  const liveC = chromium?.find((r) => r.name === 'live-append-30s');
  out.push({
    budget: 'live-append-30s: content script CPU < 2% of a core (Chromium)',
    value: liveC ? `${round(liveC.cpuPercent ?? NaN, 2)}%` : live ? `${round(live.cpuPercent, 2)}% (Node)` : 'not measured',
    met: liveC ? (liveC.cpuPercent ?? Infinity) < 2 : live ? live.cpuPercent < 2 : null,
  });
  // Judged in Node, where a forced GC is exact and the page's own growth is measured in the same process.
  // In Chromium the two tabs are two processes whose heaps after GC swing by a megabyte between runs (the
  // control tab alone, which runs none of our code): shown, not judged.
  const chromiumGrowth = liveC
    ? ` (Chromium, heap growth beyond the control tab: ${round(((liveC.heapGrowthBytes ?? 0) - (liveC.controlHeapGrowthBytes ?? 0)) / 1024, 0)} KB over 30 s, ${round(((liveC.laterHeapGrowthBytes ?? NaN) - (liveC.laterControlHeapGrowthBytes ?? NaN)) / 1024, 0)} KB over the last 20 s)`
    : '';
  if (live) {
    const growth = live.heapGrowthBytes - live.pageHeapGrowthBytes;
    out.push({
      budget: 'live-append-30s: no memory growth (Node heap growth beyond the page’s own < 256 KB)',
      value: `${round(growth / 1024, 0)} KB${chromiumGrowth}`,
      met: growth < 256 * 1024,
    });
  } else if (liveC) {
    out.push({ budget: 'live-append-30s: no memory growth', value: `not judged${chromiumGrowth}`, met: null });
  }
  return out;
}

function table(report: {
  // biome-ignore lint/suspicious/noExplicitAny: the table reads whatever fields each case has; the JSON shape is checked by tests/build/check-bench-json.mjs.
  cases: Record<string, any>[];
  budgets: { budget: string; value: string; met: boolean | null }[];
  contentScript: { bytes: number; gzipBytes: number } | null;
  buildModelMs: number;
  baselineNote: string;
  machine: Record<string, unknown>;
  totalSeconds: number;
}): string {
  const fmt = (x: unknown, d = 2) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : '—');
  const kb = (b: number) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(1)} kB`);
  const lines = [
    `Durand Lens benchmark — ${report.machine.cpu} × ${report.machine.cpus}, Node ${report.machine.node}`,
    '',
    'Node (happy-dom page, medians; ms):',
    '| case | text | ours | floor | baseline* | ours/floor | baseline/ours | content script (sliced) → result | longest task |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...report.cases.map(
      (c) =>
        `| ${c.name} | ${kb(c.textBytes)} | ${fmt(c.node?.oursCpuMs ?? c.oursMs)} | ${fmt(c.floorMs)} | ${fmt(c.baselineMs, 0)} | ${fmt(c.oursOverFloor)} | ${fmt(c.baselineOverOurs, 0)} | ${fmt(c.node?.timeToResultMs)} | ${fmt(c.node?.longestTaskMs)} |`,
    ),
    '',
    'Chromium (built extension, medians; ms of the page’s main thread):',
    '| case | ours: main-thread time (thread clock) | wall clock | without in-page marks (thread / wall) | first task (thread / wall) | longest task (wall) | start → result | floor (in page) | floor extension (thread) | ours/floor extension | background | CPU / heap |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...report.cases.map((c) => {
      const r = c.chromium;
      if (!r) return `| ${c.name} | not measured | | | | | | | | | | |`;
      const extra =
        r.cpuPercent !== undefined
          ? `${fmt(r.cpuPercent)}% CPU, heap +${kb(r.heapGrowthBytes ?? 0)} (control +${kb(r.controlHeapGrowthBytes ?? 0)}); last 20 s +${kb(r.laterHeapGrowthBytes ?? 0)} (control +${kb(r.laterControlHeapGrowthBytes ?? 0)})`
          : '';
      const toResult = r.toResultMainThreadCpuMs !== undefined ? `${fmt(r.toResultMainThreadCpuMs)} / ${fmt(r.toResultMainThreadMs)}` : '—';
      return `| ${c.name} | ${fmt(r.mainThreadCpuMs)} | ${fmt(r.mainThreadMs)} | ${toResult} | ${fmt(r.firstTaskCpuMs)} / ${fmt(r.firstTaskMs)} | ${fmt(r.longestTaskMs)} | ${fmt(r.timeToResultMs)} | ${fmt(r.floorMs)} | ${fmt(r.floorExtensionCpuMs)} | ${fmt(r.oursOverFloorExtension)} | ${fmt(r.backgroundMs)} | ${extra} |`;
    }),
    '',
    `* ${report.baselineNote}.`,
    `Content script: ${report.contentScript ? `${kb(report.contentScript.bytes)} (${kb(report.contentScript.gzipBytes)} gzipped)` : 'not built'}; background model build: ${report.buildModelMs} ms (once per background start).`,
    '',
    'Budgets:',
    ...report.budgets.map((b) => `  ${b.met === null ? '?' : b.met ? 'MET   ' : 'MISSED'}  ${b.budget}: ${b.value}`),
    '',
    `(${report.totalSeconds} s)`,
  ];
  return lines.join('\n');
}

await main();
// happy-dom or the browser helpers may leave handles open; the report is out, so stop here.
process.exit(0);
