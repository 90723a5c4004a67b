// Whether a headline that speaks of open war reports the war declared on the first day of a campaign ("Pakistan
// declares open war"), not a warning before the Istanbul talks ("warns of open war if talks fail"), a fear or a
// question ("edge towards open war", "Is open war coming?") or a later report's recall.
import { matches, wordPattern } from './vocabulary';

const THREAT_WORDS = [
  // English, German, French, Turkish (stems end in *)
  'warn*',
  'threat*',
  'if',
  'would',
  'could',
  'risk*',
  'droh*',
  'wenn',
  'falls',
  'menace*',
  'si',
  "s'il",
  'risque*',
  'avert*',
  'tehdi*',
  'uyar*',
  'eger',
  'olursa',
  // Russian, Hindi
  'угрож',
  'грозит',
  'пригроз',
  'предупред',
  'если',
  'धमकी',
  'चेतावनी',
  'अगर',
];

// A fear, a drift towards it or a denial (open war not yet declared), or a recall of it weeks on.
const DOUBT_WORDS = [
  'toward*',
  'brink',
  'verge',
  'edge*',
  'fear*',
  'avoid*',
  'deny',
  'denies',
  'denied',
  'why',
  'rand',
  'gefahr*',
  'angst',
  'warum',
  'vers',
  'bord',
  'crain*',
  'evit*',
  'pourquoi',
  'esig*',
  'korku*',
  'neden',
  'грани',
  'опасен',
  'почему',
  'избеж',
  'отрица',
  'कगार',
  'क्यों',
  'डर',
  // A later report's recall of the declaration: "weeks after declaring open war", "seit", "depuis", "спустя недели".
  'week*',
  'month*',
  'since',
  'woche*',
  'monat*',
  'seit*',
  'semaine*',
  'mois',
  'depuis',
  'hafta*',
  'beri',
  'недел',
  'месяц',
  'с тех пор',
  'हफ्त',
  'महीन',
];

// Words of declaring: "declares", "says it is in", "erklärt", "se dit en", "ilan etti", "объявил", "заявил", "ऐलान".
// Not a war said to be on ("in open war as clashes rage", "açık savaş içinde"): that may be October 2025's.
const DECLARATION_WORDS = [
  'declar*',
  'announc*',
  'proclaim*',
  'says it is',
  'now in',
  'erklar*',
  'verkund*',
  'annonc*',
  'proclam*',
  'se dit',
  'ilan',
  'acikla*',
  'объяв',
  'заяв',
  'ऐलान',
  'घोषणा',
];

const THREAT = wordPattern(THREAT_WORDS);
const DOUBT = wordPattern(DOUBT_WORDS);
const DECLARATION = wordPattern(DECLARATION_WORDS);

/** Whether a text (folded for matching) speaks of a threat or a condition. */
export const speaksOfThreat = (folded: string) => matches(THREAT, folded);

/** Whether a headline (folded for matching) reports a declaration: a word of declaring, and no threat, doubt or question. */
export const reportsDeclaration = (folded: string) =>
  matches(DECLARATION, folded) && !speaksOfThreat(folded) && !matches(DOUBT, folded) && !folded.includes('?');
