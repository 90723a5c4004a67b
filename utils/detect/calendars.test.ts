import { describe, expect, it } from 'vitest';
import { hijriToGregorian, solarHijriToGregorian, solarHijriYearOf } from './calendars';

const iso = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

describe('solarHijriToGregorian', () => {
  it('converts Afghan dates of the clashes', () => {
    expect(iso(solarHijriToGregorian(1404, 8, 5))).toBe('2025-10-27'); // ۵ عقرب ۱۴۰۴
    expect(iso(solarHijriToGregorian(1404, 7, 19))).toBe('2025-10-11'); // ۱۹ میزان ۱۴۰۴
    expect(iso(solarHijriToGregorian(1404, 1, 1))).toBe('2025-03-21'); // Nowruz
  });
  it('agrees with the platform Persian calendar on every day of 2015-2029', () => {
    const persian = new Intl.DateTimeFormat('en-u-ca-persian', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    for (let t = Date.UTC(2015, 0, 1); t < Date.UTC(2030, 0, 1); t += 86_400_000) {
      const parts = persian.formatToParts(new Date(t));
      const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
      expect(iso(solarHijriToGregorian(get('year'), get('month'), get('day')))).toBe(new Date(t).toISOString().slice(0, 10));
    }
  });
  it('knows which Solar Hijri year a Gregorian day falls in', () => {
    expect(solarHijriYearOf(2025, 3, 20)).toBe(1403);
    expect(solarHijriYearOf(2025, 3, 21)).toBe(1404);
  });
});

describe('hijriToGregorian', () => {
  it('agrees with the tabular Islamic calendar', () => {
    const civil = new Intl.DateTimeFormat('en-u-ca-islamic-civil', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    for (let t = Date.UTC(2022, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 86_400_000) {
      const parts = civil.formatToParts(new Date(t));
      const get = (type: string) => Number(parts.find((p) => p.type === type)!.value.replace(/\D/g, ''));
      expect(iso(hijriToGregorian(get('year'), get('month'), get('day')))).toBe(new Date(t).toISOString().slice(0, 10));
    }
  });
});
