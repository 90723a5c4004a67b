// The Firefox half of the benchmark: the built MV2 extension and the floor extension, each in Debian's Firefox
// ESR under the Gecko profiler, the same pages loaded in turn. Firefox's WebDriver BiDi has no tracing, so the
// main-thread time comes from the profiler's samples (scripts/bench/gecko-profile.mjs): each carries the CPU
// time its thread used since the last one, and the stacks that hold an extension's scripts are summed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { firefoxPath, openExtensionPage, tabIdOf, badgeText, waitFor } from '../../tests/browser/lib/firefox.mjs';
import { startServer } from '../../tests/browser/lib/server.mjs';
import { writeFloorExtension } from './chromium-cases.mjs';
import { extensionShare, mainThreads } from './gecko-profile.mjs';
import { median, spread } from './stats.ts';

const BENCH_OUT = process.env.BENCH_OUT_DIR ?? '/tmp/bench-out';
/** The cases measured in Firefox: the pages every reader meets, and the clash article. text-1MB on request (~30 s more). */
export const FIREFOX_CASES = ['empty', 'news-offtopic-1500w', 'news-clash-1500w'];
// A sample every 0.2 ms (on this 2-core machine the page's main thread gets one every ~0.2–0.3 ms): a script of
// less than a millisecond is seen in a few samples only, so its figures are flagged (see RESOLUTION_MS).
const INTERVAL_MS = 0.2;
const PROFILER_ENTRIES = 16 * 1024 * 1024;
/** Below this, a median is a handful of samples: a ratio over it is not judged. */
const RESOLUTION_MS = 5 * INTERVAL_MS;
// Five loads of each small page with each extension: the Firefox part then takes about two and a half minutes.
const RUNS = 5;
const OURS = { id: 'durand-lens@durand-lens.org', uuid: '6d1f3a0e-2b7c-4c59-9a4e-d0c8a1f5e7b3' };
const FLOOR = { id: 'durand-lens-bench-floor@durand-lens.org', uuid: '0b9e4c52-7a31-4f0d-8e6b-3c2d1a9f8e70' };

/** Builds the MV2 extension into the bench's folder (the tests' build is left alone); asynchronous, so a browser can start meanwhile. */
async function buildFirefox(log) {
  log(`building the Firefox extension into ${BENCH_OUT}…`);
  await promisify(execFile)('npx', ['wxt', 'build', '-b', 'firefox'], { env: { ...process.env, WXT_OUT_DIR: BENCH_OUT } });
  return `${BENCH_OUT}/firefox-mv2`;
}

/**
 * The floor extension of the Chromium bench as a Firefox MV2 add-on: the very same content script (read the text
 * once, one pattern pass, one message on a hit), with a background that sets the badge and answers.
 */
function writeFirefoxFloor(floorArgs) {
  const chromeFloor = writeFloorExtension(`${BENCH_OUT}/floor-mv3`, floorArgs);
  const dir = `${BENCH_OUT}/floor-firefox-mv2`;
  mkdirSync(`${dir}/content-scripts`, { recursive: true });
  const manifest = {
    manifest_version: 2,
    name: 'Durand Lens bench floor',
    version: '1.0',
    browser_action: {},
    background: { scripts: ['background.js'] },
    permissions: ['http://*/*', 'https://*/*'],
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' }],
    browser_specific_settings: { gecko: { id: FLOOR.id } },
  };
  writeFileSync(`${dir}/manifest.json`, JSON.stringify(manifest, null, 2));
  writeFileSync(
    `${dir}/background.js`,
    "browser.runtime.onMessage.addListener((m, sender) => { browser.browserAction.setBadgeText({ tabId: sender.tab.id, text: '1' }); return Promise.resolve({ hits: m.hits }); });\n",
  );
  writeFileSync(`${dir}/content-scripts/content.js`, readFileSync(`${chromeFloor}/content-scripts/content.js`, 'utf8'));
  return dir;
}

/**
 * Firefox with one extension installed. `chrome` is the browser window's privileged context (reachable with
 * --remote-allow-system-access), from where the profiler is started and stopped around each load.
 */
async function launchWith(extension, addon, log) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addon.id]: addon.uuid }) },
    protocolTimeout: 120_000,
  });
  const fx = { browser, uuid: addon.uuid, addonId: addon.id, helper: undefined, chrome: undefined };
  try {
    const installed = await browser.installExtension(extension);
    if (installed !== addon.id) throw new Error(`installed ${installed}, expected ${addon.id}`);
    const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    fx.chrome = tree.result.contexts[0].context;
    if (addon === OURS) {
      // Stage 1 is registered by the background at start-up; the options page is a place to call the extension from.
      fx.helper = await openExtensionPage(fx, '/options.html');
      const registered = () => fx.helper.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).length > 0);
      if (!(await waitFor(registered, Boolean, 15_000))) throw new Error('stage 1 was never registered');
    }
    log(`Firefox ${await browser.version()} up with ${addon.id}`);
    return fx;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Runs `expression` in the browser's privileged context and waits for its promise. */
