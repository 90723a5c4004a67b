import { foldForMatch } from '../text/normalize';
import { hijriToGregorian, solarHijriToGregorian, solarHijriYearOf } from './calendars';

// Dates a page mentions, so that an article about February 2026 is not matched to October 2025:
// Gregorian dates in the languages read, Solar Hijri ("۵ عقرب ۱۴۰۴") and Hijri dates converted, and
// weekdays ("on Tuesday") resolved against the publication date.

export interface DateMention {
  year?: number;
  month: number; // 1..12
  day?: number;
  /** Worked out from a weekday and the publication date ("on Tuesday"): a likely day, not a stated one. */
  relative?: boolean;
  /**
   * A day given without a year on a page with no publication date, but with its weekday ("Saturday, 8 Jadi"):
   * the one year the dataset covers in which that day fell on that weekday.
   */
  pinnedYear?: number;
  /** Introduced as what came before the page's news ("اس سے پہلے 11 اکتوبر کو", before this, on 11 October). */
  earlier?: boolean;
}

/**
 * Words that open a sentence of background ("it should be recalled that…"): Urdu یاد رہے کہ, Dari یادآوری کرد,
 * Pashto د یادونې ده چې, Arabic يذكر أن / تجدر الإشارة. A date anywhere after them in the sentence is what the page recalls.
 */
const BACKGROUND_WORDS = [
  'یاد رہے کہ',
  'یادآوری کرده که',
  'یادآوری کرد که',
  // Not یادآور شد که: Afghan Dari's "he noted that", which brings a speaker's news.
  'د یادونې ده چې',
  'د یادولو ده چې',
  'يذكر أن',
  'ويذكر أن',
  'تجدر الإشارة إلى أن',
];
/** Words that put what follows before the page's news: "before this", "earlier" in Urdu, Dari, Pashto and Arabic. */
const EARLIER_WORDS = ['اس سے پہلے', 'اس سے قبل', 'قبل ازیں', 'پیش از این', 'له دې وړاندې', 'له دې مخکې', 'في وقت سابق', 'قبل ذلك'];
/**
 * Words of what an attack answered: "in retaliation for Pakistan's strike on Kabul on 9 October", Chinese "报复巴方9日对
 * 喀布尔的空袭". A date in their phrase (no comma or clause between) is the cause's, which came before the news. Not
 * "retaliatory" (报复性空袭, the answer itself), nor a phrase after a comma ("in response, Pakistan struck on 12 October").
 */
