// Words that say a clash is a new round ("renewed", "again", "تجدد", "снова"): a page that reports a
// renewed clash is not about the earlier round it recalls, even when it dates that round.
import { wordPattern } from './vocabulary';

export const RENEWAL_WORDS = [
  // English, German, French, Turkish
  'renewed',
  'fresh clashes',
  'fresh fighting',
  'again',
  'resumed',
  'erneut',
  'wieder',
  'à nouveau',
  'de nouveau',
  'nouveaux affrontements',
  'yeniden',
  'tekrar',
  // Arabic, Urdu, Dari/Persian, Pashto
  'تجدد',
  'مجددا',
  'من جديد',
  'دوبارہ',
  'پھر سے',
  'ایک بار پھر',
  'دوباره',
  'بار دیگر',
  'یو ځل بیا',
  'بیا ځلې',
  // Russian, Hindi
  'снова',
  'вновь',
  'возобнов',
  'फिर से',
  'दोबारा',
  'एक बार फिर',
];

export const RENEWAL = wordPattern(RENEWAL_WORDS);
