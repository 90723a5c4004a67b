import { foldForMatch } from '../text/normalize';

// Words that say "armed clash" and words that say "something else that looks close".
// Matched on folded text (lower case, no accents), in the languages the product reads.

/** Military action across the border: strong signals of the topic. */
export const CLASH_WORDS = [
  'airstrike', 'airstrikes', 'air strike', 'air strikes', 'air raid', 'air raids', 'drone strike', 'drone strikes',
  'clash', 'clashes', 'clashed', 'skirmish', 'skirmishes', 'shelling', 'shelled', 'exchange of fire', 'exchanged fire',
  'cross-border', 'cross border', 'border post', 'border posts', 'outposts', 'checkposts', 'offensive', 'counteroffensive',
  'counter-offensive', 'retaliation', 'retaliatory', 'retaliated', 'reprisal', 'hostilities', 'ceasefire', 'truce',
  'open war', 'bombed', 'bombing', 'bombardment', 'fighting', 'gunfire', 'heavy fire', 'firing', 'border forces',
  'luftangriff', 'luftangriffe', 'luftangriffen', 'gefechte', 'gefechten', 'grenzgefechte', 'gegenangriff', 'gegenoffensive', 'waffenruhe', 'kampfe',
  'frappes', 'frappe aerienne', 'frappes aeriennes', 'affrontements', 'combats', 'riposte', 'cessez-le-feu',
  'heurts', 'echanges de tirs', 'echange de tirs', 'tirs d artillerie', 'tirs d\'artillerie',
  'strikes', 'aerial strikes', 'precision strikes', 'cross-border attack', 'cross-border attacks', 'border clashes', 'counterattack',
  'frappe', 'frappes', 'frappe aerienne', 'bombardements', 'luftschlag', 'luftschlage', 'angriffe', 'offensive',
  'strikes', 'aerial strikes', 'precision strikes', 'cross-border attack', 'cross-border attacks', 'border clashes', 'counterattack',
  'frappe', 'frappes', 'bombardements', 'luftschlag', 'luftschlage', 'angriffe',
  'بمباری', 'بمبارد', 'جنگ', 'درگیری', 'جھڑپ', 'جھڑپوں', 'نښته', 'نښتې', 'فائر بندی', 'اوربند', 'آتش بس', 'فضایی', 'فضائی', 'هوایی', 'پوسٹ', 'پوستې', 'پاسگاه', 'کمین',
  // Urdu, Pashto, Dari (folded, matched inside words: prefixes and plural endings vary).
  'فائرنگ', 'گولہ باری', 'گولہ بار', 'جوابی کارروائی', 'جوابی وار', 'جوابی حمل', 'جارحیت', 'سرحدی خلاف ورزی', 'جنگ بندی', 'ڈرون حمل', 'فضائی کارروائی', 'بمباران', 'شلیک', 'تیراندازی', 'تبادل آتش', 'آتشبس', 'ډزې', 'ډزو', 'جګړ', 'هوايي برید', 'توپخان', 'انتقام',
  // Arabic.
  'اشتباك', 'قصف', 'غارة', 'غارات', 'مواجهات', 'اطلاق النار', 'إطلاق النار', 'وقف إطلاق', 'هدنة', 'عملية انتقامية', 'ضربات جوية', 'ضربة جوية', 'معارك',
  // Russian (stems), Turkish, Hindi.
  'столкновен', 'схлестнул', 'боевые действия', 'пограничных боев', 'прекратить огонь', 'прекращение огня', 'авиаудар', 'обстрел', 'перестрелк', 'бомбардировк', 'перемири', 'прекращени огня', 'прекращения огня', 'прекращении огня', 'боестолкновен', 'ответный удар', 'наступлени',
  // Turkish: stems, since endings vary ("çatıştı", "çatışmalar").
  'çatış*', 'hava saldırı*', 'bombardıman*', 'ateşkes*', 'misilleme*', 'sınır ötesi', 'hava harekat*', 'ateş aç*', 'karşılıklı ateş*',
  'bombardier*', 'luftangriff*', 'grenzgefecht*', 'bombard*', 'سیز فائر', 'سیزفائر', 'لڑائی',
  'झड़प', 'झडप', 'सीज़फायर', 'सीजफायर', 'युद्ध विराम', 'संघर्ष', 'हवाई हमल', 'गोलीबारी', 'युद्धविराम', 'संघर्षविराम', 'एयरस्ट्राइक', 'बमबारी', 'जवाबी कार्रवाई',
] as const;

