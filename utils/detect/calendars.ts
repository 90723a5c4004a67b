// Afghan and Iranian media date by the Solar Hijri calendar ("۵ عقرب ۱۴۰۴"), Arabic and some Pakistani
// media add Hijri (lunar) dates: both to Gregorian days, so that events can be matched by date.

const DAY_MS = 86_400_000;
const div = (a: number, b: number) => Math.floor(a / b);
const mod = (a: number, b: number) => a - b * div(a, b);

// The 2820-year-free astronomical reckoning of the Solar Hijri calendar, as in Borkowski's algorithm
// (used by jalaali-js): the years where the 33-year leap pattern breaks.
const BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];

/** The day of March (Gregorian) on which Solar Hijri year `jy` begins (Nowruz, 1 Farvardin / 1 Hamal). */
function nowruzInMarch(jy: number): number {
  const gy = jy + 621;
  let leapJ = -14;
  let jp = BREAKS[0]!;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i]!;
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  const n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  return 20 + leapJ - leapG;
}

export interface Day {
  year: number;
  month: number; // 1..12
  day: number;
}

const fromEpochDay = (days: number): Day => {
  const d = new Date(days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** Solar Hijri (Afghan/Iranian) year, month 1..12 (Hamal/Farvardin = 1), day → Gregorian. */
export function solarHijriToGregorian(jy: number, jm: number, jd: number): Day {
  const gy = jy + 621;
  const start = Date.UTC(gy, 2, nowruzInMarch(jy)) / DAY_MS;
  // The first six months have 31 days, the next five 30, the last 29 or 30.
  const offset = (jm <= 6 ? (jm - 1) * 31 : 186 + (jm - 7) * 30) + jd - 1;
  return fromEpochDay(start + offset);
}

/** Hijri (lunar) date → Gregorian, by the tabular calendar: within a day or two of the sighted month. */
export function hijriToGregorian(hy: number, hm: number, hd: number): Day {
  const julianDay = hd + Math.ceil(29.5 * (hm - 1)) + (hy - 1) * 354 + div(3 + 11 * hy, 30) + 1948439;
  return fromEpochDay(julianDay - 2440588);
}

/** The Solar Hijri year a Gregorian day falls in (for dates a page gives without their year). */
export function solarHijriYearOf(year: number, month: number, day: number): number {
  const nowruz = nowruzInMarch(year - 621);
  return month > 3 || (month === 3 && day >= nowruz) ? year - 621 : year - 622;
}
