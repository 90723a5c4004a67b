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
});
