// Spreads a long walk over several short tasks so a huge page never blocks the main thread for long.

// scheduler.yield() where there is one (Chrome 129+; elsewhere when it ships): it lets the page run but, unlike a
// timer, is not throttled to one wake-up a second in a background tab, where a page of a few hundred
// slices then took minutes to read. Else a zero-delay timer.
const scheduler = (globalThis as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
const yieldToPage = (): Promise<void> =>
  typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Pulls items from a generator, calling `each` on every one, yielding to the page whenever a slice
 * of `sliceMs` is used up. Returns the generator's return value.
 */
export async function drainInSlices<T, R>(
  walk: Generator<T, R>,
  each: (item: T) => void,
  sliceMs = 8,
  // Date.now, not performance.now: the first call of performance.now builds the Performance object in the
  // content script's world (~0.5 ms in a CPU profile of the reader), and a slice needs no finer clock.
  now = () => Date.now(),
): Promise<R> {
  let sliceStart = now();
  for (let step = walk.next(); ; step = walk.next()) {
    if (step.done) return step.value;
    each(step.value);
    if (now() - sliceStart > sliceMs) {
      await yieldToPage();
      sliceStart = now();
    }
  }
}
