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
