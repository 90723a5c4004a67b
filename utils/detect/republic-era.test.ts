import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize';
import { speaksOfRepublic } from './republic-era';

const speaks = (s: string) => speaksOfRepublic(foldForMatch(s));

describe('speaksOfRepublic', () => {
  it('finds a leader of the Republic named by his office, in the region languages', () => {
    expect(speaks('حامد کرزی، رئیس‌جمهور افغانستان، گفته بود')).toBe(true);
    expect(speaks('قندھار پولیس کے سربراہ جنرل رازق اچکزئی نے بتایا')).toBe(true);
    expect(speaks('Президент Афганистана Ашраф Гани заявил')).toBe(true);
  });

  it('leaves a former leader, and presidents of other lands beside "Afghanistan"', () => {
    expect(speaks('Former president Hamid Karzai condemned the strikes.')).toBe(false);
    expect(speaks('رئیس جمهور پیشین حامد کرزی این حملات را محکوم کرد')).toBe(false);
    expect(speaks('Президент Пакистана обсудил ситуацию в Афганистане')).toBe(false);
  });
});
