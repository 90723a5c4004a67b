// The Firefox part of the bench: our MV2 build and the floor extension, both installed in Debian's Firefox ESR,
// each page loaded under the Gecko profiler (WebDriver BiDi has no tracing): from one load's profile, the CPU time
// of the samples whose stacks hold each extension's scripts (scripts/bench/gecko-profile.mjs). Method and limits:
// docs/PERFORMANCE.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { badgeText, firefoxPath, openExtensionPage, tabIdOf, waitFor } from '../../tests/browser/lib/firefox.mjs';
import { extensionShare, mainThreads } from './gecko-profile.mjs';
import { BENCH_OUT, buildExtension, pairedFigures, servePages, settingsWith, writeFloorExtension } from './paired-loads.mjs';
import { RATIO_BUDGETS, median, ratioBudget, round, roundAll } from './stats.ts';

/** The pages every reader meets, and the clash article; text-1MB on request (--firefox-1mb, ~1 min more). */
const FIREFOX_CASES = ['empty', 'news-offtopic-1500w', 'news-clash-1500w'];
const INTERVAL_MS = 0.2;
const PROFILER_ENTRIES = 16 * 1024 * 1024;
/** Below this a median is a handful of samples: a ratio over it is not judged. */
const RESOLUTION_MS = 5 * INTERVAL_MS;
const OURS = { id: 'durand-lens@durand-lens.org', uuid: '6d1f3a0e-2b7c-4c59-9a4e-d0c8a1f5e7b3' };
const FLOOR = { id: 'durand-lens-bench-floor@durand-lens.org', uuid: '0b9e4c52-7a31-4f0d-8e6b-3c2d1a9f8e70' };

/**
 * Firefox with both extensions installed, in the order given (which may decide which script runs first); `chrome` is the
 * browser's privileged context, where the profiler is driven; `helper`, our options page, where ours is called from.
 */
async function launchWith(installs, log) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [OURS.id]: OURS.uuid, [FLOOR.id]: FLOOR.uuid }) },
    protocolTimeout: 120_000,
  });
  const fx = { browser, uuid: OURS.uuid, addonId: OURS.id, helper: undefined, chrome: undefined };
  try {
    for (const { dir, addon } of installs) {
      const installed = await browser.installExtension(dir);
      if (installed !== addon.id) throw new Error(`installed ${installed}, expected ${addon.id}`);
    }
    const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    fx.chrome = tree.result.contexts[0].context;
    // Older Firefox (ESR 140, Debian's in December 2026) ignores the scope and lists its tabs: no profiler there.
    if ((await inChrome(fx, 'typeof Services')) !== 'object')
      throw new Error(`this Firefox (${await browser.version()}) gives WebDriver BiDi no chrome context, which the profiler needs`);
    // Stage 1 is registered by the background at start-up; the options page is a place to call the extension from.
    fx.helper = await openExtensionPage(fx, '/options.html');
    const registered = () => fx.helper.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).length > 0);
    if (!(await waitFor(registered, Boolean, 15_000))) throw new Error('stage 1 was never registered');
    log(`Firefox ${await browser.version()} up with ${installs.map((i) => i.addon.id).join(' then ')}`);
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

/** The profiler on in every process (those started meanwhile too): JS stacks and each thread's CPU time, main threads only. */
const startProfiler = (fx) =>
  inChrome(
    fx,
    `Services.profiler.StartProfiler(${PROFILER_ENTRIES}, ${INTERVAL_MS}, ['js', 'cpu', 'nomarkerstacks'], ['GeckoMain']).then(() => true)`,
  );
const stopProfiler = (fx, file) =>
  inChrome(
    fx,
    `Services.profiler.dumpProfileToFileAsync(${JSON.stringify(file)}).then(() => { Services.profiler.StopProfiler(); return true; })`,
  );

// Stage 1 has run ~300 ms after the load event; the clash article's stage 2 and marks are done ~900 ms after it.
const settleMsFor = (bytes, onTopic) => (bytes > 500_000 ? 2500 : onTopic ? 1500 : 800);