/** Words of a different story that shares the places and names: each names the look-alike it points to. */
export const LOOKALIKE_WORDS: Record<string, readonly string[]> = {
  earthquake: ['earthquake', 'quake', 'magnitude', 'aftershock', 'aftershocks', 'epicentre', 'epicenter', 'tremor', 'tremors', 'seismic', 'landslide', 'erdbeben', 'seisme', 'tremblement de terre', 'زلزلہ', 'زلزله', 'زلزلې', 'زلزال', 'زمین لرزه', 'زمینلرزه', 'землетрясен', 'deprem*', 'भूकंप', 'भूकम्प'],
  cricket: ['match', 'fixture', 'fielding', 'batting order', 'players', 'pundits', 'spectators', 'scorecard', 'stadium', 'world cup', 'icc', 'میچ', 'مسابقه', 'مباراة', 'матч', 'maç', 'मैच', 'cricket', 'wicket', 'wickets', 'innings', 't20', 'odi', 'batting', 'bowled', 'bowler', 'batsman', 'batter', 'run chase', 'super four', 'asia cup', 'champions trophy', 'کرکٹ', 'کرکټ', 'کریکت', 'كريكيت', 'крикет', 'kriket*', 'क्रिकेट'],
  'india-pakistan': ['india', 'indian', 'new delhi', 'operation sindoor', 'sindoor', 'line of control', 'kashmir', 'pahalgam', 'bunyan-um-marsoos', 'bunyan um marsoos', 'بنیان مرصوص', 'بھارت', 'ہندوستان', 'هندوستان', 'الهند', 'کشمیر', 'भारत', 'कश्मीर', 'индия', 'индии', 'кашмир', 'hindistan*', 'keşmir*'],
  'iran-pakistan': ['iran', 'iranian', 'tehran', 'sistan', 'jaish al-adl', 'marg bar sarmachar', 'ایران', 'иран', 'ईरान'],
  // US drone strikes in the tribal areas (2004-2018), and militant attacks inside Pakistan.
  'drone-2010s': ['us drone', 'u.s. drone', 'american drone', 'cia', 'al-qaeda', 'al qaeda', 'nato', 'missiles', 'predator', 'reaper', 'tribal belt', 'fata', 'امریکی ڈرون', 'امریکی', 'طائرة أمريكية', 'американск',
    'fazlullah', 'فضل الله', 'فضلالله', 'امریکایی', 'آمریکا', 'أمريكية', 'الأمريكي', 'الولايات المتحدة', 'ناتو', 'amerikan*', 'अमेरिकी'],
  'soviet-war': ['soviet', 'soviets', 'ussr', 'red army', 'mujahideen', 'mujahedeen', 'sowjet*', 'sovietique', 'شوروی', 'شوروي', 'السوفيتي', 'السوفييتي', 'советск', 'sovyet*', 'सोवियत'],
  'ttp-inside-pakistan': ['suicide bomber', 'suicide bombing', 'suicide attack', 'suicide attacker', 'cantonment', 'bannu', 'dera ismail khan', 'lakki marwat', 'police station', 'terror attack', 'terror attacks', 'stormed', 'terror wave', 'خودکش', 'دہشت گردی کی لہر', 'بنوں', 'ڈیرہ اسماعیل خان', 'لکی مروت', 'انتحاری', 'انتحاري', 'смертник', 'intihar*', 'आत्मघाती',
    'infiltrat*', 'ټي ټي پي', 'تحریک طالبان پاکستان', 'وسلوال', 'عسکریت پسند', 'चरमपंथि', 'घुसपैठ', 'militanlar*', 'teröristler*', 'ترهگر', 'ترهګر', 'ځانمرگ', 'ځانمرګ', 'دہشت گردی', 'دهشتگردی', 'आतंकवाद', 'आतंकी', 'террорист', 'теракт', 'ارهابی', 'إرهابي'],
  deportation: ['deport', 'deported', 'deportation', 'deportations', 'deportees', 'refugees', 'returnees', 'undocumented', 'repatriation', 'expelled', 'proof of registration', 'abschiebung', 'abschiebungen', 'fluchtlinge', 'مہاجرین', 'مهاجرین', 'کډوال', 'اخراج', 'لاجئ', 'ترحیل', 'پناهجو', 'ملک بدر', 'بےدخل', 'беженц', 'депортац', 'mülteci*', 'sınır dışı', 'शरणार्थी'],
  trade: ['trade', 'exports', 'imports', 'transit', 'trucks', 'customs', 'tariff', 'commerce', 'goods', 'traders', 'تجارت', 'تجار', 'торгов', 'ticaret*', 'व्यापार'],
};

