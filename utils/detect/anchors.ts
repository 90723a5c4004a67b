// What the content script checks on every page: whether a block of text holds any anchor word. Only
// blocks that do are handed to the background, which finds the names in them (./gate.ts). This is the
// one pattern every page pays for, so it stays small and is compiled once per page.

// Invisible characters and Latin accents: "Nan\u00adgarhar" and "Paktīkā" must still be found.
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff\u0640]/;
const LATIN_WITH_MARKS = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/;
const COMBINING = /[\u0300-\u036f]/;
// Arabic harakat, shadda, superscript alef: a vocalised "البَاكِسْتَانِي" or "القُوَّات الأَفْغَانِيَّة" is still the name.
const ARABIC_MARK = /[\u064b-\u065f\u0670]/;
// Devanagari and Bengali letters that NFD splits in two (क़, ড়, and Bengali ো, ৌ, য়), as the spellings are folded: the
// gate reads them split ("তোরখাম" typed with one ো is the spelling's ে and া).
const INDIC_COMPOSED = /[\u0929\u0931\u0934\u0958-\u095f\u09cb\u09cc\u09dc\u09dd\u09df]/;
// Any of the above, in one test: most blocks have none.
const NEEDS_CLEANING = new RegExp(`${INVISIBLE.source}|${LATIN_WITH_MARKS.source}|${ARABIC_MARK.source}|${INDIC_COMPOSED.source}`);
const COMBINING_ALL = /[\u0300-\u036f]/g;

/**
 * Drops invisible characters, Latin accents and Arabic vowel marks so "Nan\u00adgarhar", "Paktīkā" and "تُورْخَم" match, and keeps,
 * only when it changed anything, the raw offset of each kept character.
 */
export function cleanForGate(raw: string): { text: string; rawIndex?: number[] } {
  if (!NEEDS_CLEANING.test(raw)) return { text: raw };
  let text = '';
  const rawIndex: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (INVISIBLE.test(c) || COMBINING.test(c) || ARABIC_MARK.test(c)) continue;
    // Turkish dotless ı has no decomposition: read it as i ("Talibanı").
    const base =
      c === '\u0131'
        ? 'i'
        : LATIN_WITH_MARKS.test(c)
          ? c.normalize('NFD').replace(COMBINING_ALL, '')
          : INDIC_COMPOSED.test(c)
            ? c.normalize('NFD')
            : c;
    for (const b of base) {
      text += b;
      rawIndex.push(i);
    }
  }
  return { text, rawIndex };
}

/**
 * Words that any page about the clashes uses somewhere in a paragraph that names places or people:
 * the countries, the Taliban, the capitals, the border and its crossings, the provinces most fought over,
 * the spokesmen. A block without any of them holds no name worth finding: this small pattern compiles
 * in well under a millisecond and scans at hundreds of MB/s. A function, not a constant: stage 1 builds
 * the list and the pattern only on a page with text to test.
 */
const anchorWords = (): string[] => [
  'afghan',
  'pakistan',
  'taliban',
  'taleban',
  'kabul',
  'kaboul',
  'islamabad',
  'rawalpindi',
  'durand',
  'torkham',
  'chaman',
  'kurram',
  'nangarhar',
  'ningarhar',
  'kunar',
  'konar',
  'khost',
  'paktika',
  'paktia',
  'kandahar',
  'boldak',
  'bajaur',
  'waziristan',
  'khyber',
  'mujahid',
  'mudschahid',
  'tarar',
  'ghazab',
  'ispr',
  'unama',
  'khwarazmi',
  'khowarazm',
  'افغان',
  // Pakistan with Persian or Arabic kaf, after پ or ب (Arabic writes باكستان): one stem for the four spellings.
  'اکستان',
  'اكستان',
  'طالبان',
  'کابل',
  'كابل',
  'تورخم',
  'طورخم',
  // Arabic news writes Torkham with an alef: "معبر تورخام".
  'تورخام',
  'دیورند',
  'ډیورنډ',
  'ڈیورنڈ',
  'ننگرهار',
  'ننګرهار',
  'یوناما',
  // Provinces and crossings most fought over, in Arabic script: a paragraph may name only these.
  'قندهار',
  'قندھار',
  'خوست',
  'پکتیکا',
  'پکتیا',
  'بولدک',
  'باجوڑ',
  'باجوړ',
  'وزیرستان',
  'अफगान',
  'पाकिस्तान',
  'तालिबान',
  // Arabic spellings (hamza, Arabic kaf and ba), Pashto and Urdu forms of the border, and one or two stems per
  // further script: Cyrillic (case-insensitive under the i flag), Devanagari with nukta.
  'أفغان',
  'كابول',
  'ديورند',
  'پاک فوج',
  'афган',
  'пакистан',
  'талиб',
  'кабул',
  'дюранд',
  // Spin Boldak in Cyrillic: a paragraph quoting its governor may name neither country.
  'булдак',
  'болдак',
  'afgan',
  'अफ़ग़ान',
  'काबुल',
  // The venue of the Istanbul round in Hindi: a paragraph on the talks may name neither country.
  'इस्तांबुल',
  // Marathi writes Afghanistan with ण (अफगाणिस्तान); Chinese names the two countries and the Taliban so (both scripts).
  'अफगाण',
  '阿富汗',
  '巴基斯坦',
  '塔利班',
  // "巴阿边境", "巴阿冲突": Chinese news names the two countries by one character each.
  '巴阿',
  // Bengali Afghan (আফগানিস্তান): the last of stage 1's 4 kB.
  'আফগান',
];
/**
 * Names that anchor a block for the reader, not for stage 1: a page about the clashes names one of stage 1's words
 * somewhere (it has 4 kB), but its headline or a paragraph may name only a crossing or a province, in a script whose
 * names stage 1 does not carry (Chinese 托尔卡姆口岸, Hindi and Marathi तोरखम). The reader keeps such blocks.
 */
