// The Taliban fighting "the Afghan army" with no Pakistani force beside them is the insurgency against the
// Republic (before August 2021), not the two states at the border: after 2021 the Taliban are that army, so a
// sentence naming both as sides names two Afghan sides. "The Afghan army said it hit Pakistani posts" keeps a
// Pakistani force and stays a clash.
import { matches, wordPattern } from './vocabulary';

const AFGHAN_ARMY = wordPattern([
  'afghan army',
  'afghan national army',
  'afghan soldiers',
  'afghanische armee',
  'afghanischen armee',
  'afghanische soldaten',
  'afghanischen soldaten',
  'armee afghane',
  'soldats afghans',
  'afgan ordusu',
  'afgan askerleri',
  'афганская армия',
  'афганской армии',
  'афганскую армию',
  'афганских военных',
  'ارتش ملی',
  'اردوی ملی',
  'ملي اردو',
  'الجيش الأفغاني',
  'الجيش الوطني الأفغاني',
  'افغان نیشنل آرمی',
  'افغان فوج',
  'अफगान सेना',
  'अफ़ग़ान सेना',
]);

const PAKISTANI_FORCE = wordPattern([
  'pakistani army',
  'pakistani forces',
  'pakistani troops',
  'pakistani soldiers',
  'pakistani military',
  'pakistani posts',
  'pakistani air force',
  'pakistan army',
  'pakistanische armee',
  'pakistanischen armee',
  'pakistanische truppen',
  'pakistanischen truppen',
  'pakistanische soldaten',
  'pakistanischen soldaten',
  'pakistanische luftwaffe',
  'pakistanischen luftwaffe',
  'pakistanischen posten',
  'armee pakistanaise',
  'forces pakistanaises',
  'troupes pakistanaises',
  'soldats pakistanais',
  'pakistan ordusu',
  'pakistan askerleri',
  'пакистанских войск',
  'пакистанские войска',
  'пакистанской армии',
  'пакистанская армия',
  'пакистанских военных',
  'پاکستانی فوج',
  'پاک فوج',
  'ارتش پاکستان',
  'نیروهای پاکستانی',
  'پاکستاني ځواکونو',
  'الجيش الباكستاني',
  'القوات الباكستانية',
  'पाकिस्तानी सेना',
  'पाक सेना',
]);

/** A folded sentence in which the Taliban fight the Republic's army, with no Pakistani force as a side. */
export function talibanAgainstRepublicArmy(folded: string, termIds: ReadonlySet<string>): boolean {
  return termIds.has('taliban') && matches(AFGHAN_ARMY, folded) && !matches(PAKISTANI_FORCE, folded);
}
