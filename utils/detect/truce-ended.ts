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

/** A folded sentence that says a truce had run out, not that it was about to or had not. */
export function saysTruceEnded(folded: string): boolean {
  TRUCE_ENDED.lastIndex = 0;
  for (const m of folded.matchAll(TRUCE_ENDED)) {
    const end = m.index + m[0].length;
    if (!NOT_YET_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index)) && !NOT_YET_AFTER.test(folded.slice(end, end + 40)))
      return true;
  }
  return false;
}

/** An event key that names a truce of its own (the 48-hour ceasefire, the Eid pause), by its English form. */
export const namesTruce = (key: string) => /\b(?:ceasefire|truce|pause)\b/.test(key) && !/\bviolation\b/.test(key) && key !== 'ceasefire';
