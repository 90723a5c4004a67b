// Words that say the war or the fighting a page reports began on the day it was written ("the war that broke out
// today", "on the first day of the war"): the page reports an event that began on its publication day, not one that
// began the day before.
import { wordPattern } from './vocabulary';

export const BEGAN_TODAY_WORDS = [
  // English, German, French, Turkish
  'broke out today',
  'erupted today',
  'first day of the war',
  'heute ausgebrochen',
  'ersten kriegstag*',
  'ersten tag des krieges',
  'a eclate aujourd hui',
  "a eclate aujourd'hui",
  'premier jour de la guerre',
  'bugun patlak veren',
  'bugun baslayan savas',
  'savasin ilk gun*',
  // Russian, Hindi
  'первый день войны',
  'первого дня войны',
  'сегодня вспыхнул',
  'युद्ध के पहले दिन',
  'जंग के पहले दिन',
];

export const BEGAN_TODAY = wordPattern(BEGAN_TODAY_WORDS);
