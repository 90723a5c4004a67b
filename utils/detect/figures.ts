// Reading the numbers a page states next to the matched text: "two Pakistani soldiers … killed",
// "at least 13 civilians", "55 soldiers". Digits and English number words.
import type { Metric, Party } from '../dataset/types';
import { FIGURE_NOUNS, NUMBER_WORDS } from './vocabulary';
import type { PageFigure } from './types';
import { readArabicScriptFigures } from './figures-arabic-script';
import type { ScriptFigure } from './figure-verbs';
import { readChineseFigures } from './figures-chinese';
import { readCyrillicDevanagariFigures } from './figures-cyrillic-devanagari';
import { cleanForGate } from './anchors';
import { asciiDigits } from '../text/normalize';
import { amongThemWomenOrChildren } from './women-or-children';

type Noun = (typeof FIGURE_NOUNS)[string]['metric'];
type Verb = 'killed' | 'wounded' | 'captured' | 'destroyed' | 'targeted';

// Sentences are read as the gate cleans them, without Latin accents ("üç" is "uc", "kişi" is "kisi"): the
// words are looked for in the same form.
const plain = (word: string) => cleanForGate(word).text.toLowerCase();
const PLAIN_NUMBER_WORDS = new Map(Object.entries(NUMBER_WORDS).map(([w, v]) => [plain(w), v]));
const NUMBER_WORD = [...PLAIN_NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');
// Thousands grouped by commas ("1,200") or, in French and Russian, by spaces ("2 800", "1 500 morts").
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d,.])|\\d+|(?:${NUMBER_WORD})(?:[-\\s](?:${NUMBER_WORD}))?)`;
// English, German, French and Turkish: "mindestens acht", "au moins huit", "en az 12".
const QUALIFIER =
  '(?:(at least|no fewer than|a minimum of|more than|over|upwards of|nearly|about|around|approximately|some|roughly|almost|mindestens|wenigstens|mehr als|uber|rund|etwa|fast|au moins|plus de|pres de|environ|en az|yaklasik)\\s+)?';
const NOUN_OF_WORD = new Map(Object.values(FIGURE_NOUNS).flatMap((n) => n.words.map((w) => [plain(w), n.metric] as const)));
const NOUN_WORDS = [...NOUN_OF_WORD.keys()].sort((a, b) => b.length - a.length);
const NOUN = `(${NOUN_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})`;
// Up to three words between the number and the noun ("two Pakistani", "13 Afghan Taliban", "üç Pakistanlı"), not
// numbers ("one headquarters and 19 outposts" is 19 outposts) nor words that end the phrase ("two neighbours
// since the Taliban", "8:30 and the Taliban"); "20 of the attackers" is one phrase.
const NOT_BETWEEN =
  '(?:and|or|since|after|before|when|while|than|in|on|at|to|from|with|by|for|as|were|was|had|have|has|are|is|said|et|und|ve)';
const BETWEEN = `((?:(?!${NOT_BETWEEN}\\s)[\\p{L}\\p{M}'’-]+\\s+){0,3}?)`;
const NEXT_NOUN = new RegExp(`^(\\s+)${NOUN}(?![\\p{L}\\p{N}])`, 'iu');
const THOUSANDS = /^(?:bin|thousand|thousands|tausend|mille|million|millions|milyon|lakh|crore)\s/i;
const PERCENT = /^(?:percent|per\s+cent|prozent|pour\s*cent)\s/i;
// "No more than 40", "nicht mehr als", "pas plus de": a ceiling, not a toll rounded down.
const NEGATED = /(?<![\p{L}])(?:no|not|nicht|pas)\s+$/iu;
// "Over" and "über" that belong to the word before ("handed over 20 soldiers", "berichteten über 40 Tote", "anger
// over 30 civilians' deaths"): maybe the number as given, not "more than" it.
const OVER_OF_WORD_BEFORE =
  /(?<![\p{L}])(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|t(?:ake|akes|aken|ook|aking)|fought|fight(?:s|ing)?|anger|outrage|grief|concerns?|protests?|row|dispute|bericht\p{L}*|sprach\p{L}*|sprech\p{L}*|trauer|emporung|streit|klag\p{L}*)\s+$/iu;
// Word edges by Unicode letter, not \b, which knows only ASCII: "üç asker", "militanı". Not a clock time or a
// decimal ("8:30", "1.5").
// Turkish says "more than" after the number, with a case ending: "40'tan fazla", "40'ı aşkın", "40'ın üzerinde"
// (accents folded or not); the word itself is read among the words before the noun.
const TURKISH_ENDING = "(?:['’]\\p{L}{1,3}(?=\\s+(?:fazla|a[sş]k[ıi]n|[uü]zerinde)\\s))?";
const TURKISH_MORE_THAN = /^(?:fazla|a[sş]k[ıi]n|[uü]zerinde)\s/i;
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!\\d[:.])${QUALIFIER}(${NUMBER})${TURKISH_ENDING}\\s+${BETWEEN}${NOUN}(?![\\p{L}\\p{N}])`,
  'giu',
);

// Word edges that work for accented words too ("tués"): \b only knows ASCII letters.
const verb = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${cleanForGate(alternatives).text})(?![\\p{L}])`, 'iu');
const VERBS: [Verb, RegExp][] = [
  [
    'killed',
    verb(
      'killed|dead|died|deaths?|martyred|martyrdom|lost their lives|lives lost|slain|fatalities|death toll|neutrali[sz]ed|getötet|getotet|töte\\p{L}*|tot|tote[n]?|todesopfer|starb\\p{L}*|gestorben|tués?|tuées?|tues?|tuees?|morts?|co[uû]t[ée] la vie|ums Leben|das Leben (?:gekostet|kostete\\p{L}*|kosten)|öldü\\p{L}*|oldu\\p{L}*|ölü|hayatını kaybet\\p{L}*|can(?:ını)? (?:verdi|kaybetti)\\p{L}*|şehit\\p{L}*|etkisiz',
    ),
  ],
  [
    'wounded',
    verb('wounded|injured|injuries|hurt|verletzt\\p{L}*|verletzung\\p{L}*|verwundet\\p{L}*|blessés?|blesses?|yaralan\\p{L}*|yaralı'),
  ],
  ['captured', verb('captured|seized|taken (?:alive|prisoner|captive)|taken over|overran|prisoners?|captive|gefangen')],
  ['destroyed', verb('destroyed|razed|demolished|burned|burnt|torched|zerstört|zerstort|détruits?|detruits?')],
  ['targeted', verb('targeted|hit|struck|attacked')],
];

/**
 * A noun, or a word before it, that says what happened itself ("five dead", "1 ölü, 1 yaralı", "30 verwundete
 * Soldaten", "three injured soldiers"): its verb, not the next one.
 */
const verbOfNoun = (word: string): Verb | undefined => VERBS.find(([, re]) => re.test(word))?.[0];

const nounOf = (word: string): Noun | undefined => NOUN_OF_WORD.get(plain(word).replace(/\s+/g, ' '));

export function numberValue(text: string): number | undefined {
  const t = plain(text).replace(/(?<=\d)[,\s\u00a0\u202f](?=\d{3})/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  let total = 0;
  for (const part of t.split(/[-\s]+/)) {
    const v = PLAIN_NUMBER_WORDS.get(part);
    if (v === undefined) return undefined;
    total = v === 100 && total > 0 ? total * 100 : total + v;
  }
  return total;
}

const PAKISTANI_TALIBAN = /\bttp\b|tehri[kc]|pakistan\w*\s+taliban|taliban\w*\s+pakistan/i;
const KILLED_AND_WOUNDED = new RegExp(
  cleanForGate(
    '(?<![\\p{L}])(?:killed|dead|tués?|getötet|tot)\\s+(?:or|and|ou|et|oder|und|/)\\s+(?:wounded|injured|blessés?|verletzt|verwundet)',
  ).text,
  'iu',
);
const AND_ONE_MORE = /^\s+and\s+(?:a|one)\s+(?:woman|man)(?![\p{L}])/iu;
const FRENCH_SIDE_AFTER = /^\s+(pakistanais(?:es?)?|afghan(?:e?s)|talibans)(?![\p{L}])/iu;
// "15 people, including women and children", "12 people were killed, including a child", "40 Menschen getötet,
// darunter Kinder", "huit personnes, dont un enfant", "kadın ve çocuklar dahil 15 kişi": people counted with women or
// children among them are civilians, not fighters (women-or-children.ts leaves out soldiers and police among them).
const WOMEN_OR_CHILDREN_AFTER =
  /^\s*,?\s*(?:(?:were|was|have been|had been)\s+)?(?:(?:killed|wounded|injured|died|dead|get[oö]tet|verletzt|gestorben|tu[eé]e?s?|bless[eé]e?s?)\s*,?\s*)?(?:including|among them|among whom|most of them|mostly|darunter|unter ihnen|dont|parmi (?:eux|elles|lesquels))\s+(?:[\p{L}\d]+\s+)?(?:wom[ae]n|child(?:ren)?|frau(?:en)?|kind(?:er)?|femmes?|enfants?)(?![\p{L}])/iu;
const WOMEN_OR_CHILDREN_BEFORE = /(?:kad[iı]n|[cç]ocuk)[\p{L}]*\s+(?:dahil|da bulundu[gğ]u)\s+$/iu;

function lossesOf(noun: Noun, between: string, word: string): Party | undefined {
  const context = `${between} ${word}`.toLowerCase();
  if (noun === 'fighters') return 'militants';
  if (noun === 'civilians')
    return /pakistan(?:i|l|ais)/.test(context) ? 'civilians-pakistan' : /afghan|afgan/.test(context) ? 'civilians-afghanistan' : undefined;
  if (/\bpakistani?\b|\bfc\b|frontier corps|pakistanais|pakistanisch|pakistanl/.test(context)) return 'pakistan';
  if (/\bafghan\b|taliban|emirate|afghans?\b|afghanisch|afgan/.test(context)) return 'afghanistan';
  return undefined;
}

function metricOf(noun: Noun, verb: Verb | undefined, nounWord: string): Metric | undefined {
  if (!verb) return undefined;
  if (noun === 'posts') {
    if (/camps|hideouts/i.test(nounWord)) return verb === 'destroyed' || verb === 'targeted' ? 'camps_targeted' : undefined;
    return verb === 'captured'
      ? 'posts_captured'
      : verb === 'destroyed'
        ? 'posts_destroyed'
        : verb === 'targeted'
          ? 'posts_targeted'
          : undefined;
  }
  if (noun === 'civilians' && /children|enfants|kinder|[cç]ocuk/i.test(nounWord) && verb === 'killed') return 'children_killed';
  const prefix = noun === 'soldiers' ? 'soldiers' : noun === 'fighters' ? 'fighters' : noun === 'civilians' ? 'civilians' : undefined;
  if (!prefix) return undefined;
  const metric = `${prefix}_${verb}`;
  return (
    ['soldiers_killed', 'soldiers_wounded', 'soldiers_captured', 'fighters_killed', 'civilians_killed', 'civilians_wounded'] as const
  ).find((m) => m === metric);
}

// A verb right before the number says what happened to the counted, whatever follows: "killed at least 70
// civilians and injured 478", "lost one soldier and had 11 wounded", "a coûté la vie à 58 soldats".
const justBefore = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${cleanForGate(alternatives).text})\\s+$`, 'iu');
const VERBS_JUST_BEFORE: [Verb, RegExp][] = [
  [
    'killed',
    justBefore(
      'killed|killing|kills|kill|killing of|deaths of|lost|claimed the lives of|eliminated|neutrali[sz]ed|töteten|tötete|tuant|tué|éliminé|la vie à',
    ),
  ],
  ['wounded', justBefore('wounded|wounding|injured|injuring|blessant')],
  ['captured', justBefore('captured|capturing|capture of|seized|seizing|seizure of|taken|took|overran|overrun')],
  ['destroyed', justBefore('destroyed|destroying|destruction of')],
  ['targeted', justBefore('targeted|targeting|hit|struck|attacked')],
];

// German "kostete zwölf Zivilisten das Leben": the verb before the count, "das Leben" right after its noun. Read
// together, or the next verb found ("neun wurden verletzt") would count the killed as wounded.
const COST_BEFORE = /(?<![\p{L}])kostet\p{L}*\s+(?:\p{L}+\s+){0,2}$/iu;
const LIFE_AFTER = /^\s*(?:\p{L}+\s+){0,2}das Leben(?![\p{L}])/iu;

/** The verb that says what happened to the counted: right before the figure, else after it, else before it. */
function verbNear(sentence: string, before: number, after: number): Verb | undefined {
  const lead = sentence.slice(Math.max(0, before - 30), before);
  const first = VERBS_JUST_BEFORE.find(([, re]) => re.test(lead));
  if (first) return first[0];
  const ahead = sentence.slice(after, after + 90);
  if (COST_BEFORE.test(lead) && LIFE_AFTER.test(ahead)) return 'killed';
  const behind = sentence.slice(Math.max(0, before - 40), before);
  let best: { verb: Verb; at: number } | undefined;
  for (const [verb, re] of VERBS) {
    const m = re.exec(ahead);
    if (m && (!best || m.index < best.at)) best = { verb, at: m.index };
  }
  if (best) return best.verb;
  for (const [verb, re] of VERBS) if (re.test(behind)) return verb;
  return undefined;
}

export type FigureOnPage = Omit<PageFigure, 'agreesWith'> & { verb?: Verb };

/** Figures in one sentence; offsets are relative to the sentence. */
export function readFigures(written: string): FigureOnPage[] {
  // The Arabic-script reader folds its own digits (and letters), keeping every offset.
  if (/[\u0600-\u06ff]/.test(written)) {
    return readArabicScriptFigures(written).map((f) => ({ ...f, block: 0, qualifier: 'exact' as const }));
  }
  // Digits of other scripts ("१२ सैनिक", "১২ জন", "２３名") as ASCII, one for one: offsets, and the figure's text as the
  // page writes it, stay those of the sentence as written.
  const sentence = asciiDigits(written);
  const asWritten = (f: ScriptFigure): FigureOnPage => ({
    ...f,
    text: written.slice(f.start, f.end),
    block: 0,
    qualifier: f.qualifier ?? ('exact' as const),
  });
  if (/[\u0400-\u04ff\u0900-\u09ff]/.test(sentence)) return readCyrillicDevanagariFigures(sentence).map(asWritten);
  if (/[\u4e00-\u9fff]/.test(sentence)) return readChineseFigures(sentence).map(asWritten);
  // Zero-width characters and soft hyphens inside words ("Paki\u200bstani") are read through, as the gate does;
  // offsets are mapped back to the sentence as written.
  const { text, rawIndex } = cleanForGate(sentence);
  if (!rawIndex) return readLatinFigures(sentence);
  return readLatinFigures(text).map((f) => {
    const start = rawIndex[f.start]!;
    const end = rawIndex[f.end - 1]! + 1;
    return { ...f, start, end, text: sentence.slice(start, end) };
  });
}

function readLatinFigures(sentence: string): FigureOnPage[] {
  const figures: FigureOnPage[] = [];
  FIGURE.lastIndex = 0;
  let previous: FigureOnPage | undefined;
  for (let m = FIGURE.exec(sentence); m; m = FIGURE.exec(sentence)) {
    let [whole, qualifierWord, numberText, between = '', nounWord = ''] = m;
    const value = numberValue(numberText!);
    if (value === undefined || value > 100000) continue;
    if (/^(19|20)\d\d$/.test(numberText!) && !/\d\s*$/.test(between)) continue; // a year, not a count
    if (THOUSANDS.test(between)) continue; // "5 bin kişi", "2 thousand people": a count this reader does not total
    if (PERCENT.test(between)) continue; // "40 percent of civilians": a share, not a count
    // "5 wounded soldiers", "12 dead soldiers": the word that says what happened qualifies the noun after it.
    const nextNoun = verbOfNoun(nounWord) ? NEXT_NOUN.exec(sentence.slice(m.index + whole.length)) : null;
    if (nextNoun) {
      between = `${between}${nounWord}${nextNoun[1]}`;
      nounWord = nextNoun[2]!;
      whole = sentence.slice(m.index, m.index + whole.length + nextNoun[0].length);
    }
    let noun = nounOf(nounWord);
    if (!noun) continue;
    // The singular "person" is a count of one, and "not one person" none.
    if (
      /^person$/i.test(nounWord) &&
      (value !== 1 || /\b(?:not|no|never|nor)\s+$/i.test(sentence.slice(Math.max(0, m.index - 7), m.index)))
    )
      continue;
    // "the two forces" are the two sides, not a count of troops.
    if (value === 2 && /^forces$/i.test(nounWord) && /\bthe\s+$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    const after = sentence.slice(m.index + whole.length, m.index + whole.length + 14);
    // "500 civilian casualties" count the killed and the wounded together: neither verb.
    // "40 soldiers were killed or wounded" (up to the next number) counts both together too.
    const clause = sentence.slice(m.index + whole.length, m.index + whole.length + 50).split(/\d/)[0]!;
    const verb =
      /^\s+casualt/i.test(after) || KILLED_AND_WOUNDED.test(clause)
        ? undefined
        : (verbOfNoun(nounWord) ?? verbOfNoun(between) ?? verbNear(sentence, m.index, m.index + whole.length));
    // French names the side after the noun: "58 soldats pakistanais", "9 combattants talibans".
    const sideAfter = FRENCH_SIDE_AFTER.exec(sentence.slice(m.index + whole.length, m.index + whole.length + 16))?.[1] ?? '';
    if (noun === 'fighters' && /taliban|afghan/i.test(sideAfter)) noun = 'soldiers';
    // The Pakistani Taliban (TTP) are militants, not Pakistan's soldiers nor the Afghan side.
    if (noun === 'soldiers' && PAKISTANI_TALIBAN.test(`${between} ${nounWord} ${sideAfter}`)) noun = 'fighters';
    if (
      noun === 'people' &&
      amongThemWomenOrChildren(
        sentence.slice(m.index + whole.length, m.index + whole.length + 60),
        sentence.slice(Math.max(0, m.index - 50), m.index),
        WOMEN_OR_CHILDREN_AFTER,
        WOMEN_OR_CHILDREN_BEFORE,
      )
    )
      noun = 'civilians';
    let losses = lossesOf(noun, `${between} ${sideAfter}`, nounWord);
    // "… two soldiers died and three others were wounded": "others" are more of the same.
    if (noun === 'people' && /others/i.test(nounWord) && previous) {
      noun = nounOf(previous.text.split(/\s+/).pop() ?? '') ?? noun;
      losses ??= previous.losses;
    }
    // "nine children and a woman": the one named after the count is among the dead, ten civilians in all.
    const oneMore = noun === 'civilians' ? AND_ONE_MORE.exec(sentence.slice(m.index + whole.length)) : null;
    if (oneMore) whole += oneMore[0];
    const q = (qualifierWord ?? '').toLowerCase();
    const before = sentence.slice(Math.max(0, m.index - 16), m.index);
    const notMoreThan = !!q && (NEGATED.test(before) || (/^(?:over|uber)$/.test(q) && OVER_OF_WORD_BEFORE.test(before)));
    const figure: FigureOnPage = {
      block: 0,
      start: m.index,
      end: m.index + whole.length,
      text: whole,
      value: oneMore ? value + 1 : value,
      qualifier: /least|fewer|minimum|mindestens|wenigstens|moins|en az/.test(q)
        ? 'at-least'
        : !notMoreThan && (/more|over|upwards|mehr|plus|uber/.test(q) || TURKISH_MORE_THAN.test(between))
          ? 'more-than'
          : q
            ? 'about'
            : 'exact',
      metric: metricOf(noun, verb, oneMore ? 'civilians' : nounWord),
      losses,
      verb,
    };
    figures.push(figure);
    previous = figure;
  }
  return figures;
}
