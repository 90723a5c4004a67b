/** Polls `read` until `accept(value)` or the time is up; returns the last value. */
export async function waitFor(read, accept, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/** The id of the focused element once it is `expected`, or whatever has focus after two seconds. */
export function focusedId(page, expected) {
  return waitFor(
    () => page.evaluate(() => document.activeElement?.id ?? ''),
    (id) => id === expected,
    2_000,
  );
}
