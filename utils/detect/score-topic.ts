// Is the page about the border clashes? Counted per candidate sentence: names of both sides (or the
// border) together with words of armed action, against words of a look-alike story.
import termsFile from '../../assets/terms.json';
import type { Term } from '../dataset/types';
import { foldForMatch } from '../text/normalize';
import { FROM_ACROSS, STILL_LOOKALIKE } from './cross-border-words';
import { talibanAgainstRepublicArmy } from './republic-army';
import {
  ACTION_WORDS,
  AIR_FORCE_STRIKING_WORDS,
  AIR_OPERATIONS_WORDS,
  AIR_STRIKE_WORDS,
  AIR_TARGET_ACROSS_WORDS,
  BORDER_WORDS,
  CLAIMED_ATTACK_WORDS,
  HELD_RESPONSIBLE_WORDS,
  CLASH_WORDS,
  CROSS_BORDER_WORDS,
  ISKP_CLAIM_WORDS,
  LOOKALIKE_WORDS,
  NOT_CLAIMED_WORDS,
  POST_WORDS,
  RAID_WORDS,
  TALK_WORDS,
  TRUCE_WORDS,
  matches,
  wordPattern,
  wordStartPattern,
} from './vocabulary';

const CLASH = wordPattern(CLASH_WORDS);
const ACTION = wordPattern(ACTION_WORDS);
// Chinese names other conflicts by their two sides' first characters, and 冲突 is any conflict: the
// Israeli–Palestinian (以巴, 巴以), Russia–Ukraine (俄乌) and India–Pakistan (印巴) conflicts, a conflict of interest.
const OTHER_CONFLICTS = wordPattern(['以巴', '巴以', '俄乌', '俄烏', '印巴', '利益'].flatMap((sides) => [`${sides}冲突`, `${sides}衝突`]));
// Arabic-script جنگ (war) is read inside words, and starts جنگل (a forest, جنگلات forests): no fighting. Left out
// before strong words are counted. Not جنگجو or Pashto جنگیالی (fighters): "Taliban fighters tore down the fence"
// reports the clash where no other word of fighting does.
const NOT_WAR = wordPattern(['جنگل']);
// "Clash" is what English sports writing calls a match ("a fiery Asia Cup clash"): in a sentence with words of
// cricket the bare singular names the game; "border clashes" and other words of fighting still count.
const SPORTS_CLASH = /\bclash\b/g;
const CRICKET = wordPattern(LOOKALIKE_WORDS.cricket ?? []);
// Clashes named as past ones ("hundreds died in past clashes", "previous rounds of fighting") recall, not report:
// the words go before strong words are counted, as a background sentence of a Kurram peace deal or a profile has them.
const PAST_CLASHES = wordPattern([
  'past clashes',
  'previous clashes',
  'earlier clashes',
  'past fighting',
  'previous fighting',
  'گزشتہ جھڑپ',
  'سابقہ جھڑپ',
  'پچھلی جھڑپ',
  'پچھلی لڑائی',
  'درگیری های گذشته',
  'درگیریهای گذشته',
  'درگیری های قبلی',
  'درگیریهای قبلی',
  'تېرو نښتو',
  'پخوانیو نښتو',
  'الاشتباكات السابقة',
  'المواجهات السابقة',
  'прошлых столкновени',
  'прежних столкновени',
  'предыдущих столкновени',
  'früheren gefecht*',
  'fruheren gefecht*',
  'affrontements precedents',
  'önceki çatışma*',
  'पिछली झड़प',
  'पिछली झडप',
  '以往冲突',
  '此前冲突',
  // The clashes as the start of a span ("the border has stayed shut since the October clashes"): what came since is
  // the sentence's news (a closure, a raid's background), the clashes its time.
  'since the clashes',
  'since the fighting',
  'depuis les affrontements',
  'depuis les combats',
  'depuis les heurts',
  'seit den gefechten',
  'seit den kampfen',
  'seit den zusammenstossen',
  'со времени столкновений',
  'с момента столкновений',
  'catismalardan bu yana',
  'catismalardan beri',
  'झड़पों के बाद से',
  'झडपों के बाद से',
  'جھڑپوں کے بعد سے',
  'منذ الاشتباكات',
  'منذ اشتباكات',
  'از زمان درگیری',
  'له نښتو راهیسې',
  '冲突以来',
  '衝突以來',
]);
// …and the clashes as the time after which another story happened ("after the clashes, pressure on refugees grew"). Left
// out only where the sentence's strong words are counted, not where "weeks after the border clashes" is read as a time
// (clashOnlyAsTime), which reads the strong words inside that phrase.
const AFTER_CLASHES = wordPattern([
  'after the clashes',
  'apres les affrontements',
  'nach den gefechten',
  'после столкновений',
  'catismalarin ardindan',
  'catismalardan sonra',
  'झड़पों के बाद',
  'झडपों के बाद',
  'جھڑپوں کے بعد',
  'بعد الاشتباكات',
  'پس از درگیری ها',
  'پس از درگیریها',
  'بعد از درگیری ها',
  'بعد از درگیریها',
  'له نښتو وروسته',
  '冲突之后',
  '衝突之後',
]);
// The Afghan side's own forces (Afghan forces, Taliban forces, Afghan border guards), not "the Taliban government"
// or "Afghanistan": a sentence in which they fight is the clash whatever story sits around it. Firing on smugglers
// that Afghan forces answered, Afghan shelling near a sit-in, "the toll from earlier clashes between Afghan and
// Pakistani forces" report it; none of round 20P's look-alikes names them.
const AFGHAN_FORCES = wordPattern([
  'afghan forces',
  'afghan border forces',
  'afghan security forces',
  'afghan troops',
  'afghan soldiers',
  'afghan guards',
  'afghan border guards',
  'afghan border police',
  'afghan posts',
  'taliban forces',
  'taliban fighters',
  'taliban border forces',
  // Both sides' forces in one phrase: "clashes between Afghan and Pakistani forces".
  'afghan and pakistani forces',
  'pakistani and afghan forces',
  'afghan and pakistani troops',
  'pakistani and afghan troops',
  'afghan and pakistani border forces',
  'pakistani and afghan border forces',
  'forces pakistanaises et afghanes',
  'афганскими и пакистанскими',
  'пакистанскими и афганскими',
  'پاک افغان فورسز',
  'afghanische truppen',
  'afghanische soldaten',
  'afghanische grenzschutz*',
  'afghanische sicherheitskrafte',
  'afghanische sicherheitskräfte',
  'forces afghanes',
  'forces talibanes',
  'soldats afghans',
  'garde-frontieres afghans',
  // Turkish nouns take case endings: "Taliban güçlerinin saldırısı", "200 Taliban kuvvetinin öldürüldüğü".
  'afgan güçler*',
  'afgan asker*',
  'taliban güçler*',
  'taliban kuvvet*',
  'afganskie sily',
  'афганские силы',
  'афганских сил',
  'афганские военные',
  'афганских военных',
  'афганские пограничники',
  'афганских пограничников',
  'силы талибов',
  'сил талибов',
  'боевики талибов',
  'अफगान बल',
  'अफगान सुरक्षा बल',
  'अफगान सैनिक',
  'तालिबान बल',
  'तालिबान लड़ाके',
  'القوات الأفغانية',
  'القوات الافغانية',
  'قوات طالبان',
  'حرس الحدود الأفغان',
  'الجنود الأفغان',
  'افغان فورسز',
  'افغان سیکیورٹی فورسز',
  'افغان فوج',
  'افغان چوکی',
  'نیروهای افغان',
  'نیروهای طالبان',
  'نیروهای مرزی افغانستان',
  'نیروهای امارت اسلامی',
  'افغان ځواکونو',
  'افغان ځواکونه',
  'د طالبانو ځواکونو',
  'د طالبانو سرحدي ځواکونو',
  'اسلامي امارت ځواکونو',
]);
const withoutOtherStrongWords = (folded: string) => {
  const recalled = matches(AFGHAN_FORCES, folded) ? folded : folded.replace(PAST_CLASHES, ' ');
  const text = recalled.replace(OTHER_CONFLICTS, ' ').replace(NOT_WAR, ' ');
  return matches(CRICKET, text) ? text.replace(SPORTS_CLASH, ' ') : text;
};
const TALKS = wordPattern([...TALK_WORDS, ...TRUCE_WORDS]);
const AIR_STRIKE = wordPattern(AIR_STRIKE_WORDS);
const AIR_OPERATIONS = wordPattern(AIR_OPERATIONS_WORDS);
const AIR_TARGET_ACROSS = wordPattern(AIR_TARGET_ACROSS_WORDS);
const AIR_FORCE = wordPattern(['سلاح الجو']);
const AIR_FORCE_STRIKING = wordStartPattern(AIR_FORCE_STRIKING_WORDS);
const ACROSS_THE_BORDER = wordPattern(['عبر الحدود']);
// Every Arabic word of air operations holds "جو" (air): a sentence without it is not read for them.
const AIR_ROOT = foldForMatch('جو');
/**
 * Arabic air operations on a target across the border, or the air force striking across it (AIR_OPERATIONS_WORDS):
 * not the air force shelling hideouts in Waziristan, "near the Afghan border".
 */