async function inChrome(fx, expression) {
  const { result } = await fx.browser.connection.send('script.evaluate', {
    expression,
    target: { context: fx.chrome },
    awaitPromise: true,
  });
  if (result.type !== 'success') throw new Error(`in Firefox's chrome context: ${result.exceptionDetails?.text ?? result.type}`);
  return result.result?.value;
}

/** The profiler on, in every process (those started meanwhile too): JS stacks and each thread's CPU time, main threads only. */
const startProfiler = (fx) =>
  inChrome(
    fx,
    `Services.profiler.StartProfiler(${PROFILER_ENTRIES}, ${INTERVAL_MS}, ['js', 'cpu', 'nomarkerstacks'], ['GeckoMain']).then(() => true)`,
  );
/** Writes what it recorded to `file` (every process's samples) and turns it off. */
const stopProfiler = (fx, file) =>
  inChrome(
    fx,
    `Services.profiler.dumpProfileToFileAsync(${JSON.stringify(file)}).then(() => { Services.profiler.StopProfiler(); return true; })`,
  );

// Stage 1 has run ~300 ms after the load event; the clash article's stage 2 and marks are done ~900 ms after it.
const settleMsFor = (bytes, onTopic) => (bytes > 500_000 ? 2500 : onTopic ? 1500 : 800);

/**
 * Loads every page with ours and with the floor in turn, 5 times (3 for 1 MB; the clash article with highlighting off,
 * then 3 more times with it), and reads each load's profile: the figures per case, medians with their spreads.
 */
