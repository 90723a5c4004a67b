// A truce the sentence says ran out ("right after the 48-hour ceasefire ended", "بعد انتهاء الهدنة"): the truce is
// what came before the news the sentence reports, not what it reports.
import { foldForMatch } from '../text/normalize';
import { wordPattern } from './vocabulary';

/** Dari/Persian, Pashto, Urdu and Arabic: a truce's end, in the words that name it. */
const TRUCE_ENDED_WORDS = [
  'پایان آتش بس',
  'پایان اتشبس',
  'انقضای آتش بس',
  'انقضای اتشبس',
  'پایان یافتن آتش بس',
  'اوربند پای',
  'اوربند له پای',
  'اوربند ختم',
  'جنگ بندی ختم',
  'جنگ بندی کے خاتمے',
  'جنگ بندی کی مدت ختم',
  'وقفہ ختم',
  'وقفے کے خاتمے',
  'انتهاء الهدنة',
  'انتهاء هدنة',
  'انقضاء الهدنة',
  'انتهاء وقف إطلاق النار',
  'انتهاء وقف النار',
] as const;

export const TRUCE_ENDED = wordPattern(TRUCE_ENDED_WORDS);

// Not a truce's end still to come or denied: "before / until the truce ended" (قبل, پیش از, تا, حتى; Urdu "ختم ہونے
// سے پہلے", "…تک"; Pashto "…مخکې"), "the truce has not ended" (Urdu نہیں). There the truce is the news.
const NOT_YET_BEFORE = new RegExp(`(?:^|\\s)(?:${['قبل', 'پیش از', 'تا', 'حتى', 'لحين'].map(foldForMatch).join('|')})\\s*$`, 'u');
const NOT_YET_AFTER = new RegExp(
  `^[^.!?؟۔\\n]{0,25}?(?:${['سے پہلے', 'سے قبل', 'ہونے تک', 'نہیں', 'مخکې', 'وړاندې'].map(foldForMatch).join('|')})`,
  'u',
);

/**
 * The other languages read: a truce's name and, within three words after it, a verb of its running out in the past
 * ("the 48-hour ceasefire expired", Hindi "युद्धविराम जैसे ही खत्म हुआ", Russian "перемирие истекло", Turkish "ateşkes
 * sona erdi"), or a noun of its end before the name ("after the end of the truce", "nach Ablauf der Waffenruhe",
 * "после окончания перемирия", "ateşkesin sona ermesi" takes the name first). Chinese joins them: 停火结束, 停火到期.
 */
