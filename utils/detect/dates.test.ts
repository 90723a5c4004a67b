import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize';
import { readDates } from './dates';

const read = (s: string) => readDates(foldForMatch(s));

describe('readDates', () => {
  it('reads day-month-year and month-day-year forms', () => {
    expect(read('On 26 February 2026 and on October 11, 2025')).toEqual(
      expect.arrayContaining([
        { day: 26, month: 2, year: 2026 },
        { day: 11, month: 10, year: 2025 },
      ]),
    );
  });
  it('reads German and French month names', () => {
    expect(read('am 26. Februar 2026')).toEqual([{ day: 26, month: 2, year: 2026 }]);
    expect(read('le 17 mars 2026')).toEqual([{ day: 17, month: 3, year: 2026 }]);
  });
  it('reads Urdu month names with Persian digits', () => {
    expect(read('۱۲ اکتوبر ۲۰۲۵ کو')).toEqual([{ day: 12, month: 10, year: 2025 }]);
  });
  it('does not take the verb "may" for a month', () => {
    expect(read('Officials may release more figures')).toEqual([]);
  });
});