export async function runFirefox({ pages, textBytes, gateSource, maxChars, quick, log, bigPage = false }) {
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  const chosen = pages.filter((p) => FIREFOX_CASES.includes(p.name) || (bigPage && p.name === 'text-1MB'));
  const runsFor = (p) => (quick ? 1 : textBytes[p.name] > 500_000 ? 3 : RUNS);
  if (!chosen.length) throw new Error(`none of the Firefox cases (${FIREFOX_CASES.join(', ')}) was asked for`);
  const floor = writeFirefoxFloor({ source: gateSource, cap: maxChars });
  const routes = {};
  for (const p of chosen) routes[`/bench/${p.name}.html`] = { body: p.html };
  const server = await startServer(routes);
  const shares = { ours: [], floor: [] };
  let badge = '';
  let version = '';
  let a;
  let b;
  try {
    // The floor's browser starts while ours is built; both are closed below whichever of them failed.
    log('launching Firefox ESR with the floor extension, and with ours once built…');
    const launched = await Promise.allSettled([
      buildFirefox(log).then((ours) => launchWith(ours, OURS, log)),
      launchWith(floor, FLOOR, log),
    ]);
    [a, b] = launched.map((x) => (x.status === 'fulfilled' ? x.value : undefined));
    const failed = launched.find((x) => x.status === 'rejected');
    if (failed) throw failed.reason;
    version = await a.browser.version();
    // One page load in a fresh tab, profiled from before the navigation to the end of the settling time. The last
    // profile of each case is kept (BENCH_OUT/firefox-*.profile.json), to open in the Firefox Profiler.
    const load = async (fx, who, p, variant) => {
      const page = await fx.browser.newPage();
      const file = `${BENCH_OUT}/firefox-${who}-${p.name}${variant === 'withoutMarks' ? '-without-marks' : ''}.profile.json`;
      await startProfiler(fx);
      const start = Date.now();
      await page.goto(`${server.origin}/bench/${p.name}.html`, { waitUntil: 'load', timeout: 60_000 });
      await new Promise((r) => setTimeout(r, settleMsFor(textBytes[p.name] ?? 0, p.onTopic)));
      const end = Date.now();
      await stopProfiler(fx, file);
      // The badge, once, to show the clash article was found on topic (after the profile).
      if (who === 'ours' && p.onTopic && !badge) badge = await badgeText(fx, await tabIdOf(fx, page)).catch(() => '');
      await page.close();
      if (who === 'warm') return;
      const threads = mainThreads(JSON.parse(readFileSync(file, 'utf8')));
      shares[who].push({ name: p.name, variant, ...extensionShare(threads, { uuid: fx.uuid, start, end }) });
    };
    // A throwaway load in each: the first case does not pay for the first content process's start.
    await load(a, 'warm', chosen[0]);
    await load(b, 'warm', chosen[0]);
    const setHighlight = (on) =>
      a.helper.evaluate((highlight) => browser.storage.local.set({ settings: { highlight, sensitivity: 'normal', pausedSites: [] } }), on);
    for (const p of chosen) {
      // The clash article is paired with the floor with highlighting off (the detection without drawing the marks,
      // as the Chromium ratio is taken), then loaded a few times more as a reader gets it, marks and all.
      if (p.onTopic) await setHighlight(false);
      for (let r = 0; r < runsFor(p); r++) {
        await load(a, 'ours', p, p.onTopic ? 'withoutMarks' : 'default');
        await load(b, 'floor', p, 'default');
      }
      if (p.onTopic) {
        await setHighlight(true);
        for (let r = 0; r < Math.min(3, runsFor(p)); r++) await load(a, 'ours', p, 'default');
      }
      log(`firefox ${p.name}: loaded (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await Promise.all([a?.browser.close(), b?.browser.close()]);
    await server.close();
  }
  // Every load's figures, beside the kept profiles, for a second look.
  writeFileSync(`${BENCH_OUT}/firefox-loads.json`, JSON.stringify(shares, null, 1));
  const results = chosen.map((p) => {
    const pick = (who, variant) => shares[who].filter((s) => s.name === p.name && s.variant === variant);
    const o = pick('ours', 'default');
    const f = pick('floor', 'default');
    const plain = pick('ours', 'withoutMarks');
    const med = (xs, k) => median(xs.map((s) => s[k]));
    const mean = (xs, k) => xs.reduce((n, s) => n + s[k], 0) / xs.length;
    // The ratio's ours: on the clash article without the marks (the floor draws none), as in Chromium.
    const judged = plain.length ? plain : o;
    const r = {
      runs: judged.length,
      mainThreadCpuMs: med(o, 'scriptCpuMs'),
      mainThreadCpuSpreadMs: spread(o.map((s) => s.scriptCpuMs)),
      ...(plain.length
        ? {
            marksRuns: o.length,
            toResultMainThreadCpuMs: med(plain, 'scriptCpuMs'),
            toResultMainThreadCpuSpreadMs: spread(plain.map((s) => s.scriptCpuMs)),
          }
        : {}),
      // Means too: for scripts of a few samples the mean is the steadier estimate (each load's share is unbiased).
      meanCpuMs: mean(judged, 'scriptCpuMs'),
      longestRunCpuMs: med(judged, 'longestRunCpuMs'),
      backgroundCpuMs: med(judged, 'backgroundCpuMs'),
      floorExtensionCpuMs: med(f, 'scriptCpuMs'),
      floorExtensionCpuSpreadMs: spread(f.map((s) => s.scriptCpuMs)),
      floorExtensionMeanCpuMs: mean(f, 'scriptCpuMs'),
      firefoxMachineryCpuMs: med(judged, 'machineryCpuMs'),
      floorFirefoxMachineryCpuMs: med(f, 'machineryCpuMs'),
      scriptSamples: med(judged, 'scriptSamples'),
      floorScriptSamples: med(f, 'scriptSamples'),
      // Loads in which no sample caught the script at all (a script shorter than the sampling, or a missed one).
      unseenLoads: judged.filter((s) => s.scriptSamples === 0).length,
      floorUnseenLoads: f.filter((s) => s.scriptSamples === 0).length,
      ...(p.onTopic ? { badge } : {}),
    };
    const ours = r.toResultMainThreadCpuMs ?? r.mainThreadCpuMs;
    r.floorBelowResolution = !(r.floorExtensionCpuMs >= RESOLUTION_MS);
    r.oursOverFloorExtension = r.floorBelowResolution ? null : ours / r.floorExtensionCpuMs;
    log(
      `firefox ${p.name}: ours ${ours.toFixed(1)} ms${plain.length ? ` without marks (${r.mainThreadCpuMs.toFixed(1)} ms with them)` : ''}, floor extension ${r.floorExtensionCpuMs.toFixed(1)} ms (thread CPU, medians of ${r.runs})`,
    );
    return [p.name, r];
  });
  return {
    browser: version,
    samplingIntervalMs: INTERVAL_MS,
    // What the page's thread actually got, and how busy the machine was (other work starves the sampler).
    sampleSpacingMs: median([...shares.ours, ...shares.floor].map((s) => s.spacingMs)),
    loadAverage: [loadAtStart, loadavg()[0]],
    seconds: (Date.now() - started) / 1000,
    results: Object.fromEntries(results),
  };
}

const round = (x, d = 2) => (typeof x === 'number' && Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);
const roundAll = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => round(x)) : round(v)]));
const fmtSpread = (s) => (s?.length === 2 ? `${round(s[0], 1)}–${round(s[1], 1)}` : '—');

/** Ratio budgets of issue 18, judged on Firefox's figures as on Chromium's. */
const RATIO_BUDGETS = [
  ['empty', 1.25],
  ['news-offtopic-1500w', 1.25],
  ['text-1MB', 1.3],
  ['news-clash-1500w', 2.5],
];

function firefoxBudgets(results) {
  return RATIO_BUDGETS.filter(([name]) => results[name]).map(([name, limit]) => {
    const r = results[name];
    const ours = r.toResultMainThreadCpuMs ?? r.mainThreadCpuMs;
    const spreadOurs = r.toResultMainThreadCpuSpreadMs ?? r.mainThreadCpuSpreadMs;
    const ratio = r.oursOverFloorExtension;
    return {
      budget: `${name}: ours${r.toResultMainThreadCpuMs !== undefined ? ' (without marks)' : ''}/floor extension ≤ ${limit} (Firefox, thread CPU)`,
      value:
        ratio === null
          ? `not judged: the floor's median ${round(r.floorExtensionCpuMs, 2)} ms is under ${RESOLUTION_MS} ms, a few samples (ours ${round(ours, 1)} ms, spread ${fmtSpread(spreadOurs)}; means ${round(r.meanCpuMs, 2)} and ${round(r.floorExtensionMeanCpuMs, 2)} ms)`
          : `${round(ratio, 2)} (ours ${round(ours, 1)} ms, spread ${fmtSpread(spreadOurs)}; floor ${round(r.floorExtensionCpuMs, 1)} ms, spread ${fmtSpread(r.floorExtensionCpuSpreadMs)})`,
      met: ratio === null ? null : ratio <= limit,
    };
  });
}

