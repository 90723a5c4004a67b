// Figures in Russian, Hindi, Marathi and Bengali sentences: "убиты не менее 22 афганских талибов", "8 человек погибли",
// "15 नागरिकों की मौत", "19 पाकिस्तानी सैनिक मारने का दावा". Digits or a few number words, up to two words
// between the number and the counted noun, the verb after the figure or (Russian) before it.
import type { Party } from '../dataset/types';
import { type ScriptFigure, type ScriptNoun, type ScriptVerb, scriptMetric, verbNearFigure } from './figure-verbs';
import { amongThemWomenOrChildren } from './women-or-children';

export type { ScriptFigure };

type Noun = ScriptNoun;

// Russian collective numerals count people: before their noun ("погибли четверо мирных жителей"), or alone, with no
// noun after them ("один погиб, ещё двое ранены": two more wounded; "ранены трое"), read then with the verb right
// beside them, as people (collectivesAlone): the claim's noun is the sentence's.
const COLLECTIVE: Record<string, number> = {
  двое: 2,
  трое: 3,
  четверо: 4,
  пятеро: 5,
  шестеро: 6,
  семеро: 7,
  восьмеро: 8,
  девятеро: 9,
  десятеро: 10,
};
export const CYRILLIC_DEVANAGARI_NUMBER_WORDS: Record<string, number> = {
  // "Один военнослужащий погиб": one, before the noun it counts.
  один: 1,
  два: 2,
  двух: 2,
  три: 3,
  трех: 3,
  трёх: 3,
  четыре: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
  ...COLLECTIVE,
  четырех: 4,
  четырёх: 4,
  шести: 6,
  семи: 7,
  двенадцать: 12,
  пятнадцать: 15,
  двадцать: 20,
  тридцать: 30,
  दो: 2,
  तीन: 3,
  चार: 4,
  पांच: 5,
  पाँच: 5,
  छह: 6,
  सात: 7,
  आठ: 8,
  नौ: 9,
  दस: 10,
  ग्यारह: 11,
  बारह: 12,
  तेरह: 13,
  चौदह: 14,
  पंद्रह: 15,
  सोलह: 16,
  सत्रह: 17,
  अठारह: 18,
  उन्नीस: 19,
  बीस: 20,
  पच्चीस: 25,
  तीस: 30,
  चालीस: 40,
  पचास: 50,
};
const WORD = Object.keys(CYRILLIC_DEVANAGARI_NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// Word edges for scripts with combining marks (Devanagari matras): \b knows only ASCII.
const L = '[\\p{L}\\p{M}]';
const NOUNS: { pattern: string; noun: Noun; losses?: Party }[] = [
  { pattern: 'талиб[\\p{L}]*|तालिबान[\\p{L}\\p{M}]*|তাল[িে]বান[\\p{L}\\p{M}]*', noun: 'soldiers', losses: 'afghanistan' },
  {
    pattern:
      'военнослужащ[\\p{L}]*|солдат[\\p{L}]*|военн(?:ых|ые)|пограничник[\\p{L}]*|सैनिक[\\p{L}\\p{M}]*|जवान[\\p{L}\\p{M}]*|सैन्यकर्मि[\\p{L}\\p{M}]*|সেনা[\\p{L}\\p{M}]*|সৈন্য[\\p{L}\\p{M}]*|সৈনিক[\\p{L}\\p{M}]*',
    noun: 'soldiers',
  },
  { pattern: 'боевик[\\p{L}]*|террорист[\\p{L}]*|आतंकि[\\p{L}\\p{M}]*|आतंकवादि[\\p{L}\\p{M}]*|लड़ाक[\\p{L}\\p{M}]*', noun: 'fighters' },
  // Marathi children: मुले, मुलांचा, मुली, मुलगा, मुलगी; not Hindi मुल्क (country), मुल्ला (mullah), मुलाकात (meeting).
  {
    pattern: 'дет(?:ей|и)|ребен[\\p{L}]*|ребён[\\p{L}]*|बच्च[\\p{L}\\p{M}]*|मुल(?:े|ी|ां|ग)[\\p{L}\\p{M}]*|শিশু[\\p{L}\\p{M}]*',
    noun: 'children',
  },
  {
    pattern: 'мирн(?:ых|ые) жител[\\p{L}]*|жител[\\p{L}]*|гражданск[\\p{L}]*|नागरिक[\\p{L}\\p{M}]*|বেসামরিক[\\p{L}\\p{M}]*',
    noun: 'civilians',
  },
  { pattern: 'блокпост[\\p{L}]*|пост(?:ов|а|ы)?|चौकि[\\p{L}\\p{M}]*|चौकी[\\p{L}\\p{M}]*|চৌকি[\\p{L}\\p{M}]*', noun: 'posts' },
  // Bengali counts with জন before the noun ("২৩ জন পাকিস্তানি সেনা"): জন is the people counted only when no noun
  // follows it. Marathi counts people as लोक ("४७ लोकांचा बळी") or जण ("२२ जण जखमी", "जणांचा"); not Hindi लोकसभा, लोकेशन.
  {
    pattern:
      'человека|человек|लोग[\\p{L}\\p{M}]*|व्यक्ति[\\p{L}\\p{M}]*|लोक(?:ां[\\p{L}\\p{M}]*)?|जण(?:ां[\\p{L}\\p{M}]*|ी)?|জন(?!\\s+(?:[\\p{L}\\p{M}]+\\s+)?(?:সেনা|সৈন্য|সৈনিক|বেসামরিক|শিশু|তাল[িে]বান))|মানুষ[\\p{L}\\p{M}]*|ব্যক্তি[\\p{L}\\p{M}]*',
    noun: 'people',
  },
];
// Which noun a match is, compiled once.
const WHOLE_NOUNS = NOUNS.map((n) => new RegExp(`^(?:${n.pattern})$`, 'iu'));
// Idioms of death: "унесли жизни" (took the lives), "की जान चली गई" / "जान गंवाई" (lost their lives).
const VERBS: [ScriptVerb, RegExp][] = [
  // Marathi: ठार (killed), मृत्यू (death), बळी (victims), मरण पावले (died), मारले गेले (were killed), जखमी (wounded).
  // Bengali: নিহত (killed), মারা গেছে/যান (died), প্রাণ হারিয়েছে (lost their lives), আহত (wounded), দখল, ধ্বংস.
  [
    'killed',
    /погиб|убит|убил|убиты|гибел|жертв|ликвидир|унес\p{L}* жизн|मौत|मारे|मारा|मारने|हत्या|शहीद|ढेर|ठार|मृत्यू|बळी|मरण पाव|मारले|নিহত|মারা গে|মারা যা|প্রাণ হার|जान(?:ें)? (?:गं|गँ|चली|गई|गयी)/u,
  ],
  ['wounded', /ранен|ранил|пострадал|घायल|जख्मी|ज़ख्मी|ज़ख़्मी|जख़्मी|जखमी|আহত/u],
  ['captured', /захвач|захватил|в плен|कब्ज|क़ब्ज|দখল/u],
  ['destroyed', /уничтож|разрушен|तबाह|नष्ट|ध्वस्त|ধ্বংস/u],
];
// Russian often puts the verb first: "погибли четверо …, ранены ещё четыре". A verb right before the number
// (a qualifier between) is the one that counts, whatever follows.
const VERB_JUST_BEFORE: [ScriptVerb, RegExp][] = (
  [
    ['killed', 'погиб\\p{L}*|убит\\p{L}*|убил\\p{L}*|ликвидир\\p{L}*|жизни'],
    ['wounded', 'ранен\\p{L}*|ранил\\p{L}*'],
    ['captured', 'захвач\\p{L}*|захватил\\p{L}*'],
    ['destroyed', 'уничтож\\p{L}*'],
  ] as const
).map(([verb, words]) => [
  verb,
  new RegExp(
    `(?<![\\p{L}])(?:${words})\\s+(?:(?:не менее|как минимум|минимум|по меньшей мере|более|свыше|около|почти|ещё|еще)\\s+)?$`,
    'iu',
  ),
]);
const FIGURE = new RegExp(
  `(?<!${L}|\\d)(?<!\\d[:.])(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d,.])|\\d{1,5}|${WORD})\\s+((?:${L}+\\s+){0,2}?)(${NOUNS.map((n) => n.pattern).join('|')})(?!${L})`,
  'giu',
);

// "… гражданских у пункта «Чаман» на пакистанской территории": the side named in the count's own clause (before any
// other number or clause break) says whose civilians they are.
const PAKISTANI_SIDE_AFTER = /^[^\d.;,]{0,35}?(?:на|с) пакистанской (?:территории|стороне|стороны)/iu;

// "8 человек, среди них трое детей", "в том числе женщины и дети", "औरतों और बच्चों सहित 15 लोगों": people counted
// with women or children among them are civilians, not fighters.
const WOMEN_OR_CHILDREN_AFTER =
  /^\s*,?\s*(?:(?:погибл|убит|ранен|пострадал)\p{L}*\s*,?\s*)?(?:среди (?:них|которых)|в том числе|включая|из них)\s+(?:[\p{L}\d]+\s+)?(?:женщин|дет|ребен|ребён)|^\s*(?:में|मे)\s+(?:[\p{L}\p{M}\d]+\s+){0,2}?(?:औरत|महिला|बच्च)/iu;
const WOMEN_OR_CHILDREN_BEFORE = /(?:औरत|महिला|बच्च)[\p{L}\p{M}]*\s+(?:सहित|समेत)\s+(?:[\p{L}\p{M}]+\s+)?$/u;

// "More than": Russian before the number ("более", "свыше", "больше чем"), Hindi after it ("से अधिक", "से ज़्यादा").
// Not "не более", "ни более" (no more than).
const MORE_THAN_BEFORE = /(?<![\p{L}])(?<!(?:^|[^\p{L}])н[еи]\s)(?:более|свыше|больше(?:,? чем)?)\s+$/iu;
// Marathi after it too: "३० हून अधिक", "तीसपेक्षा जास्त".
const MORE_THAN_AFTER = /^(?:से|हून|पेक्षा)\s+(?:अधिक|ज्यादा|ज़्यादा|जास्त)\s/u;

/** Whose losses: the side named between the number and the noun ("22 афганских талибов", "19 पाक सैनिक"). */
function sideOf(between: string): Party | undefined {
  if (/пакистан|पाक|পাক/iu.test(between)) return 'pakistan';
  if (/афган|талиб|अफगान|अफ़ग़ान|तालिबान|আফগান|তাল[িে]বান/iu.test(between)) return 'afghanistan';
  return undefined;
}

const COLLECTIVE_ALONE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(COLLECTIVE).join('|')})(?![\\p{L}])(?!\\s+(?:[\\p{L}]+\\s+){0,2}?(?:${NOUNS.map((n) => n.pattern).join('|')})(?![\\p{L}]))`,
  'giu',
);
const VERB_RIGHT_AFTER: [ScriptVerb, RegExp][] = [
  ['killed', /^\s+(?:погибл\p{L}*|убит\p{L}*)/iu],
  ['wounded', /^\s+(?:ранен\p{L}*|получил\p{L}* ранени\p{L}*|пострадал\p{L}*)/iu],
];

function collectivesAlone(sentence: string): ScriptFigure[] {
  const found: ScriptFigure[] = [];
  for (const m of sentence.matchAll(COLLECTIVE_ALONE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const verb =
      VERB_RIGHT_AFTER.find(([, re]) => re.test(sentence.slice(end, end + 30)))?.[0] ??
      VERB_JUST_BEFORE.find(([, re]) => re.test(sentence.slice(Math.max(0, start - 40), start)))?.[0];
    if (verb !== 'killed' && verb !== 'wounded') continue;
    found.push({ start, end, text: m[0], value: COLLECTIVE[m[1]!.toLowerCase()]!, verb });
  }
  return found;
}

export function readCyrillicDevanagariFigures(sentence: string): ScriptFigure[] {
  const found: ScriptFigure[] = collectivesAlone(sentence);
  for (const m of sentence.matchAll(FIGURE)) {
    // "1 400 человек": thousands grouped by a space.
    const digits = m[1]!.replace(/[\s\u00a0\u202f]/g, '');
    const value = /^\d+$/.test(digits) ? Number(digits) : CYRILLIC_DEVANAGARI_NUMBER_WORDS[m[1]!.toLowerCase()];
    if (value === undefined || value > 100000) continue;
    if (/^(19|20)\d\d$/.test(m[1]!)) continue; // a year, not a count
    if (/тысяч|млн|миллион|हजार|हज़ार|लाख|करोड़/iu.test(m[2]!)) continue; // "5 тысяч человек": thousands, not five
    const start = m.index!;
    const end = start + m[0].length;
    const kind = NOUNS[WHOLE_NOUNS.findIndex((re) => re.test(m[3]!))]!;
    const lead = sentence.slice(Math.max(0, start - 40), start);
    // "около 100 раненых среди гражданского населения", "четырех раненых гражданских": a participle between the
    // number and the noun says what happened to them, whatever verb stands nearby.
    let verb =
      VERBS.find(([, re]) => re.test(m[2]!))?.[0] ??
      VERB_JUST_BEFORE.find(([, re]) => re.test(lead))?.[0] ??
      verbNearFigure(sentence, start, end, VERBS, { after: 40, before: 40 });
    // "уничтожены 12 террористов": people are destroyed only in the sense of killed.
    if (verb === 'destroyed' && kind.noun !== 'posts') verb = 'killed';
    // "пакистанских талибов", "पाकिस्तानी तालिबान": the Pakistani Taliban (TTP) are militants.
    const among =
      kind.noun === 'people' &&
      amongThemWomenOrChildren(
        sentence.slice(end, end + 60),
        sentence.slice(Math.max(0, start - 40), start),
        WOMEN_OR_CHILDREN_AFTER,
        WOMEN_OR_CHILDREN_BEFORE,
      );
    const noun = among ? 'civilians' : kind.losses === 'afghanistan' && /пакистан|पाक/iu.test(m[2]!) ? 'fighters' : kind.noun;
    const metric = scriptMetric(noun, verb);
    let losses = kind.losses ?? (kind.noun === 'soldiers' ? sideOf(m[2]!) : undefined);
    if (noun === 'fighters') losses = 'militants';
    if (noun === 'civilians' || kind.noun === 'children')
      losses =
        /пакистан|पाक/iu.test(m[2]!) || PAKISTANI_SIDE_AFTER.test(sentence.slice(end, end + 50))
          ? 'civilians-pakistan'
          : 'civilians-afghanistan';
    // "более 40 мирных жителей", "40 से अधिक नागरिक": a toll rounded down to its tens.
    const moreThan = MORE_THAN_BEFORE.test(sentence.slice(Math.max(0, start - 20), start)) || MORE_THAN_AFTER.test(m[2]!);
    found.push({
      start,
      end,
      text: sentence.slice(start, end),
      value,
      metric,
      losses,
      verb,
      ...(moreThan ? { qualifier: 'more-than' as const } : {}),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
