// @vitest-environment node
// Round 24M: causes of the detector's mistakes on real pages in Arabic script, read as they are (not added to the
// corpus), each fixed for its kind and checked here on pages written for these tests, not taken from any page.
import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize';
import { judge } from './probe-pages';
import { speaksOfRepublic } from './republic-era';

describe('round 24M: Kabul blamed or spoken to on a page about a TTP raid', () => {
  it('keeps an Arabic TTP ambush off topic when Islamabad holds Kabul responsible', () => {
    const verdict = judge('كمين يقتل ثمانية جنود وباكستان تحمل كابول المسؤولية', [
      'قتل ثمانية جنود باكستانيين في كمين نصبه مسلحون من حركة طالبان باكستان في إقليم خيبر بختونخوا.',
      'وطالب الجيش كابول بمنع استخدام أراضيها في الهجمات على باكستان.',
    ]);
    expect(verdict.topic).toBe(false);
  });
  it('keeps an Arabic TTP raid off topic when the sentence that names the TTP names Kabul as the one addressed', () => {
    const verdict = judge('مقتل عشرة جنود في وزيرستان', [
      'صعدت إسلام آباد لهجتها تجاه كابول بعد مقتل عشرة جنود في هجوم تبنته حركة طالبان باكستان في وزيرستان.',
      'وقال مسؤول محلي إن المهاجمين فروا بعد الهجوم.',
    ]);
    expect(verdict.topic).toBe(false);
  });
  it('keeps the two sides trading fire and charges on topic on an Arabic page naming the TTP', () => {
    const verdict = judge('اشتباك على الحدود', [
      'تبادلت قوات باكستان وقوات كابول إطلاق النار على الحدود، واتهم كل طرف الآخر بدعم حركة طالبان باكستان.',
    ]);
    expect(verdict.topic).toBe(true);
  });
  it('keeps Kabul accusing Pakistan of shelling on topic on an Arabic page naming the TTP', () => {
    const verdict = judge('كابول تتهم باكستان', [
      'اتهمت كابول القوات الباكستانية بقصف قرى حدودية بحجة ملاحقة عناصر حركة طالبان باكستان، ما أدى إلى مقتل خمسة مدنيين.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});

describe('round 24M: bombings in Kabul that the Republic blamed on Pakistan', () => {
  it('keeps an Arabic page on a Kabul bombing blamed on Pakistan off topic when it names the Haqqani network', () => {
    const verdict = judge('كابول تتهم باكستان بعد تفجير دام', [
      'قتل أربعون شخصا في تفجير شاحنة ملغومة في العاصمة كابول، وقال مسؤولون إن عناصر من الجيش الباكستاني ساعدت المهاجمين.',
      'وحمّل جهاز الأمن شبكة حقاني التي تعمل من باكستان المسؤولية عن الهجوم.',
    ]);
    expect(verdict.topic).toBe(false);
  });
  it("does not read the Republic's delegation to Pakistan over a Kabul bombing as talks between the two sides", () => {
    const verdict = judge('وفد أفغاني في إسلام آباد', [
      'يزور وفد من الحكومة الأفغانية باكستان لتقديم أدلة على صلة شبكة حقاني بتفجير كابول.',
      'وقال متحدث باكستاني إن الوفد الأفغاني سيجري محادثات مع المسؤولين في إسلام آباد.',
    ]);
    expect(verdict.topic).toBe(false);
  });
  it('keeps a Dari page of the Republic era on topic when Afghan forces and Pakistani forces fight', () => {
    const verdict = judge('درگیری مرزی', [
      'رئیس جمهور اشرف غنی گفت که نیروهای افغان در کنر با نیروهای پاکستانی درگیر شدند و پنج سرباز کشته شدند.',
      'در کابل نیز نشستی درباره این درگیری برگزار شد.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});

describe('round 24M: President Ghani by his full Arabic name', () => {
  it('reads "الرئيس الأفغاني أشرف عبد الغني" as a leader of the Republic in office', () => {
    expect(speaksOfRepublic(foldForMatch('واتهم الرئيس الأفغاني أشرف عبد الغني جماعات في باكستان بالتخطيط للهجوم.'))).toBe(true);
  });
});

describe('round 24M: Arabic air strikes with the article', () => {
  it("keeps Pakistan's air operations inside Afghanistan on topic on an Arabic page naming the TTP", () => {
    const verdict = judge('باكستان: عملياتنا في أفغانستان نجحت', [
      'قال وزير باكستاني إن العمليات الجوية داخل أفغانستان قتلت خمسين مسلحا من حركة طالبان الباكستانية.',
      'وأضاف أن الضربات الجوية ستستمر إذا لزم الأمر.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});
