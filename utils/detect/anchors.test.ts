// @vitest-environment node
// The content script hands on only the blocks `holdsAnchor` keeps, and skips a run of blocks when
// `mayHoldAnchor` says no: neither may drop a block in which the gate would find a name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { ANCHORS, blocksWithAnchors, cleanForGate, holdsAnchor, mayHoldAnchor } from './anchors';
import { createGate } from './gate';
import { gateData } from './gate-data';

const data = gateData(loadDataset().terms);
const gate = createGate(data);
const spellings = [...data.latin, ...data.other].map(([s]) => s);
const piece = fc.oneof(
  fc.constantFrom(...spellings),
  fc.constantFrom(...spellings).map((s) => s.toUpperCase()),
  // A soft hyphen, a zero-width space or an accent inside a name.
  fc.constantFrom(...spellings).chain((s) => fc.nat(s.length).map((k) => `${s.slice(0, k)}\u00ad${s.slice(k)}`)),
  fc.constantFrom(...spellings).chain((s) => fc.nat(s.length).map((k) => `${s.slice(0, k)}\u200b${s.slice(k)}`)),
  fc.constantFrom(...spellings).map((s) => s.replace(/a/, 'ā').replace(/i/, 'í')),
  fc.constantFrom(' ', '-', 'é', 'the ', 'ـ', '\u0301', 'x', '.', '\u064e', '\u0651'),
);

describe('anchors', () => {
  it('keeps every block in which the gate finds a name, and only blocks with an anchor word', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(holdsAnchor(text)).toBe(ANCHORS.test(cleanForGate(text).text));
        if (gate.scan(text).length > 0) expect(holdsAnchor(text)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('lets no run of blocks through unread that holds an anchor word', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { maxLength: 4 }).map((p) => p.join('')),
          { maxLength: 5 },
        ),
        (blocks) => {
          if (!mayHoldAnchor(blocks.join('\n'))) for (const b of blocks) expect(holdsAnchor(b)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('sees anchor words behind soft hyphens, zero-width spaces and accents, and nothing in a recipe', () => {
    expect(holdsAnchor('Nan\u00adgarhar')).toBe(true);
    expect(holdsAnchor('Pak\u200bistan')).toBe(true);
    expect(holdsAnchor('Paktīkā province')).toBe(true);
    expect(holdsAnchor('کابل')).toBe(true);
    expect(holdsAnchor('A recipe for lentil soup, with crème fraîche.')).toBe(false);
  });

  it('reads a vocalised Arabic paragraph: vowel marks and shadda inside the names (round 20V)', () => {
    // "The Pakistani army", "the Afghan forces", "the Torkham crossing", written with harakat as some Arabic pages are.
    expect(holdsAnchor('قَالَ الجَيْشُ البَاكِسْتَانِيُّ')).toBe(true);
    expect(holdsAnchor('القُوَّاتُ الأَفْغَانِيَّةُ')).toBe(true);
    expect(gate.scan('عِنْدَ مَعْبَرِ تُورْخَم').map((h) => h.termId)).toContain('torkham');
    const text = 'اشْتَبَكَتِ القُوَّاتُ عِنْدَ مَعْبَرِ طُورْخَم';
    const hit = gate.scan(text).find((h) => h.termId === 'torkham')!;
    // The hit's offsets are the raw text's, marks included.
    expect(text.slice(hit.start, hit.end)).toBe('طُورْخَم');
  });

  it('reads a Bengali name typed with one ো or with its two halves, and Devanagari nukta letters (round 20V)', () => {
    // তোরখাম (Torkham) and খোস্ত (Khost): ো typed as one character or as ে + া; क़ंधार (Kandahar) with one क़.
    for (const torkham of ['\u09a4\u09cb\u09b0\u0996\u09be\u09ae', '\u09a4\u09c7\u09be\u09b0\u0996\u09be\u09ae']) {
      expect(holdsAnchor(`${torkham} সীমান্তে`)).toBe(true);
      expect(gate.scan(`${torkham} সীমান্তে`).map((h) => h.termId)).toContain('torkham');
    }
    expect(gate.scan('আফগান, \u0996\u09cb\u09b8\u09cd\u09a4').map((h) => h.termId)).toContain('khost');
    expect(gate.scan('अफगान, \u0958\u0902\u0927\u093e\u0930').map((h) => h.termId)).toContain('kandahar');
  });

  it('hands on a paragraph in Arabic script that names only a province or crossing', () => {
    // "Kandahar's police chief said…" (Urdu), "strikes in Khost" (Dari), "in Spin Boldak" (Pashto).
    expect(holdsAnchor('قندھار پولیس کے سربراہ نے صحافیوں کو بتایا')).toBe(true);
    expect(holdsAnchor('حملات هوایی در خوست')).toBe(true);
    expect(holdsAnchor('په سپین بولدک کې')).toBe(true);
  });

  it('hands on a Hindi paragraph on the Istanbul round that names neither country', () => {
    // "Türkiye said a top-level meeting will be held in Istanbul on 6 November."
    expect(holdsAnchor('तुर्की ने बताया कि 6 नवंबर को इस्तांबुल में शीर्ष स्तर की बैठक होगी।')).toBe(true);
  });

  it('hands on a Russian paragraph quoting the Spin Boldak governor that names neither country', () => {
    // "The Spin Boldak district governor said four more people were wounded."
    expect(holdsAnchor('Губернатор округа Спин-Булдак сказал, что ранения получили ещё четыре человека.')).toBe(true);
    expect(holdsAnchor('Обстрел в Спин-Болдаке продолжался два часа.')).toBe(true);
  });

  it('hands on a Russian paragraph that names only provinces or a spokesman', () => {
    // Made-up: "In Nangarhar province a house was hit, in Paktika a school"; "Mujahid said the answer would follow".
    expect(holdsAnchor('В провинции Нангархар снаряд попал в дом, а в Пактике — в школу.')).toBe(true);
    expect(holdsAnchor('Муджахид заявил, что ответ последует.')).toBe(true);
    // A server host is no Khost.
    expect(holdsAnchor('Хостинг сайта не работал два часа.')).toBe(false);
  });
  it('also hands on a short block with a digit right beside a block with an anchor word: it may be its dateline', () => {
    const blocks = ['Menu', 'Peshawar, ۶ September', 'Pakistan closed the Torkham crossing.', 'Share', 'Page 2 of 7', 'Weather'].map(
      (text) => ({ text }),
    );
    expect(blocksWithAnchors(blocks).map((b) => b.text)).toEqual(['Peshawar, ۶ September', 'Pakistan closed the Torkham crossing.']);
    expect(blocksWithAnchors([{ text: 'Page 2 of 7' }, { text: 'Weather' }])).toEqual([]);
  });
  it('holds no word twice, and none another word already finds (stage 1 carries every byte to every page)', () => {
    const words = ANCHORS.source.split('|').map((w) => w.toLowerCase());
    const needless = words.filter((w, i) => words.some((other, j) => j !== i && w.includes(other) && (w !== other || j < i)));
    expect(needless).toEqual([]);
  });
});
