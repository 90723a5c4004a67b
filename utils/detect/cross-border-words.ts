// Words saying an attack came from the other side of the border ("from across the border", "سرحد پار سے"). Gunmen
// firing from Afghan soil are cross-border fire, as the dataset holds it (Kharlachi, September 2022), not a raid
// inside Pakistan, whatever a statement calls them ("terrorists", "militants").
import { wordPattern } from './vocabulary';

export const FROM_ACROSS_WORDS = [
  'from across the border',
  'from the other side of the border',
  'von jenseits der grenze',
  "de l'autre cote de la frontiere",
  'sınır ötesinden',
  'سرحد پار سے',
  // Urdu also says "from Afghanistan", "from the Afghan border strip".
  'افغانستان سے',
  'افغان سرحدی پٹی سے',
  'افغان سرحد کی طرف سے',
  'از آن سوی مرز',
  'از آن طرف مرز',
  'له پولې هاخوا',
  'د پولې له هاخوا',
  'من وراء الحدود',
  'من عبر الحدود',
  'सीमा पार से',
  'с другой стороны границы',
];

/**
 * Words that keep such a sentence a look-alike: a bomber or infiltrators who crossed, "cross-border terrorism" as
 * an accusation (India's against Pakistan, Pakistan's against Afghanistan), not an attack on a post.
 */
export const STILL_LOOKALIKE_WORDS = [
  'suicide',
  'infiltr*',
  'sneak*',
  'terrorism',
  'eindring*',
  'sızma*',
  'sızan*',
  'گھس',
  'نفوذ',
  'تسلل',
  'проник',
  'خودکش',
  'دہشت گردی',
  'دراندازی',
  'در اندازی',
  'تروریسم',
  'ځانمرګ',
  'ځانمرگ',
  'انتحار',
  'الإرهاب',
  'आत्मघाती',
  'घुसपैठ',
  'आतंकवाद',
  'intihar*',
  'terörizm*',
  'смертник',
  'терроризм',
];

export const FROM_ACROSS = wordPattern(FROM_ACROSS_WORDS);
export const STILL_LOOKALIKE = wordPattern(STILL_LOOKALIKE_WORDS);
