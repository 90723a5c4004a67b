// @vitest-environment node
// Round 23N: causes of the detector's mistakes on real pages outside Arabic script, read as they are (not added to
// the corpus), each fixed for its kind and checked here on pages written for these tests, not taken from any page.
import { describe, expect, it } from 'vitest';
import { judge } from './probe-pages';

describe('round 23N: the Afghan side named with a case ending, the Pakistani Taliban not', () => {
  it('reads Turkish "Taliban güçlerinin" and "Taliban kuvvetinin" as the Afghan side on a page naming the TTP', () => {
    const verdict = judge('Sınırda çatışma: ordu karşılık verdi', [
      'Afganistan sınırında Taliban güçlerinin Pakistan karakollarına saldırmasıyla çatışma çıktı.',
      'Ordu, 40 Taliban kuvvetinin öldürüldüğünü ve 5 askerin hayatını kaybettiğini açıkladı.',
      'Açıklamaya göre saldırıya Pakistan Talibanı (TTP) militanları da katıldı.',
    ]);
    expect(verdict.topic).toBe(true);
  });
  it('does not read "Pakistani Taliban fighters" as the Afghan side on a page about a raid inside Pakistan', () => {
    const verdict = judge('Soldiers killed in operation near Afghan border', [
      'In an operation against the TTP in the Orakzai district of Khyber Pakhtunkhwa, bordering Afghanistan, eight soldiers and 15 militants were killed on Tuesday.',
      'A week earlier, a raid in Dera Ismail Khan killed 13 Pakistani Taliban fighters in the firing.',
    ]);
    expect(verdict.topic).toBe(false);
  });
});

describe('round 23N: Kabul accused of sheltering the TTP', () => {
  it('keeps a TTP ambush off topic when the page blames Kabul for cross-border attacks', () => {
    const verdict = judge('Paramilitary soldiers killed in ambush', [
      'Seven paramilitary soldiers were killed when TTP gunmen ambushed their convoy in the Kurram district near the Afghan border, officials said.',
      'Islamabad blames Kabul for cross-border attacks',
      'Islamabad has accused Kabul of failing to stop TTP fighters from launching cross-border raids.',
    ]);
    expect(verdict.topic).toBe(false);
  });
  it('keeps Afghan forces firing on posts on topic though the page accuses Kabul and names the TTP', () => {
    const verdict = judge('Border posts come under fire', [
      'Afghan forces opened fire on Pakistani posts in Kurram on Tuesday, and troops returned fire, officials said.',
      'Islamabad accused Kabul of sheltering the TTP.',
    ]);
    expect(verdict.topic).toBe(true);
  });
  it('keeps the two capitals trading fire and blame on topic on a page naming the TTP', () => {
    const verdict = judge('Firing on the border', [
      'Forces of Islamabad and Kabul exchanged fire along the border on Monday and accused each other of sheltering TTP militants.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});

describe('round 23N: words spelled as a region writes them', () => {
  it('reads the Swiss spelling "Zusammenstösse" between the two countries as a clash', () => {
    const verdict = judge('Nachtrag', ['An der Grenze zwischen Pakistan und Afghanistan kam es in der Nacht zu Zusammenstössen.']);
    expect(verdict.topic).toBe(true);
  });
  it('reads a Chinese page on a US drone strike in Waziristan as that look-alike', () => {
    const verdict = judge('无人机袭击', [
      '官员说,美国的无人机在靠近阿富汗边界的北瓦济里斯坦向一处房屋发射导弹,打死三名武装分子。',
      '美国一直用无人机打击巴基斯坦和阿富汗边界部落地区的武装分子。',
    ]);
    expect(verdict.topic).toBe(false);
  });
});

describe('round 23N: the 48-hour truce of October 2025 named in Chinese', () => {
  it('ties a Chinese page on the 48-hour ceasefire to the event that holds it', () => {
    const verdict = judge('巴阿同意暂时停火', [
      '巴基斯坦外交部15日宣布，巴基斯坦与阿富汗塔利班政府同意从当天晚上起停火48小时。',
      '此前两国边境连日交火，双方都称对方先开火。',
    ]);
    expect(verdict.events[0]?.id).toBe('2025-10-15-spin-boldak-kurram');
  });
});

describe('round 23N: talks of the Republic with the Taliban in Doha', () => {
  it('keeps talks between Kabul and the Taliban in Doha off topic', () => {
    const verdict = judge('В Дохе возобновились переговоры Кабула с талибами', [
      'Представители Кабула и талибов снова встретились в Дохе после месячных консультаций в Исламабаде.',
      'Стороны обсудили продолжение переговоров.',
    ]);
    expect(verdict.topic).toBe(false);
  });
});

// Review 23R, from reading the code: three of this round's words also fit the two sides' own reports.
describe('review 23R: the two sides fighting, in words this round reads', () => {
  it('keeps Pakistan accusing Kabul of shelling its posts on topic on a page that names the TTP', () => {
    const verdict = judge('Soldiers killed in Kurram', [
      'Pakistan accused Kabul of shelling its border posts in Kurram, killing three soldiers.',
      'The military said it responded and destroyed several posts.',
      'Islamabad says TTP militants use Afghan soil.',
    ]);
    expect(verdict.topic).toBe(true);
  });

  it('reads talks of "the government and the Taliban" after a border clash as no intra-Afghan talks', () => {
    const page = (who: string) =>
      judge('Столкновения на границе', [
        'Пакистанские и афганские силы обменялись огнём у Чамана, погибли трое военных.',
        `Позже начались переговоры ${who} и талибов при посредничестве Катара.`,
      ]);
    expect(page('правительства').score).toBe(page('Исламабада').score);
  });
});
