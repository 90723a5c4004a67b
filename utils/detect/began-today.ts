// Words that say the war or the fighting a page reports began on the day it was written ("the war that broke out
// today", "on the first day of the war"): the page reports an event that began on its publication day, not one that
// began the day before.
import { matches, wordPattern } from './vocabulary';

export const BEGAN_TODAY_WORDS = [
  // English, German, French, Turkish
  'broke out today',
  'erupted today',
  'first day of the war',
  'heute ausgebrochen',
  'ersten kriegstag',
  'ersten kriegstages',
  'ersten tag des krieges',
  'a eclate aujourd hui',
  "a eclate aujourd'hui",
  'premier jour de la guerre',
  'bugun patlak veren',
  'bugun baslayan savas',
  // The first day, not the first days ("savaşın ilk günlerinde").
  'savasin ilk gunu',
  'savasin ilk gununde',
  // Russian, Hindi
  'первый день войны',
  'первого дня войны',
  'сегодня вспыхнул',
  'युद्ध के पहले दिन',
  'जंग के पहले दिन',
];

export const BEGAN_TODAY = wordPattern(BEGAN_TODAY_WORDS);

// "Since the first day of the war": a tally over the war, on any later day of it.
const SINCE_FIRST_DAY = wordPattern([
  'since the first day',
  'seit dem ersten kriegstag',
  'seit dem ersten tag des krieges',
  'depuis le premier jour',
  'savasin ilk gununden beri',
  'savasin ilk gununden bu yana',
  'savasin ilk gununden itibaren',
  'с первого дня войны',
  'युद्ध के पहले दिन से ही',
  'जंग के पहले दिन से ही',
]);

/** Whether a sentence (folded for matching) says the war it reports broke out on the page's day. */
export const saysBeganToday = (folded: string): boolean => matches(BEGAN_TODAY, folded) && !matches(SINCE_FIRST_DAY, folded);
