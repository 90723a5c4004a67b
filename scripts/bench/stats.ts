// The summaries every bench case reports (the Chromium and Firefox cases import them too).

/** The median of the finite values (NaN when there are none). */
export const median = (xs: number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The lowest and highest of a run's samples: how far one load can stray from the median. */
export const spread = (xs: number[]): number[] => {
  const s = xs.filter((x) => Number.isFinite(x));
  return s.length ? [Math.min(...s), Math.max(...s)] : [];
};
export const round = (x: number, digits = 2): number => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);
/**
 * How many times to repeat a case: fewer for the big pages, so the whole bench stays within minutes;
 * many for the small ones, whose sub-millisecond timings a single pause of the machine would skew.
 */
export const runsFor = (textBytes: number, quick = false): number => {
  const n = textBytes > 5_000_000 ? 7 : textBytes > 500_000 ? 11 : textBytes > 100_000 ? 21 : 201;
  // --quick checks the JSON's shape, not the timings: a few runs are enough for every field to be a number.
  return quick ? 1 : n;
};