const blockAnchorWords = (): string[] => [
  // Chinese: Torkham (five spellings), Chaman, Spin Boldak, Kurram, Kunar, Nangarhar, Khost, Paktika/Paktia,
  // Kandahar, Khyber, Waziristan, Bajaur, Kabul, Islamabad, the Durand line, Mujahid, ISPR, and 阿巴 (Afghan-Pak).
  '托尔哈姆',
  '托爾哈姆',
  '托尔卡姆',
  '托爾卡姆',
  '托克汉姆',
  '托克漢姆',
  '多尔哈姆',
  '多爾哈姆',
  '托尔康',
  '托爾康',
  '查曼',
  '斯平布',
  '斯平博',
  '斯平波',
  '库拉姆',
  '庫拉姆',
  '库纳尔',
  '庫納爾',
  '楠格哈',
  '霍斯特',
  '帕克蒂',
  '帕克提',
  '坎大哈',
  '开伯尔',
  '開伯爾',
  '瓦济里斯坦',
  '瓦濟里斯坦',
  '瓦齐里斯坦',
  '巴焦尔',
  '巴焦爾',
  '喀布',
  '伊斯兰堡',
  '伊斯蘭堡',
  '伊斯蘭馬巴德',
  '杜兰',
  '杜蘭',
  '穆贾希德',
  '穆賈希德',
  '三军新闻局',
  '三軍新聞局',
  '阿巴',
  // Devanagari (Hindi and Marathi): Torkham, Kabul (Marathi), Kurram, Nangarhar, Khost, Paktika, Kandahar, Spin
  // Boldak, Khyber, Waziristan, Bajaur, Islamabad.
  'तोरखम',
  'तोरखाम',
  'काबूल',
  'कुर्रम',
  'नंगरहार',
  'खोस्त',
  'पक्तिका',
  'कंधार',
  'कंदाहार',
  'बोल्डक',
  'खैबर',
  'ख़ैबर',
  'वज़ीरिस्तान',
  'वजीरिस्तान',
  'बाजौर',
  'इस्लामाबाद',
  // Cyrillic: Torkham, Chaman, Kurram, Kunar, Nangarhar, Jalalabad, Paktika/Paktia, Kandahar, Helmand, Khyber,
  // Waziristan, Bajaur, Islamabad, Mujahid: a Russian paragraph giving the toll by province may name no country
  // ("В провинции Нангархар погибли 17 человек"). Not Хост (Khost), which is also a server host.
  'торхам',
  'чаман',
  'куррам',
  'кунар',
  'нангархар',
  'джелалабад',
  'пакти',
  'кандагар',
  'гельменд',
  'гильменд',
  'хайбер',
  'вазиристан',
  'баджаур',
  'исламабад',
  'муджахид',
  // Bengali: Pakistan, the Taliban (two spellings), Kabul, Torkham, Islamabad, Khost, Kunar, Paktika, Kandahar.
  'পাকিস্তান',
  'তালিবান',
  'তালেবান',
  'কাবুল',
  'তোরখাম',
  'ইসলামাবাদ',
  'খোস্ত',
  'কুনার',
  'পাকতিকা',
  'কান্দাহার',
];
/** Stage 1's anchor words as one case-insensitive pattern. */
// Devanagari and Bengali words split as the cleaned text is (INDIC_COMPOSED): "তোরখাম" in either typing.
const split = (words: string[]) => words.map((w) => (/[\u0900-\u09ff]/.test(w) ? w.normalize('NFD') : w));
export const anchorPattern = () => new RegExp(split(anchorWords()).join('|'), 'i');
/** The reader's: stage 1's words and the block anchors. */
const blockAnchorPattern = () => new RegExp(split([...anchorWords(), ...blockAnchorWords()]).join('|'), 'i');
// Pure: stage 1 imports this module, and a bundler keeps an unmarked call even when nothing uses its value.
export const ANCHORS = /* @__PURE__ */ blockAnchorPattern();

/** False when `text` certainly holds no anchor word: one cheap pass, for a whole run of blocks at once. */
export const mayHoldAnchor = (text: string): boolean => ANCHORS.test(text) || NEEDS_CLEANING.test(text);

/** Whether `raw` holds an anchor word once invisible characters and accents are set aside. */
export const holdsAnchor = (raw: string): boolean =>
  ANCHORS.test(raw) || (NEEDS_CLEANING.test(raw) && ANCHORS.test(cleanForGate(raw).text));

/** A block beside one with an anchor word may give its date ("Peshawar, September 6"): if short, with a digit. */
const DATE_NEIGHBOUR_CHARS = 300;
// Digits of any script: "۵ جدی" has no ASCII digit.
const DIGIT = /\p{Nd}/u;

/**
 * The blocks that hold an anchor word, and the short blocks with a digit right beside them (a dateline, a
 * paragraph giving the day): the background keeps only their dates. A run of blocks without any anchor word
 * costs one pass over its joined text, not one test per block: most of a page is such runs.
 */
export function blocksWithAnchors<B extends { text: string }>(blocks: readonly B[]): B[] {
  if (blocks.length > 1 && !mayHoldAnchor(blocks.map((b) => b.text).join('\n'))) return [];
  const anchored = blocks.map((b) => holdsAnchor(b.text));
  return blocks.filter(
    (b, i) => anchored[i] || ((anchored[i - 1] || anchored[i + 1]) && b.text.length <= DATE_NEIGHBOUR_CHARS && DIGIT.test(b.text)),
  );
}
