// The Gecko profile reader of the Firefox bench, on a hand-made profile: which samples count as ours, and how
// the CPU time between two samples is shared. No timings are measured here.
import { describe, expect, test } from 'vitest';
// @ts-expect-error a plain .mjs module of the bench, without types
import { extensionShare, mainThreads } from './gecko-profile.mjs';

const OURS = 'moz-extension://aaaa/';
/** One main thread whose samples are [time, frame names from the root, CPU µs]; null frames: idle. */
function thread(processName: string, samples: [number, string[] | null, number][]) {
  const stringTable: string[] = [];
  const frameData: number[][] = [];
  const stackData: (number | null)[][] = [];
  const stackOf = (names: string[]) => {
    let prefix: number | null = null;
    for (const name of names) {
      let str = stringTable.indexOf(name);
      if (str < 0) str = stringTable.push(name) - 1;
      frameData.push([str]);
      stackData.push([prefix, frameData.length - 1]);
      prefix = stackData.length - 1;
    }
    return prefix;
  };
  return {
    name: 'GeckoMain',
    processName,
    pid: 1,
    samples: {
      schema: { stack: 0, time: 1, threadCPUDelta: 2 },
      data: samples.map(([t, names, cpu]) => [names ? stackOf(names) : null, t, cpu]),
    },
    stackTable: { schema: { prefix: 0, frame: 1 }, data: stackData },
    frameTable: { schema: { location: 0 }, data: frameData },
    stringTable,
  };
}

const script = ['RunScript', `run (${OURS}anchor-check.js:1:10)`];
const inject = ['injectInto (resource://gre/modules/ExtensionContent.sys.mjs:508:19)'];
const profile = {
  meta: { startTime: 1000, sampleUnits: { threadCPUDelta: 'µs' } },
  threads: [thread('Parent', [[1, script, 999]])],
  processes: [
    {
      meta: { startTime: 1000, sampleUnits: { threadCPUDelta: 'µs' } },
      threads: [
        thread('Web Content', [
          [1, ['Layout'], 100],
          [2, inject, 200],
          [3, script, 400],
          [4, script, 400],
          [5, null, 0],
          [6, ['other (moz-extension://bbbb/x.js)', ...inject], 300],
        ]),
      ],
    },
    { meta: { startTime: 1000, sampleUnits: { threadCPUDelta: 'µs' } }, threads: [thread('WebExtensions', [[2, script, 500]])] },
  ],
};

describe('extensionShare', () => {
  const threads = mainThreads(profile);

  test('reads every main thread, sample times in epoch milliseconds', () => {
    expect(threads.map((t: { process: string }) => t.process)).toEqual(['parent', 'Web Content', 'WebExtensions']);
    expect(threads[1].samples[0].time).toBe(1001);
  });

  test('splits the CPU between two samples between their stacks, and leaves out the parent process', () => {
    const share = extensionShare(threads, { uuid: 'aaaa', start: 0, end: 2000 });
    // Half of the first script sample (the stretch may have begun in the injection), both of the second, half of the idle one's 0.
    expect(share.scriptCpuMs).toBeCloseTo(0.2 + 0.4, 6);
    // The last sample is in another extension's script: neither ours nor the machinery's.
    expect(share.machineryCpuMs).toBeCloseTo(0.1 + 0.2, 6);
    expect(share.backgroundCpuMs).toBeCloseTo(0.25, 6);
    expect(share.scriptSamples).toBe(2);
  });

  test('counts only the samples inside the window', () => {
    expect(extensionShare(threads, { uuid: 'aaaa', start: 1004.5, end: 2000 }).scriptCpuMs).toBe(0);
  });
});