const ANSWERED_WORDS = [
  'in retaliation for',
  'in revenge for',
  'to avenge',
  'en represailles a',
  'en represailles aux',
  'als vergeltung fur',
  'в ответ на',
  'в отместку за',
  'ردا على',
  'انتقاما',
  'در تلافی',
  'در واکنش به',
];

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  januar: 1,
  janvier: 1,
  february: 2,
  feb: 2,
  februar: 2,
  fevrier: 2,
  march: 3,
  mar: 3,
  marz: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  may: 5,
  mai: 5,
  june: 6,
  jun: 6,
  juni: 6,
  juin: 6,
  july: 7,
  jul: 7,
  juli: 7,
  juillet: 7,
  august: 8,
  aug: 8,
  aout: 8,
  september: 9,
  sep: 9,
  sept: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  oktober: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  dezember: 12,
  decembre: 12,
  // Urdu, Dari and Pashto news use the Gregorian month names too (folded spellings).
  جنوری: 1,
  فروری: 2,
  فبروری: 2,
  مارچ: 3,
  اپریل: 4,
  مئی: 5,
  جون: 6,
  جولائی: 7,
  اگست: 8,
  ستمبر: 9,
  اکتوبر: 10,
  نومبر: 11,
  دسمبر: 12,
  اکتبر: 10,
  نوامبر: 11,
  دسامبر: 12,
  فوریه: 2,
  فبروري: 2,
  ژانویه: 1,
  جنوري: 1,
  مارس: 3,
  آوریل: 4,
  ژوئن: 6,
  جولای: 7,
  ژوئیه: 7,
  آگوست: 8,
  اوت: 8,
  سپتامبر: 9,
  سپتمبر: 9,
  // Pashto writes September with its own retroflex t (ټ), and May as مۍ.
  سپټمبر: 9,
  سېپټمبر: 9,
  مۍ: 5,
  اکټوبر: 10,
  // Arabic: Egyptian/Gulf and Levantine names.
  يناير: 1,
  فبراير: 2,
  أبريل: 4,
  إبريل: 4,
  مايو: 5,
  يونيو: 6,
  يوليو: 7,
  أغسطس: 8,
  سبتمبر: 9,
  أكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  'كانون الثاني': 1,
  شباط: 2,
  آذار: 3,
  نيسان: 4,
  أيار: 5,
  حزيران: 6,
  تموز: 7,
  آب: 8,
  أيلول: 9,
  'تشرين الأول': 10,
  'تشرين الثاني': 11,
  'كانون الأول': 12,
  // Russian (genitive, as dates are written), Turkish, Hindi.
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
  // Russian agency datelines abbreviate ("НЬЮ-ДЕЛИ, 26 фев.").
  янв: 1,
  фев: 2,
  мар: 3,
  апр: 4,
  авг: 8,
  сен: 9,
  сент: 9,
  окт: 10,
  ноя: 11,
  нояб: 11,
  дек: 12,
  январь: 1,
  февраль: 2,
  март: 3,
  апрель: 4,
  май: 5,
  июнь: 6,
  июль: 7,
  август: 8,
  сентябрь: 9,
  октябрь: 10,
  ноябрь: 11,
  декабрь: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  ocak: 1,
  subat: 2,
  nisan: 4,
  mayıs: 5,
  mayis: 5,
  haziran: 6,
  temmuz: 7,
  agustos: 8,
  eylul: 9,
  ekim: 10,
  kasım: 11,
  kasim: 11,
  aralık: 12,
  aralik: 12,
  जनवरी: 1,
  फ़रवरी: 2,
  फरवरी: 2,
  मार्च: 3,
  अप्रैल: 4,
  मई: 5,
  जून: 6,
  जुलाई: 7,
  अगस्त: 8,
  सितंबर: 9,
  सितम्बर: 9,
  अक्टूबर: 10,
  अक्तूबर: 10,
  नवंबर: 11,
  नवम्बर: 11,
  दिसंबर: 12,
  दिसम्बर: 12,
  // Bengali.
  জানুয়ারি: 1,
  জানুয়ারী: 1,
  ফেব্রুয়ারি: 2,
  ফেব্রুয়ারী: 2,
  মার্চ: 3,
  এপ্রিল: 4,
  মে: 5,
  জুন: 6,
  জুলাই: 7,
  আগস্ট: 8,
  সেপ্টেম্বর: 9,
  অক্টোবর: 10,
  নভেম্বর: 11,
  ডিসেম্বর: 12,
  // Marathi (मार्च and जून as in Hindi; not मे, May, which a date pattern would also read in Hindi "2 में").
  जानेवारी: 1,
  फेब्रुवारी: 2,
  एप्रिल: 4,
  जुलै: 7,
  ऑगस्ट: 8,
  सप्टेंबर: 9,
  ऑक्टोबर: 10,
  नोव्हेंबर: 11,
  डिसेंबर: 12,
};
/** Pashto ordinal days (stems; a date adds -ه or -ې: شپږمه, شپږمې), the first of the month as it is written. */
const PASHTO_ORDINAL_DAYS: Record<string, number> = {
  لومړۍ: 1,
  لومړنۍ: 1,
  دویم: 2,
  دوهم: 2,
  دریم: 3,
  درېیم: 3,
  څلورم: 4,
  پنځم: 5,
  شپږم: 6,
  اووم: 7,
  اتم: 8,
  نهم: 9,
  لسم: 10,
  یوولسم: 11,
  دولسم: 12,
  دیارلسم: 13,
  څوارلسم: 14,
  پنځلسم: 15,
  شپاړسم: 16,
  اوولسم: 17,
  اتلسم: 18,
  نولسم: 19,
  شلم: 20,
  یوویشتم: 21,
  دوه‌ویشتم: 22,
  'دوه ویشتم': 22,
  درویشتم: 23,
  څلرویشتم: 24,
  'پنځه ویشتم': 25,
  شپږویشتم: 26,
  'اوه ویشتم': 27,
  'اته ویشتم': 28,
  'نه ویشتم': 29,
  دېرشم: 30,
  یودېرشم: 31,
};
/** Arabic ordinal days, as a date writes them: "السادس من سبتمبر", "الحادي عشر من أكتوبر". */
const ARABIC_ORDINAL_DAYS: Record<string, number> = {
  الأول: 1,
  الثاني: 2,
  الثالث: 3,
  الرابع: 4,
  الخامس: 5,
  السادس: 6,
  السابع: 7,
  الثامن: 8,
  التاسع: 9,
  العاشر: 10,
  'الحادي عشر': 11,
  'الثاني عشر': 12,
  'الثالث عشر': 13,
  'الرابع عشر': 14,
  'الخامس عشر': 15,
  'السادس عشر': 16,
  'السابع عشر': 17,
  'الثامن عشر': 18,
  'التاسع عشر': 19,
  العشرين: 20,
  'الحادي والعشرين': 21,
  'الثاني والعشرين': 22,
  'الثالث والعشرين': 23,
  'الرابع والعشرين': 24,
  'الخامس والعشرين': 25,
  'السادس والعشرين': 26,
  'السابع والعشرين': 27,
  'الثامن والعشرين': 28,
  'التاسع والعشرين': 29,
  الثلاثين: 30,
  'الحادي والثلاثين': 31,
};
/**
 * The month tables and patterns, built on first use: a page script that imports this module (stage 2
 * reads a dateline only when the page declares no date) does not pay for them on pages that never ask.
 */
