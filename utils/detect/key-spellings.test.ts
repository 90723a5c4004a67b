import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { foldForMatch } from '../text/normalize';
import { keysOf } from './analyze';
import { keySpellings } from './key-spellings';

describe('key spellings', () => {
  const dataset = loadDataset();
  const keys = new Set(dataset.events.flatMap((e) => keysOf(e, new Map()).map((k) => k.key)));

  it('spell only keys some event has (a typo would spell nothing)', () => {
    expect([...keySpellings().keys()].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('give each spelling once, in a script or language other than the key', () => {
    for (const [key, list] of keySpellings()) {
      expect(new Set(list).size, key).toBe(list.length);
      expect(
        list.map((s) => s.toLowerCase()),
        key,
      ).not.toContain(key);
    }
  });

  it('spell a key as the same name: one group, counted once', () => {
    const event = dataset.events.find((e) => e.id === '2025-10-17-paktika-strikes')!;
    const spelled = keysOf(event, new Map([['cricketers', ['کرکټران']]]));
    const english = spelled.find((k) => k.key === 'cricketers')!;
    const pashto = foldForMatch('کرکټران');
    expect(spelled.find((k) => k.key === pashto)).toEqual({ ...english, key: pashto, spells: 'cricketers' });
  });
});
