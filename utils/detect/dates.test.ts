import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize';
import { readDates, weekdaysNamed } from './dates';

const read = (s: string) => readDates(foldForMatch(s));

describe('readDates', () => {
  it('reads day-month-year and month-day-year forms', () => {
    expect(read('On 26 February 2026 and on October 11, 2025')).toEqual(
      expect.arrayContaining([
        { day: 26, month: 2, year: 2026 },
        { day: 11, month: 10, year: 2025 },
      ]),
    );
  });
  it('reads German and French month names', () => {
    expect(read('am 26. Februar 2026')).toEqual([{ day: 26, month: 2, year: 2026 }]);
    expect(read('le 17 mars 2026')).toEqual([{ day: 17, month: 3, year: 2026 }]);
  });
  it('reads Urdu month names with Persian digits', () => {
    expect(read('۱۲ اکتوبر ۲۰۲۵ کو')).toEqual([{ day: 12, month: 10, year: 2025 }]);
  });
  it('reads a Pashto day written as an ordinal word after the month', () => {
    // "The gate was shut on the sixth of September", "on the fourteenth of October".
    expect(read('دروازه د سېپټمبر پر شپږمه وتړل شوه')).toEqual([{ day: 6, month: 9 }]);
    expect(read('د اکتوبر په څوارلسمه نېټه ۲۰۲۵')).toEqual([{ day: 14, month: 10, year: 2025 }]);
    expect(read('د سپټمبر پر ۶مه')).toEqual([{ day: 6, month: 9 }]);
  });
  it('reads an Arabic day written as an ordinal word of the month', () => {
    // "The crossing was shut on the sixth of September", "on the eleventh of the month of October 2025".
    expect(read('أغلق المعبر في السادس من سبتمبر')).toEqual([{ day: 6, month: 9 }]);
    expect(read('في الحادي عشر من شهر أكتوبر عام 2025')).toEqual([{ day: 11, month: 10, year: 2025 }]);
    expect(read('الثاني والعشرين من فبراير')).toEqual([{ day: 22, month: 2 }]);
    // A month name that holds an ordinal ("كانون الأول", December) is no day.
    expect(read('كانون الأول من عام 2022')).toEqual([]);
  });
  it('does not take an Arabic ordinal of a week or a half of the month for its day', () => {
    // "Talks are expected in the first week of October", "…in the second half of September".
    expect(read('ويتوقع أن تعقد المحادثات في الأسبوع الأول من أكتوبر')).toEqual([]);
    expect(read('في النصف الثاني من سبتمبر')).toEqual([]);
  });
  it('reads a Pashto ordinal day right after the month, without a particle', () => {
    expect(read('د اکتوبر څوارلسمه')).toEqual([{ day: 14, month: 10 }]);
  });
  it('does not take a Pashto ordinal of a week or a half of the month for its day', () => {
    // "The talks will be held in the first week of October", "…in the second half of September".
    expect(read('خبرې به د اکتوبر په لومړۍ اونۍ کې وشي')).toEqual([]);
    expect(read('د سپتمبر په دویمه نیمایي کې')).toEqual([]);
  });
  it('reads a Pashto weekday in its oblique case beside a yearless date', () => {
    // "On Sunday, the 12th of October": of 2021–2026, only in 2025 was 12 October a Sunday.
    expect(read('د یکشنبې په ورځ، د اکتوبر په ۱۲مه')).toEqual([{ day: 12, month: 10, pinnedYear: 2025 }]);
    // "Tuesday evening", on a page published on Thursday 16 October 2025.
    expect(readDates(foldForMatch('سې شنبه ماښام'), '2025-10-16')).toEqual([{ year: 2025, month: 10, day: 14, relative: true }]);
  });
  it('marks a date the text puts before its news ("before this, on 11 October")', () => {
    expect(read('اس سے پہلے 11 اور 12 اکتوبر کی درمیانی رات')).toEqual([
      { day: 12, month: 10, earlier: true },
      { day: 11, month: 10, earlier: true },
    ]);
    expect(read('پیش از این، در ۱۱ اکتبر امسال')).toEqual([{ day: 11, month: 10, earlier: true }]);
    expect(read('کرم میں 14 اکتوبر کو فائرنگ ہوئی')).toEqual([{ day: 14, month: 10 }]);
  });
  it('reads a Chinese weekday written against a yearless date', () => {
    // Made up: "On Sunday (12 October) evening…", "12 October (a Sunday)…", "on the 12th, a Sunday": only in 2025, of
    // 2021–2026, was 12 October a Sunday.
    expect(read('上周日（10月12日）晚间，边境再度交火')).toEqual([{ day: 12, month: 10, pinnedYear: 2025 }]);
    expect(read('10月12日（星期日），两国边境爆发冲突')).toEqual([{ day: 12, month: 10, pinnedYear: 2025 }]);
    expect(read('10月12日周日，双方交火')).toEqual([{ day: 12, month: 10, pinnedYear: 2025 }]);
    // A weekday not against the date is another day's.
    expect(read('周日晚间巴方称，10月12日双方交火')).toEqual([{ day: 12, month: 10 }]);
  });
  it('marks the date of what an attack answered as before the news', () => {
    // Made up: "Afghan forces attacked posts in retaliation for Pakistan's strikes on Khost on 9 October"; Chinese, Russian.
    expect(read("Afghan forces attacked border posts in retaliation for Pakistan's strikes on Khost on 9 October")).toEqual([
      { day: 9, month: 10, earlier: true },
    ]);
    expect(read('塔利班部队攻击边境哨所，以报复巴方10月9日对霍斯特的空袭')).toEqual([{ day: 9, month: 10, earlier: true }]);
    expect(read('талибы атаковали посты в ответ на удары 9 октября')).toEqual([{ day: 9, month: 10, earlier: true }]);
    // Not the answer itself: "retaliatory strikes on 12 October", nor a date past a comma after "in retaliation".
    expect(read('巴方10月12日发动报复性空袭')).toEqual([{ day: 12, month: 10 }]);
    expect(read('In retaliation, Pakistani jets struck Kabul on 12 October')).toEqual([{ day: 12, month: 10 }]);
  });
  it('marks a date in a sentence of background ("it should be recalled that…") as recalled', () => {
    // Made up: "It should be recalled that on 12 October, too, fighting broke out at Torkham."
    expect(read('یاد رہے کہ طورخم پر 12 اکتوبر کو بھی جھڑپیں ہوئی تھیں')).toEqual([{ day: 12, month: 10, earlier: true }]);
    expect(read('سازمان ملل یادآوری کرده که در ۱۷ اکتبر ۲۰۲۵ هم جنگ شده بود')).toEqual([{ day: 17, month: 10, year: 2025, earlier: true }]);
    expect(read('ويذكر أن اشتباكات مماثلة وقعت في 12 أكتوبر')).toEqual([{ day: 12, month: 10, earlier: true }]);
    // Not past the end of that sentence.
    expect(read('یاد رہے کہ سرحد بند ہے۔ 14 اکتوبر کو فائرنگ ہوئی')).toEqual([{ day: 14, month: 10 }]);
  });
  it('does not take Dari "he noted that" for background', () => {
    // Made up: "Mujahid noted that Pakistani forces attacked Spin Boldak on 15 October." یادآور شد که brings his news.
    expect(read('ذبیح‌الله مجاهد یادآور شد که نیروهای پاکستانی در ۱۵ اکتبر بر اسپین بولدک حمله کردند')).toEqual([{ day: 15, month: 10 }]);
  });
  it('does not take Arabic "earlier today" for a date before the news', () => {
    // "The army said earlier today, 12 October, that its posts came under fire."
    expect(read('وقال الجيش في وقت سابق من اليوم، 12 أكتوبر، إن مواقعه تعرضت لإطلاق نار')).toEqual([{ day: 12, month: 10 }]);
    expect(read('وأعلن في وقت سابق هذا الأسبوع، في 14 أكتوبر، وقف إطلاق النار')).toEqual([{ day: 14, month: 10 }]);
  });
  it('does not take the verb "may" for a month', () => {
    expect(read('Officials may release more figures')).toEqual([]);
  });
  it('reads Solar Hijri dates in Dari and Pashto, Eastern digits included', () => {
    expect(read('۵ عقرب ۱۴۰۴')).toEqual([{ year: 2025, month: 10, day: 27 }]);
    expect(read('۲۲ مهر ۱۴۰۴')).toEqual([{ year: 2025, month: 10, day: 14 }]);
    expect(read('د کب ۱۲مه – ۱۴۰۴')).toEqual([{ year: 2026, month: 3, day: 3 }]);
    expect(read('۱۴۰۴/۷/۲۳')).toEqual([{ year: 2025, month: 10, day: 15 }]);
  });
  it('reads a Solar Hijri date written year first, as a dateline heads it', () => {
    // 22 Aqrab 1401 was 13 November 2022.
    expect(read('۱۴۰۱ عقرب ۲۲, یکشنبه')).toEqual([{ year: 2022, month: 11, day: 13 }]);
  });
  it('gives a Solar Hijri date without a year the year before the publication date', () => {
    expect(readDates(foldForMatch('در ۲۲ میزان حملات'), '2025-10-20')).toEqual([{ year: 2025, month: 10, day: 14 }]);
    // Without a publication date: the day in each Solar year the dataset covers, as days worked out, not stated.
    const undated = readDates(foldForMatch('در ۲۲ میزان حملات'));
    expect(undated).toContainEqual({ year: 2025, month: 10, day: 14, relative: true });
    expect(undated.every((d) => d.relative && d.month === 10 && (d.day === 13 || d.day === 14))).toBe(true);
  });
  it('reads Hijri dates with their year', () => {
    expect(read('12 ربیع الثانی 1447 ه')).toEqual([{ year: 2025, month: 10, day: 5 }]);
    expect(read('صفر')).toEqual([]);
  });
  it('reads Russian, Arabic, Hindi, Turkish and Spanish month names', () => {
    expect(read('16 октября 2025 года')).toEqual([{ day: 16, month: 10, year: 2025 }]);
    expect(read('16 أكتوبر 2025')).toEqual([{ day: 16, month: 10, year: 2025 }]);
    expect(read('15 अक्टूबर 2025')).toEqual([{ day: 15, month: 10, year: 2025 }]);
    expect(read('21 Şubat 2026')).toEqual([{ day: 21, month: 2, year: 2026 }]);
    expect(read('9 de agosto de 2025')).toEqual([{ day: 9, month: 8, year: 2025 }]);
  });
  it('resolves weekdays against the publication date, but not one that heads a date', () => {
    expect(readDates(foldForMatch('On Tuesday, Pakistani forces fired'), '2025-10-16')).toEqual([
      { year: 2025, month: 10, day: 14, relative: true },
    ]);
    expect(readDates(foldForMatch('سه‌شنبه شب'), '2025-10-16')).toEqual([{ year: 2025, month: 10, day: 14, relative: true }]);
    expect(readDates(foldForMatch('Tuesday, October 14, 2025'), '2025-10-16')).toEqual([{ day: 14, month: 10, year: 2025 }]);
    expect(read('On Tuesday')).toEqual([]);
  });
  it('reads the first of two days running written before one month, not a longer span', () => {
    // Made-up sentences: "the night between 27 and 28 December", "on 4 and 5 Aqrab", "on the 8th and 9th of March".
    expect(read('رات 27 اور 28 دسمبر کی درمیانی رات کو فائرنگ ہوئی')).toEqual(
      expect.arrayContaining([
        { day: 27, month: 12, year: undefined },
        { day: 28, month: 12, year: undefined },
      ]),
    );
    expect(read('در ۴ و ۵ عقرب ۱۴۰۴ درگیری شد')).toEqual(
      expect.arrayContaining([
        { year: 2025, month: 10, day: 26 },
        { year: 2025, month: 10, day: 27 },
      ]),
    );
    // Arabic joins "and" to the second day, which no other pattern then reads.
    expect(read('اشتباكات يومي 8 و9 مارس 2026')).toEqual(
      expect.arrayContaining([
        { day: 8, month: 3, year: 2026 },
        { day: 9, month: 3, year: 2026 },
      ]),
    );
    // A span of more days is a schedule or a count's period: only the day the month follows.
    expect(read('السلسلة مقررة بين 3 و15 مايو 2026')).toEqual([{ month: 5, year: 2026 }]);
    expect(read('از ۳ تا ۱۵ اکتبر ۲۰۲۵')).toEqual([{ day: 15, month: 10, year: 2025 }]);
  });
  it('reads a Chinese day given alone in the month of its dateline or its publication', () => {
    // Made-up: "Islamabad, 5 March (dateline): the army said on the 4th that fire was exchanged near the crossing on the night of the 2nd."
    expect(read('伊斯兰堡3月5日电 巴基斯坦军方4日说，口岸附近2日夜间发生交火。')).toEqual([
      { day: 5, month: 3, year: undefined },
      { day: 4, month: 3, year: undefined },
      { day: 2, month: 3, year: undefined },
    ]);
    // On a page of 3 March, "on the 22nd" is 22 February; "from the night of 26 February to the 27th" stays in February.
    expect(readDates(foldForMatch('巴方22日空袭了边境地区。'), '2026-03-03')).toEqual([{ day: 22, month: 2, year: undefined }]);
    expect(readDates(foldForMatch('冲突从2月26日夜间持续到27日凌晨。'), '2026-03-20')).toEqual([
      { day: 26, month: 2, year: undefined },
      { day: 27, month: 2, year: undefined },
    ]);
    // "Within three days", gate number 3, "the third day", talks to come on the 15th, and a day with no month to take: none.
    expect(readDates(foldForMatch('口岸将在3日内重开，3号口岸仍关闭。'), '2026-03-03')).toEqual([]);
    expect(readDates(foldForMatch('冲突进入第3日。双方将于15日举行会谈。'), '2026-03-03')).toEqual([]);
    expect(read('巴方4日说，口岸关闭。')).toEqual([]);
  });
  it('reads day-first numeric dates', () => {
    expect(read('24/2/2026')).toEqual([{ year: 2026, month: 2, day: 24 }]);
  });
  it('reads Pashto spellings of September and May', () => {
    expect(read('۶ سېپټمبر ۲۰۲۳')).toEqual([{ day: 6, month: 9, year: 2023 }]);
    expect(read('د مۍ په ۱۵مه')).toEqual([{ day: 15, month: 5, year: undefined }]);
  });
  it('reads Russian abbreviated months and Pashto "month + particle + day" dates', () => {
    expect(read('НЬЮ-ДЕЛИ, 26 фев. Ссылаясь')).toEqual([{ day: 26, month: 2, year: undefined }]);
    expect(read('د اګست په ۲۸مه')).toEqual([{ day: 28, month: 8, year: undefined }]);
  });
  it('pins the year of a yearless date by the weekday beside it, on a page with no date', () => {
    // 6 September fell on a Wednesday in 2023 alone of 2021–2026; 8 Jadi on a Saturday in 1403 (28 December 2024).
    expect(read('Guards fired on Wednesday, September 6, at the crossing')).toEqual([
      { day: 6, month: 9, year: undefined, pinnedYear: 2023 },
    ]);
    expect(read('امروز (شنبه ۸ جدی) اعلام کرد')).toEqual([{ year: 2024, month: 12, day: 28, relative: true, pinnedYear: 2024 }]);
    // A weekday in another sentence, one that fits no year, or a page with a date: no pin.
    expect(read('It began on Wednesday. September 6 was calm')).toEqual([{ day: 6, month: 9, year: undefined }]);
    expect(read('Guards fired on Thursday, September 6')).toEqual([{ day: 6, month: 9, year: undefined }]);
    expect(readDates(foldForMatch('on Wednesday, September 6'), '2023-09-07')).toEqual([{ day: 6, month: 9, year: undefined }]);
  });
});

