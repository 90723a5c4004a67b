// Reads a Gecko profile (the JSON Firefox writes at shutdown with MOZ_PROFILER_SHUTDOWN) for the main-thread
// CPU time an extension's scripts cost the pages it runs on: Firefox has no trace like Chromium's, but its
// sampling profiler records, with each sample, the stack and the CPU time the thread used since the last one.

// Firefox's own code that runs content scripts for extensions: the sandbox, the injection, the API bindings
// built on first use (Schemas), the messaging. Where no extension's script is on the stack, it names none.
const MACHINERY =
  /resource:\/\/gre\/modules\/(Extension\w*|Schemas|Conduits\w*|MessageManagerProxy)\.sys\.mjs|chrome:\/\/extensions\/content\/|WebExtension(Policy|ContentScript)|Extension:/;

/**
 * Every main thread of the profile with its samples in epoch milliseconds: [{ process, samples: [{ time,
 * cpuMs, stack }] }] where `stack` is the sample's stack index and `frames(stack)` lists its frame names.
 */
export function mainThreads(profile) {
  const out = [];
  const visit = (sub, root) => {
    for (const t of sub.threads ?? []) {
      if (t.name !== 'GeckoMain') continue;
      const schema = t.samples.schema;
      const cpuUnit = sub.meta.sampleUnits?.threadCPUDelta;
      const toMs = cpuUnit === 'ns' ? 1e-6 : cpuUnit === 'µs' ? 1e-3 : 1;
      const frames = (stack) => {
        const names = [];
        for (let s = stack; s !== null && s !== undefined; s = t.stackTable.data[s][t.stackTable.schema.prefix])
          names.push(t.stringTable[t.frameTable.data[t.stackTable.data[s][t.stackTable.schema.frame]][t.frameTable.schema.location]]);
        return names;
      };
      const samples = t.samples.data.map((row) => ({
        time: sub.meta.startTime + row[schema.time],
        cpuMs: (row[schema.threadCPUDelta] ?? 0) * toMs,
        stack: row[schema.stack],
      }));
      out.push({ process: root ? 'parent' : (t.processName ?? t.processType), pid: t.pid, samples, frames });
    }
    for (const p of sub.processes ?? []) visit(p, false);
  };
  visit(profile, true);
  return out;
}

/**
 * The CPU time, within [start, end] (epoch ms), of the samples whose stack holds the extension's scripts
 * (`moz-extension://<uuid>/`), whatever they called into (DOM, layout, GC, the extension API): in the page
 * processes (`scriptCpuMs`; `longestRunCpuMs` is the most CPU in one unbroken stretch of such samples, a
 * stand-in for the longest task) and in the extension process (`backgroundCpuMs`). `machineryCpuMs`: Firefox's
 * own extension code in the page processes outside any extension's script (setting up extension support in a
 * new content process, preparing and injecting content scripts), which names no extension. `scriptSamples` and
 * `spacingMs`: how many samples caught our script on the page's thread, and the median time between its samples.
 */
export function extensionShare(threads, { uuid, start, end }) {
  const ours = `moz-extension://${uuid}/`;
  const other = /moz-extension:\/\//;
  let scriptCpuMs = 0;
  let machineryCpuMs = 0;
  let backgroundCpuMs = 0;
  let longestRunCpuMs = 0;
  let samplesInWindow = 0;
  // How far apart the samples of the page's thread running our script came (a busy machine starves the sampler).
  let spacingMs = NaN;
  let mostScriptSamples = 0;
  for (const t of threads) {
    if (t.process === 'parent') continue;
    const background = t.process === 'WebExtensions';
    const kinds = new Map();
    const kindOf = (stack) => {
      if (!kinds.has(stack)) {
        const names = t.frames(stack);
        const mine = names.some((n) => n.includes(ours));
        // Another extension's script (Firefox's built-in ones) with the machinery under it is not ours.
        const machinery = !mine && !names.some((n) => other.test(n)) && names.some((n) => MACHINERY.test(n));
        kinds.set(stack, mine ? 'script' : machinery ? 'machinery' : 'other');
      }
      return kinds.get(stack);
    };
    // A sample's CPU time was spent between the previous sample and this one: half of it goes to each one's stack,
    // so that the stretch before our script starts (or after it ends) is not counted whole as ours, nor as not.
    let run = 0;
    let before = 'other';
    let scriptSamples = 0;
    const gaps = [];
    let last;
    for (const s of t.samples) {
      const kind = s.stack === null || s.stack === undefined ? 'other' : kindOf(s.stack);
      const previous = before;
      before = kind;
      if (s.time < start || s.time > end) continue;
      samplesInWindow++;
      if (last !== undefined) gaps.push(s.time - last);
      last = s.time;
      if (kind === 'script') scriptSamples++;
      const share = (k) => (s.cpuMs * ((previous === k) + (kind === k))) / 2;
      if (background) {
        backgroundCpuMs += share('script');
        continue;
      }
      scriptCpuMs += share('script');
      machineryCpuMs += share('machinery');
      run = kind === 'script' || previous === 'script' ? run + share('script') : 0;
      longestRunCpuMs = Math.max(longestRunCpuMs, run);
    }
    if (!background && scriptSamples > mostScriptSamples) {
      mostScriptSamples = scriptSamples;
      gaps.sort((x, y) => x - y);
      spacingMs = gaps[gaps.length >> 1];
    }
  }
  return { scriptCpuMs, machineryCpuMs, backgroundCpuMs, longestRunCpuMs, samplesInWindow, scriptSamples: mostScriptSamples, spacingMs };
}
