// @vitest-environment node
// Round 24N: causes of the detector's mistakes on real pages outside Arabic script, read as they are (not added to
// the corpus), each fixed for its kind and checked here on pages written for these tests, not taken from any page.
import { describe, expect, it } from 'vitest';
import { judge } from './probe-pages';

describe('round 24N: "the Taliban" claiming an attack are the raiders', () => {
  it('keeps a Hindi page on an ambush the Taliban claimed in Orakzai off topic', () => {
    const verdict = judge('ओरकज़ई में सेना पर हमला', [
      'पाकिस्तान के खैबर पख्तूनख्वा में तालिबान ने सेना के काफिले पर हमला किया.',
      'इस हमले में 12 पाकिस्तानी सैनिक मारे गए और तालिबान ने हमले की जिम्मेदारी ली है.',
    ]);
    expect(verdict.topic).toBe(false);
  });
  it('keeps an English page on a post attack the Taliban claimed off topic', () => {
    const verdict = judge('Soldiers killed in attack on post', [
      'The Taliban attacked a security post in Pakistan’s Khyber Pakhtunkhwa overnight, killing nine soldiers.',
      'The Taliban claimed responsibility for the attack on the Pakistani post.',
    ]);
    expect(verdict.topic).toBe(false);
  });
  it('keeps a Russian page on a base raid whose responsibility "the Taliban" confirmed off topic', () => {
    const verdict = judge('Нападение на базу', [
      'Не менее 20 человек погибли при нападении боевиков движения «Талибан» на военную базу в Пакистане.',
      'Талибы ворвались на базу в Пешаваре и открыли огонь по военным.',
      'Движение «Талибан» подтвердило свою ответственность за нападение.',
    ]);
    expect(verdict.topic).toBe(false);
  });
  it('keeps a Turkish page on a raid officials blamed on "the Taliban" off topic', () => {
    const verdict = judge('Kontrol noktasına baskın', [
      'Pakistanlı yetkililer, Taliban’ı sorumlu tuttukları baskının Hayber Pahtunhva’da bir kasabada düzenlendiğini bildirdi.',
      'Pakistan’ın Afganistan sınırı yakınında dün düzenlenen saldırıda da 20 kişi öldü.',
    ]);
    expect(verdict.topic).toBe(false);
  });
  it('keeps a Turkish clash report on topic where Pakistan holds the Taliban responsible for attacks on its posts', () => {
    const verdict = judge('Sınır karakollarına saldırı', [
      'Pakistan, gece boyunca sınır karakollarına yapılan saldırılardan Taliban’ı sorumlu tuttu.',
      'Ordu, çatışmalarda 23 askerin öldüğünü açıkladı.',
    ]);
    expect(verdict.topic).toBe(true);
  });
  it('keeps Afghan forces attacking Pakistani posts on topic though someone claimed an earlier attack', () => {
    const verdict = judge('Border posts come under fire', [
      'Afghan Taliban forces attacked Pakistani posts along the border in Kunar on Sunday and troops returned fire.',
      'The Taliban claimed responsibility for the attack on the Pakistani posts.',
    ]);
    expect(verdict.topic).toBe(true);
  });
  it('keeps a claim on a page that names an Afghan place struck on topic', () => {
    const verdict = judge('Frappes au Paktika', [
      'Des avions pakistanais ont bombardé des villages du Paktika, a déclaré le porte-parole taliban.',
      'Les talibans ont revendiqué une attaque contre un poste pakistanais à la frontière.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});

describe('round 24N: the Islamic State in Khorasan by its French name', () => {
  it('reads a French page on a Kabul bombing the EI-K claimed as that look-alike', () => {
    const verdict = judge("Qui est l'EI-K ?", [
      "L'EI-K est le groupe qui a revendiqué l'attentat-suicide de jeudi à Kaboul, qui a fait des dizaines de morts, dont 12 soldats américains, et une centaine de blessés. Installé dans la province de Nangarhar, à la frontière pakistanaise, l'EI-K recrute des talibans afghans déçus et des Ouzbeks.",
    ]);
    expect(verdict.topic).toBe(false);
  });
});
