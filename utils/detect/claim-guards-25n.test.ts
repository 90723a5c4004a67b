// @vitest-environment node
// Round 25N: the claim words 24N read as the TTP's raid ("the Taliban claimed the attack") on the pages review 25R
// wrote to test them: the Afghan side's own claims of the clashes, and claim words in other senses, stay on topic.
// Pages written for these tests (25R's, in its own words), not taken from any page.
import { describe, expect, it } from 'vitest';
import { judge } from './probe-pages';

describe("25N: the two sides' own claims of the fighting, and claim words in other senses, stay on topic", () => {
  it.each([
    [
      'N1 fr taliban revendique 58 soldats',
      'Frontière : les talibans disent avoir tué 58 soldats pakistanais',
      [
        "Les talibans ont revendiqué la mort de 58 soldats pakistanais lors d'attaques nocturnes contre des postes à la frontière.",
        "L'armée pakistanaise a reconnu la perte de 23 soldats et affirmé avoir tué plus de 200 combattants talibans.",
      ],
    ],
    [
      'N12 fr pakistan a revendique 200 talibans',
      'Combats à la frontière',
      [
        'Le Pakistan a revendiqué la mort de plus de 200 talibans lors des combats de la nuit à la frontière.',
        "L'armée a reconnu la perte de 23 soldats.",
      ],
    ],
    [
      'N13 de bekannten sich zu angriffen grenzposten',
      'Gefechte an der Grenze',
      [
        'Die Taliban bekannten sich zu den Angriffen auf pakistanische Grenzposten und sprachen von 58 getöteten Soldaten.',
        'Die pakistanische Armee bestätigte den Tod von 23 Soldaten.',
      ],
    ],
    [
      'N15 en claimed responsibility posts 58',
      'Taliban say 58 Pakistani soldiers killed',
      [
        'The Taliban claimed responsibility for attacks on Pakistani border posts, saying 58 soldiers were killed.',
        "Pakistan's army confirmed 23 deaths in the fighting.",
      ],
    ],
    [
      'N16 hi jimmedari li chaukiyon 58',
      'तालिबान का दावा',
      [
        'तालिबान ने पाकिस्तानी सीमा चौकियों पर हमलों की जिम्मेदारी ली और 58 पाकिस्तानी सैनिकों को मारने का दावा किया।',
        'पाकिस्तानी सेना ने 23 सैनिकों की मौत की पुष्टि की।',
      ],
    ],
    [
      'N17 zh xuancheng fuze shaosuo 58',
      '塔利班称打死58名巴军士兵',
      ['塔利班宣称负责对巴基斯坦边境哨所的袭击，并称打死58名巴基斯坦士兵。', '巴基斯坦军方证实23名士兵死亡。'],
    ],
    [
      'N18 bn day sikar',
      'সীমান্তে সংঘর্ষ',
      [
        'তালেবান পাকিস্তানের সীমান্ত চৌকিতে হামলার দায় স্বীকার করেছে এবং ৫৮ পাকিস্তানি সেনা নিহত হওয়ার দাবি করেছে।',
        'পাকিস্তানি সেনাবাহিনী ২৩ সেনার মৃত্যুর কথা নিশ্চিত করেছে।',
      ],
    ],
    [
      'N20 tr ustlendi karakol 58',
      'Sınırda çatışma',
      [
        'Taliban, Pakistan sınır karakollarına yönelik saldırıları üstlendi ve 58 askerin öldürüldüğünü açıkladı.',
        'Pakistan ordusu 23 askerin öldüğünü doğruladı.',
      ],
    ],
    [
      'N2 en pakistan not claimed strike',
      'Strikes hit border district',
      [
        'Pakistani jets struck targets across the border overnight, the Taliban said.',
        'Pakistan has not claimed responsibility for the strikes, and the Taliban vowed to respond.',
        'The Taliban said 10 civilians were killed.',
      ],
    ],
    [
      'N19 bn pakistan did not admit strikes',
      'পাকিস্তানের বিমান হামলা',
      [
        'তালেবান বলেছে পাকিস্তানি যুদ্ধবিমান সীমান্তের ওপারে হামলা চালিয়েছে, তবে পাকিস্তান হামলার দায় স্বীকার করেনি।',
        'তালেবান জানিয়েছে এতে ১০ জন বেসামরিক নিহত হয়েছে।',
      ],
    ],
    [
      'N6 ru take responsibility for security',
      'Столкновения на границе',
      [
        'Талибы заявили, что берут на себя ответственность за охрану границы с Пакистаном после столкновений.',
        'Пакистанские военные сообщили о гибели 23 военнослужащих в боях с талибами.',
      ],
    ],
    [
      'N23 ru denies shelling',
      'Обстрел на границе',
      [
        'Талибы обвинили пакистанских военных в обстреле приграничных деревень, но Исламабад отрицает свою ответственность за обстрел.',
        'По словам талибов, погибли трое мирных жителей.',
      ],
    ],
    [
      'N25 tr ustlendi mediator clash',
      'Katar arabulucu',
      [
        'Taliban ile Pakistan arasında sınırda çıkan çatışmalarda 23 Pakistan askeri öldü.',
        'Katar, Taliban ile Pakistan arasında arabuluculuk görevini üstlendi.',
      ],
    ],
    [
      'N8 tr sorumlu tuttu cross border attacks no karakol',
      "Pakistan Taliban'ı suçladı",
      [
        "Pakistan, askerlerine yönelik sınır ötesi saldırılardan Taliban'ı sorumlu tuttu.",
        'Ordu, çatışmalarda 23 askerin öldüğünü açıkladı.',
      ],
    ],
    [
      'N24 tr sorumlu tuttu catismalar',
      'Pakistan-Taliban çatışması',
      ["Pakistan, sınırdaki çatışmalardan Taliban'ı sorumlu tuttu.", 'Pakistan ordusu çatışmalarda 23 askerin öldüğünü açıkladı.'],
    ],
  ])('%s', (_name, title, blocks) => {
    expect(judge(title, blocks).topic).toBe(true);
  });
});