function buildPatterns() {
  const MONTH_NAMES: Record<string, number> = Object.fromEntries(Object.entries(MONTHS).map(([k, v]) => [foldForMatch(k), v]));
  // Word edges that work for Arabic script too (\b only knows ASCII letters).
  const START = '(?<![\\p{L}\\p{N}])';
  const END = '(?![\\p{L}\\p{N}])';
  const alternatives = (names: Record<string, number>) =>
    Object.keys(names)
      .sort((a, b) => b.length - a.length)
      .join('|');
  const MONTH = `(${alternatives(MONTH_NAMES)})\\.?`;
  const DAY = '(\\d{1,2})(?:st|nd|rd|th|\\.|-?(?:го|е|ого))?';
  const YEAR = '(20[1-3]\\d)';
  // Marathi writes a case ending onto the month or weekday: "२५ ऑक्टोबरला" (on 25 October), "शुक्रवारच्या रात्री" (on
  // Friday night).
  const MARATHI_CASE = '(?:ला|च्या|पासून|पर्यंत|रोजी)?';
  // "9 de agosto de 2025" (Spanish) reads like "9 agosto 2025".
  const DAY_MONTH = new RegExp(`${START}${DAY}\\s+(?:de\\s+)?${MONTH}${MARATHI_CASE}(?:,?\\s+(?:de\\s+)?${YEAR})?${END}`, 'giu');
  const MONTH_DAY = new RegExp(`${START}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?${END}`, 'giu');
  // Pashto writes "د اګست په ۲۸مه", "د اګست د ۲۷مې": month, a particle, the day with an ordinal ending.
  const MONTH_PARTICLE_DAY = new RegExp(`${START}${MONTH}\\s+(?:په|د|پر)\\s+(\\d{1,2})(?:مه|مې|می|م)?(?:\\s+${YEAR})?${END}`, 'gu');
  // …or the day as an ordinal word: "د سپټمبر پر شپږمه" (the sixth of September), "د جولای په لومړۍ نېټه", "د سپتمبر لسمه".
  const ORDINAL_DAYS: Record<string, number> = Object.fromEntries(
    Object.entries(PASHTO_ORDINAL_DAYS).flatMap(([k, v]) => {
      const stem = foldForMatch(k);
      // The ordinal's feminine and oblique endings, as a date writes it (the first has its own: لومړۍ).
      return stem.endsWith('م') ? [stem, `${stem}ه`, `${stem}ی`].map((s) => [s, v]) : [[stem, v]];
    }),
  );
  // Not an ordinal of its noun after it: "د اکتوبر په لومړۍ اونۍ کې" (in the first week of October), "دویمه نیمایي".
  const SPAN_AFTER = foldForMatch('(?!\\s+(?:اونۍ|اوونۍ|هفته|هفتې|نیمایي|نیمايي|نیمه|لسیزه|لسیزې))');
  const MONTH_PARTICLE_ORDINAL = new RegExp(
    `${START}${MONTH}\\s+(?:(?:په|د|پر)\\s+)?(${alternatives(ORDINAL_DAYS)})${END}${SPAN_AFTER}(?:\\s+(?:نیته|نیتی))?(?:\\s+${YEAR})?${END}`,
    'gu',
  );
  // Arabic: "السادس من سبتمبر" (the sixth of September), "في الحادي عشر من شهر أكتوبر عام 2025".
  const ARABIC_ORDINALS: Record<string, number> = Object.fromEntries(
    Object.entries(ARABIC_ORDINAL_DAYS).map(([k, v]) => [foldForMatch(k), v]),
  );
  // Not an ordinal that follows its noun: "الأسبوع الأول من أكتوبر" (the first week of October), "النصف الثاني من".
  const SPAN_BEFORE = foldForMatch('(?<!(?:الأسبوع|الاسبوع|النصف|الربع|الثلث|العقد|العشر)\\s)');
  const ORDINAL_OF_MONTH = new RegExp(
    `${START}${SPAN_BEFORE}(${alternatives(ARABIC_ORDINALS)})\\s+من\\s+(?:شهر\\s+)?${MONTH}(?:\\s+(?:عام\\s+|سنه\\s+)?${YEAR})?${END}`,
    'gu',
  );
  const MONTH_YEAR = new RegExp(`${START}${MONTH}\\s+${YEAR}${END}`, 'giu');
  const ISO = /\b(20[1-3]\d)-(\d\d)-(\d\d)\b/g;

  // Solar Hijri months: the Dari (zodiac) names Afghan media use, their Pashto names, and the Iranian names.
  const SOLAR_MONTHS: Record<string, number> = Object.fromEntries(
    Object.entries({
      حمل: 1,
      ثور: 2,
      جوزا: 3,
      جوزاء: 3,
      سرطان: 4,
      اسد: 5,
      سنبله: 6,
      میزان: 7,
      عقرب: 8,
      قوس: 9,
      جدی: 10,
      دلو: 11,
      حوت: 12,
      وری: 1,
      غویی: 2,
      غبرگولی: 3,
      غبرګولی: 3,
      چنگاښ: 4,
      چنګاښ: 4,
      زمری: 5,
      وږی: 6,
      تله: 7,
      لړم: 8,
      لیندۍ: 9,
      مرغومی: 10,
      سلواغه: 11,
      کب: 12,
      فروردین: 1,
      اردیبهشت: 2,
      خرداد: 3,
      تیر: 4,
      مرداد: 5,
      امرداد: 5,
      شهریور: 6,
      مهر: 7,
      آبان: 8,
      آذر: 9,
      دی: 10,
      بهمن: 11,
      اسفند: 12,
    }).map(([k, v]) => [foldForMatch(k), v]),
  );
  // Hijri (lunar) months; read only with a year of the 1400s AH, since some are common words (صفر is "zero").
  const HIJRI_MONTHS: Record<string, number> = Object.fromEntries(
    Object.entries({
      محرم: 1,
      صفر: 2,
      'ربیع الاول': 3,
      'ربیع الأول': 3,
      'ربیع الثانی': 4,
      'ربیع الآخر': 4,
      'ربیع الاخر': 4,
      'جمادی الاول': 5,
      'جمادی الأولى': 5,
      'جمادی الاولی': 5,
      'جمادی الثانی': 6,
      'جمادی الآخرة': 6,
      'جمادی الاخره': 6,
      'جمادی الثانیه': 6,
      رجب: 7,
      شعبان: 8,
      رمضان: 9,
      شوال: 10,
      ذوالقعده: 11,
      'ذی القعده': 11,
      'ذو القعدة': 11,
      ذوالحجه: 12,
      'ذی الحجه': 12,
      'ذو الحجة': 12,
    }).map(([k, v]) => [foldForMatch(k), v]),
  );
  const SOLAR_YEAR = '(1[34]\\d\\d)';
  // "۵ عقرب ۱۴۰۴", Pashto "۲۲مه د میزان", "د کب ۱۲مه – ۱۴۰۴".
  const SOLAR = new RegExp(
    `${START}(\\d{1,2})(?:مه|م)?\\s+(?:د\\s+)?(${alternatives(SOLAR_MONTHS)})(?:\\s+(?:سال\\s+)?${SOLAR_YEAR})?${END}`,
    'gu',
  );
  // The first of two days the press writes before one month: "۱۸ و ۱۹ اکتبر", "19 اور 20 دسمبر کی درمیانی رات" (the
  // night between), "۱۸ تا ۱۹ میزان", "11-12 أكتوبر". Only two days running: a longer span ("between 17 and 29
  // November", "10 to 17 October") is a schedule or a count's period, not the days of a clash.
  const FIRST_OF_PAIR = new RegExp(
    `${START}(\\d{1,2})\\s*(?:${['و', 'اور', 'تا', 'سے', 'إلى', 'الى'].map(foldForMatch).join('|')}|[-–])\\s*(?=\\d{1,2}${END})`,
    'gu',
  );
  // …and year first, as DW's Pashto and Dari pages head them: "۱۳۹۷ تیر ۵".
  const SOLAR_MONTH_DAY = new RegExp(
    `${START}(?:${SOLAR_YEAR}\\s+)?(?:د\\s+)?(${alternatives(SOLAR_MONTHS)})(?:ی)?\\s+(\\d{1,2})(?:مه|م)?(?:\\s*[–-]?\\s*${SOLAR_YEAR})?${END}`,
    'gu',
  );
  const SOLAR_MONTH_YEAR = new RegExp(
    `(?<!\\d\\s*)${START}(${alternatives(SOLAR_MONTHS)})\\s+(?:سال\\s+|ماه\\s+)?${SOLAR_YEAR}${END}`,
    'gu',
  );
  const HIJRI = new RegExp(`${START}(\\d{1,2})\\s+(${alternatives(HIJRI_MONTHS)})\\s+(14[0-9]\\d)${END}`, 'gu');
  // Numeric dates: 2025/10/16 (Gregorian), ۱۴۰۴/۸/۵ (Solar Hijri, years 13xx-142x), 1447/5/5 (Hijri).
  const NUMERIC = /(?<![\d/])(20[1-3]\d|1[34]\d\d)[/.](\d{1,2})[/.](\d{1,2})(?![\d/])/g;
  const DAY_FIRST_NUMERIC = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](20[1-3]\d)(?![\d/.])/g;
  // Chinese: 2025年10月12日, 10月12日 (日, 号 or 號), and 2025年10月.
  const CJK_DATE = /(?:(20[1-3]\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/g;
  const CJK_MONTH_YEAR = /(20[1-3]\d)\s*年\s*(\d{1,2})\s*月(?!\s*\d)/g;
  // Chinese news gives the day alone, in the month of its dateline ("新华社北京10月16日电 … 15日巴阿两国…", on the 15th):
  // a day not after a month (10月15日), a week word (周日) or a number, and not a span of days ("3日内", within three days).
  // Not 号: "3号口岸" is gate number 3; not "第3日", the third day of something.
  const CJK_DAY = /(?<![\d月年周週期拜第]\s*)(\d{1,2})\s*日(?![内內之])/g;
  // A day to come ("将于15日举行", to be held on the 15th): a plan, not the news's day.
  const CJK_PLAN = /(?:将|將|定于|定於|预计|預計|计划|計劃)[^。！？]{0,4}$/;
  // Chinese weekdays: 星期六, 周六, 週六, 礼拜六 (日 and 天 are Sunday). Not a count of weeks followed by a word
  // ("四周一片" all around, "两个星期一直" for two weeks), nor a count in a week ("每周三次", three times a week),
  // nor 一 starting a word ("这个星期一直", all this week), nor Friday prayers ("周五礼拜", as "Friday prayers" elsewhere).
  const CJK_WEEKDAY =
    /(?<![一二三四五六七八九十两兩几幾数數多][个個]?)(?:星期|礼拜|禮拜|周|週)([日天二三四五六]|一(?![直片些带帶度线線样樣般切旦]))(?![次个個名天轮輪架回遍趟批])(?!\s*(?:礼拜|禮拜|聚礼|聚禮))/g;
  // Weekdays, resolved against the publication date: 0 = Sunday.
  const WEEKDAYS: Record<string, number> = Object.fromEntries(
    Object.entries({
      sunday: 0,
      monday: 1,
      tuesday: 2,
      wednesday: 3,
      thursday: 4,
      friday: 5,
      saturday: 6,
      sonntag: 0,
      montag: 1,
      dienstag: 2,
      mittwoch: 3,
      donnerstag: 4,
      freitag: 5,
      samstag: 6,
      dimanche: 0,
      lundi: 1,
      mardi: 2,
      mercredi: 3,
      jeudi: 4,
      vendredi: 5,
      samedi: 6,
      pazar: 0,
      pazartesi: 1,
      salı: 2,
      sali: 2,
      çarşamba: 3,
      perşembe: 4,
      cuma: 5,
      cumartesi: 6,
      воскресенье: 0,
      понедельник: 1,
      вторник: 2,
      среду: 3,
      среда: 3,
      четверг: 4,
      пятницу: 5,
      пятница: 5,
      субботу: 6,
      суббота: 6,
      रविवार: 0,
      सोमवार: 1,
      मंगलवार: 2,
      बुधवार: 3,
      गुरुवार: 4,
      शुक्रवार: 5,
      शनिवार: 6,
      // Marathi Tuesday (ळ); the other days are written as in Hindi.
      मंगळवार: 2,
      রবিবার: 0,
      সোমবার: 1,
      মঙ্গলবার: 2,
      বুধবার: 3,
      বৃহস্পতিবার: 4,
      শুক্রবার: 5,
      শনিবার: 6,
      الأحد: 0,
      الاثنين: 1,
      الإثنين: 1,
      الثلاثاء: 2,
      الأربعاء: 3,
      الخميس: 4,
      الجمعة: 5,
      السبت: 6,
      یکشنبه: 0,
      'یک شنبه': 0,
      دوشنبه: 1,
      'سه شنبه': 2,
      سهشنبه: 2,
      چهارشنبه: 3,
      څلورشنبه: 3,
      پنجشنبه: 4,
      'پنج شنبه': 4,
      جمعه: 5,
      شنبه: 6,
      // Pashto writes the oblique case after د and په ("د یکشنبې", "سې شنبه ماښام"), folded here to ی.
      یکشنبی: 0,
      دوشنبی: 1,
      'سی شنبه': 2,
      'سی شنبی': 2,
      'سه شنبی': 2,
      چهارشنبی: 3,
      پنجشنبی: 4,
      شنبی: 6,
      اتوار: 0,
      پیر: 1,
      سوموار: 1,
      منگل: 2,
      بدھ: 3,
      جمعرات: 4,
      جمعہ: 5,
      ہفتے: 6,
    }).map(([k, v]) => [foldForMatch(k), v]),
  );
  // German writes the part of the day onto the weekday: "am Freitagnachmittag", "Samstagabend", "in der Sonntagnacht".
  const GERMAN_DAY_PART = '(?:morgen|fruh|vormittag|mittag|nachmittag|abend|nacht)?';
  const WEEKDAY = new RegExp(`${START}(${alternatives(WEEKDAYS)})${MARATHI_CASE}${GERMAN_DAY_PART}${END}`, 'giu');
  /** A weekday that heads a written date ("Tuesday, October 14, 2025") adds nothing: that date is read. */
  const HEADS_DATE = new RegExp(`^[,،\\s]*(?:\\d|${MONTH})`, 'iu');
  // The words, then the date within the same clause (a few words on: "پیش از این، در ۱۱ اکتبر").
  // Not Arabic "في وقت سابق من اليوم" (earlier today), "…هذا الأسبوع" (earlier this week): that is the news itself.
  const SAME_NEWS = foldForMatch('(?!\\s+(?:من\\s+)?(?:هذا\\s+|هذه\\s+)?(?:اليوم|الأسبوع|الليلة|الصباح))');
  const BACKGROUND = new RegExp(`(?:${BACKGROUND_WORDS.map(foldForMatch).join('|')})[^.!?؟۔\\n]*$`, 'u');
  const EARLIER = new RegExp(`(?:${EARLIER_WORDS.map(foldForMatch).join('|')})${SAME_NEWS}[^.!?؟\\n]{0,20}$`, 'u');
  const ANSWERED = new RegExp(
    `(?:(?<![\\p{L}\\p{M}])(?:${ANSWERED_WORDS.map(foldForMatch).join('|')})(?![\\p{L}\\p{M}])|(?:报复|報復)(?!性))[^,，、;；:：.!?。！？؟،\\n]{0,50}$`,
    'u',
  );
  // Weekday names that are also other words are read as weekdays only in a clear weekday phrase: Urdu ہفتے is also
  // "week" ("گزشتہ ہفتے"), پیر "saint", Turkish pazar "market" ("pazar günü" is Sunday).
  const f = (w: string) => foldForMatch(w);
  const ONLY_BEFORE: Record<string, RegExp> = {
    [f('ہفتے')]: new RegExp(`^\\s*(?:${f('کو')}|${f('کے روز')}|${f('کے دن')})${END}`, 'u'),
    [f('پیر')]: new RegExp(`^\\s*(?:${f('کو')}|${f('کے روز')}|${f('کے دن')})${END}`, 'u'),
    pazar: /^\s*(?:gunu|sabahi|aksami|gecesi|ogleden)(?![\p{L}\p{N}])/u,
    // Russian среда is also "environment" ("окружающая среда"); the day is "в среду", the nominative heads a date.
    среда: /^\s*[,–-]?\s*\d/u,
  };
  // "Friday prayers", "Cuma namazı", "نماز جمعه": the prayers, not the day of the news.
  const PRAYERS_AFTER = /^\s*(?:prayers?|namaz)/iu;
  const PRAYERS_BEFORE = new RegExp(`(?:${f('نماز')}|${f('صلاة')})\\s*$`, 'u');
  return {
    BACKGROUND,
    EARLIER,
    ANSWERED,
    MONTH_NAMES,
    SOLAR_MONTHS,
    HIJRI_MONTHS,
    WEEKDAYS,
    DAY_MONTH,
    MONTH_DAY,
    MONTH_PARTICLE_DAY,
    ORDINAL_DAYS,
    MONTH_PARTICLE_ORDINAL,
    ARABIC_ORDINALS,
    ORDINAL_OF_MONTH,
    MONTH_YEAR,
    ISO,
    SOLAR,
    FIRST_OF_PAIR,
    // One match each, for the day after a FIRST_OF_PAIR (not global: no lastIndex to carry between calls).
    DAY_MONTH_ONCE: new RegExp(DAY_MONTH.source, 'iu'),
    SOLAR_ONCE: new RegExp(SOLAR.source, 'u'),
    SOLAR_MONTH_DAY,
    SOLAR_MONTH_YEAR,
    HIJRI,
    NUMERIC,
    DAY_FIRST_NUMERIC,
    CJK_DATE,
    CJK_MONTH_YEAR,
    CJK_DAY,
    CJK_PLAN,
    CJK_WEEKDAY,
    WEEKDAY,
    HEADS_DATE,
    ONLY_BEFORE,
    PRAYERS_AFTER,
    PRAYERS_BEFORE,
  };
}
let built: ReturnType<typeof buildPatterns> | undefined;
const patterns = () => (built ??= buildPatterns());

const DAY_MS = 86_400_000;
/** The weekday `weekday` on or before `published` (an ISO day), within the week before it. */
function lastWeekday(published: string, weekday: number): DateMention {
  const day = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  const back = (new Date(day).getUTCDay() - weekday + 7) % 7;
  const d = new Date(day - back * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), relative: true };
}