/** Words of violence that alone could be anything (a TTP raid, an earthquake's dead): half weight. */
export const ACTION_WORDS = [
  'strike', 'struck', 'attack', 'attacks', 'attacked', 'killed', 'wounded', 'injured', 'soldiers', 'troops', 'military',
  'army', 'forces', 'fighters', 'drone', 'drones', 'aircraft', 'jets', 'warplanes', 'fire', 'fired', 'targeted', 'posts',
  'positions', 'captured', 'seized', 'artillery', 'mortar', 'mortars', 'rockets', 'war', 'violence',
  'getotet', 'soldaten', 'angriff', 'tues', 'tue', 'morts', 'soldats', 'armee', 'tirs', 'blesses', 'policiers', 'garde-frontiere',
  'شہید', 'ہلاک', 'کشته', 'وژل', 'سرتیری', 'سربازان', 'فوجی', 'فوج',
  // "Attack" in Urdu, Dari and Pashto, like "attack" in English: any violent story has it.
  'حمله', 'حملہ', 'حملے', 'حملات', 'برید', 'بریدونه', 'بریدونو',
  'چوکی', 'چیک پوسٹ', 'سیکیورٹی فورسز', 'سکیورٹی فورسز', 'زخمی', 'مذاکرات', 'مذاکره', 'نیروهای', 'نیروها', 'ځواکونو', 'ځواکونه', 'ټپي', 'مړه', 'توپ', 'راکټ', 'ڈرون', 'پهپاد',
  'قتلى', 'قتل', 'مقتل', 'جنود', 'جندي', 'القوات', 'هجوم', 'هجمات', 'مسلح', 'عسكري', 'مفاوضات', 'محادثات',
  'удар', 'бои', 'боев', 'огонь', 'обстановк', 'погиб', 'убит', 'военн', 'атак', 'пограничн', 'переговор', 'солдат', 'боевик',
  'saldırı*', 'asker*', 'oldurul*', 'öldü*', 'yaralan*', 'karakol*', 'muzakere*', 'müzakere*', 'görüşme*', 'sınır güç*',
  'بات چیت', 'ثالثی',
  'हमल', 'जंग', 'लड़ाक', 'सैनिक', 'मारे गए', 'चौकि', 'सेना', 'वार्ता',
] as const;

