// The Chromium half of the benchmark: the built extension in Debian's Chromium, measured through the
// DevTools protocol (a trace per page load; the content script's tasks are told apart by its URL).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium, badgeText, currentWorker, tabIdOf } from '../../tests/browser/lib/chromium.mjs';
import { startServer } from '../../tests/browser/lib/server.mjs';
import { contentScriptShare } from './trace.mjs';
import { median, spread } from './stats.ts';

export const BENCH_OUT = process.env.BENCH_OUT_DIR ?? '/tmp/bench-out';
const TRACE_FLUSH_MS = 4000;
let incompleteTraces = 0;
const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute'];

const sizeOf = (file) => ({ bytes: statSync(file).size, gzipBytes: gzipSync(readFileSync(file)).length });

/**
 * Builds the extension into its own folder (the tests' build is left alone); returns the sizes of stage 1
 * (what every page loads) and of the full reader (only where stage 1 hits).
 */
export function buildExtension(log) {
  const prebuilt = process.env.BENCH_PREBUILT || undefined;
  if (prebuilt) {
    // The JSON shape check (tests/build/bench-json.sh) reuses the build npm test has just made.
    log(`copying the build in ${prebuilt} to ${BENCH_OUT}…`);
    cpSync(prebuilt, `${BENCH_OUT}/chrome-mv3`, { recursive: true });
  } else {
    log(`building the extension into ${BENCH_OUT}…`);
    execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], {
      env: { ...process.env, WXT_OUT_DIR: BENCH_OUT },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return { ...sizeOf(`${BENCH_OUT}/chrome-mv3/anchor-check.js`), fullReader: sizeOf(`${BENCH_OUT}/chrome-mv3/content-scripts/content.js`) };
}

async function traced(context, page, action) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  try {
    await action(cdp);
  } finally {
    await cdp.send('Tracing.end');
    // Chromium sometimes never completes a trace (a utility process that does not flush); the page's
    // renderer has flushed by then, so after a few seconds the events collected so far are used.
    let timer;
    const finished = await Promise.race([
      complete.then(() => true),
      new Promise((resolve) => (timer = setTimeout(() => resolve(false), TRACE_FLUSH_MS))),
    ]);
    clearTimeout(timer);
    if (!finished) incompleteTraces++;
  }
  return { events, cdp };
}

/**
 * The same events timed by the thread's own clock (tdur): the time the main thread actually ran, without
 * the stretches it was descheduled while other processes (the browser's own, on 2 shared cores) ran.
 */
const asThreadTime = (events) => events.map((e) => (e.tdur === undefined ? e : { ...e, dur: e.tdur }));

/**
 * The floor's work: read the text nodes of the reading root once, and one pass of the gate's anchor RegExp.
 * Self-contained (no closures): it runs in the page through `evaluate`, and as the floor extension's content script.
 */
function readTextOnce({ source, cap }) {
  const articles = document.querySelectorAll('article, [itemprop="articleBody"]');
  const mains = document.querySelectorAll('main, [role="main"]');
  const root =
    articles.length === 1 && articles[0].textContent.length >= 400
      ? articles[0]
      : mains.length === 1 && mains[0].textContent.length >= 400
        ? mains[0]
        : document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts = [];
  let total = 0;
  for (let n = walker.nextNode(); n && total < cap; n = walker.nextNode()) {
    const tag = n.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    parts.push(n.data);
    total += n.data.length;
  }
  const text = parts.join('\n');
  const pattern = new RegExp(source, 'gi');
  let hits = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    hits++;
    if (m[0] === '') pattern.lastIndex++;
  }
  return { text, hits };
}

/** The floor in the page itself, warm (the page's own world): the median of five runs of readTextOnce. */
function floorInPage(page, floorArgs) {
  return page.evaluate(`(() => {
    const times = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      (${readTextOnce})(${JSON.stringify(floorArgs)});
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[2];
  })()`);
}

