import { foldForMatch } from '../text/normalize';

// Dates a page mentions, so that an article about February 2026 is not matched to October 2025.

export interface DateMention {
  year?: number;
  month: number; // 1..12
  day?: number;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, januar: 1, janvier: 1, february: 2, feb: 2, februar: 2, fevrier: 2, march: 3, mar: 3, marz: 3, mars: 3,
  april: 4, apr: 4, avril: 4, may: 5, mai: 5, june: 6, jun: 6, juni: 6, juin: 6, july: 7, jul: 7, juli: 7, juillet: 7,
  august: 8, aug: 8, aout: 8, september: 9, sep: 9, sept: 9, septembre: 9, october: 10, oct: 10, oktober: 10, octobre: 10,
  november: 11, nov: 11, novembre: 11, december: 12, dec: 12, dezember: 12, decembre: 12,
  // Urdu, Dari and Pashto news use the Gregorian month names too (folded spellings).
  'جنوری': 1, 'فروری': 2, 'فبروری': 2, 'مارچ': 3, 'اپریل': 4, 'مئی': 5, 'جون': 6, 'جولائی': 7, 'اگست': 8,
  'ستمبر': 9, 'اکتوبر': 10, 'نومبر': 11, 'دسمبر': 12, 'اکتبر': 10, 'نوامبر': 11, 'دسامبر': 12, 'فوریه': 2, 'فبروري': 2,
};
const MONTH_NAMES: Record<string, number> = Object.fromEntries(Object.entries(MONTHS).map(([k, v]) => [foldForMatch(k), v]));
// Word edges that work for Arabic script too (\b only knows ASCII letters).
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const MONTH = `(${Object.keys(MONTH_NAMES).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|\\.)?';
const YEAR = '(20[1-3]\\d)';
const DAY_MONTH = new RegExp(`${START}${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?${END}`, 'giu');
const MONTH_DAY = new RegExp(`${START}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?${END}`, 'giu');
const MONTH_YEAR = new RegExp(`${START}${MONTH}\\s+${YEAR}${END}`, 'giu');
const ISO = /\b(20[1-3]\d)-(\d\d)-(\d\d)\b/g;

/** Month names need the text folded (no accents, lower case) for the non-English forms. */
export function readDates(folded: string): DateMention[] {
  const found: DateMention[] = [];
  const month = (m: string) => MONTH_NAMES[m.toLowerCase()]!;
  const year = (y: string | undefined) => (y ? Number(y) : undefined);
  for (const m of folded.matchAll(DAY_MONTH)) found.push({ day: Number(m[1]), month: month(m[2]!), year: year(m[3]) });
  for (const m of folded.matchAll(MONTH_DAY)) found.push({ day: Number(m[2]), month: month(m[1]!), year: year(m[3]) });
  for (const m of folded.matchAll(MONTH_YEAR)) {
    const mention = { month: month(m[1]!), year: Number(m[2]) };
    // "26 February 2026" also reads as "February 2026": keep only the fuller form.
    if (!found.some((d) => d.month === mention.month && d.year === mention.year)) found.push(mention);
  }
  for (const m of folded.matchAll(ISO)) found.push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  // "may" is also a verb: keep it only with a day or a year.
  return found.filter((d) => d.month >= 1 && d.month <= 12 && (d.day === undefined || (d.day >= 1 && d.day <= 31)));
}
