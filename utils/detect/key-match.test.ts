import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize';
import { containsKey } from './key-match';
import { keyForm } from './score-events';

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

  it('finds a name in Han characters inside a sentence written without spaces', () => {
    expect(has('巴基斯坦战机空袭了巴尔马尔县的一处村庄。', '巴尔马尔')).toBe(true);
    expect(has('巴军空袭帕克蒂卡省', '巴尔马尔')).toBe(false);
  });

  it('reads Bengali case endings written onto the name', () => {
    expect(has('হামলায় বারমালে দশজন নিহত', 'বারমাল')).toBe(true);
    expect(has('আনাস হাক্কানির নেতৃত্বে', 'আনাস হাক্কানি')).toBe(true);
    expect(has('উরুমচিতে আলোচনা', 'উরুমচি')).toBe(true);
    // Another word that begins with the name is not it.
    expect(has('বারমালপুর গ্রামে', 'বারমাল')).toBe(false);
  });

  it('reads Marathi postpositions written onto the name', () => {
    expect(has('गुलाम खानजवळ चकमक झाली', 'गुलाम खान')).toBe(true);
    expect(has('तुर्कमानजईमधील चौक्यांवर', 'तुर्कमानजई')).toBe(true);
    expect(has('बगरामवर हल्ला', 'बगराम')).toBe(true);
    expect(has('बगरामपूर', 'बगराम')).toBe(false);
  });
});

describe('keyForm', () => {
  it('joins the parts of a Chinese name however the dot between them is written', () => {
    for (const written of ['哈菲兹·古尔·巴哈杜尔', '哈菲兹‧古尔‧巴哈杜尔', '哈菲兹・古尔・巴哈杜尔', '哈菲兹古尔巴哈杜尔'])
      expect(keyForm(written)).toBe('哈菲兹古尔巴哈杜尔');
    // A dot between Latin words stays.
    expect(keyForm('Kabul · Kandahar')).toBe('kabul · kandahar');
  });
});
