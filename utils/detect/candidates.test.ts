import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { CandidateCollector, MAX_CANDIDATES } from './candidates';
import { createGate } from './gate';
import { gateData } from './gate-data';

const gate = createGate(gateData(loadDataset().terms));

describe('CandidateCollector', () => {
  it('passes only when the page names both sides or the border', () => {
    const c = new CandidateCollector(gate);
    c.addBlock('Pakistan won the toss.', 0);
    expect(c.passes()).toBe(false);
    c.addBlock('Afghanistan batted second.', 1);
    expect(c.passes()).toBe(true);
  });
  it('stays bounded on a page that never stops adding named sentences, and says it was trimmed', () => {
    const c = new CandidateCollector(gate);
    for (let i = 0; i < 5000; i++) c.addBlock(`Update ${i}: Pakistani and Afghan forces exchanged fire near Torkham.`, i);
    expect(c.added).toBe(5000);
    expect(c.blocksInUse().size).toBeLessThanOrEqual(4 * MAX_CANDIDATES);
    const { sentences, truncated } = c.result();
    expect(sentences.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(truncated).toBe(true);
  });

  const texts = (c: CandidateCollector) => c.result().sentences.map((s) => s.text);
  const named = 'Pakistani and Afghan Taliban border guards exchanged fire at the Torkham crossing, officials said.';

  it('keeps the dateline beside a named block of an undated page, not of a dated one', () => {
    const undated = new CandidateCollector(gate, true);
    undated.addBlocks([
      { index: 0, text: 'Peshawar, Wednesday, September 6' },
      { index: 1, text: named },
    ]);
    expect(texts(undated)).toContain('Peshawar, Wednesday, September 6');
    const dated = new CandidateCollector(gate);
    dated.addBlocks([
      { index: 0, text: 'Peshawar, Wednesday, September 6' },
      { index: 1, text: named },
    ]);
    expect(texts(dated)).not.toContain('Peshawar, Wednesday, September 6');
  });

  it('keeps from a paragraph without names only a day its weekday pins, and only right beside a named block', () => {
    const pinned = 'این منابع روز چهارشنبه، ۵ جدی، افزودند که بیشتر کشته‌شدگان زن و کودک بوده‌اند و خانه‌ها ویران شده است.';
    const background = 'Violence across the border has grown sharply since 10 October, with scores of civilians killed or hurt.';
    const c = new CandidateCollector(gate, true);
    c.addBlocks([
      { index: 0, text: named },
      { index: 1, text: pinned },
      { index: 2, text: 'Nothing here.' },
      { index: 3, text: named },
      { index: 4, text: background },
    ]);
    expect(texts(c)).toContain(pinned);
    expect(texts(c)).not.toContain(background);
    const far = new CandidateCollector(gate, true);
    far.addBlocks([
      { index: 0, text: named },
      { index: 2, text: pinned },
    ]);
    expect(texts(far)).not.toContain(pinned);
  });

  it("keeps one such dateline per page: a list of stories' dates must not decide the event", () => {
    const c = new CandidateCollector(gate, true);
    c.addBlocks([
      { index: 0, text: named },
      { index: 1, text: '12 March 2024' },
      { index: 2, text: named },
      { index: 3, text: '3 October 2025' },
    ]);
    expect(texts(c)).toContain('12 March 2024');
    expect(texts(c)).not.toContain('3 October 2025');
  });

  it("keeps the sentence after a named one when it holds a figure in another script's digits", () => {
    const c = new CandidateCollector(gate, true);
    c.addBlock('Pakistani jets bombed Paktika in Afghanistan overnight. By morning ۱۸ bodies had been found.', 0);
    expect(texts(c)).toContain('By morning ۱۸ bodies had been found.');
  });
});
