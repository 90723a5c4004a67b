// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize';
import { reportsDeclaration, speaksOfThreat } from './threat-words';

const threat = (s: string) => speaksOfThreat(foldForMatch(s));

describe('speaksOfThreat', () => {
  it('reads warnings and conditions in six languages', () => {
    for (const s of [
      'Islamabad warns Kabul of open war if the talks collapse',
      'Pakistan droht Afghanistan mit offenem Krieg',
      "Le Pakistan menace l'Afghanistan d'une guerre ouverte",
      "Pakistan'dan Afganistan'a açık savaş tehdidi",
      'Пакистан пригрозил Афганистану открытой войной',
      'Открытая война, если переговоры сорвутся',
      'पाकिस्तान ने अफगानिस्तान को खुली जंग की धमकी दी',
    ])
      expect(threat(s), s).toBe(true);
  });

  it('reads none in a declaration', () => {
    for (const s of [
      'Pakistan declares open war on the Taliban government',
      'Pakistan erklärt Afghanistan den offenen Krieg',
      "Le Pakistan se dit en guerre ouverte avec l'Afghanistan",
      'Пакистан объявил открытую войну талибам',
      'पाकिस्तान ने तालिबान के खिलाफ खुले युद्ध का ऐलान किया',
    ])
      expect(threat(s), s).toBe(false);
  });
});

describe('reportsDeclaration', () => {
  const declares = (s: string) => reportsDeclaration(foldForMatch(s));

  it('reads a declaration in six languages', () => {
    for (const s of [
      'Pakistan declares open war on the Taliban government',
      'Pakistan erklärt Afghanistan den offenen Krieg',
      "Le Pakistan se dit en guerre ouverte avec l'Afghanistan",
      "Pakistan Afganistan'a açık savaş ilan etti",
      'Пакистан объявил открытую войну талибам',
      'पाकिस्तान ने तालिबान के खिलाफ खुले युद्ध का ऐलान किया',
    ])
      expect(declares(s), s).toBe(true);
  });

  it('reads none in a threat, a fear, a question or a plain description', () => {
    for (const s of [
      'Islamabad warns Kabul of open war if the talks collapse',
      'Will Pakistan declare open war?',
      'Pakistan and Afghanistan on the brink of open war',
      'Pakistan denies it has declared open war',
      'Afghanistan and Pakistan in open war as border clashes kill dozens',
      'Пакистан и Афганистан на грани открытой войны',
      'Weeks after declaring open war, Pakistan bombs a hospital',
      'Pakistan ile Afganistan açık savaş içinde',
      'Seit der Erklärung des offenen Krieges bombardiert Pakistan Kabul',
    ])
      expect(declares(s), s).toBe(false);
  });
});