/**
 * The floor as a content script: a bare extension whose script does the floor's work once, cold, in its own
 * world like ours, and (when the pattern hits) sends the text to its background and waits for the answer,
 * which sets the badge. No settings, listeners or observer: what any content script must pay to reach a result.
 */
export function writeFloorExtension(dir, floorArgs) {
  mkdirSync(`${dir}/content-scripts`, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Durand Lens bench floor',
    version: '1.0',
    action: {},
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(`${dir}/manifest.json`, JSON.stringify(manifest, null, 2));
  writeFileSync(
    `${dir}/background.js`,
    "chrome.runtime.onMessage.addListener((m, sender, reply) => { chrome.action.setBadgeText({ tabId: sender.tab.id, text: '1' }); reply({ hits: m.hits }); });\n",
  );
  writeFileSync(
    `${dir}/content-scripts/content.js`,
    `(async () => {\n  const { text, hits } = (${readTextOnce})(${JSON.stringify(floorArgs)});\n  if (hits) await chrome.runtime.sendMessage({ text, hits });\n})();\n`,
  );
  return dir;
}

function settleMsFor(bytes, quick) {
  // --quick (the JSON shape check): long enough for the badge and the result, not for every late task.
  if (quick) return 300;
  return bytes > 5_000_000 ? 4000 : bytes > 500_000 ? 2000 : 1000;
}

/**
 * Runs every static page `runs` times in fresh tabs, then the live page once (with a control tab,
 * outside the content script's reach, to tell our memory from the page's).
 */
export async function runChromium({ pages, live, textBytes, gateSource, maxChars, quick, log }) {
  const size = buildExtension(log);
  const floorArgs = { source: gateSource, cap: maxChars };
  const floorExtension = writeFloorExtension(`${BENCH_OUT}/floor-mv3`, floorArgs);
  const routes = {};
  for (const p of [...pages, live].filter(Boolean)) routes[`/bench/${p.name}.html`] = { body: p.html };
  const server = await startServer(routes);
  // Nine loads of the small pages: with five, the median of a page's few milliseconds moved by ±1.5 ms between runs.
  const runsFor = (p) => (quick ? 1 : textBytes[p.name] > 5_000_000 ? 2 : textBytes[p.name] > 500_000 ? 3 : 9);

  /**
   * Runs `work` with a browser holding one extension, warmed by one throwaway load (the first case does not pay
   * for the browser's start-up; not in --quick), and closes it whatever happens.
   */
  const withBrowser = async (launching, work) => {
    const browser = await launching;
    try {
      if (!quick) {
        const warm = await browser.context.newPage();
        await warm.goto(`${server.origin}/bench/${pages[0].name}.html`);
        await warm.waitForTimeout(500);
        await warm.close();
      }
      const base = `chrome-extension://${browser.extensionId}`;
      const urls = {
        contentUrls: [`${base}/anchor-check.js`, `${base}/content-scripts/content.js`],
        backgroundUrl: `${base}/background.js`,
      };
      await work({ browser, urls });
    } finally {
      await browser.close();
    }
  };

  // One page `runs` times in fresh tabs: a trace each, the content script's share of the main thread by wall and thread clock.
  const measure = async ({ browser, urls }, p, runs, { inPageFloor = true } = {}) => {
    const samples = [];
    const badgeMs = [];
    let floorMs = NaN;
    let badge = '';
    for (let r = 0; r < runs; r++) {
      const page = await browser.context.newPage();
      const bytes = textBytes[p.name];
      const { events } = await traced(browser.context, page, async () => {
        await page.goto(`${server.origin}/bench/${p.name}.html`, { waitUntil: 'load', timeout: 60_000 });
        if (p.onTopic) {
          // From the load event to the badge, polled every 10 ms (the reader is told it within this).
          const loaded = performance.now();
          const tabId = await tabIdOf(page);
          for (badge = ''; !/^\d+$/.test(badge) && performance.now() - loaded < 10_000; await new Promise((r) => setTimeout(r, 10))) {
            badge = await badgeText(browser.context, tabId);
          }
          badgeMs.push(performance.now() - loaded);
        }
        await page.waitForTimeout(settleMsFor(bytes, quick));
      });
      const share = contentScriptShare(events, urls);
      const cpu = contentScriptShare(asThreadTime(events), urls);
      if (share)
        samples.push({
          ...share,
          mainThreadCpuMs: cpu?.mainThreadMs ?? NaN,
          longestTaskCpuMs: cpu?.longestTaskMs ?? NaN,
          evaluateCpuMs: cpu?.firstTaskMs ?? NaN,
        });
      if (r === 0 && inPageFloor) floorMs = await floorInPage(page, floorArgs);
      await page.close();
    }
    return { samples, floorMs, badge, badgeMs: median(badgeMs) };
  };

  const results = [];
  let floorLaunching;
  try {
    log('launching Chromium, ours and the floor extension’s…');
    // Both start at once: the start-up is a good part of a --quick run. The floor's browser is idle until its first load.
    floorLaunching = launchChromium({ extension: floorExtension });
    await withBrowser(launchChromium({ extension: `${BENCH_OUT}/chrome-mv3` }), async (ours) => {
      const { browser, urls } = ours;
      log(`Chromium ${browser.context.browser()?.version() ?? ''} up, extension ${browser.extensionId}`);
      const setHighlight = async (on) =>
        (await currentWorker(browser.context)).evaluate(
          (highlight) => chrome.storage.local.set({ settings: { highlight, sensitivity: 'normal', pausedSites: [] } }),
          on,
        );
      // The floor extension in a browser of its own, open at the same time and idle while ours loads a page:
      // each page is loaded by ours and by the floor in turn, so a busy stretch of the machine weighs on both.
      await withBrowser(floorLaunching, async (floor) => {
        for (const p of pages) {
          const samples = [];
          const floorSamples = [];
          const badgeMs = [];
          let floorMs = NaN;
          let badge = '';
          for (let r = 0; r < runsFor(p); r++) {
            const one = await measure(ours, p, 1, { inPageFloor: r === 0 });
            samples.push(...one.samples);
            if (r === 0) floorMs = one.floorMs;
            if (p.onTopic) {
              badge = one.badge;
              badgeMs.push(one.badgeMs);
            }
            floorSamples.push(...(await measure(floor, p, 1, { inPageFloor: false })).samples);
          }
          // The result without the in-page marks drawn from it (highlighting off): the detection's own share.
          let withoutMarks;
          if (p.onTopic) {
            await setHighlight(false);
            withoutMarks = (await measure(ours, p, runsFor(p))).samples;
            await setHighlight(true);
          }
          const pick = (k) => median(samples.map((s) => s[k]));
          results.push({
            name: p.name,
            runs: samples.length,
            mainThreadMs: pick('mainThreadMs'),
            mainThreadCpuMs: pick('mainThreadCpuMs'),
            mainThreadCpuSpreadMs: spread(samples.map((s) => s.mainThreadCpuMs)),
            ...(p.onTopic ? { badgeAfterLoadMs: median(badgeMs) } : {}),
            longestTaskCpuMs: pick('longestTaskCpuMs'),
            firstTaskCpuMs: pick('evaluateCpuMs'),
            ...(withoutMarks
              ? {
                  toResultMainThreadMs: median(withoutMarks.map((s) => s.mainThreadMs)),
                  toResultMainThreadCpuMs: median(withoutMarks.map((s) => s.mainThreadCpuMs)),
                }
              : {}),
            longestTaskMs: pick('longestTaskMs'),
            firstTaskMs: pick('firstTaskMs'),
            compileMs: pick('compileMs'),
            tasks: pick('tasks'),
            scanDoneMs: pick('scanDoneMs'),
            // On-topic: until the background's last task for the page, when the trace holds the service worker.
            timeToResultMs: p.onTopic ? median(samples.map((s) => s.backgroundDoneMs ?? s.scanDoneMs)) : pick('scanDoneMs'),
            backgroundTraced: !p.onTopic || samples.some((s) => s.backgroundDoneMs !== undefined),
            backgroundMs: p.onTopic ? pick('backgroundMs') : 0,
            backgroundLongestTaskMs: p.onTopic ? pick('backgroundLongestTaskMs') : 0,
            floorMs,
            floorExtensionMs: median(floorSamples.map((s) => s.mainThreadMs)),
            floorExtensionCpuMs: median(floorSamples.map((s) => s.mainThreadCpuMs)),
            floorExtensionCpuSpreadMs: spread(floorSamples.map((s) => s.mainThreadCpuMs)),
            ...(p.onTopic ? { badge } : {}),
          });
          const r = results.at(-1);
          log(
            `chromium ${p.name}: ours ${r.mainThreadCpuMs.toFixed(1)} ms, floor extension ${r.floorExtensionCpuMs.toFixed(1)} ms (thread clock), longest task ${r.longestTaskMs.toFixed(1)} ms`,
          );
        }
      });
      if (live) results.push(await runLive(browser, server, live, urls, log));
    });
  } finally {
    // Ours failed to start: the floor's browser, started beside it, goes too (closing twice is harmless).
    await floorLaunching?.then(
      (b) => b.close(),
      () => undefined,
    );
    await server.close();
  }
  if (incompleteTraces) log(`${incompleteTraces} trace(s) did not complete; their events collected so far were used`);
  return { results, contentScript: size, incompleteTraces };
}

/** The tab's heap after a forced GC, the least of three readings (one GC does not always finish the job). */
async function heapAfterGc(cdp) {
  let least = Infinity;
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    least = Math.min(least, usage.usedSize + (usage.embedderHeapUsedSize ?? 0));
  }
  return least;
}