const TRUCE_NAMES = [
  'ceasefire',
  'cease-fire',
  'truce',
  'treve',
  'cessez-le-feu',
  'waffenruhe',
  'waffenstillstand*',
  'feuerpause',
  'перемири[еяию]',
  'прекращени[еяию] огня',
  'ateskes*',
  'युद्धविराम',
  'युद्ध विराम',
  'संघर्षविराम',
  'संघर्ष विराम',
  'सीजफायर',
  'सीज़फायर',
  'যুদ্ধবিরতি',
];
const ENDED_VERBS = [
  'ended',
  'expired',
  'lapsed',
  'ran out',
  'had run out',
  'a expire',
  'a pris fin',
  'est terminee',
  'etait terminee',
  'endete',
  'abgelaufen',
  'ausgelaufen',
  'lief aus',
  'истекл[оа]',
  'закончил[оа]сь',
  'завершил[оа]сь',
  'sona erdi',
  'sona ermesi*',
  'bitti',
  'bitmesi*',
  'खत्म',
  'ख़त्म',
  'समाप्त',
  'শেষ',
];
const END_NOUNS = [
  'end of',
  'expiry of',
  'expiration of',
  'fin de',
  "l'expiration de",
  'ende der',
  'ende des',
  'ablauf der',
  'ablauf des',
  'окончани[яи]',
  'истечени[яи]',
  'завершени[яи]',
];
const alternatives = (words: readonly string[]) => words.map((w) => foldForMatch(w).replace(/\*$/, '\\p{L}*')).join('|');
const NOT_LETTER = '(?![\\p{L}\\p{M}])';
const NOT_AFTER_LETTER = '(?<![\\p{L}\\p{M}])';
// Up to three words between: "the ceasefire had finally expired", "युद्धविराम जैसे ही खत्म हुआ". Not a negation among
// them ("the truce has not ended"), nor a relative pronoun or talks: "the ceasefire that ended the fighting", "the
// ceasefire talks ended" say what the truce or its talks did, not that it ran out.
const NOT_BETWEEN = [
  'not',
  "n't",
  'never',
  'pas',
  'nicht',
  'не',
  'नहीं',
  'that',
  'which',
  'qui',
  'der',
  'die',
  'das',
  'котор\\p{L}*',
  'जिसने',
  'जो',
  'talks',
  'negotiations',
  'pourparlers',
  'gesprache',
  'переговор\\p{L}*',
  'वार्ता',
  'बातचीत',
];
const BETWEEN = `(?:\\s+(?!(?:${NOT_BETWEEN.join('|')})${NOT_LETTER})[^\\s.!?।]+){0,3}?\\s+`;
const NAME_THEN_VERB = new RegExp(
  `${NOT_AFTER_LETTER}(?:${alternatives(TRUCE_NAMES)})${NOT_LETTER}${BETWEEN}(?:${alternatives(ENDED_VERBS)})${NOT_LETTER}`,
  'gu',
);
const NOUN_THEN_NAME = new RegExp(
  `${NOT_AFTER_LETTER}(?:${alternatives(END_NOUNS)})(?:\\s+(?:the|la|le|du|des|der|dem|этого|двухдневного|[\\d-]+\\S*|\\S+-(?:hour|day|stundigen|heures|часового|дневного))){0,3}\\s+(?:${alternatives(TRUCE_NAMES)})${NOT_LETTER}`,
  'gu',
);
const CHINESE_TRUCE_ENDED = /(?:停火|停战|停戰|休战|休戰)(?:协议|協議|期)?(?:结束|結束|到期|期满|期滿|失效)/gu;
// Not a truce's end still to come in these languages: "before / until the truce ended" (avant, bis, vor, до, перед),
// "will end" has no past verb; Hindi "खत्म होने से पहले" (before it ends), "…तक" (until), "नहीं" (not).
const NOT_YET_BEFORE_OTHERS = new RegExp(
  `${NOT_AFTER_LETTER}(?:before|until|till|avant|jusqu'a|bis|vor|до|перед)\\s+(?:the\\s+|la\\s+|le\\s+|der\\s+)?$`,
  'u',
);
// After the verb: Hindi "से पहले" (before), "तक" (until), "नहीं" (not), "करने" (to end it: a threat); Turkish önce, kadar.
const NOT_YET_AFTER_OTHERS = new RegExp(
  `^[^.!?।\\n]{0,20}?${NOT_AFTER_LETTER}(?:${['से पहले', 'तक', 'नहीं', 'करने', 'önce', 'kadar'].map(foldForMatch).join('|')})${NOT_LETTER}`,
  'u',
);

/** A folded sentence that says a truce had run out, not that it was about to or had not. */
export function saysTruceEnded(folded: string): boolean {
  TRUCE_ENDED.lastIndex = 0;
  for (const m of folded.matchAll(TRUCE_ENDED)) {
    const end = m.index + m[0].length;
    if (!NOT_YET_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index)) && !NOT_YET_AFTER.test(folded.slice(end, end + 40)))
      return true;
  }
  for (const pattern of [NAME_THEN_VERB, NOUN_THEN_NAME, CHINESE_TRUCE_ENDED])
    for (const m of folded.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (
        !NOT_YET_BEFORE_OTHERS.test(folded.slice(Math.max(0, m.index - 12), m.index)) &&
        !NOT_YET_AFTER_OTHERS.test(folded.slice(end, end + 25))
      )
        return true;
    }
  return false;
}

/** An event key that names a truce of its own (the 48-hour ceasefire, the Eid pause), by its English form. */
export const namesTruce = (key: string) => /\b(?:ceasefire|truce|pause)\b/.test(key) && !/\bviolation\b/.test(key) && key !== 'ceasefire';
