// A truce the sentence says ran out ("right after the 48-hour ceasefire ended", "بعد انتهاء الهدنة"): the truce is
// what came before the news the sentence reports, not what it reports.
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

/** An event key that names a truce of its own (the 48-hour ceasefire, the Eid pause), by its English form. */
export const namesTruce = (key: string) => /\b(?:ceasefire|truce|pause)\b/.test(key) && !/\bviolation\b/.test(key) && key !== 'ceasefire';
