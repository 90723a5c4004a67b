// Words that say the war or the fighting a page reports began on the day it was written ("the war that broke out
// today", "on the first day of the war"): the page reports an event that began on its publication day, not one that
// began the day before.
import { matches, wordPattern } from './vocabulary';

// Broke out today: said of the war or the fighting only when a word of war stands just before or after it (not
// "protests broke out today in Peshawar").
const BROKE_OUT_TODAY = wordPattern([
  'broke out today',
  'erupted today',
  'heute ausgebrochen',
  'a eclate aujourd hui',
  "a eclate aujourd'hui",
  'bugun patlak veren',
  'bugun baslayan',
  'сегодня вспыхнул',
]);
const WAR = wordPattern([
  'war',
  'fighting',
  'clashes',
  'hostilities',
  'krieg',
  'kampfe',
  'gefechte',
  'guerre',
  'combats',
  'affrontements',
  'savas*',
  'catisma*',
  'войн',
  'бои',
  'столкновения',
]);
/** How far from "broke out today" the word of war may stand, in characters of the folded sentence. */
const WAR_BEFORE = 70;
const WAR_AFTER = 25;

// The first day of the war: the noun is in the phrase. The first day, not the first days ("savaşın ilk günlerinde").
const FIRST_DAY = wordPattern([
  'first day of the war',
  'ersten kriegstag',
  'ersten kriegstages',
  'ersten tag des krieges',
  'premier jour de la guerre',
  'savasin ilk gunu',
  'savasin ilk gununde',
  'первый день войны',
  'первого дня войны',
  'युद्ध के पहले दिन',
  'जंग के पहले दिन',
]);

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
export function saysBeganToday(folded: string): boolean {
  if (matches(FIRST_DAY, folded)) return !matches(SINCE_FIRST_DAY, folded);
  BROKE_OUT_TODAY.lastIndex = 0;
  for (let m = BROKE_OUT_TODAY.exec(folded); m; m = BROKE_OUT_TODAY.exec(folded)) {
    const around = folded.slice(Math.max(0, m.index - WAR_BEFORE), m.index + m[0].length + WAR_AFTER);
    if (matches(WAR, around)) return true;
  }
  return false;
}