function firefoxTable(run, results) {
  const f = (x) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(1) : '—');
  const widths = [0, 7, 12, 7, 12, 7, 12, 7, 7, 13];
  const row = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(20) : ` ${String(c).padStart(widths[i] - 1)}`)).join('');
  const lines = [
    '',
    `Firefox (${run.browser}; Gecko profiler, a sample every ${run.samplingIntervalMs} ms, every ${round(run.sampleSpacingMs, 2)} ms got; load average ${run.loadAverage.map((x) => x.toFixed(1)).join('→')}):`,
    "Thread CPU of the samples in each extension's scripts, ms:",
    row(['case', 'ours', 'spread', 'floor', 'spread', 'ratio', 'means', 'marks', 'bg', 'Fx o/f']),
  ];
  for (const [name, r] of Object.entries(results)) {
    lines.push(
      row([
        name,
        f(r.toResultMainThreadCpuMs ?? r.mainThreadCpuMs),
        fmtSpread(r.toResultMainThreadCpuSpreadMs ?? r.mainThreadCpuSpreadMs),
        f(r.floorExtensionCpuMs),
        fmtSpread(r.floorExtensionCpuSpreadMs),
        r.oursOverFloorExtension === null ? 'n/j' : r.oursOverFloorExtension.toFixed(2),
        `${f(r.meanCpuMs)}/${f(r.floorExtensionMeanCpuMs)}`,
        r.toResultMainThreadCpuMs === undefined ? '' : f(r.mainThreadCpuMs),
        f(r.backgroundCpuMs),
        `${f(r.firefoxMachineryCpuMs)}/${f(r.floorFirefoxMachineryCpuMs)}`,
      ]),
    );
  }
  lines.push(
    `(medians; clash article: ours without the marks, "marks" with them; n/j: the floor is under ${RESOLUTION_MS} ms, not judged; bg: our`,
    ` background; Fx o/f: Firefox's own extension code in the page's process, outside any script, ours/floor; ${run.seconds.toFixed(0)} s)`,
  );
  return lines.join('\n');
}

/**
 * What scripts/bench.ts adds to its report: the figures per case (under each case's `firefox` key), the budgets,
 * a summary and the table. A failure is reported, not thrown: the Node and Chromium parts stand without it.
 */
export async function firefoxPart(options) {
  if (!options.pages.some((p) => FIREFOX_CASES.includes(p.name) || (options.bigPage && p.name === 'text-1MB')))
    return { perCase: {}, budgets: [], summary: { skipped: 'none of its cases was asked for' }, table: '' };
  try {
    const run = await runFirefox(options);
    const perCase = Object.fromEntries(Object.entries(run.results).map(([name, r]) => [name, roundAll(r)]));
    return {
      perCase,
      budgets: firefoxBudgets(run.results),
      summary: {
        browser: run.browser,
        method: 'Gecko profiler samples (JS stacks, thread CPU); the CPU between two samples split between their stacks',
        samplingIntervalMs: run.samplingIntervalMs,
        sampleSpacingMs: round(run.sampleSpacingMs),
        loadAverage: run.loadAverage.map((x) => round(x, 1)),
        seconds: round(run.seconds, 1),
      },
      table: firefoxTable(run, run.results),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    options.log(`Firefox part failed: ${message}`);
    return { perCase: {}, budgets: [], summary: { error: message }, table: `\nFirefox part failed: ${message}` };
  }
}
