// @vitest-environment node
// Round 21M: causes of the detector's mistakes on real pages read as they are (not added to the corpus), each fixed
// for its kind and checked here on pages written for these tests, not taken from any real page.
import { describe, expect, it } from 'vitest';
import { type Probe, judge } from './probe-pages';

// A page that names the TTP and names the Afghan side only as "Afghanistan", "the Taliban" or "the Afghan border":
// the TTP's raid inside Pakistan, in the languages where the look-alike's own words were missing.
const TTP_RAIDS: readonly Probe[] = [
  {
    name: 'de: the Pakistani Taliban ambush a convoy near the Afghan border',
    title: 'Pakistan: Mehrere Soldaten bei Hinterhalt getötet',
    blocks: [
      'Islamabad. Bewaffnete haben in der Provinz Khyber Pakhtunkhwa einen Militärkonvoi angegriffen. Bei dem Hinterhalt nahe der Grenze zu Afghanistan seien sieben pakistanische Soldaten getötet worden, sagte ein Behördenvertreter.',
      'Die pakistanischen Taliban bekannten sich zu der Tat.',
    ],
  },
  {
    name: 'fr: Pakistani Taliban kill soldiers at a post in Kurram',
    title: 'Pakistan : six soldats tués dans une attaque',
    blocks: [
      'Six soldats ont été tués dans la nuit lors de l’attaque d’un poste dans le district de Kurram, près de la frontière afghane.',
      'Les talibans pakistanais ont revendiqué l’attaque, qui a duré plusieurs heures.',
      'Islamabad accuse régulièrement Kaboul d’abriter ces combattants, ce que les talibans démentent.',
    ],
  },
  {
    name: 'ru: the Taliban attack a post in Orakzai, the TTP claims it',
    title: 'В Пакистане при нападении на блокпост погибли военные',
    blocks: [
      'В районе Оракзай провинции Хайбер-Пахтунхва у границы с Афганистаном талибы напали на блокпост, погибли пять военных.',
      'Ответственность взяло на себя движение «Техрик-и-Талибан Пакистан».',
    ],
  },
  {
    name: 'en: the TTP ends its ceasefire and soldiers die near the Afghan border',
    title: 'Soldiers killed in Pakistan after militants end truce',
    blocks: [
      'The Pakistani Taliban ended their ceasefire with Islamabad last month and have since stepped up attacks on troops near the Afghan border.',
      'On Sunday four soldiers were killed when gunmen attacked a patrol in the mountains, officials said.',
    ],
  },
];

// Clash pages that name the TTP too: the Afghan side's fighters are named, or the fire came from across the border.
const CLASHES_NAMING_TTP: readonly Probe[] = [
  {
    name: 'en: Afghan Taliban and TTP fighters fire on posts in Kurram, the army answers',
    title: 'Army responds to fire on Kurram posts',
    blocks: [
      'Afghan Taliban fighters and TTP militants opened fire on Pakistani border posts in Kurram late on Friday, officials said.',
      'Pakistani troops returned fire and destroyed two Taliban posts, the officials added.',
    ],
  },
  {
    name: 'en: a soldier killed by fire from across the border, the TTP blamed elsewhere',
    title: 'Soldier killed in firing from across the border',
    blocks: [
      'A soldier was killed when a check post in Bajaur near the Afghan border came under fire from across the border, the military said.',
      'Officials have long said the TTP uses Afghan soil to plan attacks.',
    ],
  },
];

describe('round 21M: a page about the TTP whose Afghan side is only a name of the country', () => {
  for (const probe of TTP_RAIDS)
    it(`stays off topic: ${probe.name}`, () => {
      expect(judge(probe.title, probe.blocks).topic).toBe(false);
    });
  for (const probe of CLASHES_NAMING_TTP)
    it(`stays on topic: ${probe.name}`, () => {
      expect(judge(probe.title, probe.blocks).topic).toBe(true);
    });
});

// Pakistan's talks and truce with the TTP, mediated by the Afghan Taliban in Kabul: not the two states' talks.
const TTP_TALKS: readonly Probe[] = [
  {
    name: 'en: a tribal jirga in Kabul agrees a truce with the TTP',
    title: 'Jirga returns from Kabul as TTP truce holds',
    blocks: [
      'PESHAWAR: A tribal jirga returned from Kabul on Friday after three days of talks between the TTP and the Pakistani government, and the outlawed group agreed to extend its ceasefire.',
      'The Afghan interim government mediated the negotiations in Kabul, a jirga member said.',
      'A Pakistani official in Kabul said the talks would resume next month.',
    ],
  },
  {
    name: 'en: the TTP and elders agree a ceasefire along the Durand Line',
    title: 'Militants and elders agree to a truce',
    blocks: [
      'The Pakistani Taliban and a council of tribal elders from Pakistan have agreed to a two-month ceasefire along the Durand Line, sources said. The talks in Kabul were mediated by the Afghan Taliban government, and Pakistan welcomed the truce.',
    ],
  },
];

describe('round 21M: talks and a truce between Pakistan and the TTP', () => {
  for (const probe of TTP_TALKS)
    it(`stays off topic: ${probe.name}`, () => {
      expect(judge(probe.title, probe.blocks).topic).toBe(false);
    });
  it('keeps talks between the two states on topic when the TTP is their subject', () => {
    const verdict = judge('Talks in Istanbul resume', [
      'Pakistani and Afghan delegations resumed talks in Istanbul on Thursday to firm up the ceasefire agreed in Doha.',
      'Islamabad wants Kabul to act against the TTP, officials said.',
    ]);
    expect(verdict.topic).toBe(true);
  });
  for (const [venue, host] of [
    ['Riyadh', 'Saudi Arabia'],
    ['Urumqi', 'China'],
  ])
    it(`keeps the two states' talks in ${venue} on topic when the TTP is their subject`, () => {
      const verdict = judge(`Pakistan and Afghanistan hold talks in ${venue}`, [
        `Delegations of Pakistan and the Taliban government of Afghanistan met in ${venue} on Sunday for a round of talks hosted by ${host}.`,
        'Pakistan asked Kabul to act against the TTP, while the Afghan side said its soil is used against no country.',
      ]);
      expect(verdict.topic).toBe(true);
    });
});

// German dative plurals of the words of fighting ("nach Angriffen", "zu Kämpfen") and the air force as the striker.
describe('round 21M: German fighting in the dative plural, the Luftwaffe striking', () => {
  it('reads "zu schweren Kämpfen" between the two countries as a clash', () => {
    const verdict = judge('Gefechte an der Grenze', [
      'Am Wochenende kam es in Kunar zu schweren Kämpfen zwischen Afghanistan und Pakistan.',
    ]);
    expect(verdict.topic).toBe(true);
  });
  it('reads strikes of the Pakistani Luftwaffe on Afghanistan as this conflict on a page naming the TTP', () => {
    const verdict = judge('Kämpfe im Grenzgebiet', [
      'Nach Angriffen der pakistanischen Luftwaffe auf Afghanistan kam es am Wochenende zu Kämpfen im Grenzgebiet.',
      'Islamabad wirft Kabul vor, die pakistanischen Taliban zu beherbergen.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});
