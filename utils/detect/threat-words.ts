// Words of a threat or a condition ("warns of", "if talks fail", "droht", "если"): a headline that speaks of open war
// this way reports a warning (before the Istanbul talks), not the war declared on the first day of a campaign.
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
  'warnt',
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

const THREAT = wordPattern(THREAT_WORDS);

/** Whether a text (folded for matching) speaks of a threat or a condition. */
export const speaksOfThreat = (folded: string) => matches(THREAT, folded);
