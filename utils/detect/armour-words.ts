import { foldForMatch } from '../text/normalize';

// Words for the other side's tanks and armoured vehicles hit ("tanks destroyed", "танки уничтожены", "टैंकों को नष्ट"): a
// kind of loss few clashes' claims count, so a page that speaks of it, even without a number, points to one that does.
// Folded text (lower case, no Latin accents). Not "think tank", nor "tanker" ("танкер"), nor a water or fuel tank, nor
// the town of Tank (Khyber Pakhtunkhwa: "in Tank", "Tank district"), nor tanks only moved to the border.
const TANK =
  /(?<![\p{L}\p{M}])(?<!think[\s-])(?<!(?:water|fuel|oil|gas|petrol|diesel|storage|septic)[\s-])(?:tanks?|tank position|tanklar\p{L}*|tanki\p{L}*|panzer[n]?|chars? d'assaut|blindes|танк(?:и|ов|ам|ами|ах|а|у|ом|е)?|टैंक(?:ों|ो)?)(?![\p{L}\p{M}])(?![\s-]+(?:farm|truck|lorry|container|wagen))/u;
// The town: a bare singular "tank" after a preposition or "and", or before "district" or "city".
const TANK_TOWN =
  /(?:\b(?:in|near|at|from|of|and|to|across|outside|around)\s+tank\b(?![\s-]+(?:fire|shells?|rounds?))|\btank\s+(?:district|city|division|area|region)\b)/g;
// Hit, destroyed, driven back or taken, in the languages TANK reads.
const HIT =
  /(?<![\p{L}\p{M}])(?:destroy\p{L}*|hit|struck|strikes?|targeted|knocked out|disabled|burn\p{L}*|torched|seized|captured|damaged|blown up|blew up|repelled|repulsed|pushed back|drove back|driven back|zuruckgeschlagen|repousse\p{L}*|zerstor\p{L}*|getroffen|vernichtet|erbeutet|detrui\p{L}*|touche\p{L}*|imha|vurul\p{L}*|vurd\p{L}*|hedef\p{L}*|ele ge[cç]ir\p{L}*|уничтож\p{L}*|подбит\p{L}*|поражен\p{L}*|захвач\p{L}*|сожж\p{L}*|повред\p{L}*|отбит\p{L}*|отброс\p{L}*|नष्ट|तबाह|ध्वस्त|निशाना|खदेड|खदेड़)/u;

// Urdu, Dari, Pashto and Arabic, written as pages spell them and folded like the text. Urdu writes the tank ٹینک and
// the town of Tank ٹانک, which folds like the Dari and Pashto tank (تانک, ټانک), as Pashto writes the town too: that
// word counts only as a plural or beside "armoured" (ټانکونه, تانک‌ها, زغروال ټانک), a town has neither. Arabic دبابة and
// مدرعة, Dari زره‌پوش and نفربر (armoured car, carrier) are armour alone.
const ARABIC_SCRIPT_TANK_WORDS = foldForMatch(
  'ٹینک|ٹینکوں|ٹینکیں|ٹینکس|ټانکونه|ټانکونو|تانکها|تانکهای|تانک ها|تانک های|زغروال|زغروالې|زغروالو|زغرواله|زرهی|زرهپوش|زرهپوشها|نفربر|نفربرها|دبابة|دبابات|مدرعة|مدرعات',
);
// Not a tank of water, fuel or gas (Urdu "پانی کے ٹینک", "آئل ٹینک", Pashto "د اوبو ټانکونه", Dari "تانک‌های آب"), a
// think tank (Urdu "تھنک ٹینک"), nor an anti-tank weapon (Urdu "اینٹی ٹینک"); a count may
// stand between ("پانی کے دو ٹینک").
const NOT_ARMOUR_BEFORE = foldForMatch('پانی|تیل|فیول|آئل|پٹرول|ڈیزل|گیس|واٹر|تھنک|اینٹی|اوبو|تیلو');
const NOT_ARMOUR_AFTER = foldForMatch('آب|تیل|سوخت|گاز|نفت|اوبو|تیلو|المیاه|الوقود|النفط');
const ARABIC_SCRIPT_TANK = new RegExp(
  `(?<!(?:${NOT_ARMOUR_BEFORE})\\s(?:(?:${foldForMatch('کے|کا|کی')})\\s)?(?:[\\p{L}\\d]+\\s)?)(?<![\\p{L}])[وبل]?(?:ال)?(?:${ARABIC_SCRIPT_TANK_WORDS})(?![\\p{L}])(?!\\s(?:د\\s)?(?:${NOT_ARMOUR_AFTER})(?![\\p{L}]))`,
  'u',
);
// Destroyed, hit, targeted or seized, each at the start of a word (after "and" or "by"): Urdu and Dari تباہ, Pashto
// ویجاړ and "په نښه", Dari منهدم and "هدف قرار", Arabic دمّر/تدمير, أصاب (not إصابة, an injury), استهدف, and taken as
// spoils (غنیمت). Not مدمرة, a destroyer.
const ARABIC_SCRIPT_HIT = new RegExp(
  `(?<![\\p{L}])[وفب]?(?:${foldForMatch('تباہ|ویجاړ|نابود|منهدم|ناکاره|نښه|هدف قرار|نشانہ|دمر|یدمر|تدمیر|استهدف|استهداف|غنیمت|الاستیلاء')}|${foldForMatch('اصاب')}(?:${foldForMatch('ت|وا')})?(?![\\p{L}]))`,
  'u',
);

/** Whether a folded sentence speaks of tanks or armour hit (not of a town, a store of water or tanks only moved). */
export const speaksOfArmourHit = (folded: string) =>
  (TANK.test(folded.replace(TANK_TOWN, ' ')) && HIT.test(folded)) || (ARABIC_SCRIPT_TANK.test(folded) && ARABIC_SCRIPT_HIT.test(folded));
