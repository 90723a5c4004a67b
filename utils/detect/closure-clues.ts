// What a page says of a crossing's closure: how long it has been shut ("closed for 11 days"), a page written that far
// into a closure reporting a clash of a closure that lasted as long; and on which weekday it closed ("the Taliban shut
// Torkham on Sunday"), a day of the clash that closed it.
import { foldForMatch } from '../text/normalize';
import { weekdaysNamed } from './dates';
import { ARABIC_SCRIPT_NUMBER_WORDS } from './figures-arabic-script';
import { CYRILLIC_DEVANAGARI_NUMBER_WORDS } from './figures-cyrillic-devanagari';
import { matches, NUMBER_WORDS, wordPattern } from './vocabulary';

/** A count (digits or one word) and its unit. Patterns are folded like the text, so no upper-case escapes (\S, \p{L}). */
const N = '(\\d+|[^\\s\\d]+)';
const MORE = "(?:(?:more than|over|nearly|almost|about|around|plus de|plus d'|pres de|mehr als|uber|fast|более|почти|около)\\s*)?";
const SHUT_FOR = [
  // English: "has been shut for 11 days", "closed for over a week"
  `(?:closed|shut|shut down|sealed)\\s+(?:for\\s+)?${MORE}${N}\\s+(days?|weeks?)`,
  // French, German: "fermé depuis dix jours", "seit elf Tagen geschlossen"
  `(?:fermee?|bouclee?)\\s+depuis\\s+${MORE}${N}\\s+(jours?|semaines?)`,
  `seit\\s+${MORE}${N}\\s+(tage\\w*|woche\\w*)\\s+(?:[^\\s]+\\s+){0,2}?(?:geschlossen|gesperrt|dicht)`,
  // Russian: "закрыт уже 11 дней"
  `закрыт[^\\s]*\\s+(?:уже\\s+)?${MORE}${N}\\s+(дн[^\\s]*|недел[^\\s]*|сут[^\\s]*)`,
  // Turkish: "11 gündür kapalı"
  `${N}\\s+(gundur|haftadir)\\s+(?:[^\\s]+\\s+)?kapal`,
  // Hindi: "पिछले दस दिन से बंद", "एक हफ्ते से ज्यादा वक्त से बंद"
  `${N}\\s+(दिन|दिनों|हफ्ते|हफ़्ते|सप्ताह)\\s+(?:से\\s+)?(?:(?:ज्यादा|ज़्यादा|अधिक)\\s+)?(?:(?:वक्त|वक़्त|समय)\\s+)?(?:से\\s+)?बंद`,
  // Urdu: "بند ہوئے 10 دن", "دس روز سے بند"
  `بند\\s+ہوئے\\s+${N}\\s+(دن|روز|ہفتے)`,
  `${N}\\s+(دن|دنوں|روز|ہفتے|ہفتوں)\\s+سے\\s+بند`,
  // Dari, Pashto: "۱۱ روز است که بسته است", "لس ورځې کېږي چې تړل شوې"
  `${N}\\s+(روز|هفته)\\s+(?:است\\s+)?(?:که\\s+)?(?:[^\\s]+\\s+){0,2}?(?:بسته|مسدود)`,
  `${N}\\s+(ورځې|ورځو|اونۍ)\\s+(?:[^\\s]+\\s+){0,3}?(?:و?تړل|بند)`,
  // Arabic: "مغلق منذ 11 يوما", "إغلاقه لمدة عشرة أيام"
  `(?:مغلق|مغلقا|مغلقة|اغلاق[^\\s]*|إغلاق[^\\s]*)\\s+(?:[^\\s]+\\s+){0,2}?${N}\\s+(أيام|ايام|يوما|يوم|أسابيع|اسابيع|أسبوع|اسبوع)`,
  // Chinese: "已关闭11天"
  '(?:关闭|封闭)(?:了)?(?:已)?(?:超过)?(\\d+)\\s*(天|日|周)',
].map((p) => new RegExp(foldForMatch(p), 'gu'));