/** The Solar Hijri year of a date given without one: the year of the publication date, or the one before. */
function solarYearFor(month: number, day: number, published: string | undefined): number | undefined {
  if (!published) return undefined;
  const [py, pm, pd] = published.slice(0, 10).split('-').map(Number) as [number, number, number];
  const year = solarHijriYearOf(py, pm, pd);
  const g = solarHijriToGregorian(year, month, day);
  const later = Date.UTC(g.year, g.month - 1, g.day) > Date.UTC(py, pm - 1, pd) + DAY_MS;
  return later ? year - 1 : year;
}

/** Solar years a yearless date on an undated page may fall in: those of the dataset's events (1400–1405, 2021–2027). */
const SOLAR_YEARS_READ = [1400, 1401, 1402, 1403, 1404, 1405];
/** The same span in Gregorian years. Over six years a day's weekday never repeats, so a weekday pins one year at most. */
const YEARS_READ = [2021, 2022, 2023, 2024, 2025, 2026];
/** How far before a date its weekday may stand ("Sunday, the tenth of September (19 Wazi)"), within one sentence. */
const WEEKDAY_REACH = 30;

/** The weekday (0 = Sunday) a day fell on. */
export const weekdayOf = (d: { year: number; month: number; day: number }) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();

/** The weekday the text gives a date it writes at [start, end): just before it in the same sentence, or just after it. */
function weekdayBeside(folded: string, start: number, end: number): number | undefined {
  const p = patterns();
  const before = folded.slice(Math.max(0, start - WEEKDAY_REACH), start);
  let found: number | undefined;
  for (const m of before.matchAll(p.WEEKDAY))
    if (!/[.!?؟\n]/.test(before.slice(m.index! + m[0].length))) found = p.WEEKDAYS[m[1]!.toLowerCase()];
  if (found !== undefined) return found;
  const cjk = cjkWeekdayBeside(folded, start, end);
  if (cjk !== undefined) return cjk;
  const after = /^[,،\s(]{0,3}(\p{L}+(?:\s\p{L}+)?)/u.exec(folded.slice(end, end + 20));
  if (!after) return undefined;
  for (const m of after[0].matchAll(p.WEEKDAY)) return p.WEEKDAYS[m[1]!.toLowerCase()];
  return undefined;
}

/**
 * A Chinese weekday right before or after a date, as the press writes them together: "上周六（10月11日）", "10月11日（星期六）",
 * "10月11日周六". Only when it touches the date (a bracket between at most): a weekday elsewhere in the sentence is another day's.
 */
function cjkWeekdayBeside(folded: string, start: number, end: number): number | undefined {
  const before = CJK_WEEKDAY_BEFORE.exec(folded.slice(Math.max(0, start - 6), start));
  const after = CJK_WEEKDAY_AFTER.exec(folded.slice(end, end + 6));
  const day = (before ?? after)?.[1];
  return day === undefined ? undefined : CJK_WEEKDAY_NUMBERS.indexOf(day) % 7;
}
const CJK_WEEKDAY_BEFORE = /(?:星期|礼拜|禮拜|周|週)([日天一二三四五六])\s*[（(]?\s*$/u;
const CJK_WEEKDAY_AFTER = /^\s*[（(]?\s*(?:星期|礼拜|禮拜|周|週)([日天一二三四五六])/u;

/** The one year of those read in which the day fell on the weekday, if exactly one. */
function yearOfWeekday(month: number, day: number, weekday: number | undefined): number | undefined {
  if (weekday === undefined) return undefined;
  const years = YEARS_READ.filter((year) => weekdayOf({ year, month, day }) === weekday);
  return years.length === 1 ? years[0] : undefined;
}

/**
 * A Solar Hijri day as Gregorian days: with its year; else in the Solar year of the publication date; else, on a
 * page with no date, in each year the dataset covers, as days worked out rather than stated ("۸ جدی" is 28 or 29
 * December of whichever year the page reports).
 */
function solarDays(
  solarMonth: number,
  day: number,
  yearText: string | undefined,
  published: string | undefined,
  weekday?: number,
): DateMention[] {
  if (day < 1 || day > 31) return [];
  if (!yearText && !published) {
    const days = SOLAR_YEARS_READ.map((y) => solarHijriToGregorian(y, solarMonth, day));
    // "Saturday, 8 Jadi": of the six years, the one whose 8 Jadi was a Saturday.
    const pinned = days.filter((d) => weekday !== undefined && weekdayOf(d) === weekday);
    if (pinned.length === 1) return [{ ...pinned[0]!, relative: true, pinnedYear: pinned[0]!.year }];
    return days.map((d) => ({ ...d, relative: true }));
  }
  const solarYear = yearText ? Number(yearText) : solarYearFor(solarMonth, day, published);
  if (solarYear === undefined || solarYear < 1380 || solarYear > 1430) return [];
  return [solarHijriToGregorian(solarYear, solarMonth, day)];
}

/** Chinese weekday characters by number: 日 and 天 are Sunday (0, and 7 taken modulo 7). */
const CJK_WEEKDAY_NUMBERS = '日一二三四五六天';

/**
 * The weekdays folded text names on their own (0 = Sunday), not heading a written date: on a page with no date,
 * "on Saturday" says on which day of the week the news fell, though not in which week.
 */
export function weekdaysNamed(folded: string): Set<number> {
  const p = patterns();
  const days = new Set<number>();
  for (const m of folded.matchAll(p.WEEKDAY)) {
    const word = m[1]!.toLowerCase();
    const end = m.index! + m[0].length;
    const after = folded.slice(end, end + 12);
    if (p.HEADS_DATE.test(after)) continue;
    if (p.ONLY_BEFORE[word] && !p.ONLY_BEFORE[word].test(after)) continue;
    if (p.PRAYERS_AFTER.test(after) || p.PRAYERS_BEFORE.test(folded.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    days.add(p.WEEKDAYS[word]!);
  }
  for (const m of folded.matchAll(p.CJK_WEEKDAY)) days.add(CJK_WEEKDAY_NUMBERS.indexOf(m[1]!) % 7);
  return days;
}

/**
 * Dates in folded text (no accents, lower case, one Arabic-script letter per family, ASCII digits).
 * `published` (an ISO day) resolves weekdays and Solar Hijri dates given without a year.
 */
export function readDates(folded: string, published?: string): DateMention[] {
  const p = patterns();
  const found: DateMention[] = [];
  const month = (m: string) => p.MONTH_NAMES[m.toLowerCase()]!;
  const year = (y: string | undefined) => (y ? Number(y) : undefined);
  // A weekday beside a date with no year, on a page with no date, tells the year.
  const weekday = (m: RegExpMatchArray) => (published ? undefined : weekdayBeside(folded, m.index!, m.index! + m[0].length));
  const earlier = (m: RegExpMatchArray) =>
    p.EARLIER.test(folded.slice(Math.max(0, m.index! - 40), m.index!)) ||
    p.ANSWERED.test(folded.slice(Math.max(0, m.index! - 60), m.index!)) ||
    p.BACKGROUND.test(folded.slice(Math.max(0, m.index! - 240), m.index!));
  const dayMonth = (m: RegExpMatchArray, day: number, mo: number, y: number | undefined): DateMention => {
    const pinnedYear = y === undefined ? yearOfWeekday(mo, day, weekday(m)) : undefined;
    return { day, month: mo, year: y, ...(pinnedYear ? { pinnedYear } : {}), ...(earlier(m) ? { earlier: true } : {}) };
  };
  for (const m of folded.matchAll(p.DAY_MONTH)) found.push(dayMonth(m, Number(m[1]), month(m[2]!), year(m[3])));
  for (const m of folded.matchAll(p.MONTH_DAY)) found.push(dayMonth(m, Number(m[2]), month(m[1]!), year(m[3])));
  for (const m of folded.matchAll(p.MONTH_PARTICLE_DAY)) found.push(dayMonth(m, Number(m[2]), month(m[1]!), year(m[3])));
  for (const m of folded.matchAll(p.ORDINAL_OF_MONTH)) found.push(dayMonth(m, p.ARABIC_ORDINALS[m[1]!]!, month(m[2]!), year(m[3])));
  for (const m of folded.matchAll(p.MONTH_PARTICLE_ORDINAL)) found.push(dayMonth(m, p.ORDINAL_DAYS[m[2]!]!, month(m[1]!), year(m[3])));
  for (const m of folded.matchAll(p.MONTH_YEAR)) {
    const mention = { month: month(m[1]!), year: Number(m[2]) };
    // "26 February 2026" also reads as "February 2026": keep only the fuller form.
    if (!found.some((d) => d.month === mention.month && d.year === mention.year)) found.push(mention);
  }
  for (const m of folded.matchAll(p.ISO)) found.push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  for (const m of folded.matchAll(p.SOLAR)) found.push(...solarDays(p.SOLAR_MONTHS[m[2]!]!, Number(m[1]), m[3], published, weekday(m)));
  for (const m of folded.matchAll(p.FIRST_OF_PAIR)) {
    // The second day's date, read as any other; the first day takes its month and year.
    const rest = folded.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    const gregorian = p.DAY_MONTH_ONCE.exec(rest);
    const solar = p.SOLAR_ONCE.exec(rest);
    const first = Number(m[1]);
    if (gregorian?.index === 0 && first + 1 === Number(gregorian[1])) {
      const [mo, y] = [month(gregorian[2]!), year(gregorian[3])];
      found.push(dayMonth(m, first, mo, y));
      // Arabic joins "and" to the second day ("11 و12 أكتوبر"): then no other pattern reads it.
      const second = Number(gregorian[1]);
      if (!found.some((d) => d.day === second && d.month === mo && d.year === y)) found.push(dayMonth(m, second, mo, y));
    } else if (solar?.index === 0 && first + 1 === Number(solar[1]))
      found.push(...solarDays(p.SOLAR_MONTHS[solar[2]!]!, first, solar[3], published, weekday(m)));
  }
  for (const m of folded.matchAll(p.SOLAR_MONTH_DAY))
    found.push(...solarDays(p.SOLAR_MONTHS[m[2]!]!, Number(m[3]), m[4] ?? m[1], published, weekday(m)));
  for (const m of folded.matchAll(p.SOLAR_MONTH_YEAR)) {
    const mid = solarHijriToGregorian(Number(m[2]), p.SOLAR_MONTHS[m[1]!]!, 15);
    if (!found.some((d) => d.year === mid.year && d.month === mid.month)) found.push({ year: mid.year, month: mid.month });
  }
  for (const m of folded.matchAll(p.HIJRI)) {
    const day = Number(m[1]);
    if (day >= 1 && day <= 30) found.push(hijriToGregorian(Number(m[3]), p.HIJRI_MONTHS[m[2]!]!, day));
  }
  for (const m of folded.matchAll(p.NUMERIC)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    if (y >= 2010) found.push({ year: y, month: mo, day: d });
    else if (y >= 1380 && y <= 1430) found.push(solarHijriToGregorian(y, mo, d));
    else if (y >= 1430 && y <= 1460 && d <= 30) found.push(hijriToGregorian(y, mo, d));
  }
  for (const m of folded.matchAll(p.DAY_FIRST_NUMERIC)) {
    // Day first, as most of the world writes it, unless the middle cannot be a month (US order).
    let [d, mo] = [Number(m[1]), Number(m[2])];
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) found.push({ year: Number(m[3]), month: mo, day: d });
  }
  for (const m of folded.matchAll(p.CJK_DATE)) found.push(dayMonth(m, Number(m[3]), Number(m[2]), year(m[1])));
  for (const m of folded.matchAll(p.CJK_DAY)) {
    // The month of a full date just before it in its sentence ("2月26日夜间到27日凌晨", the night of 26 to 27 February),
    // else of the publication date, else of the last full date written before it (the dateline's).
    const before = [...folded.slice(0, m.index!).matchAll(p.CJK_DATE)].at(-1);
    const sameSentence = before && !/[。！？.!?\n]/.test(folded.slice(before.index! + before[0].length, m.index!));
    const anchor = !sameSentence && published && /^\d{4}-\d\d-\d\d/.test(published) ? published.slice(0, 10) : undefined;
    const [y, mo, d] = anchor ? anchor.split('-').map(Number) : before ? [year(before[1]), Number(before[2]), Number(before[3])] : [];
    if (mo === undefined || d === undefined || p.CJK_PLAN.test(folded.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    const day = Number(m[1]);
    // A day well after the dateline's is the month before's ("3月3日 … 22日", 22 February): the news looks back.
    const back = day > d + 7;
    const month = back ? (mo === 1 ? 12 : mo - 1) : mo;
    // The publication year is the yearless day's already; a written dateline's year is given here.
    const yearOf = y === undefined ? undefined : back && mo === 1 ? y - 1 : anchor ? undefined : y;
    found.push(dayMonth(m, day, month, yearOf));
  }
  for (const m of folded.matchAll(p.CJK_MONTH_YEAR)) {
    const mention = { month: Number(m[2]), year: Number(m[1]) };
    if (!found.some((d) => d.month === mention.month && d.year === mention.year)) found.push(mention);
  }
  if (published && /^\d{4}-\d\d-\d\d/.test(published)) {
    for (const weekday of weekdaysNamed(folded)) found.push(lastWeekday(published, weekday));
  }
  // "may" is also a verb: keep it only with a day or a year.
  return found.filter((d) => d.month >= 1 && d.month <= 12 && (d.day === undefined || (d.day >= 1 && d.day <= 31)));
}
