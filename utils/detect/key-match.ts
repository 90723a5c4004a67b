// Whether a sentence names an event key: as a whole word, allowing for how the region's languages attach
// words to a name. Both sides are folded alike (analyze.ts keyForm).
import { foldForMatch } from '../text/normalize';

const LETTER = /[\p{L}\p{M}\p{N}]/u; // marks too: a Hindi vowel sign is part of its word
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
const CYRILLIC = /[\u0400-\u04ff]/;
// Arabic writes "and", "so", "in", "for", "like" and "the" onto the word: "وخوست", "بالخوست" name Khost.
const CLITICS = new Set(['', 'ال', 'لل', ...[...'وفبلك'].flatMap((c) => [c, `${c}ال`])].map(foldForMatch));
// Russian declines names: "в Пактике", "у Бармала". A final vowel is the nominative's ending, not the stem
// (not for short names: "Спера" would be "спер-", the start of "сперва").
const CYRILLIC_VOWEL_END = /[аяыиеоуйь]$/;
const MAX_CYRILLIC_ENDING = 3;
// Chinese writes no spaces between words: a name in Han characters is found anywhere ("在巴尔马尔地区").
export const HAN = /[\u3400-\u9fff]/;
// Bengali writes its case endings onto the name: "খোস্তে" (in Khost), "কুনারের" (of Kunar), "পাকতিকায়".
const BENGALI = /[\u0980-\u09ff]/;
const BENGALI_ENDINGS = new Set(['', 'ে', 'ের', 'র', 'য়', 'য়ে', 'য়ের', 'তে', 'কে', 'ও', 'ই', 'েও', 'েই', 'রও'].map(foldForMatch));
// Marathi writes its postpositions onto the name, as Hindi does not: "बरमलमध्ये" (in Barmal), "स्पेराच्या" (of Spera).
// No vowel sign alone: Hindi "तिराहा" (a crossroads) is no Tirah.
const DEVANAGARI = /[\u0900-\u097f]/;
// In (मध्ये, त), of (चा, ची, चे, च्या), to (ला), on (वर), from (हून, तून, पासून), near (जवळ), towards (कडे), for
// (साठी), with (शी, सह), by (ने), and the "in which" forms (मधील, तील, वरील).
const MARATHI_ENDINGS = new Set(
  ['', ...'मध्ये मधील मधून मधे ला ना चा ची चे च्या वर वरील वरून त तील तून हून कडे कडून जवळ जवळील पासून साठी शी ने नी सह'.split(' ')].map(foldForMatch),
);

function edge(text: string, from: number, step: 1 | -1): string {
  let i = from;
  while (i >= 0 && i < text.length && LETTER.test(text[i]!)) i += step;
  return step === 1 ? text.slice(from, i) : text.slice(i + 1, from + 1);
}

// A Latin name of several words, as the region's English press often writes it run together: "Dandpatan", "Spinboldak".
const LATIN_WORDS = /^[a-z]{2,}(?: [a-z]{2,})+$/;

export function containsKey(haystack: string, key: string): boolean {
  for (const needle of needlesOf(key)) if (findNeedle(haystack, needle)) return true;
  return false;
}

/** What to look for to find a key, and how its script lets a word end: worked out once per key. */
interface Needle {
  text: string;
  keyLength: number;
  cyrillic: boolean;
  arabic: boolean;
  han: boolean;
  bengali: boolean;
  devanagari: boolean;
}

// Every sentence of a page is searched for every key of the dataset (thousands): the keys' scripts are not worked out
// again each time. The keys are the dataset's, so the cache stays as small as it is.
const needles = new Map<string, Needle[]>();
function needlesOf(key: string): Needle[] {
  let found = needles.get(key);
  if (!found) {
    found = [needleOf(key), ...(LATIN_WORDS.test(key) ? [needleOf(key.replace(/ /g, ''))] : [])];
    needles.set(key, found);
  }
  return found;
}

function needleOf(key: string): Needle {
  const cyrillic = CYRILLIC.test(key);
  const text = cyrillic && key.length >= 6 ? key.replace(CYRILLIC_VOWEL_END, '') : key;
  return {
    text,
    keyLength: key.length,
    cyrillic,
    arabic: ARABIC_SCRIPT.test(text),
    han: HAN.test(text),
    bengali: BENGALI.test(text),
    devanagari: DEVANAGARI.test(text),
  };
}

function findNeedle(haystack: string, { text, keyLength, cyrillic, arabic, han, bengali, devanagari }: Needle): boolean {
  if (han) return haystack.includes(text);
  for (let i = haystack.indexOf(text); i >= 0; i = haystack.indexOf(text, i + 1)) {
    const before = edge(haystack, i - 1, -1);
    const after = edge(haystack, i + text.length, 1);
    const startsWord = before === '' || (arabic && CLITICS.has(before));
    const endsWord = cyrillic
      ? after.length <= MAX_CYRILLIC_ENDING && text.length + after.length >= keyLength
      : bengali
        ? BENGALI_ENDINGS.has(after)
        : devanagari
          ? MARATHI_ENDINGS.has(after)
          : after === '';
    if (startsWord && endsWord) return true;
  }
  return false;
}
