// Leaders of the Afghan Republic spoken of in office ("President Karzai", "Kandahar police chief General Raziq"): a
// page with no date that does so reports a clash from before the Republic fell (15 August 2021), not one of the
// Taliban government's, which is every event of the dataset. "Former president Karzai" speaks of today.
import { matches, wordPattern } from './vocabulary';

/** The day the Republic fell: events from then on belong to the Taliban government. */
export const REPUBLIC_FELL = '2021-08-15';

const PRESIDENT = wordPattern([
  'president',
  'präsident',
  'cumhurbaşkan*',
  'رئیس جمهور',
  'رئیس جمهوری',
  'رییس جمهور',
  'ولسمشر',
  'صدر',
  'الرئيس',
  'президент',
  'राष्ट्रपति',
]);
const POLICE = wordPattern(['police', 'polizei', 'polis', 'پولیس', 'پوليس', 'الشرطة', 'شرطة', 'полиц', 'पुलिस']);
const FORMER = wordPattern([
  'former',
  'ex',
  'ehemalig*',
  'früher*',
  'ancien',
  'eski',
  'پیشین',
  'سابق',
  'اسبق',
  'پخوانی',
  'پخواني',
  'السابق',
  'бывш',
  'экс',
  'पूर्व',
]);

// The Afghan president by his office alone ("a message from the Afghan president"): the Taliban government has none.
const AFGHAN_PRESIDENT = wordPattern([
  'afghan president',
  'president of afghanistan',
  'afghanischer präsident',
  'président afghan',
  'президент афганистана',
  'الرئيس الأفغاني',
  'الرئيس الافغاني',
  'رئیس جمهور افغانستان',
  // Not Urdu "افغان صدر": "افغان صدر مقام" is the Afghan capital.
]);

// Each leader by the office the page would name him in.
const LEADERS: readonly { names: RegExp; office?: RegExp }[] = [
  {
    // Ghani in other scripts only with his first name: bare, it is a word ("rich") or inside "Afghanistan".
    names: wordPattern([
      'karzai',
      'karsai',
      'کرزی',
      'کرزئی',
      'کرزے',
      'كرزاي',
      'карзай',
      'करज़ई',
      'करजई',
      'ghani',
      'gani',
      'اشرف غنی',
      'أشرف غني',
      'أشرف عبد الغني',
      'ашраф гани',
      'अशरफ गनी',
    ]),
    office: PRESIDENT,
  },
  { names: wordPattern(['raziq', 'razik', 'رازق', 'разик', 'रज़ीक', 'राज़िक']), office: POLICE },
  // The office is the name.
  { names: AFGHAN_PRESIDENT },
];

/** Characters either side of a leader's name in which his office (and "former") is looked for. */
const NEAR = 40;

/** Whether a folded sentence names a leader of the Republic by his office, or the Afghan president, not as former. */
export function speaksOfRepublic(folded: string): boolean {
  for (const { names, office } of LEADERS) {
    names.lastIndex = 0;
    for (let m = names.exec(folded); m; m = names.exec(folded)) {
      const near = folded.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR);
      if ((!office || matches(office, near)) && !matches(FORMER, near)) return true;
    }
  }
  return false;
}
