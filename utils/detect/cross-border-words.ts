// Words saying an attack came from the other side of the border ("from across the border", "سرحد پار سے"). Gunmen
// firing from Afghan soil are cross-border fire, as the dataset holds it (Kharlachi, September 2022), not a raid
// inside Pakistan, whatever a statement calls them ("terrorists", "militants").
import { foldForMatch } from '../text/normalize';
import { wordPattern } from './vocabulary';

export const FROM_ACROSS_WORDS = [
  'from across the border',
  'from the other side of the border',
  'von jenseits der grenze',
  "de l'autre cote de la frontiere",
  'sınır ötesinden',
  'سرحد پار سے',
  // Urdu also says "from the Afghan border strip" (and "from Afghanistan": FROM_AFGHANISTAN below).
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

/**
 * Urdu افغانستان سے is "from Afghanistan" only before fire or an attack in the same clause ("افغانستان سے دہشت گردوں
 * نے چوکیوں پر فائرنگ کی"); سے is also "of", "with": "demanded of Afghanistan", "talks with Afghanistan", and
 * "those coming from Afghanistan" are what a TTP story says.
 */
const FROM_AFGHANISTAN = foldForMatch(
  'افغانستان سے(?!\\s+(?:مطالب|مذاکر|بات|تعلق|اپیل|درخواست|کہا|آنے|آئے|آ کر|سامنا))[^۔.!?؟\\n]{0,70}?(?:حمل|فائر|راکٹ|گولہ|گولے|مارٹر)',
);

export const FROM_ACROSS = new RegExp(`${wordPattern(FROM_ACROSS_WORDS).source}|${FROM_AFGHANISTAN}`, 'g');
export const STILL_LOOKALIKE = wordPattern(STILL_LOOKALIKE_WORDS);
