import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize';
import { containsKey } from './key-match';

const has = (text: string, key: string) => containsKey(foldForMatch(text), foldForMatch(key));

describe('containsKey', () => {
  it('finds Latin keys as whole words only', () => {
    expect(has('Strikes hit Barmal district', 'barmal')).toBe(true);
    expect(has('the Barmali family', 'barmal')).toBe(false);
  });

  it('reads Arabic words with "and", "in" or "the" written onto them', () => {
    expect(has('قصف في خوست', 'خوست')).toBe(true);
    expect(has('قصف وخوست وكونر', 'خوست')).toBe(true);
    expect(has('بالخوست', 'خوست')).toBe(true);
    expect(has('مخوستان', 'خوست')).toBe(false);
  });

  it('reads a Latin name of several words written as one', () => {
    expect(has('Families fled Spinboldak after the shelling', 'spin boldak')).toBe(true);
    expect(has('the Spinboldaki family', 'spin boldak')).toBe(false);
  });

  it('ends a Hindi word after its vowel signs', () => {
    expect(has('तिराह घाटी में', 'तिराह')).toBe(true);
    expect(has('तिराहा', 'तिराह')).toBe(false);
  });

  it('reads Russian names in their cases', () => {
    expect(has('удары по Пактике', 'Пактика')).toBe(true);
    expect(has('в районе Бармала', 'Бармал')).toBe(true);
    expect(has('Пактиканский', 'Пактика')).toBe(false);
    expect(has('сперва', 'Спера')).toBe(false);
  });
});
