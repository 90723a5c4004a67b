import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { foldForMatch } from '../text/normalize';
import { buildModel, keysOf } from './analyze';
import { containsKey } from './key-match';
import { keySpellings } from './key-spellings';
import { keyForm } from './score-events';

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
  // The event keys an (invented) sentence names, in any spelling.
  const named = (eventId: string, sentence: string) =>
    keysOf(dataset.events.find((e) => e.id === eventId)!, keySpellings())
      .filter((k) => containsKey(keyForm(sentence), k.key))
      .map((k) => k.spells ?? k.key);

  it('tie a village or post named in Urdu or Pashto to its event', () => {
    expect(named('2024-12-kurram-retaliation', 'سرحد پار سے گولہ باری کے بعد غوزگڑھی کے کئی گھر خالی ہو گئے')).toContain('ghozgarhi');
    expect(named('2025-11-06-chaman-firing-istanbul-talks', 'د کلی مزل اوسېدونکو وویل چې ډزې نیمه شپه پیل شوې')).toContain('killi mazal');
    expect(named('2025-10-15-spin-boldak-kurram', 'سیکیورٹی ذرائع کے مطابق شمشاد چوکی پر ٹینک پوزیشن تباہ کر دی گئی')).toContain(
      'shamshad post',
    );
  });

  it('do not read an everyday word as a short name (Arabic "ناري", gunfire, is not Nari in Kunar)', () => {
    expect(named('2026-03-19-eid-pause-violation-claims', 'وسُمع إطلاق ناري كثيف قرب الحدود ليلة أمس')).toEqual([]);
  });

  // Invented sentences: a village or post named in Russian (in its case) or Hindi ties to the event that holds it.
  it("tie a Russian or Hindi sentence naming an event's village to that event", () => {
    const model = buildModel(dataset);
    const tied = (sentence: string) =>
      [...model.eventKeys].filter(([, keys]) => keys.some((k) => containsKey(keyForm(sentence), k.key))).map(([id]) => id);
    expect(tied('Пограничники обменялись огнём у Бача-Майны на рассвете.')).toContain('2024-08-12-torkham-clash');
    expect(tied('रात भर तारी मेंगल के पास गोलाबारी होती रही।')).toContain('2024-12-kurram-retaliation');
    // Left unspelled: Russian "горки" (slides, hills) is no Ghorki, Hindi "नारी" (woman) no Nari.
    expect(tied('Дети катались с горки у дома.')).toEqual([]);
    expect(tied('नारी शक्ति पर एक लेख।')).toEqual([]);
  });
});
