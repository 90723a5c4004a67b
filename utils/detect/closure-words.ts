// Whether a sentence says a crossing has been closed for a week or more while it reports ("Torkham, which has now
// been shut for 11 days"): the clash fell within a long closure, not on the day a closure began. Only the present
// (has been, is, remains; French "depuis", German "seit", Russian "уже", Hindi "से बंद है/पड़ा है", Turkish "-dır
// kapalı"): "had been closed for nine days" is a reopening's recall.

// A week or more: "a week", "11 days", "two weeks", in each language read; numbers of days from seven up.
const EN_DAYS = '(?:[7-9]|[1-9]\\d|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty[- \\w]*)';
const FR_DAYS = '(?:[7-9]|[1-9]\\d|sept|huit|neuf|dix|onze|douze|quinze|vingt[- \\w]*)';
const DE_DAYS = '(?:[7-9]|[1-9]\\d|sieben|acht|neun|zehn|elf|zwolf|\\w+zehn|zwanzig)';
const TR_DAYS = '(?:[7-9]|[1-9]\\d|yedi|sekiz|dokuz|on|on \\w+|yirmi)';
const RU_DAYS = '(?:[7-9]|[1-9]\\d|семь|восемь|девять|десять|\\S+надцать|двадцать)';
const HI_DAYS = '(?:[7-9]|[1-9]\\d|सात|आठ|नौ|दस|ग्यारह|बारह|पंद्रह|बीस)';
const MORE = '(?:(?:over|more than|nearly|almost|about|some|at least) )?';

const LONG_CLOSURE = [
  // English: "has (now) been shut for over a week", "is closed for 11 days now", "remains closed for two weeks".
  `\\b(?:has|have|is|are|remains?|remained|stays?) (?:now |already |been |now been )*(?:closed|shut|sealed|shuttered)(?: down)? for ${MORE}(?:a week|weeks|${EN_DAYS} (?:days|weeks)|(?:two|three|several) weeks)\\b`,
  // French: "fermé depuis plus d'une semaine / 11 jours".
  `\\bferme(?:e|s|es)? depuis (?:(?:plus d'|pres d'|environ )?une semaine|(?:plus de |pres de )?${FR_DAYS} (?:jours|semaines)|(?:plus de |pres de )?(?:deux|trois|plusieurs) semaines)`,
  // German: "seit über einer Woche / elf Tagen geschlossen / gesperrt / dicht".
  `\\bseit (?:(?:uber|mehr als|fast|knapp) )?(?:einer woche|${DE_DAYS} (?:tagen|wochen)|(?:zwei|drei|mehreren) wochen) (?:\\S+ ){0,3}(?:geschlossen|gesperrt|dicht)`,
  // Turkish: "11 gündür / bir haftadır kapalı", "bir haftayı aşkın süredir kapalı".
  `(?:${TR_DAYS} gundur|bir haftadir|haftalardir|bir haftayi askin suredir|${TR_DAYS} gunu askin suredir) (?:\\S+ ){0,2}kapali`,
  // Russian: "закрыт уже (более) недели / 11 дней", "уже более недели закрыт".
  `закрыт\\S* (?:уже )?(?:(?:более|больше|почти|около) )?(?:недели|неделю|${RU_DAYS} (?:дней|суток|недел\\S*))`,
  `уже (?:(?:более|больше|почти|около) )?(?:недели|неделю|${RU_DAYS} (?:дней|суток)) (?:\\S+ ){0,2}закрыт`,
  // Hindi: "पिछले दस दिन से बंद पड़ा है", "एक हफ्ते से ज्यादा वक्त से बंद है".
  `(?:एक (?:हफ्ते|हफ़्ते|सप्ताह)|${HI_DAYS} (?:दिन|दिनों)|कई हफ्तों)(?: से)? (?:\\S+ ){0,3}(?:से )?बंद (?:पड़ा|पड़ी|पड़े|है|हैं)`,
  // Written folded (lower case, no accents); decomposed and without Latin marks as the fold leaves them (й is и).
].map((p) => new RegExp(p.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''), 'u'));

/** Whether a sentence (folded for matching) says a crossing has been closed for a week or more and still is. */
export const saysLongClosure = (folded: string): boolean => LONG_CLOSURE.some((p) => p.test(folded));
