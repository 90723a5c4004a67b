import { describe, expect, it } from 'vitest';
import { foldForMatch, foldLetterCode, stripInvisible } from './normalize';

describe('foldForMatch', () => {
  it('folds case and Latin diacritics', () => {
    expect(foldForMatch('Zabīhullāh MUJĀHID')).toBe('zabihullah mujahid');
  });
  it('drops soft hyphens and zero-width characters inside words', () => {
    expect(foldForMatch('Nan\u00adgar\u200bhar')).toBe('nangarhar');
  });
  it('gives Arabic and Persian spellings of a name one form', () => {
    expect(foldForMatch('ذبيح الله مجاهد')).toBe(foldForMatch('ذبیح الله مجاهد'));
    expect(foldForMatch('ننګرهار')).toBe(foldForMatch('ننگرهار'));
    expect(foldForMatch('ذبیح‌الله')).toBe(foldForMatch('ذبیحالله'));
  });
  it('turns Persian and Arabic-Indic digits into ASCII', () => {
    expect(foldForMatch('۱۳ و ٢٧')).toBe('13 و 27');
  });
  it('folds the Arabic-script letter families and Urdu forms', () => {
    expect(foldForMatch('پاكستان')).toBe(foldForMatch('پاکستان'));
    expect(foldForMatch('ٹورخم')).toBe(foldForMatch('تورخم'));
    expect(foldForMatch('جمعہ')).toBe(foldForMatch('جمعه'));
    expect(foldForMatch('أفغانستان')).toBe(foldForMatch('افغانستان'));
    expect(foldForMatch('بۀ')).toBe(foldForMatch('به'));
  });
  it('reads Turkish dotless i as i', () => {
    expect(foldForMatch('Talibanı')).toBe('talibani');
  });
  it('collapses runs of white space', () => {
    expect(foldForMatch('  Durand \n\t Line ')).toBe('durand line');
  });
});

describe('stripInvisible', () => {
  it('keeps visible text as it is', () => {
    expect(stripInvisible('Torkham\u200b crossing')).toBe('Torkham crossing');
  });
});

describe('foldLetterCode', () => {
  it('lower-cases Cyrillic capitals, as the gate reads Russian names', () => {
    expect(String.fromCharCode(...[...'Нангархаре'].map((c) => foldLetterCode(c.charCodeAt(0))))).toBe('нангархаре');
  });

  it('reads й as и and ё as е, as foldForMatch does after NFKD (round 20V: "Хайбер" was never found)', () => {
    const fold = (s: string) => String.fromCharCode(...[...s].map((c) => foldLetterCode(c.charCodeAt(0))));
    expect(fold('Хайбер Исламский Ёлка')).toBe(foldForMatch('Хайбер Исламский Ёлка'));
  });

  it('reads the Urdu ۂ as ہ, as foldForMatch does', () => {
    expect(String.fromCharCode(foldLetterCode('ۂ'.charCodeAt(0)))).toBe(foldForMatch('ۂ'));
  });
});

describe('lineBreaksToSpaces', () => {
  it('makes line breaks spaces, keeps the length, and keeps a blank line as the end of a paragraph', async () => {
    const { lineBreaksToSpaces } = await import('./normalize');
    expect(lineBreaksToSpaces('a\nb\tc')).toBe('a b c');
    const plain = 'A headline without a stop\n\nThe story begins.\r\n\r\nIt goes on';
    const out = lineBreaksToSpaces(plain);
    expect(out).toHaveLength(plain.length);
    expect(out).toBe('A headline without a stop\n\nThe story begins. \n \nIt goes on');
  });
});
