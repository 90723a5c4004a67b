import { describe, expect, it } from 'vitest';
import gateFile from '../../assets/gate.json';
import { loadDataset } from '../dataset/load';
import { createGate, type GateData } from './gate';
import { gateData } from './gate-data';

const terms = loadDataset().terms;

describe('gate', () => {
  it('ships patterns in step with assets/terms.json (else: npm run data:gate)', () => {
    expect(gateFile).toEqual(gateData(terms));
  });
  it('reads the same from the shipped data as from the terms', () => {
    const text = 'Pakistani Taliban fighters crossed near Torkham; ذبيح الله مجاهد denied it, and Pakistan’s ISPR spoke.';
    expect(createGate(gateFile as GateData).scan(text)).toEqual(createGate(gateData(terms)).scan(text));
  });
  it('prefers the longest spelling: "Pakistani Taliban" is the TTP, not Pakistan and the Taliban', () => {
    const hits = createGate(gateData(terms)).scan('The Pakistani Taliban claimed it.');
    expect(hits.map((h) => h.termId)).toEqual(['ttp']);
  });
  it('reads nothing in a block without any anchor word', () => {
    expect(createGate(gateData(terms)).scan('Chitral, Mohmand and Tirah')).toEqual([]);
  });
});
