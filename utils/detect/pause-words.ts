// Words of a pause in the fighting ("pause", "truce", "ceasefire", "آتش بس"), apart from words of talks alone: a page
// on a truce names the campaign the truce pauses; a page that only rules talks out does not.
import { HALT_WORDS, wordPattern } from './vocabulary';

export const PAUSE_WORDS = [
  // English, German, French, Turkish
  'pause',
  'halt in fighting',
  ...HALT_WORDS,
  'ceasefire',
  'truce',
  'waffenruhe',
  'waffenstillstand',
  'feuerpause',
  'cessez-le-feu',
  'treve',
  'ateşkes*',
  // Dari/Persian, Pashto, Urdu, Arabic
  'آتش بس',
  'اتشبس',
  'اوربند',
  'سیز فائر',
  'جنگ بندی',
  'فائر بندی',
  'وقف إطلاق',
  'وقف النار',
  'وقف القتال',
  'توقف القتال',
  'هدنة',
  // Russian, Hindi
  'перемири',
  'прекращени огня',
  'युद्धविराम',
  'सीज़फायर',
  'सीजफायर',
];

export const PAUSE = wordPattern(PAUSE_WORDS);
