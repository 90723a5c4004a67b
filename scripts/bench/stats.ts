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
/** Every number of a flat record rounded (arrays too, such as spreads). */
export const roundAll = <T extends object>(o: T, digits = 2): T =>
  Object.fromEntries(
    Object.entries(o).map(([k, v]) => [
      k,
      typeof v === 'number' ? round(v, digits) : Array.isArray(v) ? v.map((x) => round(x, digits)) : v,
    ]),
  ) as T;
export const fmtSpread = (s: number[] | undefined): string => (s?.length === 2 ? `${round(s[0]!, 1)}–${round(s[1]!, 1)}` : '—');

export interface Budget {
  budget: string;
  value: string;
  /** null: not measured, or not judged. */
  met: boolean | null;
}

/** What a ratio budget reads of a case: medians and spreads of ours (without the marks where paired so) and the floor's. */
export interface PairedCase {
  mainThreadCpuMs?: number;
  mainThreadCpuSpreadMs?: number[];
  toResultMainThreadCpuMs?: number;
  toResultMainThreadCpuSpreadMs?: number[];
  floorExtensionCpuMs?: number;
  floorExtensionCpuSpreadMs?: number[];
  oursOverFloorExtension?: number | null;
}

/** A budget on ours / the floor extension, the same in Chromium and Firefox; `notJudged` says why a ratio is not judged. */
export function ratioBudget(name: string, limit: number, browser: string, c: PairedCase | undefined, notJudged?: string): Budget {
  const withoutMarks = c?.toResultMainThreadCpuMs !== undefined;
  const budget = `${name}: ours${withoutMarks ? ' (stage 1 + 2, without marks)' : ''}/floor extension ≤ ${limit} (${browser}, thread clock)`;
  const ratio = c?.oursOverFloorExtension;
  if (!c || ratio === undefined || (ratio !== null && !Number.isFinite(ratio))) return { budget, value: 'not measured', met: null };
  const ours = `ours ${round(c.toResultMainThreadCpuMs ?? c.mainThreadCpuMs ?? NaN, 1)} ms, spread ${fmtSpread(c.toResultMainThreadCpuSpreadMs ?? c.mainThreadCpuSpreadMs)}`;
  const floor = `floor ${round(c.floorExtensionCpuMs ?? NaN, 1)} ms, spread ${fmtSpread(c.floorExtensionCpuSpreadMs)}`;
  const marks = withoutMarks ? `; with the marks ${round(c.mainThreadCpuMs ?? NaN, 1)} ms` : '';
  if (ratio === null) return { budget, value: `not judged: ${notJudged ?? 'no floor time to divide by'} (${ours}; ${floor})`, met: null };
  return { budget, value: `${round(ratio, 2)} (${ours}; ${floor}${marks})`, met: ratio <= limit };
}

/** Issue 18's ratio budgets, ours / the floor extension in the same run, in either browser. */
export const RATIO_BUDGETS: [string, number][] = [
  ['empty', 1.25],
  ['news-offtopic-1500w', 1.25],
  ['text-1MB', 1.3],
  ['text-10MB', 1.3],
  ['news-clash-1500w', 2.5],
];