/**
 * Loads each Firefox case 50 times (6 for 1 MB), in turn in two Firefox that both hold ours and the floor, installed
 * in opposite orders, in case the order decides which script runs first (not checked). One load's profile gives both
 * extensions' figures, under the same conditions: a busy stretch of the machine, a starved sampler or a slow process
 * start weighs on both, which two browsers loading in turn did not ensure (with 9 or 25 loads in turn the off-topic
 * ratio of unchanged code moved 0.97-1.85 between runs). One extension's garbage can still be collected under the
 * other's stack. The clash article is loaded with our highlighting off, then 4 times more with it. Returns the
 * figures per case and the run's conditions.
 */
async function runFirefox({ pages, textBytes, gateSource, maxChars, log, bigPage }) {
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  const chosen = pages.filter((p) => FIREFOX_CASES.includes(p.name) || (bigPage && p.name === 'text-1MB'));
  const floorDir = writeFloorExtension('firefox', { source: gateSource, cap: maxChars }, FLOOR.id);
  const server = await servePages(chosen);
  const loads = [];
  let badge = '';
  let a;
  let b;
  try {
    log('launching two Firefox ESR with ours and the floor extension, in opposite orders…');
    const ourInstall = { dir: await buildExtension('firefox', log), addon: OURS };
    const floorInstall = { dir: floorDir, addon: FLOOR };
    const launched = await Promise.allSettled([launchWith([ourInstall, floorInstall], log), launchWith([floorInstall, ourInstall], log)]);
    [a, b] = launched.map((x) => (x.status === 'fulfilled' ? x.value : undefined));
    const failed = launched.find((x) => x.status === 'rejected');
    if (failed) throw failed.reason;
    // One load in a fresh tab, profiled from before the navigation to the end of the settling time: both
    // extensions' figures from its profile. The last profile of each case stays in BENCH_OUT
    // (firefox-*.profile.json, for profiler.firefox.com).
    let marks = false;
    const load = async (fx, p, warm = false) => {
      const page = await fx.browser.newPage();
      const file = `${BENCH_OUT}/firefox-${warm ? 'warm' : p.name}${p.onTopic && marks ? '-with-marks' : ''}.profile.json`;
      await startProfiler(fx);
      const start = Date.now();
      await page.goto(server.urlOf(p), { waitUntil: 'load', timeout: 60_000 });
      await new Promise((r) => setTimeout(r, settleMsFor(textBytes[p.name] ?? 0, p.onTopic)));
      const end = Date.now();
      await stopProfiler(fx, file);
      // The badge once, after the profile: it shows the clash article was found.
      if (p.onTopic && !badge) badge = await badgeText(fx, await tabIdOf(fx, page)).catch(() => '');
      await page.close();
      if (warm) return undefined;
      const threads = mainThreads(JSON.parse(readFileSync(file, 'utf8')));
      const shareOf = (who, addon) => ({ who, name: p.name, ...extensionShare(threads, { uuid: addon.uuid, start, end }) });
      const shares = { ours: shareOf(marks ? 'ours-with-marks' : 'ours', OURS), floor: shareOf('floor', FLOOR) };
      loads.push(shares.ours, ...(marks ? [] : [shares.floor]));
      return shares;
    };
    // A throwaway load in each: the first case does not pay for the first content process's start.
    await load(a, chosen[0], true);
    await load(b, chosen[0], true);
    const setHighlight = (on) => {
      marks = on;
      return Promise.all([a, b].map((fx) => fx.helper.evaluate((s) => browser.storage.local.set(s), settingsWith(on))));
    };
    const perCase = {};
    for (const p of chosen) {
      const runs = textBytes[p.name] > 500_000 ? 6 : 50;
      const paired = { ours: [], floor: [], withMarks: [] };
      if (p.onTopic) await setHighlight(false);
      for (let r = 0; r < runs; r++) {
        const { ours, floor } = await load(r % 2 ? b : a, p);
        paired.ours.push(ours);
        paired.floor.push(floor);
      }
      if (p.onTopic) {
        await setHighlight(true);
        for (let r = 0; r < 4; r++) paired.withMarks.push((await load(r % 2 ? b : a, p)).ours);
        await setHighlight(false);
      }
      perCase[p.name] = summarize(p, paired, badge);
      log(`firefox ${p.name}: loaded (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    // Every load's figures beside the kept profiles, for a second look.
    writeFileSync(`${BENCH_OUT}/firefox-loads.json`, JSON.stringify(loads, null, 1));
    return {
      browser: await a.browser.version(),
      // What the page's thread actually got, and how busy the machine was (other work starves the sampler).
      sampleSpacingMs: median(loads.map((s) => s.spacingMs)),
      loadAverage: [loadAtStart, loadavg()[0]],
      seconds: (Date.now() - started) / 1000,
      perCase,
    };
  } finally {
    await Promise.all([a?.browser.close(), b?.browser.close()]);
    await server.close();
  }
}

/** A case's figures: the paired medians and spreads, means (steadier for scripts of a few samples), and what the profile shows beside. */
function summarize(p, paired, badge) {
  const judged = paired.ours; // the ratio's ours: on the clash article, without the marks
  const med = (xs, k) => median(xs.map((s) => s[k]));
  const mean = (xs, k) => xs.reduce((n, s) => n + s[k], 0) / xs.length;
  const r = {
    runs: judged.length,
    ...pairedFigures(paired, 'scriptCpuMs'),
    ...(p.onTopic ? { marksRuns: paired.withMarks.length } : {}),
    meanCpuMs: mean(judged, 'scriptCpuMs'),
    longestRunCpuMs: med(judged, 'longestRunCpuMs'),
    backgroundCpuMs: med(judged, 'backgroundCpuMs'),
    floorExtensionMeanCpuMs: mean(paired.floor, 'scriptCpuMs'),
    firefoxMachineryCpuMs: med(judged, 'machineryCpuMs'),
    floorFirefoxMachineryCpuMs: med(paired.floor, 'machineryCpuMs'),
    scriptSamples: med(judged, 'scriptSamples'),
    floorScriptSamples: med(paired.floor, 'scriptSamples'),
    // Loads in which no sample caught the script at all (shorter than the sampling, or missed).
    unseenLoads: judged.filter((s) => s.scriptSamples === 0).length,
    floorUnseenLoads: paired.floor.filter((s) => s.scriptSamples === 0).length,
    ...(p.onTopic ? { badge } : {}),
  };
  // A median of a few samples, ours or the floor's, makes the ratio noise: not judged.
  const ours = r.toResultMainThreadCpuMs ?? r.mainThreadCpuMs;
  r.floorBelowResolution = !(r.floorExtensionCpuMs >= RESOLUTION_MS);
  r.oursBelowResolution = !(ours >= RESOLUTION_MS);
  r.oursOverFloorExtension = r.floorBelowResolution || r.oursBelowResolution ? null : ours / r.floorExtensionCpuMs;
  return r;
}

/**
 * What scripts/bench.ts adds to its report: the figures per case (under each case's `firefox` key), the budgets
 * and a summary. A failure is reported, not thrown: the Node and Chromium parts stand without it.
 */
export async function firefoxPart(options) {
  if (!options.pages.some((p) => FIREFOX_CASES.includes(p.name) || (options.bigPage && p.name === 'text-1MB')))
    return { perCase: {}, budgets: [], summary: { skipped: 'none of its cases was asked for' } };
  try {
    const run = await runFirefox(options);
    const notJudged = (r) =>
      `${r.floorBelowResolution ? "the floor's" : 'our'} median is under ${RESOLUTION_MS} ms, a few samples (means ${round(r.meanCpuMs, 2)} and ${round(r.floorExtensionMeanCpuMs, 2)} ms)`;
    return {
      perCase: Object.fromEntries(Object.entries(run.perCase).map(([name, r]) => [name, roundAll(r)])),
      budgets: RATIO_BUDGETS.filter(([name]) => run.perCase[name]).map(([name, limit]) =>
        ratioBudget(name, limit, 'Firefox', run.perCase[name], notJudged(run.perCase[name])),
      ),
      summary: {
        browser: run.browser,
        method: 'Gecko profiler samples (JS stacks, thread CPU); the CPU between two samples split between their stacks',
        samplingIntervalMs: INTERVAL_MS,
        sampleSpacingMs: round(run.sampleSpacingMs),
        loadAverage: run.loadAverage.map((x) => round(x, 1)),
        seconds: round(run.seconds, 1),
      },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    options.log(`Firefox part failed: ${message}`);
    return { perCase: {}, budgets: [], summary: { error: message } };
  }
}