const WORD_VALUES = new Map(
  [NUMBER_WORDS, ARABIC_SCRIPT_NUMBER_WORDS, CYRILLIC_DEVANAGARI_NUMBER_WORDS].flatMap((words) =>
    Object.entries(words).map(([w, v]) => [foldForMatch(w), v] as const),
  ),
);
const WEEK = new RegExp(foldForMatch('^(?:week|semaine|woche|недел|hafta|हफ्ते|हफ़्ते|सप्ताह|ہفت|هفته|اونۍ|أسبوع|اسبوع|أسابيع|اسابيع|周)'), 'u');

/**
 * Words for "a" or "one" before a week ("over a week", "einer Woche"); any other word ("last", "this") is no count.
 * Arabic writes "a week" bare (مغلق منذ أسبوع, shut for a week), so its "for" and "since" stand for the count.
 */
const ONE = new Set(
  ['a', 'an', 'one', 'une', 'un', 'einer', 'einen', 'eine', 'bir', 'एक', 'ایک', 'یک', 'یو', 'منذ', 'لمدة'].map(foldForMatch),
);

/** The most days the text says a crossing has been shut, or undefined. A week counts 7. */
export function daysShut(folded: string): number | undefined {
  let most: number | undefined;
  for (const pattern of SHUT_FOR)
    for (const m of folded.matchAll(pattern)) {
      const week = WEEK.test(m[2]!);
      const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : WORD_VALUES.get(m[1]!);
      const weeks = count ?? (ONE.has(m[1]!) ? 1 : undefined);
      const days = week ? (weeks === undefined ? undefined : weeks * 7) : count;
      if (days !== undefined && (most === undefined || days > most)) most = days;
    }
  return most;
}

/** Words of a crossing closed or shut, in the corpus's languages (not "open": talks to reopen it are no closure). */
const CLOSED_WORDS = [
  'closed',
  'shut',
  'closure',
  'sealed',
  'geschlossen',
  'gesperrt',
  'fermee',
  'fermeture',
  'kapatildi',
  'kapandi',
  'kapali',
  'закрыт*',
  'закрыл*',
  'закрыти*',
  'приостановить движение',
  'приостановили движение',
  'बंद कर',
  'बंद रह',
  'بند کر',
  'بند رہ',
  'بندش',
  'بسته شد',
  'بسته است',
  'بسته بود',
  'مسدود',
  'وتړل',
  'تړل شو',
  'بند شو',
  'اغلاق',
  'اغلق',
  'مغلق',
  '关闭',
  '封闭',
];
const CLOSED = wordPattern(CLOSED_WORDS);

// Hindi बंद (हुआ) and Urdu بند ہو also say the firing "stopped": a crossing's closure only beside a word of the border.
const CLOSED_OR_STOPPED = wordPattern(['बंद', 'بند ہو']);
const BORDER_OR_CROSSING = wordPattern(['सीमा', 'बॉर्डर', 'क्रॉसिंग', 'सरहद', 'سرحد', 'بارڈر', 'گزرگاہ', 'کراسنگ']);
// "Both sides stopped firing", "the firing on the border stopped" (गोलीबारी बंद कर दी, فائرنگ کا سلسلہ بند ہو گیا): what
// closed is the fire, named up to two words before بند / बंद, not a crossing (review 25R2).
const FIRE_WORDS = [
  'गोलीबारी',
  'गोलाबारी',
  'फायरिंग',
  'फ़ायरिंग',
  'झड़प',
  'लड़ाई',
  'فائرنگ',
  'گولہ باری',
  'گولا باری',
  'شیلنگ',
  'جھڑپ',
  'لڑائی',
];
const FIRE_STOPPED = new RegExp(
  `(?:${FIRE_WORDS.map(foldForMatch).join('|')})(?:\\s+\\S+){0,2}\\s+(?:${foldForMatch('बंद')}|${foldForMatch('بند')})`,
  'gu',
);

/** Whether a folded sentence says a crossing was closed or shut. */
export const saysClosed = (folded: string) => {
  const unfired = folded.replace(FIRE_STOPPED, ' ');
  return matches(CLOSED, unfired) || (matches(CLOSED_OR_STOPPED, unfired) && matches(BORDER_OR_CROSSING, unfired));
};

/** The weekdays (0 = Sunday) named in sentences that say a crossing was closed: "the crossing was shut on Sunday". */
export function closedOnWeekdays(foldedSentences: readonly string[]): Set<number> {
  return new Set(foldedSentences.filter(saysClosed).flatMap((f) => [...weekdaysNamed(f)]));
}