const airOperationsAcross = (folded: string) =>
  folded.includes(AIR_ROOT) &&
  matches(AIR_OPERATIONS, folded) &&
  (matches(AIR_TARGET_ACROSS, folded) ||
    (matches(AIR_FORCE, folded) && matches(AIR_FORCE_STRIKING, folded) && matches(ACROSS_THE_BORDER, folded)));
/** Places talks about the clashes were held, and mediators that hosted them. */
const VENUES = new Set(['doha', 'istanbul', 'qatar', 'turkiye', 'eid-al-fitr']);
// Where the two states themselves have talked (the dataset's rounds in Riyadh and Urumqi too): a page naming one of
// them is on the two states' talks, even when the TTP is what they talked about, not on Pakistan's talks with the TTP.
const TWO_STATES_VENUES = new Set([...VENUES, 'riyadh', 'urumqi']);
/** A sentence about talks counts for this much of a clash sentence: one alone is not enough. */
const TALK_WEIGHT = 0.75;
const THIRD_PARTY = new Set(['drone-2010s', 'soviet-war']);
// Pakistan's press writes "the Afghan Taliban" (beside "the khawarij", the TTP) for the other side itself.
const AFGHAN_TALIBAN = wordPattern(['افغان طالبان', 'طالبان افغان']);
// Kabul's forces by the capital's name, as Pakistan's statements call them ("the Kabul regime's forces attacked"): the
// other side's fighters, in a sentence of fighting, though a page about the TTP names Kabul only as the accused.
const KABUL_FORCES = [
  "kabul's forces",
  'kabul’s forces',
  "kabul's troops",
  'kabul’s troops',
  'forces of kabul',
  'forces loyal to kabul',
  "kabul regime's forces",
  'kabul regime’s forces',
  'قوات كابول',
  'قوات سلطات كابول',
  'قوات حكومة كابول',
  'قوات نظام كابول',
  'قوات نظام طالبان',
  // Not "the Kabul regime" alone: Pakistan warns or addresses it on a raid's page too.
  'کابل رجیم کی فورسز',
  'کابل کی فورسز',
  'د کابل ځواک',
  'نیروهای کابل',
];
// "The Afghan Taliban" by that name in the languages read: the other side itself, not the Pakistani Taliban a page
// about the TTP calls "the Taliban" too; and Kabul's forces.
const AFGHAN_TALIBAN_NAMED = wordPattern([
  'afghan taliban',
  'afghanische taliban',
  'afghanischen taliban',
  'talibans afghans',
  'afgan taliban*',
  'афганские талибы',
  'афганских талибов',
  'अफगान तालिबान',
  'अफ़ग़ान तालिबान',
  'আফগান তালেবান',
  '阿富汗塔利班',
  'طالبان الأفغانية',
  'طالبان الافغانية',
  'حركة طالبان الأفغانية',
  ...KABUL_FORCES,
]);
// Accused or denying: "Islamabad accused Kabul of sheltering them", "Mujahid denied it" (Arabic, Dari, Urdu, Pashto).
// Each at the start of a word (after "and"): not Pashto تورنمنت (a tournament) for تورن. Not الزام alone (Arabic
// "obligation"): only in the forms that accuse.
const ACCUSING_WORDS = [
  'اتهم',
  'يتهم',
  'تتهم',
  'إيواء',
  'متهم',
  'کا الزام',
  'الزامات',
  'الزام عائد',
  'پناه دادن',
  'پناہ دے',
  'تورن کړ',
  'تورن دی',
  'تورنوي',
];
// Not Arabic نفت alone (Dari "oil"), nor تردید alone (Dari "doubt": "بدون تردید", undoubtedly): only the forms that
// deny. Not Dari منفی (negative) for نفى, nor درد می (hurts) for رد می.
const DENYING_WORDS = ['نفى', 'ونفت', 'فيما نفت', 'ينفي', 'تنفي', 'را رد', 'رد کرد', 'رد می', 'تردید کرد', 'تردید کرده', 'رد کړ'];
const ACCUSED_OR_DENYING = wordStartPattern([...ACCUSING_WORDS, ...DENYING_WORDS]);
// One side blaming the other: "Islamabad blames Kabul for cross-border attacks". Not where both
// sides trade fire or blame ("exchanged fire and accused each other"), nor where the charge is the state's own fire
// ("accused Kabul of shelling its border posts", an air strike): that is the two sides fighting.
const STATE_FIRE = wordPattern([
  'shelling',
  'shelled',
  'artillery',
  'mortar*',
  'border post*',
  'checkpost*',
  'outpost*',
  'beschuss',
  'beschossen',
  'artillerie*',
  'grenzposten',
  'bombarde*',
  'obus',
  'обстрел*',
  'артиллери*',
  'погранзастав*',
  'погранпост*',
  'top atis*',
  'topcu*',
  'karakol*',
  // Arabic, Urdu, Dari, Pashto: shelling, mortars, bombing, border posts (چوکی, چوکیاں, چوکیوں).
  'قصف',
  'گولہ باری',
  'خمپاره',
  'هاوان',
  'بمباران',
  'بمباری',
  'مارټر',
  'پاسگاه',
  'چیک پوسٹ',
  'چوکی',
]);
const BLAMES = wordPattern([
  'accused',
  'accuses',
  'accusing',
  'blames',
  'blamed',
  'blaming',
  'beschuldigt',
  'vorgeworfen',
  'accuse',
  'accusé',
  'обвиняет',
  'обвинил',
  'обвинили',
  'suçlad*',
  'suçluyor',
]);
// The same charges in Arabic script: the accusing words, "holds Kabul responsible" (Arabic تحمل … المسؤولية) and "the
// use of its soil" (استخدام أراضيها) that the charge asks Kabul to stop.
const BLAMES_ARABIC_SCRIPT = wordStartPattern([...ACCUSING_WORDS, 'استخدام أراضي', 'استخدام الأراضي']);
const HOLDS_RESPONSIBLE = new RegExp(`(?<!\\p{L})[وف]?(?:تحمل|یحمل|حملت|حمل)\\s+(?:\\S+\\s+){0,3}${foldForMatch('المسؤولية')}`, 'u');
const EACH_OTHER = wordPattern([
  'each other',
  'one another',
  'exchange*',
  'gegenseitig',
  'mutuellement',
  'друг друга',
  'birbirini',
  // Arabic, Urdu, Dari, Pashto: exchanged (fire, charges), each other.
  'تبادل',
  'متبادل',
  'بعضهما',
  'یکدیگر',
  'ایک دوسرے',
  'یو بل',
]);
// Words of forces fighting, which a raid's charge against Kabul does not use ("fighting with Kabul's forces", Arabic
// هاجمت and اشتباكات, Urdu حملہ, Pashto برید, Dari حمله): Kabul in such a sentence may be the side that fought.
const FIGHTING = wordStartPattern([
  'fighting',
  'fought',
  'clash*',
  'attacked',
  'struck',
  'jets',
  'هاجم',
  'اشتباك',
  'الاشتباك',
  'معارك',
  'المعارك',
  'حملہ',
  'حملے',
  'جھڑپ',
  'برید',
  'نښت',
  'حمله',
  'درگیر',
]);
// The TTP's attack told as its own: claimed, or an ambush it laid (Arabic "كمين نصبه", "هجوم تبنته"). The Arabic
// words at a word's start: not منصبه (his post), يتبنى (adopts).
const CLAIMED_OWN = wordPattern([...CLAIMED_ATTACK_WORDS, 'ذمہ داری قبول']);
const LAID_OR_ADOPTED = wordStartPattern(['تبنت', 'تبنته', 'تبنى', 'نصبه', 'نصبها']);
// Who claims, where the claimant comes before the claim: Kabul, or the TTP.
const KABUL_NAMED = wordPattern(['kabul', 'kabil', 'кабул', 'काबुल', 'کابل', 'كابول', 'كابل']);
const TTP_NAMED = wordPattern([
  'ttp',
  'tehreek*',
  'tehrik*',
  'ттп',
  'टीटीपी',
  'ٹی ٹی پی',
  'تحریک طالبان',
  'طالبان پاکستان',
  'طالبان باكستان',
  'خوارج',
]);
// Pakistan's police hit (killed, wounded, attacked): the border clashes are fought by its army and Frontier Corps, a
// raid hits its police. Not police closing a road or guarding a crossing during a clash, nor police as the source
// ("Pakistani police said", "according to Pakistani police", its spokesman): wire reports quote them on shells fired
// from across the border too. The source is left out before the look-alike words are read.
const PAKISTANI_POLICE = wordPattern(['الشرطة الباكستانية', 'پلیس پاکستان', 'پاکستاني پولیس']);
const HARM = wordStartPattern([
  'قتل',
  'مقتل',
  'هجوم',
  'هاجم',
  'استهدف',
  'أصيب',
  'جرح',
  'كمين',
  'کشته',
  'زخمی',
  'حمله',
  'کمین',
  'شهید',
  'ووژل',
  'وژل',
  'مړه',
  'ټپي',
  'برید',
]);
// Pashto "وسله وال ځواکونه" (armed forces) is a state's army, not the armed men of a TTP raid: "د پاکستان وسله والو
// ځواکونو" (Pakistan's armed forces) fired across the border.
// Newspapers whose names hold a look-alike's word: the Marathi daily तरुण भारत and the Hindi नवभारत टाइम्स sign
// every page (its title, "- तरुण भारत"), whatever it reports; their name is no mention of India.
const MASTHEADS = wordPattern(['तरुण भारत', 'नवभारत']);
const ARMED_FORCES = wordPattern(['وسله وال ځواک', 'وسله والو ځواک', 'وسله واله ځواک', 'وسلوال ځواک', 'وسلوالو ځواک']);
const POLICE_SAYS = wordPattern([
  'قالت الشرطة الباكستانية',
  'أضافت الشرطة الباكستانية',
  'أعلنت الشرطة الباكستانية',
  'ذكرت الشرطة الباكستانية',
  'أكدت الشرطة الباكستانية',
  'أفادت الشرطة الباكستانية',
  'حسب الشرطة الباكستانية',
  'وفق الشرطة الباكستانية',
  'باسم الشرطة الباكستانية',
  'مسؤول في الشرطة الباكستانية',
  'مسؤولون في الشرطة الباكستانية',
  'به گفته پلیس پاکستان',
  'سخنگوی پلیس پاکستان',
  'مقام های پلیس پاکستان',
  'پلیس پاکستان گفت',
  'پلیس پاکستان اعلام',
  'پلیس پاکستان می گوید',
  'پلیس پاکستان افزود',
  'پاکستاني پولیس وايي',
  'پاکستاني پولیس ویلي',
  'پاکستاني پولیس وویل',
  'پاکستاني پولیس ویاند',
  'پاکستاني پولیس چارواکي',
]);
// A threat on a condition ("if the talks fail, Pakistan will answer with the gun"): fighting to come, not fought.
// "If" and the future's own word, each a word by itself: Urdu اگر … گا/گی/گے, Dari اگر … خواهد, and Pashto که … به
// only in a Pashto sentence (its letters ښ ځ څ ږ ڼ), since Dari که is "that" and به "to"; not Urdu اگرچہ or Pashto
// که څه هم (although), which report.
const wholeWords = (words: readonly string[], flags = 'u') =>
  new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.map(foldForMatch).join('|')})(?![\\p{L}\\p{M}])`, flags);
const IF_URDU_DARI = wholeWords(['اگر']);
const WILL_URDU_DARI = wholeWords(['گا', 'گی', 'گے', 'خواهد', 'خواهند', 'خواهیم']);
const PASHTO_LETTERS = /[ښځڅږڼ]/u;
const IF_PASHTO = wholeWords(['که']);
const WILL_PASHTO = wholeWords(['به']);
const ALTHOUGH_PASHTO = wholeWords(['که څه هم'], 'gu');
// English "if"/"unless" with will/would ("Pakistan would strike hideouts in Afghanistan if Kabul did not act"), German
// wenn/falls with werden (not würde, which folds to wurde, "was"), Russian если with the future of striking or
// answering ("нанесет удары … если").
const IF_OTHERS = wholeWords(['if', 'unless', 'wenn', 'falls', 'если']);
const WILL_OTHERS = wholeWords([
  'will',
  'would',
  'werde',
  'werden',
  'wird',
  'будет',
  'будут',
  'нанесет',
  'нанесут',
  'ответит',
  'ответят',
  'ударит',
  'ударят',
]);
// Arabic إذا/لو with a future of answering or striking (سترد, سنضرب: the prefix س; not ستة, six), Hindi अगर/यदि … तो
// (if … then), Turkish -mezse/-mazsa or gerekirse (unless, if need be) with a future in -ecek/-acak, French si with a
// conditional in -rait/-raient ("mènerait des frappes si les talibans n'agissaient pas").
const IF_ARABIC = wholeWords(['إذا', 'اذا', 'لو', 'ما لم']);
const WILL_ARABIC = wholeWords(['سوف', 'سترد', 'سنرد', 'ستضرب', 'سنضرب', 'ستشن', 'سنشن', 'ستقصف', 'سنقصف', 'ستهاجم', 'سنهاجم']);
const IF_HINDI = wholeWords(['अगर', 'यदि']);
const THEN_HINDI = wholeWords(['तो']);
const IF_TURKISH = /(?<![\p{L}\p{M}])(?:eger|gerekirse|\p{L}+m[ea]zs[ea])(?![\p{L}\p{M}])/u;
const WILL_TURKISH = /\p{L}+(?:ecek|acak)/u;
const IF_FRENCH = wholeWords(['si']);
const WOULD_FRENCH = /\p{L}{3,}(?:rait|raient)(?![\p{L}\p{M}])/u;
// "If" that asks whether ("it was not clear if the crossing would reopen", "on ignorait si le poste serait rouvert")
// reports: left out before the threat is looked for.
const IF_WHETHER = wordPattern([
  'clear if',
  'known if',
  'sure if',
  'asked if',
  'know if',
  'see if',
  'ignorait si',
  'ignore si',
  'ignorent si',
  'sait pas si',
  'savoir si',
  'demande si',
  'clair si',
]);
// In those languages a sentence often joins the report and the threat ("the forces clashed at Chaman; Kabul said it
// would answer if the shelling went on"): the threat is the sentence's only when no other clause of it (after ; ، or
// ", and") holds a strong word of fighting.
const CLAUSE_BREAK = /[;؛،]|,\s+(?:and|but|while|et|und|и|а|ve)\s/u;
// Each language's "if" with its "will" (or "then"): a clause holds a threat when both of a pair are in it.
const IF_AND_WILL: readonly (readonly [RegExp, RegExp])[] = [
  [IF_OTHERS, WILL_OTHERS],
  [IF_ARABIC, WILL_ARABIC],
  [IF_HINDI, THEN_HINDI],
  [IF_TURKISH, WILL_TURKISH],
  [IF_FRENCH, WOULD_FRENCH],
];
const conditionalIn = (folded: string) => IF_AND_WILL.some(([ifWord, will]) => ifWord.test(folded) && will.test(folded));
// Nor when a part of it between commas holds a strong word of fighting and neither an "if" nor a "will" ("des
// affrontements ont opposé les forces afghanes et pakistanaises, qui resterait fermé si…"): that part reports.
const IF_OR_WILL = IF_AND_WILL.flat();
const reportsOutsideCondition = (part: string) => strongWords(part) >= 1 && !IF_OR_WILL.some((p) => p.test(part));
const threatInOtherLanguages = (folded: string) => {
  const clauses = folded.split(CLAUSE_BREAK);
  return (
    clauses.some(conditionalIn) &&
    !clauses.some((c) => !conditionalIn(c) && strongWords(c) >= 1) &&
    !folded.split(/[,،]/u).some(reportsOutsideCondition)
  );
};
const threatOnCondition = (whole: string) => {
  const folded = whole.replace(IF_WHETHER, ' ');
  return (
    threatInOtherLanguages(folded) ||
    (IF_URDU_DARI.test(folded) && WILL_URDU_DARI.test(folded)) ||
    (PASHTO_LETTERS.test(folded) && IF_PASHTO.test(folded.replace(ALTHOUGH_PASHTO, ' ')) && WILL_PASHTO.test(folded))
  );
};
// "The attack comes weeks after the border clashes": the clashes only date another story, the page's own. The
// sentence reports no clash when a span of time stands by "after" (days, weeks, months after) and its strong words of
// fighting all sit in the phrase "after the clashes": after Arabic بعد or Dari پس از / بعد از, or before Urdu کے … بعد
// and Pashto … وروسته, which close the phrase. Only where the sentence's paragraph names no Afghan place of its own
// (judgeTopic): "days after Pakistan bombed Nangarhar" recalls a dataset event, not a raid's background.
const SPAN = [
  'أيام',
  'أسابيع',
  'أسبوع',
  'أشهر',
  'شهر',
  'شهرين',
  'ساعات',
  'روز',
  'هفته',
  'ماه',
  'دن',
  'ہفتے',
  'ہفتوں',
  'ماہ',
  'مہینے',
  'ورځې',
  'اونۍ',
  'میاشتې',
];
const SPAN_NEAR_AFTER = new RegExp(
  `(?:${SPAN.map(foldForMatch).join('|')})(?:\\s+\\S+){0,2}?\\s+(?:${['بعد', 'پس از', 'وروسته'].map(foldForMatch).join('|')})(?![\\p{L}\\p{M}])|(?<![\\p{L}\\p{M}])${foldForMatch('بعد')}(?:\\s+\\S+){0,1}?\\s+(?:${SPAN.map(foldForMatch).join('|')})`,
  'u',
);
const AFTER_PREPOSITION = wholeWords(['بعد', 'پس از', 'بعد از']);
const AFTER_POSTPOSITION = new RegExp(
  `(?<![\\p{L}\\p{M}])${foldForMatch('کے')}(?:\\s+\\S+){0,3}?\\s+${foldForMatch('بعد')}(?![\\p{L}\\p{M}])|${wholeWords(['وروسته']).source}`,
  'u',
);
const strongWords = (folded: string) => withoutOtherStrongWords(folded).match(CLASH)?.length ?? 0;
const clashOnlyAsTime = (folded: string) => {
  if (!SPAN_NEAR_AFTER.test(folded)) return false;
  const post = AFTER_POSTPOSITION.exec(folded);
  if (post) return strongWords(folded.slice(0, post.index)) >= 1 && strongWords(folded.slice(post.index + post[0].length)) === 0;
  const pre = AFTER_PREPOSITION.exec(folded);
  return pre !== null && strongWords(folded.slice(0, pre.index)) === 0 && strongWords(folded.slice(pre.index)) >= 1;
};
// A sentence whose fighting is between Kurram's sects or tribes, or of the Soviet war, reports that fighting, not the
// two states', whatever places beside it it names ("Kurram, bordering Paktia"; "Afghan jets of the 1980s").
const OTHER_WARS = new Set(['sectarian', 'soviet-war']);
const ISKP_CLAIM = wordPattern(ISKP_CLAIM_WORDS);
const CLAIMED_ATTACK = wordPattern([...CLAIMED_ATTACK_WORDS, ...HELD_RESPONSIBLE_WORDS]);
const RAID = wordPattern(RAID_WORDS);
const NOT_CLAIMED = wordPattern(NOT_CLAIMED_WORDS);
const BORDER = wordPattern(BORDER_WORDS);
const POSTS = wordPattern(POST_WORDS);
const CROSS_BORDER = wordPattern(CROSS_BORDER_WORDS);
// Posts near the border are inside Pakistan: a raid on them is the TTP's.
const NEAR = wordPattern(['near', 'close to', 'nahe', 'pres de', 'вблизи', 'у границ', 'yakin*', 'के पास', 'কাছে', '附近', '靠近']);
/**
 * The Taliban, named in the sentence itself (not only its paragraph), claim a raid or are held responsible for one.
 * Not a claim denied or not made, nor one of no raid ("claimed the deaths of 200 Taliban"), nor one whose target is
 * the border, its posts or the states' fire: the Afghan side claims its attacks on Pakistan's border posts too.
 */
const talibanClaimsARaid = (folded: string, termIds: Set<string>) =>
  termIds.has('taliban') &&
  matches(CLAIMED_ATTACK, folded) &&
  matches(RAID, folded) &&
  !matches(NOT_CLAIMED, folded) &&
  !matches(STATE_FIRE, folded) &&
  !matches(CROSS_BORDER, folded) &&
  !(matches(BORDER, folded) && matches(POSTS, folded) && !matches(NEAR, folded));
const LOOKALIKES = Object.entries(LOOKALIKE_WORDS).map(([name, words]) => ({ name, pattern: wordPattern(words) }));

export interface SentenceSignals {
  leanings: Set<Term['leaning']>;
  termIds: Set<string>;
  clashWords: number;
  lookalikes: string[];
  /** Words of talks, mediation or a pause in the fighting. */
  talks: boolean;
  /** Words of a strike from the air (not a suicide bombing). */
  airStrike: boolean;
  /** The Taliban fighting the Republic's army, no Pakistani force named: the insurgency before 2021. */
  insurgency?: boolean;
  /** "The Afghan Taliban" by that name: the other side, told apart from the Pakistani Taliban. */
  afghanTaliban?: boolean;
  /** Words of accusing or denying ("accused Kabul of sheltering", "Mujahid denied"). */
  accusation?: boolean;
  /** One side blames the other, not both trading fire or blame. */
  blames?: boolean;
  /** A threat on a condition ("if talks fail, we will…"): fighting to come, not a clash. */
  threat?: boolean;
  /** The clashes only as a time ("weeks after the border clashes"): the sentence reports another story. */
  afterClashes?: boolean;
  /** Fighting of another war or feud: Kurram's sects and tribes, the Soviet war of the 1980s. */
  otherWar?: boolean;
  /** Names the police. */
  police?: boolean;
  /** Says the fire came from across the border. */
  fromAcross?: boolean;
  /** Names the Afghan side's forces (Afghan forces, Taliban forces, Afghan border guards). */
  afghanForces?: boolean;
  /** Names "the Afghan Taliban" by that name, in any language read, or Kabul's forces (KABUL_FORCES). */
  afghanTalibanNamed?: boolean;
  /** The sentence itself (not only its paragraph) names the TTP. */
  ttp?: boolean;
  /** Names the TTP and Kabul, the attack told as the TTP's own (claimed, its ambush) with no word of forces fighting. */
  ttpRaidOwned?: boolean;
  /** The Islamic State's Khorasan branch claims the attack (ISKP_CLAIM_WORDS). */
  iskpClaim?: boolean;
  /** The Taliban claim a raid, or are held responsible for one (CLAIMED_ATTACK_WORDS, talibanClaimsARaid). */
  claimedAttack?: boolean;
}

// "The heaviest clashes since the Soviet war": the war measures today's fighting, it is not the sentence's story.
const SINCE_SOVIET_WAR = wordPattern([
  'since the soviet',
  'since soviet',
  'since the 1980s',
  'since the eighties',
  'منذ الغزو السوفي',
  'منذ الحرب السوفي',
  'منذ الاحتلال السوفي',
  'со времен советск',
  'со времён советск',
  'со времен войны с красной',
  'со времён войны с красной',
  'seit dem sowjet',
  'seit der sowjet',
  "depuis l'invasion sovietique",
  'depuis la guerre sovietique',
]);

// "Pakistani Taliban fighters" are the TTP's, not the Afghan side's forces that "Taliban fighters" names.
const PAKISTANI_TALIBAN = wordPattern(['pakistani taliban*', 'pakistan taliban*', 'pak taliban*']);

// Blasts heard or set off: where they were aimed at the TTP's leader in Kabul, the strike of October 2025.
const BLASTS = wordPattern(['blast', 'blasts', 'explosion*', 'انفجار', 'الانفجار', 'دھماک', 'چاودن', 'взрыв']);
// He was the blast's target (Arabic الهدف, استهدف, موجه ضد; Urdu نشانہ): not a blast he ordered, condemned or avenges.
const TARGETED = wordPattern(['target', 'targets', 'targeted', 'targeting', 'aimed at', 'هدف', 'موجه ضد', 'نشانہ', 'نشانه', 'цель']);
// He blames, condemns or vows revenge for a blast: not one aimed at him.
const HIS_WORD_ON_A_BLAST = wordPattern(['blamed', 'blames', 'condemn*', 'vow*', 'revenge', 'accus*', 'اتهم', 'ندد', 'توعد', 'الانتقام']);
/**
 * Blasts at a place of the Afghan side aimed at the TTP's leader ("two blasts in Kabul; the target was TTP chief Noor
 * Wali Mehsud"): Pakistan's strike on him, though the page says no "air strike". Not a blast in Peshawar blamed on him
 * "who lives in Kabul", nor one in Paktika that killed his commander.
 */
const blastsOnTtpChief = (folded: string, termIds: Set<string>) =>
  termIds.has('noor-wali-mehsud') &&
  [...termIds].some((id) => SIDE_OF_AFGHAN.has(id) && !GENERIC_NAMES.has(id)) &&
  matches(BLASTS, folded) &&
  (matches(TARGETED, folded) || !matches(HIS_WORD_ON_A_BLAST, folded));

/** Neither both sides trading fire or charges nor the state's own fire (shelling, posts, an air strike). */
const oneSided = (folded: string) => !matches(EACH_OTHER, folded) && !matches(STATE_FIRE, folded) && !matches(AIR_STRIKE, folded);

/**
 * One side blames the other, the two sides not fighting in the sentence. In Arabic script only without words of forces
 * fighting too: "an attack by the forces of Kabul's authorities, which it accused of sheltering the TTP" is the clash.
 */
const blamesTheOther = (folded: string, accusation: boolean) =>
  (matches(BLAMES, folded) || (blamesInArabicScript(folded, accusation) && !matches(FIGHTING, folded) && !attacksBesideCharge(folded))) &&
  oneSided(folded);

// Nouns of attacks (Arabic هجوم, هجمات; Urdu حملوں; Dari حملات) and of the border (Arabic الحدود, الحدودية; Urdu,
// Pashto سرحد; Dari مرز).
const ATTACKS = wordStartPattern(['هجوم', 'الهجوم', 'هجمات', 'الهجمات', 'حملوں', 'حملات']);
const BORDER_ARABIC_SCRIPT = wordPattern(['حدود', 'سرحد', 'مرز']);
/**
 * Attacks on the border beside a charge: "soldiers died in night attacks on the border posts, and Pakistan held Kabul
 * responsible" may tell the attacks the two sides fought. Not "a Taliban attack; Islamabad holds Kabul responsible".
 */
const attacksBesideCharge = (folded: string) => matches(ATTACKS, folded) && matches(BORDER_ARABIC_SCRIPT, folded);

const USE = foldForMatch('استخدام');
const RESPONSIBILITY = foldForMatch('المسؤولية');
/** The Arabic-script charges, read only where an accusing word, "use" or "responsibility" is (cheap tests first). */
const blamesInArabicScript = (folded: string, accusation: boolean) =>
  ((accusation || folded.includes(USE)) && matches(BLAMES_ARABIC_SCRIPT, folded)) ||
  (folded.includes(RESPONSIBILITY) && HOLDS_RESPONSIBLE.test(folded));

/** The TTP's attack told as its own (claimed, its ambush), with no word of forces fighting nor of the states' fire. */
const raidOfItsOwn = (folded: string) =>
  (matches(LAID_OR_ADOPTED, folded) || claimedNotByKabul(folded)) && !matches(FIGHTING, folded) && oneSided(folded);

/**
 * A claim whose claimant is not Kabul: Kabul named before the claim word, the TTP not, is Kabul claiming its reply
 * ("کابل نے … جوابی کارروائی کی ذمہ داری قبول کی", "Kabil yönetimi … saldırılarını üstlendi").
 */
const claimedNotByKabul = (folded: string) => {
  CLAIMED_OWN.lastIndex = 0;
  const claim = CLAIMED_OWN.exec(folded);
  if (!claim) return false;
  const before = folded.slice(0, claim.index);
  return !matches(KABUL_NAMED, before) || matches(TTP_NAMED, before);
};

export function sentenceSignals(folded: string, termIds: Set<string>, leanings: Set<Term['leaning']>): SentenceSignals {
  // Strong words count 1, words that could belong to any violent story count half.
  // The Afghan side's forces named: read once, for the strong words, "other war" and the signal itself.
  const afghanForces = matches(AFGHAN_FORCES, folded.replace(PAKISTANI_TALIBAN, ' '));
  const strong = strongWords(afghanForces ? folded : folded.replace(AFTER_CLASHES, ' '));
  const onTtpChief = blastsOnTtpChief(folded, termIds);
  const accusation = matches(ACCUSED_OR_DENYING, folded);
  const clashWords = strong + (onTtpChief ? 1 : 0) + 0.5 * (folded.match(ACTION)?.length ?? 0);
  // Gunmen who fire from across the border are the other side in this conflict, not a raid inside Pakistan; unless
  // the sentence names the TTP, whose raids from Afghan soil are that story.
  const fromAcross = !termIds.has('ttp') && matches(FROM_ACROSS, folded) && !matches(STILL_LOOKALIKE, folded);
  const unquoted = folded.replace(POLICE_SAYS, ' ').replace(ARMED_FORCES, ' ').replace(MASTHEADS, ' ');
  const policeHit = matches(PAKISTANI_POLICE, unquoted) && matches(HARM, unquoted);
  const sinceSovietWar = strong >= 1 && matches(SINCE_SOVIET_WAR, folded);
  const lookalikes = LOOKALIKES.filter(
    ({ name, pattern }) =>
      !(fromAcross && name === 'ttp-inside-pakistan') &&
      !(sinceSovietWar && name === 'soviet-war') &&
      (matches(pattern, unquoted) || (name === 'ttp-inside-pakistan' && policeHit)),
  ).map((l) => l.name);
  return {
    leanings,
    termIds,
    clashWords,
    lookalikes,
    talks: matches(TALKS, folded),
    airStrike: (onTtpChief || matches(AIR_STRIKE, folded) || airOperationsAcross(folded)) && !matches(STILL_LOOKALIKE, folded),
    ...(talibanAgainstRepublicArmy(folded, termIds) ? { insurgency: true } : {}),
    ...(matches(AFGHAN_TALIBAN, folded) ? { afghanTaliban: true } : {}),
    ...(accusation ? { accusation: true } : {}),
    ...(blamesTheOther(folded, accusation) ? { blames: true } : {}),
    ...(threatOnCondition(folded) ? { threat: true } : {}),
    ...(clashOnlyAsTime(folded) ? { afterClashes: true } : {}),
    // Unless the sentence names the Taliban: "Taliban forces shelled Parachinar, a Shia town" is the clash.
    ...(lookalikes.some((l) => OTHER_WARS.has(l)) && !termIds.has('taliban') && !afghanForces ? { otherWar: true } : {}),
    ...(matches(POLICE, folded.replace(POLICE_AS_SOURCE, ' ')) ? { police: true } : {}),
    ...(fromAcross ? { fromAcross: true } : {}),
    ...(afghanForces ? { afghanForces: true } : {}),
    ...(matches(AFGHAN_TALIBAN_NAMED, folded) ? { afghanTalibanNamed: true } : {}),
    ...(termIds.has('ttp') ? { ttp: true } : {}),
    ...(termIds.has('ttp') && termIds.has('kabul') && raidOfItsOwn(folded) ? { ttpRaidOwned: true } : {}),
    ...(matches(ISKP_CLAIM, folded) ? { iskpClaim: true } : {}),
    ...(talibanClaimsARaid(folded, termIds) ? { claimedAttack: true } : {}),
  };
}

// The names any story of the region uses for the other side: the country, "the Taliban" (which the Pakistani
// Taliban are called too), the "Pakistan-Afghan border" a raid happened near.
const GENERIC_NAMES = new Set(['afghanistan', 'taliban', 'durand-line']);
/** Terms on the Afghan side or of the border itself (crossings, the Durand Line). */
const SIDE_OF_AFGHAN = new Set(
  (termsFile as readonly { id: string; leaning: string }[])
    .filter((t) => t.leaning === 'afghanistan' || t.leaning === 'border')
    .map((t) => t.id),
);
/** Look-alike stories told with the same words of armed action: a TTP raid, a US drone strike of the 2010s. */
const ARMED_LOOKALIKES = new Set(['ttp-inside-pakistan', 'drone-2010s']);

/** A sentence that, on its own, reports a clash between the two sides. */
export function isClashSentence(s: SentenceSignals): boolean {
  // The operation's name belongs to this conflict alone.
  if (s.termIds.has('ghazab-lil-haq')) return true;
  if (s.clashWords < 1 || s.insurgency || s.otherWar) return false;
  const afghan = s.leanings.has('afghanistan');
  const pakistani = s.leanings.has('pakistan');
  const border = s.leanings.has('border');
  // The border with either side, or both sides, with a word of armed action. Asking for an Afghan name more specific
  // than "Afghanistan" (as a TTP raid blamed on militants "based in Afghanistan" names it) lost 12 tune clash pages and
  // no false alarm (session 22): the look-alike words (vocabulary.ts) tell those raids apart.
  return (border && (afghan || pakistani)) || (afghan && pakistani);
}

/**
 * A sentence about talks or a truce between the two sides (the Doha talks, the Eid pause): on topic as
 * "related" when its paragraph names both sides, or one side and a venue or mediator of these talks. Not
 * when it carries words of a look-alike story: talks on trade or on refugees are those stories.
 */
export function isTalkSentence(s: SentenceSignals): boolean {
  if (!s.talks || s.lookalikes.length > 0 || isClashSentence(s)) return false;
  const afghan = s.leanings.has('afghanistan');
  const pakistani = s.leanings.has('pakistan');
  if (afghan && pakistani) return true;
  return (afghan || pakistani) && [...s.termIds].some((id) => VENUES.has(id));
}

/**
 * Look-alike stories without armed action of their own, or whose firing is not between the two states: forces firing
 * on smugglers crossing by a back route, or on protesters at a crossing's sit-in.
 */
const PEACEFUL_LOOKALIKES = new Set(['cricket', 'earthquake']);
/** Firing not between the two states, unless it came from across the border (then the other side fired). */
const FIRED_ON_OTHERS = new Set(['smuggling', 'protest']);
// Police: deportees who clash with police at Torkham, a camp cleared by police, are the refugees' story, not the two
// states' forces fighting. Refugees alone are not ("firing at Torkham halted the refugees' return" is the clash).
const POLICE = wordPattern(['police', 'policiers', 'پولیس', 'پلیس', 'پولیسو', 'شرطة', 'полиц', 'polis', 'polizei', 'पुलिस', '警察', 'পুলিশ']);
// Not the police as a source ("police said", "according to police"): wire reports quote them on firing too.
const POLICE_AS_SOURCE = wordPattern([
  'police said',
  'said police',
  'police say',
  'according to police',
  'according to the police',
  'پولیس کے مطابق',
  'به گفته پلیس',
  'قالت الشرطة',
  'وقالت الشرطة',
  'по данным полиции',
]);
const refugeesAndPolice = (s: SentenceSignals) => s.lookalikes.includes('deportation') && s.police === true;
// Nor when the sentence names the Afghan side's forces: firing on smugglers that Afghan forces answered is the clash.
const firedOnOthers = (s: SentenceSignals) =>
  !s.fromAcross && !s.afghanForces && (refugeesAndPolice(s) || s.lookalikes.some((l) => FIRED_ON_OTHERS.has(l)));
/** A clash sentence of the Afghan side's forces is not the smugglers' or protesters' story it sits in. */
const forcesAmidOthers = (s: SentenceSignals, lookalike: string) =>
  (FIRED_ON_OTHERS.has(lookalike) || OTHER_WARS.has(lookalike) || lookalike === 'cricket') && s.afghanForces === true && isClashSentence(s);

/** The paragraph names the Afghan side or the border by a name of its own (Kabul, Paktika, Mujahid, Torkham). */
const namesAfghanSide = (s: SentenceSignals) => [...s.termIds].some((id) => !GENERIC_NAMES.has(id) && SIDE_OF_AFGHAN.has(id));

/** The paragraph's only name of its own for the Afghan side is Kabul. */
const onlyTheCapital = (s: SentenceSignals) =>
  [...s.termIds].every((id) => id === 'kabul' || GENERIC_NAMES.has(id) || !SIDE_OF_AFGHAN.has(id));

/**
 * A clash sentence with words of a TTP raid or a drone strike ("militants", "suicide bomber", "tribal areas")
 * whose Afghan side is only "Afghanistan", "the Taliban" or "the Afghan border", on a page that never names the
 * Afghan side more closely: that story, not the two states fighting.
 */
const armedLookalike = (s: SentenceSignals, pageNamesAfghanSide: boolean) =>
  !pageNamesAfghanSide &&
  !namesAfghanSide(s) &&
  // "The Afghan Taliban and the khawarij fired on posts": the other side itself fires, beside the TTP.
  !s.afghanTaliban &&
  // Jets striking militants' hideouts is Pakistan's side of this conflict; a TTP raid is not an air strike.
  s.lookalikes.some((l) => ARMED_LOOKALIKES.has(l) && !(l === 'ttp-inside-pakistan' && s.airStrike));

/**
 * On a page of the US drone war of the 2010s (its words in any sentence: "American drones", the CIA) that never names the
 * Afghan side more closely than "Afghanistan", "the Taliban" or the border, a strike from the air is another of those
 * drones' ("a second strike hit a car near Miranshah"): a report's later sentences need not repeat "American".
 */
const droneWarStrike = (s: SentenceSignals, pageNamesAfghanSide: boolean, droneWar: boolean) =>
  droneWar && !pageNamesAfghanSide && !namesAfghanSide(s) && s.airStrike;

/**
 * The Afghan side's own fighters by name: its forces, or "the Afghan Taliban" (not the Pakistani Taliban) in a sentence
 * of fighting. Not the Afghan Taliban as the rulers ("since the Afghan Taliban took power", "the same creed as").
 */
const namesAfghanFighters = (s: SentenceSignals) =>
  s.afghanForces === true || (s.clashWords >= 1 && (s.afghanTaliban === true || s.afghanTalibanNamed === true));

/**
 * A page that names the TTP (the Pakistani Taliban, the "khawarij") but names the Afghan side only as "Afghanistan",
 * "the Taliban" or "the Afghan border", never its forces or the Afghan Taliban by name: "the Taliban attacked a post in
 * Orakzai", "soldiers were killed in an ambush near the Afghan border" tell the TTP's raid inside Pakistan, whose actor
 * the page has named. Not fire said to come from across the border, an air strike (Pakistan's jets on hideouts across
 * the border are this conflict), nor a truce unless it is the TTP's own ("the TTP ended its ceasefire").
 */
const ttpPageRaid = (s: SentenceSignals, page: TtpPage) =>
  page.namesTtp &&
  !page.namesAfghanSide &&
  !page.namesAfghanFighters &&
  (!namesAfghanSide(s) || accusesTheCapital(s)) &&
  !s.fromAcross &&
  !s.airStrike &&
  !(s.talks && !s.ttp && !page.ttpTalks);

/**
 * Kabul accused, as the only name of the Afghan side: "Islamabad blames Kabul for cross-border attacks" on a page about
 * the TTP says who is said to shelter the raiders; it names no Afghan side that fought. So does Kabul beside an attack
 * the sentence tells as the TTP's own ("Islamabad raised its tone with Kabul after an ambush the TTP laid").
 */
const accusesTheCapital = (s: SentenceSignals) => (s.blames === true || s.ttpRaidOwned === true) && onlyTheCapital(s);

/**
 * The unqualified "Taliban" claiming a raid (talibanClaimsARaid), in a sentence that names neither the Afghan Taliban
 * nor the Afghan side's forces: militants claim their raids ("the Taliban claimed the ambush in Orakzai"); the two
 * states' fire is not claimed. Names the raid's actor as the TTP's name does.
 */
const talibanClaim = (s: SentenceSignals) => s.claimedAttack === true && !s.afghanTaliban && !s.afghanTalibanNamed && !s.afghanForces;

interface TtpPage {
  namesAfghanSide: boolean;
  namesTtp: boolean;
  namesAfghanFighters: boolean;
  /** Talks on the page are the TTP's with Pakistan (no venue of the two states' own talks named). */
  ttpTalks: boolean;
}

/**
 * Talks and truces between Pakistan and the TTP, which the Afghan Taliban mediated in Kabul in 2021–22 ("a tribal
 * jirga arrived in Kabul for talks with the TTP", "the TTP announced an indefinite ceasefire"): on a page that names
 * the TTP and no venue or mediator of the two states' own talks (Doha, Istanbul, Qatar, Turkiye), its talks are that
 * story: a sentence of talks or a truce in a paragraph naming the TTP reports no clash (nor does the Kabul it names
 * name the Afghan side fighting), and no talks on the page count as the two sides'.
 */
const ttpTalkSentence = (s: SentenceSignals, ttpTalks: boolean) => ttpTalks && s.talks && s.termIds.has('ttp');

/**
 * An air strike between the two sides, told with the words of a match ("a Pakistani air strike killed three Afghan
 * cricketers"): no match is hit from the air, so the cricket words say whom the strike killed, not what the sentence
 * is about. The match "border fighting spills onto" is told without jets.
 */
const strikeOnPlayers = (s: SentenceSignals, lookalike: string) => lookalike === 'cricket' && s.airStrike && isClashSentence(s);

/** An air strike on a place of the Afghan side: the TTP it names is what the strike hit, not the story. */
const strikeOnTtp = (s: SentenceSignals, lookalike: string) =>
  lookalike === 'ttp-inside-pakistan' && s.airStrike && isClashSentence(s) && namesAfghanSide(s);

/**
 * The Afghan side's fighters named in a sentence that reports the two sides fighting: "Afghan forces fired on our posts",
 * "the Afghan Taliban and the khawarij attacked". Not the Afghan Taliban in a story of their own ("the Afghan Taliban
 * leader's son died in a suicide attack in Helmand"), which names no Pakistani side.
 */
const fightersInClash = (s: SentenceSignals) => namesAfghanFighters(s) && isClashSentence(s);

/**
 * On a page whose clash sentence names the Afghan side's fighters, a clash sentence's words of a raid ("khawarij",
 * "terrorists", "infiltration") are Pakistan's names for those who fought beside them: "the Afghan Taliban and the
 * khawarij attacked our posts; 200 terrorists were killed" reports the clash, not a raid inside Pakistan.
 */
const raidWordsOfTheFighters = (s: SentenceSignals, lookalike: string, fightersFight: boolean) =>
  lookalike === 'ttp-inside-pakistan' && fightersFight && isClashSentence(s);

/**
 * Talks on a page without a single word of fighting, held between the two sides themselves (no
 * mediator or third country's venue): officials meeting over how a crossing runs, its queues and papers, not
 * over the clashes.
 */
const crossingTalks = (signals: SentenceSignals[], clashes: number) =>
  clashes === 0 && signals.every((s) => s.clashWords === 0) && !signals.some((s) => isTalkSentence(s) && s.leanings.has('neutral'));

export interface TopicVerdict {
  topic: boolean;
  score: number;
  lookalike?: string;
}

/**
 * On a page of the Republic (a leader of it in office: President Ghani, "the Afghan president"), a sentence whose only
 * name of the Afghan side is Kabul, with no Afghan forces and no air strike, tells a bombing in Kabul that the Republic
 * blamed on Pakistan ("a car bomb in Kabul killed 120", "Pakistani army elements carried out the Kabul attacks"), not
 * the two states fighting. The Haqqani network alone is no sign of the Republic: today's demands name it too.
 */
const republicKabulBombing = (s: SentenceSignals, republic: boolean) =>
  republic && namesAfghanSide(s) && onlyTheCapital(s) && !namesAfghanFighters(s) && !s.airStrike;

/**
 * On such a page, talks whose only name of the Afghan side is Kabul are the Republic's with Pakistan over those bombings
 * ("an Afghan delegation will bring evidence to Islamabad"), not talks on a clash at the border.
 */
const republicKabulTalks = (s: SentenceSignals, republic: boolean) => republic && namesAfghanSide(s) && onlyTheCapital(s);

/**
 * The page verdict from its sentences' signals; `republic`: for each sentence, whether the title or its paragraph
 * speaks of a leader of the Republic in office (republic-era.ts).
 */
export function judgeTopic(
  signals: SentenceSignals[],
  namesAnEvent = false,
  minScore = 0.4,
  republic: readonly boolean[] = [],
): TopicVerdict {
  // A TTP raid's page names Kabul or Mujahid too, as accused of sheltering the raiders or denying it: that is not the
  // Afghan side fighting. A sentence of accusing or denying, with no word of fighting, names no side for the page.
  // Nor does Kabul named as the seat of government, in a sentence without a word of fighting ("since the Taliban took
  // power in Kabul", "which Kabul rejects"): the capital speaks for the side, it is no place the raid came from.
  const namesTtp = signals.some((s) => s.termIds.has('ttp'));
  const ttpTalks = namesTtp && !signals.some((s) => [...s.termIds].some((id) => TWO_STATES_VENUES.has(id)));
  // Kabul where the TTP's talks were held is no Afghan side fighting either.
  const pageNamesAfghanSide = signals.some(
    (s) =>
      namesAfghanSide(s) &&
      !(s.clashWords < 1 && (s.accusation || onlyTheCapital(s))) &&
      !(namesTtp && accusesTheCapital(s)) &&
      !ttpTalkSentence(s, ttpTalks),
  );
  const page: TtpPage = {
    namesAfghanSide: pageNamesAfghanSide,
    // The Islamic State's Khorasan branch claiming the attack names the raid's actor as surely as the TTP's name does.
    namesTtp: namesTtp || signals.some((s) => s.iskpClaim === true || talibanClaim(s)),
    namesAfghanFighters: signals.some(namesAfghanFighters),
    ttpTalks,
  };
  const fightersFight = signals.some(fightersInClash);
  const droneWar = signals.some((s) => s.lookalikes.includes('drone-2010s'));
  // A threat on a condition reports no clash, though it speaks of guns and the two sides.
  const clashSentences = signals.filter(
    (s, i) =>
      isClashSentence(s) &&
      !ttpTalkSentence(s, ttpTalks) &&
      // A page that names the Afghan side's fighters fighting names that side more closely than "Afghanistan".
      !armedLookalike(s, pageNamesAfghanSide || fightersFight) &&
      !droneWarStrike(s, pageNamesAfghanSide || fightersFight, droneWar) &&
      !ttpPageRaid(s, page) &&
      !republicKabulBombing(s, republic[i] === true) &&
      !s.threat &&
      !(s.afterClashes && !namesAfghanSide(s)),
  );
  const clashes = clashSentences.length;
  // On a page of the TTP's talks, its talks are theirs, whichever paragraph says so ("the talks entered a serious phase").
  const talks = ttpTalks ? 0 : signals.filter((s, i) => isTalkSentence(s) && !republicKabulTalks(s, republic[i] === true)).length;
  const related = signals.filter((s) => !isClashSentence(s) && !isTalkSentence(s) && s.clashWords >= 1 && s.leanings.size > 0).length;
  // Talks and truces between the two sides are on topic too (label "related"), a little less surely.
  // "Border fighting spills onto the pitch": a clash sentence in words of a match or a quake is half that story.
  // Not on a page that names one of the dataset's events very specifically: a strike that killed cricketers, told in
  // the words of the match they came from, is the strike.
  const mixed = namesAnEvent
    ? 0
    : clashSentences.filter(
        (s) =>
          s.lookalikes.some((l) => PEACEFUL_LOOKALIKES.has(l) && !strikeOnPlayers(s, l) && !forcesAmidOthers(s, l)) || firedOnOthers(s),
      ).length;
  const clash = clashes - 0.5 * mixed + TALK_WEIGHT * talks;
  const raw = clash + 0.25 * Math.min(related, 8);
  let score = 1 - Math.exp(-raw / 1.5);

  // The strongest look-alike story: counted over the sentences that name the places or people.
  const counts = new Map<string, number>();
  for (const s of signals)
    for (const l of s.lookalikes)
      if (!strikeOnTtp(s, l) && !strikeOnPlayers(s, l) && !forcesAmidOthers(s, l) && !raidWordsOfTheFighters(s, l, fightersFight))
        counts.set(l, (counts.get(l) ?? 0) + 1);
  const [lookalike, lookCount] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  // A story whose actor is a third party (US drones, the Soviet army) needs fewer of its words to be that story.
  const share = lookalike && THIRD_PARTY.has(lookalike) ? 0.75 : 1.5;
  const dominated = !namesAnEvent && lookalike !== undefined && lookCount >= 2 && lookCount >= clash * share && lookalike !== 'trade';
  if (dominated) score *= 0.3;
  else if (!namesAnEvent && lookalike !== undefined && lookCount > clash) score *= 0.75;
  score = Math.round(score * 1000) / 1000;
  return {
    topic: !crossingTalks(signals, clashes) && clashes + talks >= 1 && score >= minScore,
    score,
    ...(dominated || (clash === 0 && lookalike) ? { lookalike } : {}),
  };
}