describe('weekdaysNamed', () => {
  it('does not take the environment, Russian среда, for Wednesday', () => {
    expect([...weekdaysNamed(foldForMatch('Обстрелы нанесли ущерб окружающей среде, а окружающая среда пострадала.'))]).toEqual([]);
    expect([...weekdaysNamed(foldForMatch('Обстрелы начались в среду.'))]).toEqual([3]);
  });
  it('reads the weekdays a text names on their own, not one that heads a written date', () => {
    expect([...weekdaysNamed(foldForMatch('The attack came on Saturday; on Tuesday, 14 October the talks began.'))]).toEqual([6]);
    expect([...weekdaysNamed(foldForMatch('तालिबान ने शनिवार सुबह हमला किया'))]).toEqual([6]);
  });

  it('reads a German weekday with the part of the day written onto it', () => {
    // Made-up: "On Saturday evening shells hit a village near the border; on Monday morning the crossing stayed shut."
    const named = (s: string) => [...weekdaysNamed(foldForMatch(s))];
    expect(named('Am Samstagabend schlugen Granaten in einem Grenzdorf ein.')).toEqual([6]);
    expect(named('Auch am Montagfrüh blieb der Übergang geschlossen.')).toEqual([1]);
    expect(readDates(foldForMatch('Am Freitagnachmittag griffen Kampfjets an.'), '2025-10-18')).toEqual([
      { year: 2025, month: 10, day: 17, relative: true },
    ]);
    // Not a word that merely starts with a weekday's name.
    expect(named('Die Sonntagsruhe wurde gestört.')).toEqual([]);
  });

  it('reads words that are also a weekday only in a weekday phrase, and no day of Friday prayers', () => {
    const named = (s: string) => [...weekdaysNamed(foldForMatch(s))];
    // ہفتے is also "week", پیر "saint", pazar "market".
    expect(named('گزشتہ ہفتے بھی سرحد پر جھڑپیں ہوئیں')).toEqual([]);
    expect(named('ہفتے کو سرحد پر جھڑپیں ہوئیں')).toEqual([6]);
    expect(named('پیر بابا کے مزار پر زائرین جمع تھے')).toEqual([]);
    expect(named('پیر کے روز فائرنگ ہوئی')).toEqual([1]);
    expect(named('Sınırdaki pazar yerinde top mermisi düştü.')).toEqual([]);
    expect(named('Pazar günü çatışma çıktı.')).toEqual([0]);
    expect(named('Worshippers left Friday prayers when the shelling began.')).toEqual([]);
    expect(named('Cuma namazı sonrası çatışma çıktı.')).toEqual([]);
    expect(named('پس از نماز جمعه درگیری آغاز شد')).toEqual([]);
  });
});
