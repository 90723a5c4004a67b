import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { createGate } from './gate';
import { gateData } from './gate-data';

const terms = loadDataset().terms;

describe('gate', () => {
  it('prefers the longest spelling: "Pakistani Taliban" is the TTP, not Pakistan and the Taliban', () => {
    const hits = createGate(gateData(terms)).scan('The Pakistani Taliban claimed it.');
    expect(hits.map((h) => h.termId)).toEqual(['ttp']);
  });
  it('reads Torkham as Arabic news spells it, with an alef ("معبر تورخام")', () => {
    // "The Torkham crossing was closed after an exchange of fire": no other anchor word in the block.
    const hits = createGate(gateData(terms)).scan('أُغلق معبر تورخام إثر تبادل لإطلاق النار');
    expect(hits.map((h) => h.termId)).toEqual(['torkham']);
  });
  it('reads Chitral and Tarar as Arabic and Dari news spell them', () => {
    // "Pakistan's information minister Attaullah Tarar said militants attacked posts in Chitral."
    const ids = (text: string) =>
      createGate(gateData(terms))
        .scan(text)
        .map((h) => h.termId);
    expect(ids('قال وزير الإعلام الباكستاني عطاء الله تارار إن مسلحين هاجموا مواقع في شترال')).toEqual(
      expect.arrayContaining(['attaullah-tarar', 'chitral']),
    );
    expect(ids('عطاءالله طرار، وزیر اطلاعات پاکستان')).toContain('attaullah-tarar');
  });
  it('reads nothing in a block without any anchor word', () => {
    expect(createGate(gateData(terms)).scan('Chitral, Mohmand and Tirah')).toEqual([]);
  });
  it('does not read Riyadh in Arabic "sport" or Persian "mathematics", and reads the city', () => {
    const ids = (text: string) =>
      createGate(gateData(terms))
        .scan(text)
        .map((h) => h.termId);
    expect(ids('خسارة كبيرة للرياضة الأفغانية ولأفغانستان')).not.toContain('riyadh');
    expect(ids('معلم ریاضی در کابل')).not.toContain('riyadh');
    expect(ids('محادثات بين أفغانستان وباكستان في الرياض')).toContain('riyadh');
  });
  it('reads the FC spelled out in Urdu ("ایف سی"), not the end of Persian "وظایف" before "سیاسی"', () => {
    const ids = (text: string) =>
      createGate(gateData(terms))
        .scan(text)
        .map((h) => h.termId);
    expect(ids('چمن میں افغان فورسز نے ایف سی اہلکاروں پر فائرنگ کی')).toContain('frontier-corps');
    expect(ids('وظایف سیاسی سفیر پاکستان در کابل')).not.toContain('frontier-corps');
    // "ایف سی آر": the Frontier Crimes Regulation, not the force.
    expect(ids('افغان مہاجرین پر ایف سی آر کا قانون لاگو تھا')).not.toContain('frontier-corps');
  });
});
