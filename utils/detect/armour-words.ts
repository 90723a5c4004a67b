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
const ARABIC_SCRIPT_TANK = new RegExp(
  `(?<![\\p{L}])[وبل]?(?:ال)?(?:${foldForMatch('ٹینک|ٹینکوں|ٹینکیں|ٹینکس|ټانکونه|ټانکونو|تانکها|تانکهای|تانک ها|تانک های|زغروال|زغروالې|زغروالو|زغرواله|زرهی|زرهپوش|زرهپوشها|نفربر|نفربرها|دبابة|دبابات|مدرعة|مدرعات')})(?![\\p{L}])`,
  'u',
);
// Destroyed, hit, targeted or seized: Urdu and Dari تباہ, Pashto ویجاړ and "په نښه", Dari منهدم and "هدف قرار",
// Arabic دمّر/تدمير, أصاب, استهدف, and taken as spoils (غنیمت).
const ARABIC_SCRIPT_HIT = new RegExp(
  foldForMatch('تباہ|ویجاړ|نابود|منهدم|ناکاره|نښه|هدف قرار|نشانہ|دمر|تدمیر|اصاب|استهدف|استهداف|غنیمت|الاستیلاء'),
);

/** Whether a folded sentence speaks of tanks or armour hit (not of a town, a store of water or tanks only moved). */
export const speaksOfArmourHit = (folded: string) =>
  (TANK.test(folded.replace(TANK_TOWN, ' ')) && HIT.test(folded)) || (ARABIC_SCRIPT_TANK.test(folded) && ARABIC_SCRIPT_HIT.test(folded));
