// Figures in Urdu, Dari, Pashto and Arabic sentences: "12 جوان شہید" (12 soldiers martyred), "274 افغان
// طالبان ہلاک", "۲۳ تن از سربازان", "سولہ جنگجو ہلاک", "مقتل 8 من طالبان". Pakistani media call their own
// soldiers jawans and their dead martyrs; Afghan media say سرباز; Arabic puts the verb first.
import type { Metric, Party } from '../dataset/types';
import { type ScriptFigure, type ScriptVerb, verbNearFigure } from './figure-verbs';
import { asciiDigitCode, foldLetterCode } from '../text/normalize';

/** Arabic 11 to 19, in the masculine and feminine forms: "ثلاثة عشر", "إحدى عشرة". Read whole, not as ten. */
const ARABIC_TEENS: Record<string, number> = Object.fromEntries(
  [
    ['أحد', 'إحدى'],
    ['اثنا', 'اثنتا', 'اثني', 'اثنتي'],
    ['ثلاثة', 'ثلاث'],
    ['أربعة', 'أربع'],
    ['خمسة', 'خمس'],
    ['ستة', 'ست'],
    ['سبعة', 'سبع'],
    ['ثمانية', 'ثماني', 'ثمان'],
    ['تسعة', 'تسع'],
  ].flatMap((units, i) => units.flatMap((unit) => [`${unit} عشر`, `${unit} عشرة`].map((teen) => [teen, 11 + i]))),
);

/** Number words, folded (one letter per family): Urdu, Dari, Pashto and Arabic, the ones counts use most. */
export const ARABIC_SCRIPT_NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  Object.entries({
    // Urdu
    ایک: 1,
    دو: 2,
    تین: 3,
    چار: 4,
    پانچ: 5,
    چھ: 6,
    سات: 7,
    آٹھ: 8,
    نو: 9,
    دس: 10,
    گیارہ: 11,
    بارہ: 12,
    تیرہ: 13,
    چودہ: 14,
    پندرہ: 15,
    سولہ: 16,
    سترہ: 17,
    اٹھارہ: 18,
    انیس: 19,
    بیس: 20,
    پچیس: 25,
    تیس: 30,
    چالیس: 40,
    پچاس: 50,
    سو: 100,
    اکہتر: 71,
    // Dari
    یک: 1,
    سه: 3,
    چهار: 4,
    پنج: 5,
    شش: 6,
    هفت: 7,
    هشت: 8,
    نه: 9,
    ده: 10,
    یازده: 11,
    دوازده: 12,
    سیزده: 13,
    چهارده: 14,
    پانزده: 15,
    شانزده: 16,
    هفده: 17,
    هجده: 18,
    نوزده: 19,
    بیست: 20,
    سی: 30,
    چهل: 40,
    پنجاه: 50,
    صد: 100,
    // Pashto
    یو: 1,
    دوه: 2,
    درې: 3,
    څلور: 4,
    پنځه: 5,
    شپږ: 6,
    اووه: 7,
    اته: 8,
    نهه: 9,
    لس: 10,
    شل: 20,
    یوولس: 11,
    دولس: 12,
    دیارلس: 13,
    څوارلس: 14,
    پنځلس: 15,
    شپاړس: 16,
    اوولس: 17,
    اتلس: 18,
    نولس: 19,
    دېرش: 30,
    // Arabic
    اثنان: 2,
    اثنين: 2,
    ثلاثة: 3,
    أربعة: 4,
    خمسة: 5,
    ستة: 6,
    سبعة: 7,
    ثمانية: 8,
    تسعة: 9,
    عشرة: 10,
    عشرين: 20,
    // The forms counting feminine nouns ("ثلاث نساء"), and tens
    ثلاث: 3,
    أربع: 4,
    خمس: 5,
    ست: 6,
    سبع: 7,
    ثمان: 8,
    تسع: 9,
    عشر: 10,
    ثلاثين: 30,
    أربعين: 40,
    خمسين: 50,
    ...ARABIC_TEENS,
  }).map(([k, v]) => [foldSameLength(k), v]),
);

/** Arabic-script letters one per family and Eastern digits as ASCII, keeping every offset. */
export function foldSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += String.fromCharCode(foldLetterCode(asciiDigitCode(c)));
  }
  return out;
}

