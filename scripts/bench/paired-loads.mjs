// What the Chromium and the Firefox parts of the bench share: building our extension, the floor extension,
// the page server, and loading each page with ours and with the floor in turn.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { startServer } from '../../tests/browser/lib/server.mjs';
import { median, spread } from './stats.ts';

export const BENCH_OUT = process.env.BENCH_OUT_DIR ?? '/tmp/bench-out';

/** Builds our extension into the bench's folder (the tests' build is left alone); returns its folder. */
export async function buildExtension(browser, log) {
  const dir = `${BENCH_OUT}/${browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2'}`;
  // The JSON shape check (tests/build/bench-json.sh) reuses the Chrome build npm test has just made.
  const prebuilt = browser === 'chrome' && process.env.BENCH_PREBUILT;
  log(prebuilt ? `copying the build in ${prebuilt} to ${dir}…` : `building the ${browser} extension into ${BENCH_OUT}…`);
  if (prebuilt) cpSync(prebuilt, dir, { recursive: true });
  else await promisify(execFile)('npx', ['wxt', 'build', '-b', browser], { env: { ...process.env, WXT_OUT_DIR: BENCH_OUT } });
  return dir;
}

/**
 * The floor's work: read the text nodes of the reading root once, one pass of the anchor pattern.
 * Self-contained (no closures): it is written out as the floor extension's content script.
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

/**
 * The floor extension: a bare content script that does the floor's work once, cold, in its own world like
 * ours, and on a hit sends the text to its background, which sets the badge and answers. No settings,
 * listeners or observer: what any content script must pay to reach a result. MV3 for Chromium; for Firefox
 * an MV2 add-on with the very same content script.
 */
export function writeFloorExtension(browser, floorArgs, geckoId) {
  const dir = `${BENCH_OUT}/${browser === 'chrome' ? 'floor-mv3' : 'floor-firefox-mv2'}`;
  mkdirSync(`${dir}/content-scripts`, { recursive: true });
  const contentScripts = [{ matches: ['http://*/*', 'https://*/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' }];
  const manifest =
    browser === 'chrome'
      ? { manifest_version: 3, action: {}, background: { service_worker: 'background.js' }, content_scripts: contentScripts }
      : {
          manifest_version: 2,
          browser_action: {},
          background: { scripts: ['background.js'] },
          permissions: ['http://*/*', 'https://*/*'],
          content_scripts: contentScripts,
          browser_specific_settings: { gecko: { id: geckoId } },
        };
  writeFileSync(`${dir}/manifest.json`, JSON.stringify({ name: 'Durand Lens bench floor', version: '1.0', ...manifest }, null, 2));
  writeFileSync(
    `${dir}/background.js`,
    browser === 'chrome'
      ? "chrome.runtime.onMessage.addListener((m, sender, reply) => { chrome.action.setBadgeText({ tabId: sender.tab.id, text: '1' }); reply({ hits: m.hits }); });\n"
      : "browser.runtime.onMessage.addListener((m, sender) => { browser.browserAction.setBadgeText({ tabId: sender.tab.id, text: '1' }); return Promise.resolve({ hits: m.hits }); });\n",
  );
  writeFileSync(
    `${dir}/content-scripts/content.js`,
    `(async () => {\n  const { text, hits } = (${readTextOnce})(${JSON.stringify(floorArgs)});\n  if (hits) await chrome.runtime.sendMessage({ text, hits });\n})();\n`,
  );
  return dir;
}

/** Serves each page at /bench/NAME.html; returns { origin, close, urlOf(page) }. */
export async function servePages(pages) {
  const server = await startServer(Object.fromEntries(pages.map((p) => [`/bench/${p.name}.html`, { body: p.html }])));
  return { ...server, urlOf: (p) => `${server.origin}/bench/${p.name}.html` };
}

/** Settings as the bench sets them: the clash article is judged with the in-page marks off, then read with them. */
export const settingsWith = (highlight) => ({ settings: { highlight, sensitivity: 'normal', pausedSites: [] } });

/**
 * One page loaded `runs` times by ours and by the floor in turn, each first every other time (a busy stretch of the
 * machine weighs on both).
 * A page about the clashes is paired with highlighting off (the floor draws no marks), then loaded `marksRuns`
 * times more by ours as a reader gets it, marks and all. `ours` and `floor` load the page once and return
 * that load's figures (undefined when none were caught).
 */
export async function loadInTurn(p, runs, { ours, floor, setHighlight, marksRuns = runs }) {
  const loads = { ours: [], floor: [], withMarks: [] };
  if (p.onTopic) await setHighlight(false);
  // Which goes first alternates, so neither always loads right after the other's tab closed.
  for (let r = 0; r < runs; r++) {
    if (r % 2) loads.floor.push(await floor(p));
    loads.ours.push(await ours(p));
    if (!(r % 2)) loads.floor.push(await floor(p));
  }
  // Each round's two loads, side by side in time: a busy stretch of the machine weighs on both.
  const pairs = loads.ours.flatMap((o, r) => (o && loads.floor[r] ? [{ ours: o, floor: loads.floor[r] }] : []));
  if (p.onTopic) {
    await setHighlight(true);
    for (let r = 0; r < marksRuns; r++) loads.withMarks.push(await ours(p));
  }
  const caught = (xs) => xs.filter(Boolean);
  return { ours: caught(loads.ours), floor: caught(loads.floor), withMarks: caught(loads.withMarks), pairs };
}

/**
 * The paired figures of one page, medians with their spreads (lowest–highest load) of `key`: ours as a reader
 * gets it, ours without the marks on a page about the clashes, the floor's. The ratio's ours is the one paired.
 */
export function pairedFigures({ ours, floor, withMarks, pairs = [] }, key) {
  const of = (xs) => xs.map((s) => s[key]);
  const reader = withMarks.length ? withMarks : ours;
  const ratios = pairs.filter((x) => x.floor[key] > 0).map((x) => x.ours[key] / x.floor[key]);
  return {
    // Shown beside the ratio of medians, not judged: the median of each round's ours / floor. Over runs on the same
    // scripts the floor's own median moved most of the ratio; a round's two loads share the machine's state.
    ...(ratios.length ? { pairedRatioMedian: median(ratios) } : {}),
    mainThreadCpuMs: median(of(reader)),
    mainThreadCpuSpreadMs: spread(of(reader)),
    ...(withMarks.length ? { toResultMainThreadCpuMs: median(of(ours)), toResultMainThreadCpuSpreadMs: spread(of(ours)) } : {}),
    floorExtensionCpuMs: median(of(floor)),
    floorExtensionCpuSpreadMs: spread(of(floor)),
  };
}
