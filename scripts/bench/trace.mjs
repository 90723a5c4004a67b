// Reads a Chromium trace (devtools.timeline + toplevel) for the content script's share of the page's main thread.

/** Events not inside another (input sorted by start, longer first on ties). */
function outermost(sorted) {
  const out = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  return out;
}
const JS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'v8.compile',
  'V8.Execute',
  'v8.compileModule',
  'v8.evaluateModule',
]);
/** Events that name the script they run (a module's evaluation names only its world). */
const CALLS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule']);
const urlOf = (e) => e.args?.data?.url;

/**
 * Our time on the page's main thread. A task whose script is all ours (our URL, or a builtin such as
 * the `resolve` our slicing hands to setTimeout) counts whole, forced style and layout included; in a
 * task the page's own script started, only our calls inside it count (MutationObserver callbacks).
 */
export function contentScriptShare(events, { contentUrls }) {
  // Our scripts: stage 1 on every page, and stage 2 where it was injected or imported. Stage 1 imports the reader
  // under the extension's dynamic URL (a random origin per session), so our scripts are known by their paths, and
  // the module's evaluation, which names no URL, by the isolated world it runs in (page modules run in the main one).
  const paths = new Set(contentUrls.map((u) => new URL(u).pathname));
  const isOurs = (e) => {
    const url = urlOf(e);
    if (url) return url.startsWith('chrome-extension://') && paths.has(new URL(url).pathname);
    return e.name === 'v8.evaluateModule' && !!e.args?.worldName;
  };
  const evaluate = events.find((e) => e.name === 'EvaluateScript' && isOurs(e));
  if (!evaluate) return undefined;
  const { pid, tid } = evaluate;
  const start = evaluate.ts;
  const onThread = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts + (e.dur ?? 0) >= start)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // The thread's tasks: its outermost events. Most are RunTask, but a slice resumed by scheduler.yield()
  // shows as a bare microtask checkpoint with no RunTask around it.
  const tasks = outermost(onThread);
  const taskSet = new Set(tasks);
  const inner = onThread.filter((e) => !taskSet.has(e));
  let mainThreadUs = 0;
  let longestUs = 0;
  let tasksOurs = 0;
  let lastEnd = start;
  let j = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    while (j < inner.length && inner[j].ts < task.ts) j++;
    const kids = [task];
    for (let k = j; k < inner.length && inner[k].ts < end; k++) kids.push(inner[k]);
    const js = kids.filter((e) => JS.has(e.name));
    if (js.length === 0) continue;
    const calls = js.filter((e) => CALLS.has(e.name));
    const pageScript = calls.some((e) => urlOf(e) && !isOurs(e));
    const ours = calls.filter(isOurs);
    if (!pageScript && (ours.length > 0 || calls.every((e) => !urlOf(e)))) {
      // Ours alone (a timer of ours, or a slice resumed through a builtin).
      if (calls.length === 0 && !js.some((e) => e.name === 'RunMicrotasks')) continue;
      mainThreadUs += task.dur;
      longestUs = Math.max(longestUs, task.dur);
      tasksOurs++;
      lastEnd = Math.max(lastEnd, end);
    } else if (ours.length) {
      // The page's task: only our outermost calls in it.
      let share = 0;
      let coveredTo = 0;
      for (const e of ours) {
        if (e.ts + e.dur <= coveredTo) continue;
        share += e.dur;
        coveredTo = e.ts + e.dur;
      }
      mainThreadUs += share;
      longestUs = Math.max(longestUs, share);
      lastEnd = Math.max(lastEnd, coveredTo);
    }
  }
  const compileUs = inner
    .filter((e) => (e.name === 'v8.compile' || e.name === 'v8.compileModule') && isOurs(e))
    .reduce((n, e) => n + e.dur, 0);
  return {
    mainThreadMs: mainThreadUs / 1000,
    longestTaskMs: longestUs / 1000,
    tasks: tasksOurs,
    compileMs: compileUs / 1000,
    scanDoneMs: (lastEnd - start) / 1000,
  };
}
