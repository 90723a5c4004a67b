import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const pieces = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on full stops and keeps titles like Lt. Gen. together', () => {
    expect(pieces('Lt. Gen. Chaudhry spoke. Two soldiers died! Why?')).toEqual(['Lt. Gen. Chaudhry spoke.', 'Two soldiers died!', 'Why?']);
  });
  it('splits Urdu sentences on the full stop ۔', () => {
    expect(pieces('پہلا جملہ۔ دوسرا جملہ۔')).toEqual(['پہلا جملہ۔', 'دوسرا جملہ۔']);
  });
  it('cuts text without any punctuation into bounded pieces', () => {
    const spans = splitSentences('word '.repeat(1000));
    expect(spans.length).toBeGreaterThan(5);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(600);
  });
  it('returns nothing for empty text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
