// Folding text so that spellings a reader treats as the same compare equal:
// case, Latin diacritics, zero-width characters and soft hyphens, Arabic-script letter forms and digits.

// Soft hyphen, zero-width space/non-joiner/joiner, LRM/RLM, word joiner, BOM, Arabic tatweel.
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff\u0640]/g;
// Combining marks (Latin accents) and Arabic harakat/tashkeel.
const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed]/g;
const ARABIC_LETTERS: Record<string, string> = {
  ي: 'ی',
  ى: 'ی',
  ې: 'ی',
  ۍ: 'ی',
  ئ: 'ی',
  ے: 'ی',
  ۓ: 'ی',
  ە: 'ه',
  ڪ: 'ک',
  ك: 'ک',
  ګ: 'گ',
  ة: 'ه',
  ۀ: 'ه',
  ہ: 'ه',
  ھ: 'ه',
  ۃ: 'ه',
  ۂ: 'ه',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  ړ: 'ر',
  ڑ: 'ر',
  ډ: 'د',
  ڈ: 'د',
  ټ: 'ت',
  ٹ: 'ت',
};
const ARABIC_LETTER_CODES = new Map(Object.entries(ARABIC_LETTERS).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
/** One character (by code) with its Arabic-script letter folded as in foldForMatch; anything else as it is. */
export const foldLetterCode = (c: number): number => {
  // Cyrillic capitals to lower case ("Нангархаре" finds "нангархар"), as foldForMatch's toLowerCase does.
  const lower = c >= 0x410 && c <= 0x42f ? c + 0x20 : c >= 0x400 && c <= 0x40f ? c + 0x50 : c;
  // й and ё, which foldForMatch's NFKD splits into и and е and a mark it drops: "Хайбер", "Исламский эмират".
  if (lower === 0x439) return 0x438;
  if (lower === 0x451) return 0x435;
  return ARABIC_LETTER_CODES.get(lower) ?? lower;
};
const ARABIC_LETTER = /[يىېۍئےۓەڪكګةۀہھۃۂأإآٱؤړڑډڈټٹ]/g;
// Arabic-Indic, Persian, Devanagari, Bengali and full-width digits (Marathi news writes १२ ऑक्टोबर, Bengali ১২ অক্টোবর,
// Chinese sometimes ２３名), by the code of each script's zero.
const OTHER_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/g;
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xff10];
/** A digit of another script (by code) as the ASCII digit's code; anything else as it is. */
export const asciiDigitCode = (c: number): number => {
  for (const zero of DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return 0x30 + c - zero;
  return c;
};
/** Digits of other scripts as ASCII, one for one: offsets into the text stay valid. */
export const asciiDigits = (text: string): string => text.replace(OTHER_DIGIT, (d) => String.fromCharCode(asciiDigitCode(d.charCodeAt(0))));

/** Tabs and line breaks as spaces: same length, so offsets into the text stay valid. */
export const lineBreaksToSpaces = (text: string): string =>
  // A blank line stays: it ends a paragraph (a plain-text page shown as one <pre>, a headline without a full stop).
  text.replace(/[\t\r\f]/g, ' ').replace(/(?<!\n[ ]*)\n(?![ ]*\n)/g, ' ');

/** Removes characters that are invisible to a reader but split words for a machine. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * The form used for all matching: NFKD, no marks, no invisible characters, lower case,
 * one Arabic-script letter per family (Urdu, Pashto, Dari and Arabic spell the same names differently),
 * ASCII digits, single spaces. Length may change, so offsets do not carry over.
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(INVISIBLE, '')
    .replace(MARKS, '')
    .replace(ARABIC_LETTER, (c) => ARABIC_LETTERS[c] ?? c)
    .replace(OTHER_DIGIT, (d) => String.fromCharCode(asciiDigitCode(d.charCodeAt(0))))
    .toLowerCase()
    .replace(/\u0131/g, 'i') // Turkish dotless i, which has no decomposition
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** True when a string needs the full fold (anything outside printable ASCII). */
export function needsFolding(text: string): boolean {
  return /[^\x20-\x7e]/.test(text);
}