async function runLive(browser, server, live, urls, log) {
  log(`chromium ${live.name}: 30 s…`);
  // The control: the same page from a file:// address, where the content script does not run.
  const controlFile = '/tmp/durand-lens-bench-live.html';
  writeFileSync(controlFile, live.html);
  const control = await browser.context.newPage();
  const controlCdp = await browser.context.newCDPSession(control);
  const page = await browser.context.newPage();
  let heap = {};
  let durationMs = 0;
  const { events } = await traced(browser.context, page, async (cdp) => {
    const t0 = Date.now();
    await Promise.all([page.goto(`${server.origin}/bench/${live.name}.html`), control.goto(`file://${controlFile}`)]);
    await page.waitForTimeout(1500); // the first scan
    const ours0 = await heapAfterGc(cdp);
    const control0 = await heapAfterGc(controlCdp);
    // Again a third of the way in: from there on, one-off costs (compiled and optimised code, first
    // allocations) are behind, and what still grows is what the page keeps adding.
    await page.waitForTimeout(8500);
    const ours1 = await heapAfterGc(cdp);
    const control1 = await heapAfterGc(controlCdp);
    await page.waitForFunction(() => document.documentElement.dataset.benchDone === '1', null, { timeout: 60_000, polling: 500 });
    await page.waitForTimeout(1000); // the last batch
    durationMs = Date.now() - t0;
    const ours2 = await heapAfterGc(cdp);
    const control2 = await heapAfterGc(controlCdp);
    heap = { ours: ours2 - ours0, control: control2 - control0, oursLater: ours2 - ours1, controlLater: control2 - control1 };
  });
  await page.close();
  await control.close();
  const share = contentScriptShare(events, urls);
  const cpu = contentScriptShare(asThreadTime(events), urls);
  return {
    name: live.name,
    runs: 1,
    durationMs,
    mainThreadMs: share?.mainThreadMs ?? NaN,
    mainThreadCpuMs: cpu?.mainThreadMs ?? NaN,
    cpuPercent: share ? (share.mainThreadMs / durationMs) * 100 : NaN,
    longestTaskMs: share?.longestTaskMs ?? NaN,
    heapGrowthBytes: heap.ours,
    controlHeapGrowthBytes: heap.control,
    laterHeapGrowthBytes: heap.oursLater,
    laterControlHeapGrowthBytes: heap.controlLater,
  };
}