const NUMBER_WORD = Object.keys(ARABIC_SCRIPT_NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUMBER = `[0-9]+|(?:${NUMBER_WORD})`;
// Patterns below are written as pages spell them and folded once, like the text they run on.
const fold = (pattern: string) => foldSameLength(pattern);
// Words between the number and the noun: "46 عام شہری", "۲۳ تن از سربازان", "8 من طالبان", "کم از کم",
// "تین ایف سی جوان" (FC, the Frontier Corps), Pashto "څلور نور يې ټپیان کړل" (four others of them wounded).
// Urdu puts "more than" after the number: "200 سے زائد دہشت گرد", "71 سے زیادہ خوارج".
// Dari and Urdu دیگر (others): "۴۷۸ دیگر زخمی".
// Arabic counts 11 to 99 in the singular accusative: "16 عنصراً من طالبان" (16 members of the Taliban), as عناصر.
const FILLER = fold(
  '(?:(?:تن|نفر|عام|من|از|د|کس|کسان|عناصر|عنصرا\u064b?|عنصر|تنه|پاکستانی|افغان|افغانی|ایف سی|نور|دیگر|يې|سے زائد|سے زیادہ)\\s+){0,2}',
);
// "۷۰ ملکي وژلي او ۴۷۸ نور یې ټپیان کړي", "۱۲ غیرنظامی کشته و ۳۰ تن دیگر زخمی": the others are more of those counted
// before them in the sentence (Pashto نور, Dari and Urdu دیگر), as in English "two soldiers died and three others".
const OTHERS_IN = new RegExp(fold('(?<![\\p{L}])(?:نور|دیگر)(?![\\p{L}])'), 'u');
const OTHERS_AFTER = new RegExp(fold('^\\s*دیگر(?![\\p{L}])'), 'u');
interface CountedNoun {
  pattern: string;
  noun: 'soldiers' | 'fighters' | 'civilians' | 'posts' | 'people' | 'bare';
  losses?: Party;
}
const NOUNS = (
  [
    {
      pattern:
        'افغان طالبان|طالبان|افغان فوجی|افغان سرباز|مقاتلی طالبان|عناصر طالبان|طالب جنگیالی|طالب جنگیالیان|جنگجوی طالبان|جنگجویان طالبان',
      noun: 'soldiers',
      losses: 'afghanistan',
    },
    {
      pattern: 'پاکستانی فوجی|پاکستانی سرباز|پاکستانی سرتیری|جوانوں|جوان|اهلکاروں|اهلکار|جنود باکستانیین|جندیا باکستانیا',
      noun: 'soldiers',
      losses: 'pakistan',
    },
    // Pashto پوځیان (soldiers) and سرتېري.
    { pattern: 'سربازان|سرباز|سرتیری|سرتیرو|پوځیان|فوجیوں|فوجی|جنود|جندیا|جندی|عسکریین', noun: 'soldiers' },
    {
      // Dari "جنگجویان" and "۲۵ عضو تحریک طالبان پاکستان" (TTP members).
      pattern:
        'خوارج|دهشت گردوں|دهشت گرد|شدت پسندوں|شدت پسند|جنگجووں|جنگجویان|جنگجوی|جنگجو|مسلحین|مسلحا|مقاتلین|مقاتلا|مقاتلی|ارهابیین|تروریست|عضو تحریک طالبان|اعضای تحریک طالبان',
      noun: 'fighters',
      losses: 'militants',
    },
    {
      // Dari باشنده (resident), Pashto ملکیان (civilians) and "عام وګړي" (common people) count civilians as the
      // other words do; women and children are civilians here as in English ("three women").
      pattern:
        'شهریوں|شهری|غیرنظامیان|غیر نظامیان|غیرنظامی|ملکی وگری|ملکی خلک|ملکیان|ملکی|عام وګړي|عام وګړو|بچوں|بچے|بچہ|کودکان|کودک|مدنیین|مدنیا|اطفال|ماشومان|باشندگان|باشنده|نساء|امرأة|طفلا|خواتین|عورتوں|عورتیں|زنان|ښځې',
      noun: 'civilians',
    },
    { pattern: 'چوکیاں|چوکیوں|چوکی|پوسٹیں|پوسٹوں|پاسگاه|پوستی|پوسته|مراکز|نقاط', noun: 'posts' },
    { pattern: 'افراد|اشخاص|شخصا|کسان|لوگوں|لوگ|تن|نفر', noun: 'people' },
    // A count with no noun, the verb in its place: "6 شہری جاں بحق، 17 زخمی", "۱۲ کشته".
    // Arabic names the dead and the wounded: "44 قتيلا", "12 جريحا".
    { pattern: 'زخمی|ټپیان|مجروح|جاں بحق|جان بحق|هلاک|کشته|قتیلا|قتیل|قتلی|جریحا|جرحی|مصابا', noun: 'bare' },
  ] satisfies CountedNoun[]
).map((n: CountedNoun) => ({ ...n, pattern: fold(n.pattern), whole: new RegExp(`^(?:${fold(n.pattern)})$`) }));
// Killed: Dari "را کشت" (killed them), Urdu "جان لے لی" (took the lives), "جان سے گئے" (lost their lives).
const VERBS: [ScriptVerb, RegExp][] = (
  [
    [
      'killed',
      'قتیل|قتلی|شهید|هلاک|مارنے|جاں بحق|جان بحق|کشت(?!ی)|وژل|مړه|مره|ماری|قتل|مقتل|حتفه|جان باخت|لقی|لقوا|جان چلی|جانیں چلی|جان لے|جانیں لے|جان سے گئ|جانیں گئ',
    ],
    // Dari "زخم برداشتند" (took wounds), Urdu "زخم آئے" (wounds came): the noun with its verb.
    ['wounded', 'زخم|ټپی|تپی|مجروح|جرح|جریح|اصاب|اصیب|مصاب'],
    ['captured', 'قبضه|تصرف|ونیول|اسیر|گرفتار'],
    ['destroyed', 'تباه|ویران|ویجاړ|ویجار|نابود|دمر|تدمیر'],
  ] as const
).map(([verb, words]) => [verb, new RegExp(fold(words))]);
// The word just before the number, when it says what happened: Arabic puts the verb or its noun first ("مقتل
// عشرة مدنيين، وإصابة 12": the ten were killed, not wounded), Dari "جان پنج غیرنظامی را گرفت" (took the lives of five).
// "at least", "more than" between the verb and the number: "مرگ کم‌از‌کم ۶۵۰ نفر", "مقتل ما لا يقل عن 10". The verb may
// carry "and" (و), "by" (ب) or "so" (ف): "فقُتل 6 مدنيين وجُرح آخرون", so six were killed and others wounded.
const QUALIFIER = fold('(?:(?:دست\u200c?\\s?کم|کم\u200c?\\s?از\u200c?\\s?کم|حداقل|بیش از|ما لا یقل عن|أکثر من|نحو|حوالی)\\s+)?');
const VERB_JUST_BEFORE: [ScriptVerb, RegExp][] = (
  [
    ['killed', '(?:مقتل|قتل|قتلت|قتلوا|استشهاد|جان|مرگ)'],
    ['wounded', '(?:اصابه|اصابة|جرح|جرحت)'],
    ['captured', '(?:اسر)'],
  ] as const
).map(([verb, word]) => [verb, new RegExp(`(?<![\\p{L}])[وبف]?${fold(word)}\\s+${QUALIFIER}$`, 'u')]);
// Arabic "سقط جنديان" (two soldiers fell): killed, unless the count is said to fall wounded, the word right after
// it or after its side ("سقط 3 جنود باكستانيين جرحى", "سقط جنديان جريحين").
const FELL_JUST_BEFORE = new RegExp(`(?<![\\p{L}])[وف]?${fold('سقط')}\\s+${QUALIFIER}$`, 'u');
const FELL_WOUNDED = new RegExp(`^(?:\\s+[\\p{L}]+)?\\s+${fold('(?:جرحی|جریحین|جریحا|جریح|مصابین|مصابا)')}(?![\\p{L}])`, 'u');
/** The verb said of a count: "fell" just before it, else the word just before it, else one near it. */
function verbOfCount(bare: string, start: number, end: number, justBefore: string): ScriptVerb | undefined {
  if (FELL_JUST_BEFORE.test(justBefore)) return FELL_WOUNDED.test(bare.slice(end, end + 30)) ? 'wounded' : 'killed';
  return VERB_JUST_BEFORE.find(([, re]) => re.test(justBefore))?.[0] ?? verbNearFigure(bare, start, end, VERBS, { after: 30, before: 20 });
}
// "مقتل وإصابة 4 جنود", "کشته و زخمی شدن ۲۰ نفر": the killed and the wounded together, neither alone.
const KILLED_AND_WOUNDED_BEFORE = new RegExp(fold(`(?:مقتل|قتل|کشته)\\s*و\\s*(?:اصابة|اصابه|جرح|زخمی)(?:\\s+شدن)?\\s+${QUALIFIER}$`), 'u');
const THIRTY = fold('سی');
// "تسعة أطفال وامرأة" (nine children and a woman): the one named after the count is among the dead, ten in all.
const AND_ONE_MORE = new RegExp(fold('^\\s*و(?:امرأة|امراة|رجل|سيدة)(?![\\p{L}])'), 'u');
// "سبعة مدنيين في الأقل جرحوا في الجانب الباكستاني" (seven civilians wounded on the Pakistani side): the side
// named in the count's own clause, before any other number or clause break, says whose civilians they are.
const SIDE_IN_CLAUSE = new RegExp(fold('^[^0-9٠-٩.،,؛]{0,30}?(?:في|على|من)\\s+الجانب\\s+(ال(?:باکستانی|افغانی))'), 'u');
// "36 مسلحاً من طالبان الأفغانية", "36 من مقاتلي حركة طالبان": fighters of the (Afghan) Taliban are the Afghan side.
// Arabic nouns only: Urdu "12 شدت پسند طالبان", "دہشت گرد طالبان" are the Pakistani Taliban, unnamed as such.
const ARABIC_FIGHTERS = new RegExp(`^${fold('(?:مسلحا|مسلحین|مقاتلین|مقاتلا|مقاتلی)')}$`, 'u');
const AFGHAN_TALIBAN_AFTER = new RegExp(fold('^\\s*(?:من\\s+)?(?:حرکة\\s+)?طالبان(?!\\s*(?:ال)?[پب]اکستان)'), 'u');
// Arabic counts two with the noun's dual alone: "سقط جنديان باكستانيان", "مقتل جنديين" (two soldiers).
const SOLDIERS_DUAL = new RegExp(`(?<![\\p{L}])[وب]?(${fold('جندیین|جندیان')})(?![\\p{L}])`, 'gu');
const PAKISTANI_TALIBAN_AFTER = new RegExp(fold('^\\s*(?:الباکستانیة|[پب]اکستان(?![\\p{L}]))'), 'u');
const KILLED_AND_WOUNDED = new RegExp(
  fold('(?:کشته|هلاک|شهید|جاں بحق|جان بحق|مړه|وژل|قتیل)\\s*(?:و|اور|او|یا)\\s*(?:زخمی|ټپی|مجروح|جریح)'),
);
/** Arabic short vowels, tanween and the superscript alef, which some pages write. */
const SHORT_VOWELS = /[\u064B-\u0652\u0670]/g;
// "و12 جريحا": Arabic writes "and" on the number. Not a clock time or a decimal ("۱۰:۳۰", "۲٫۵").
const FIGURE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(?<![0-9][:.٫])|(?<=(?:^|[^\\p{L}])و)(?=[0-9]))(${NUMBER})\\s+${FILLER}(${NOUNS.map((n) => n.pattern).join('|')})(?![\\p{L}])`,
  'gu',
);

export function readArabicScriptFigures(sentence: string): ScriptFigure[] {
  // Quotation marks around a name ("من «طالبان»") stand where a space would: as one, the length kept.
  const folded = foldSameLength(sentence).replace(/[«»]/g, ' ');
  // Verbs are looked for without short vowels: "قُتلوا" is "قتلوا", "جُرح" is "جرح".
  const bare = folded.replace(SHORT_VOWELS, '');
  const withoutVowels = (i: number) => i - (folded.slice(0, i).match(SHORT_VOWELS)?.length ?? 0);
  const found: ScriptFigure[] = [];
  // The noun the last counted figure names ("others" take it).
  let previous: { noun: CountedNoun['noun']; losses?: Party } | undefined;
  for (const m of folded.matchAll(FIGURE)) {
    const value = /^[0-9]+$/.test(m[1]!) ? Number(m[1]) : ARABIC_SCRIPT_NUMBER_WORDS[m[1]!];
    if (value === undefined || !(value <= 100000)) continue; // a phone number or a run of digits, not a count
    const start = m.index!;
    const end = start + m[0].length;
    // The Dari thirty is "سی" with a plain yeh: Urdu "سے" (from) and Pashto "سې" fold to the same letters, and
    // "ایف سی" is FC.
    if (m[1] === THIRTY && (!/[یي]/.test(sentence[start + 1] ?? '') || /ایف\s+$/.test(folded.slice(Math.max(0, start - 6), start))))
      continue;
    const kind = NOUNS.find((n) => n.whole.test(m[2]!))!;
    const justBefore = bare.slice(Math.max(0, withoutVowels(start) - 30), withoutVowels(start));
    let verb =
      kind.noun === 'bare'
        ? VERBS.find(([, re]) => re.test(m[2]!))?.[0]
        : verbOfCount(bare, withoutVowels(start), withoutVowels(end), justBefore);
    // "۱۰ نفر کشته و زخمی", "جاں بحق اور زخمی": the killed and the wounded counted together, neither alone.
    const clause = `${m[2]}${bare.slice(withoutVowels(end), withoutVowels(end) + 30).split(/[0-9]/)[0]}`;
    if (KILLED_AND_WOUNDED.test(clause) || KILLED_AND_WOUNDED_BEFORE.test(justBefore)) verb = undefined;
    // "طالبان پاکستان", "طالبان الباكستانية": the Pakistani Taliban are militants, not the Afghan side.
    const next = folded.slice(end, end + 14);
    const clauseAfter = folded.slice(end, end + 45);
    const pakistaniTaliban = /طالب/.test(m[2]!) && PAKISTANI_TALIBAN_AFTER.test(next);
    const afghanTaliban = ARABIC_FIGHTERS.test(m[2]!) && AFGHAN_TALIBAN_AFTER.test(clauseAfter.replace(SHORT_VOWELS, ''));
    let noun = pakistaniTaliban ? 'fighters' : afghanTaliban ? 'soldiers' : kind.noun;
    // "… and 478 others wounded": a bare count of others is more of the civilians, soldiers or fighters counted before.
    const others = noun === 'bare' && (OTHERS_IN.test(m[0]) || OTHERS_AFTER.test(next));
    const inherited =
      others && previous && previous.noun !== 'bare' && previous.noun !== 'people' && previous.noun !== 'posts' ? previous : undefined;
    if (inherited) noun = inherited.noun;
    let metric: Metric | undefined;
    if (noun === 'posts') metric = verb === 'captured' ? 'posts_captured' : verb === 'destroyed' ? 'posts_destroyed' : undefined;
    else if (
      noun !== 'people' &&
      noun !== 'bare' &&
      (verb === 'killed' || verb === 'wounded' || (verb === 'captured' && noun === 'soldiers'))
    )
      metric = `${noun}_${verb}` as Metric;
    // "سربازان پاکستانی", "جنود باکستانیین": the side named right after the soldiers.
    const losses =
      (pakistaniTaliban ? 'militants' : afghanTaliban ? 'afghanistan' : kind.losses) ??
      (kind.noun === 'soldiers' ? sideNamed(m[0], next) : kind.noun === 'civilians' ? civiliansOf(m[0], next, clauseAfter) : undefined) ??
      inherited?.losses;
    // Every count, even one that names no one, is the last one before the next: "5 soldiers killed, 8 people died and
    // 12 others wounded" does not say the 12 were soldiers.
    previous = { noun, losses };
    const oneMore = kind.noun === 'civilians' ? AND_ONE_MORE.exec(next) : null;
    const last = oneMore ? end + oneMore[0].length : end;
    found.push({ start, end: last, text: sentence.slice(start, last), value: oneMore ? value + 1 : value, metric, losses, verb });
  }
  for (const m of folded.matchAll(SOLDIERS_DUAL)) {
    const start = m.index! + m[0].length - m[1]!.length;
    const end = m.index! + m[0].length;
    const justBefore = bare.slice(Math.max(0, withoutVowels(start) - 30), withoutVowels(start));
    // "مقتل وإصابة جنديين": the killed and the wounded together, neither alone (as for a counted figure above).
    const verb = KILLED_AND_WOUNDED_BEFORE.test(justBefore)
      ? undefined
      : verbOfCount(bare, withoutVowels(start), withoutVowels(end), justBefore);
    const metric = verb === 'killed' || verb === 'wounded' ? (`soldiers_${verb}` as Metric) : undefined;
    const losses = sideNamed(m[1]!, folded.slice(end, end + 14));
    found.push({ start, end, text: sentence.slice(start, end), value: 2, metric, losses, verb });
  }
  return found;
}

/** "۵۸ پاکستانی سرتیری", "سربازان پاکستانی", "جنود باکستانیین": the side named before or right after the soldiers. */
function sideNamed(match: string, next: string): Party | undefined {
  if (/پاکستانی|باکستانی/.test(match) || /^\s*(?:پاکستان|باکستان)/.test(next)) return 'pakistan';
  return /افغان/.test(match) || /^\s*افغان/.test(next) ? 'afghanistan' : undefined;
}

/** Whose civilians: "چھ پاکستانی شہری", "غیرنظامیان افغان", "سبعة مدنيين جرحوا في الجانب الباكستاني"; unnamed,
 * the places of the sentence say (analyze.ts). */
function civiliansOf(match: string, next: string, clauseAfter: string): Party | undefined {
  const side = SIDE_IN_CLAUSE.exec(clauseAfter)?.[1];
  if (/پاکستانی|باکستانی/.test(match) || /^\s*(?:پاکستان|باکستان)/.test(next) || side?.endsWith('اکستانی')) return 'civilians-pakistan';
  if (/افغان/.test(match) || /^\s*افغان/.test(next) || side?.endsWith('افغانی')) return 'civilians-afghanistan';
  return undefined;
}