describe('25N: the Taliban claim a raid only in a sentence that names them', () => {
  it('keeps shelling the Taliban report on topic beside another group’s claim in the same paragraph', () => {
    const verdict = judge('Shelling across the border', [
      'Pakistani troops shelled villages across the border overnight, killing four civilians, a Taliban spokesman said. In a separate incident, Baloch separatists claimed responsibility for a bomb attack on a train in Balochistan.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});

describe('25N: the Taliban claiming attacks on posts at the border report the clashes', () => {
  it.each([
    [
      'en posts along the Durand Line',
      'Taliban claim attacks',
      [
        'The Taliban claimed responsibility for retaliatory attacks on Pakistani posts along the Durand Line, saying 58 soldiers were killed.',
        "Pakistan's army confirmed 23 deaths in the fighting.",
      ],
    ],
    [
      'de Stellungen an der Grenze',
      'Taliban melden Angriffe',
      [
        'Die Taliban bekannten sich zu Angriffen auf pakistanische Stellungen an der Grenze.',
        'Die pakistanische Armee bestätigte den Tod von 23 Soldaten.',
      ],
    ],
    [
      'tr sınırdaki mevziler',
      'Sınırda saldırılar',
      ['Taliban, sınırdaki Pakistan mevzilerine yönelik saldırıları üstlendi.', 'Pakistan ordusu 23 askerin öldüğünü doğruladı.'],
    ],
  ])('%s', (_name, title, blocks) => {
    expect(judge(title, blocks).topic).toBe(true);
  });
});

describe('25N: a raid near the border that the Taliban claimed names no post and stays a raid', () => {
  it.each([
    [
      'en convoy near the Afghan border',
      'Convoy attacked',
      ['The Taliban claimed responsibility for an attack on a Pakistani army convoy near the Afghan border that killed 12 soldiers.'],
    ],
    [
      'hi Orakzai near the Afghan border',
      'ओरकज़ई में हमला',
      [
        'पाकिस्तान के ओरकज़ई में अफगान सीमा के पास सेना के काफिले पर हमला हुआ और 12 सैनिक मारे गए।',
        'तालिबान ने अफगान सीमा के पास हुए इस हमले की जिम्मेदारी ली है।',
      ],
    ],
  ])('%s', (_name, title, blocks) => {
    expect(judge(title, blocks).topic).toBe(false);
  });
});

// Review 25R4: a denial elsewhere in the claim sentence ("Kabul denies sheltering them", "the army did not comment"),
// and posts near the border, are a TTP raid's words: the claim still names the raiders.
describe('25R4: a raid the Taliban claimed, with other words of denial or posts near the border', () => {
  it.each([
    [
      'ru Kabul denies',
      'Нападение в Вазиристане 12 октября 2025 года',
      [
        'Боевики 12 октября 2025 года атаковали военный конвой в Северном Вазиристане у афганской границы, погибли 12 пакистанских военных.',
        'Талибы взяли на себя ответственность за нападение, а Кабул отрицает, что укрывает боевиков.',
        'Армия заявила, что нападавшие были уничтожены в перестрелке.',
      ],
    ],
    [
      'de army did not comment',
      'Anschlag in Waziristan am 12. Oktober 2025',
      [
        'Bei einem Anschlag auf einen Militärkonvoi in Nord-Waziristan nahe der afghanischen Grenze wurden am 12. Oktober 2025 zwölf pakistanische Soldaten getötet.',
        'Die Taliban bekannten sich zu dem Anschlag; die Armee äußerte sich nicht dazu.',
        'Die Angreifer wurden bei einem Schusswechsel getötet.',
      ],
    ],
    [
      'en posts near the border',
      'Posts attacked in North Waziristan',
      [
        'Militants attacked two army posts in North Waziristan near the Afghan border on October 12, 2025, killing 12 soldiers.',
        'The Taliban claimed responsibility for the attacks on the posts near the border.',
        'Security forces killed the attackers.',
      ],
    ],
  ])('%s', (_name, title, blocks) => {
    expect(judge(title, blocks).topic).toBe(false);
  });
});