/** Words of talks, mediation and truces: which pages report diplomacy rather than a clash. */
export const TALK_WORDS = [
  'talks', 'negotiations', 'negotiators', 'mediation', 'mediated', 'mediators', 'pause', 'halt in fighting', 'ceasefire', 'truce', 'delegation', 'agreement', 'round of',
  'gesprache', 'verhandlungen', 'waffenruhe', 'pourparlers', 'negociations', 'cessez-le-feu', 'müzakere*', 'görüşme*', 'ateşkes*',
  'مذاکر', 'گفتگو', 'گفتوگو', 'بات چیت', 'ثالثی', 'میانجی', 'آتش بس', 'اتشبس', 'اوربند', 'خبرې اترې', 'سیز فائر', 'جنگ بندی', 'فائر بندی',
  'مفاوضات', 'محادثات', 'وساطة', 'وقف إطلاق', 'هدنة', 'переговор', 'посредни', 'перемири', 'прекращени огня', 'वार्ता', 'मध्यस्थता', 'युद्धविराम', 'सीज़फायर', 'सीजफायर',
] as const;

/** Words that, next to a number, say what was counted. */
export const FIGURE_NOUNS: Record<string, { metric: 'soldiers' | 'fighters' | 'civilians' | 'posts' | 'people'; words: readonly string[] }> = {
  soldiers: { metric: 'soldiers', words: ['soldier', 'soldiers', 'troops', 'servicemen', 'personnel', 'security personnel', 'security forces', 'guards', 'border guards', 'officers', 'forces', 'fighters', 'taliban', 'soldaten', 'soldats', 'militaires', 'talibans', 'asker', 'askeri', 'askerimiz', 'askerin'] },
  fighters: { metric: 'fighters', words: ['militant', 'militants', 'terrorist', 'terrorists', 'khawarij', 'khwarij', 'insurgents', 'attackers', 'kämpfer', 'combattants', 'militan', 'militanı', 'terörist'] },
  civilians: { metric: 'civilians', words: ['civilian', 'civilians', 'children', 'women', 'villagers', 'residents', 'family members', 'zivilisten', 'civils', 'enfants', 'kinder', 'sivil', 'çocuk'] },
  posts: { metric: 'posts', words: ['post', 'posts', 'outpost', 'outposts', 'checkpost', 'checkposts', 'bases', 'positions', 'camps', 'hideouts'] },
  people: { metric: 'people', words: ['people', 'persons', 'others', 'dead', 'menschen', 'personnes', 'kişi', 'personen'] },
};

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, zwei: 2, drei: 3, deux: 2, trois: 3,
  // French and German number words a count uses (not 'elf' or 'six', which read as English)
  quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12, quinze: 15, vingt: 20, trente: 30,
  vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12, zwanzig: 20, dreißig: 30,
};

/**
 * Builds one pattern over folded text (see foldForMatch) that finds any of the words: Latin ones as whole
 * words, or as a stem when they end in "*" (Turkish and German endings); words in other scripts anywhere
 * (prefixes such as ال, و, د and endings vary).
 */
export function wordPattern(words: readonly string[]): RegExp {
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');
  const folded = words.map((w) => (w.endsWith('*') ? `${foldForMatch(w.slice(0, -1))}*` : foldForMatch(w)));
  const isAscii = (w: string) => /^[\x00-\x7f]+$/.test(w);
  const latin = folded.filter((w) => isAscii(w) && !w.endsWith('*')).sort((a, b) => b.length - a.length);
  const stems = folded.filter((w) => isAscii(w) && w.endsWith('*')).map((w) => w.slice(0, -1));
  const other = [...new Set(folded.filter((w) => !isAscii(w)).map((w) => w.replace(/\*$/, '')))].sort((a, b) => b.length - a.length);
  const parts = [];
  if (latin.length) parts.push(`\\b(?:${latin.map(esc).join('|')})\\b`);
  if (stems.length) parts.push(`\\b(?:${stems.map(esc).join('|')})[a-z\u0131]*`);
  if (other.length) parts.push(`(?:${other.map(esc).join('|')})`);
  return new RegExp(parts.join('|'), 'g');
}
