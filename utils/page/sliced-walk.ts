// Spreads a long walk over several short tasks so a huge page never blocks the main thread for long.

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Pulls items from a generator, calling `each` on every one, yielding to the page whenever a slice
 * of `sliceMs` is used up. Returns the generator's return value.
 */
export async function drainInSlices<T, R>(walk: Generator<T, R>, each: (item: T) => void, sliceMs = 8, now = () => performance.now()): Promise<R> {
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
