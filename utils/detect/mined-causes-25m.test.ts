// @vitest-environment node
// Round 25M: round 24M's causes of false alarms on mined Arabic-script pages, fixed again with review 24R's guards.
// The pages here are review 24R's made-up probes (§1, §2, §4) and round 25M's own; none is taken from a real page.
import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize';
import { judge } from './probe-pages';
import { speaksOfRepublic } from './republic-era';

/** Expect a page on topic, and its first event where one is named. */
const onTopic = (title: string, blocks: readonly string[], event?: string) => {
  const verdict = judge(title, blocks);
  expect(verdict.topic).toBe(true);
  if (event) expect(verdict.events[0]?.id).toBe(event);
};
const offTopic = (title: string, blocks: readonly string[]) => expect(judge(title, blocks).topic).toBe(false);

describe('review 24R §1: the two sides’ own clash reports naming the TTP and calling the Afghan side "Kabul"', () => {
  it('keeps an English report of fighting with Kabul’s forces and TTP militants on the offensive', () =>
    onTopic(
      'Pakistan says 23 soldiers killed in border fighting',
      [
        "Pakistan said 23 of its soldiers were killed overnight in fighting with Kabul's forces and TTP militants along the border.",
        'The army said more than 200 attackers were killed.',
      ],
      '2025-10-11-border-offensive',
    ));
  it('keeps jets striking a TTP leader in Kabul on the Kabul strike', () =>
    onTopic(
      'Pakistani jets hit Kabul',
      [
        'Pakistani jets struck targets in Kabul on Thursday night in an attempt to kill TTP leader Noor Wali Mehsud, security sources said.',
      ],
      '2025-10-kabul-strike',
    ));
  it('keeps an Arabic army statement of Kabul’s forces attacking beside TTP fighters on topic', () =>
    onTopic('الجيش الباكستاني: مقتل 23 جنديا في هجوم على الحدود', [
      'قال الجيش الباكستاني إن 23 جنديا قتلوا عندما هاجمت قوات كابول مواقعه على الحدود ليلا إلى جانب مسلحين من حركة طالبان باكستان.',
      'وأضاف أنه قتل أكثر من 200 من المهاجمين في الرد.',
    ]));
  it('keeps an Arabic attack by the forces of Kabul’s authorities, charged with sheltering the TTP, on topic', () =>
    onTopic('اشتباكات على الحدود الباكستانية الأفغانية', [
      'أعلنت باكستان مقتل 23 من جنودها في هجوم شنته قوات سلطات كابول على الحدود، واتهمتها بإيواء حركة طالبان باكستان.',
      'وقالت إسلام آباد إن الرد أسفر عن مقتل أكثر من 200 مهاجم.',
    ]));
  it('keeps an Arabic attack by the forces of the Taliban regime in Kabul and the TTP on topic', () =>
    onTopic('باكستان: استشهاد 23 جنديا', [
      'قال الجيش الباكستاني إن قوات نظام طالبان في كابول وعناصر حركة طالبان باكستان هاجمت الحدود ليلا، وإن 23 جنديا قتلوا.',
      'وأضاف الجيش أنه قتل أكثر من 200 مهاجم.',
    ]));
  it('keeps an Urdu statement of the Kabul regime’s forces attacking with the khawarij on the offensive', () =>
    onTopic(
      'سرحد پر جھڑپیں',
      [
        'آئی ایس پی آر کے مطابق کابل رجیم کی فورسز نے خوارج کے ساتھ مل کر سرحد پر حملہ کیا، 23 جوان شہید ہوئے۔',
        'جوابی کارروائی میں 200 سے زائد حملہ آور مارے گئے۔',
      ],
      '2025-10-11-border-offensive',
    ));
  it('keeps an Urdu attack by Kabul’s forces and TTP fighters on the offensive', () =>
    onTopic(
      'سرحد پر جھڑپیں',
      [
        'پاکستانی فوج نے کہا کہ کابل کی فورسز اور ٹی ٹی پی کے جنگجوؤں نے رات کو حملہ کیا جس میں 23 فوجی شہید ہوئے۔',
        'فوج کے مطابق جوابی کارروائی میں 200 سے زائد حملہ آور مارے گئے۔',
      ],
      '2025-10-11-border-offensive',
    ));
  it('keeps an Urdu attack by Kabul’s forces and the TTP on border posts (چوکیاں) on the offensive', () =>
    onTopic(
      'سرحد پر حملہ',
      ['پاکستانی فوج نے کہا کہ کابل کی فورسز اور ٹی ٹی پی نے سرحدی چوکیاں پر حملہ کیا جس میں 23 فوجی شہید ہوئے۔'],
      '2025-10-11-border-offensive',
    ));
  it('keeps a Pashto attack by the forces of Kabul and TTP fighters on topic', () =>
    onTopic('پر پولې نښتې', ['پاکستاني پوځ وايي چې د کابل ځواکونو او ټي ټي پي جنګیالیو پر پوله برید وکړ او ۲۳ سرتیري ووژل شول.']));
  it('keeps a Dari attack by the forces of Kabul and TTP fighters on topic', () =>
    onTopic('درگیری مرزی', ['ارتش پاکستان گفت نیروهای کابل و جنگجویان تی‌تی‌پی به مرز حمله کردند و ۲۳ سرباز کشته شدند.']));
});

describe('review 24R §2: the Haqqani network named on a page of today’s talks or clashes', () => {
  it('keeps the Istanbul talks on topic when Pakistan asks Kabul to act against the Haqqani network', () =>
    onTopic(
      'Second round of talks in Istanbul',
      [
        'Delegations from Islamabad and Kabul met in Istanbul for a second round of talks on the ceasefire.',
        'Pakistan wants Kabul to act against the TTP and the Haqqani network, officials said.',
      ],
      '2025-10-doha-istanbul-talks',
    ));
  it('keeps the Arabic Istanbul talks on topic beside the Haqqani network', () =>
    onTopic('جولة ثانية من المحادثات في إسطنبول', [
      'التقى وفدا إسلام آباد وكابول في إسطنبول في جولة ثانية من المحادثات بشأن وقف إطلاق النار.',
      'وتطالب باكستان كابول بالتحرك ضد شبكة حقاني، بحسب مسؤولين.',
    ]));
  it('keeps Urdu fire between Kabul and Islamabad on topic beside the Haqqani network', () =>
    onTopic('سرحد پر فائرنگ', [
      'کابل اور اسلام آباد کے درمیان سرحد پر رات بھر شدید فائرنگ ہوئی۔',
      'پاکستان کا کہنا ہے کہ حقانی نیٹ ورک افغان سرزمین استعمال کر رہا ہے۔',
    ]));
  it('keeps Islamabad and Kabul exchanging fire on topic beside the Haqqani network', () =>
    onTopic('Heavy fire on the border', [
      'Islamabad and Kabul exchanged heavy fire along the border overnight, officials said.',
      'Pakistan has long said the Haqqani network operates from Afghan soil.',
    ]));
  it('keeps Kabul’s fighters clashing with Pakistani troops on the offensive beside the Haqqani network', () =>
    onTopic(
      'Fighting on the border',
      [
        'Kabul said its fighters clashed with Pakistani troops overnight and killed 58 soldiers.',
        'Pakistan blames the Haqqani network and the TTP for attacks on its soil.',
      ],
      '2025-10-11-border-offensive',
    ));
  it('keeps talks naming no Kabul whole beside the Haqqani network', () => {
    const verdict = judge('Pakistan and Afghanistan hold talks in Istanbul', [
      'Pakistan and Afghanistan held a second round of talks in Istanbul on the ceasefire.',
      'Islamabad also raised the Haqqani network, officials said.',
    ]);
    expect(verdict.topic).toBe(true);
    expect(verdict.events[0]?.id).toBe('2025-10-doha-istanbul-talks');
    // Its talks sentence is counted: the same page without the network scores the same.
    const without = judge('Pakistan and Afghanistan hold talks in Istanbul', [
      'Pakistan and Afghanistan held a second round of talks in Istanbul on the ceasefire.',
      'Islamabad also raised the matter, officials said.',
    ]);
    expect(verdict.score).toBe(without.score);
  });
});

describe('review 24R §4: Arabic words of flying that are no strike across the border', () => {
  it('keeps airline news of air operations at Kabul airport off topic', () =>
    offTopic('استئناف الرحلات بين إسلام آباد وكابول', [
      'أعلنت الخطوط الجوية الدولية الباكستانية استئناف رحلاتها إلى كابول، وقالت سلطة الطيران إن العمليات الجوية في مطار كابول عادت إلى طبيعتها.',
      'وكانت الرحلات قد توقفت بعد سيطرة طالبان على العاصمة.',
    ]));
  it('keeps a TTP raid whose attackers the air force chased off topic', () =>
    offTopic('هجوم في وزيرستان', [
      'قتل عشرة جنود باكستانيين في هجوم لحركة طالبان باكستان في وزيرستان، وقال الجيش إن سلاح الجو شارك في ملاحقة المهاجمين قرب الحدود الأفغانية.',
    ]));
  it('keeps Pakistan’s air operations against the TTP in North Waziristan off topic', () =>
    offTopic('عمليات جوية في وزيرستان', [
      'قال الجيش الباكستاني إن العمليات الجوية في شمال وزيرستان قتلت عشرين مسلحا من حركة طالبان باكستان قرب الحدود مع أفغانستان.',
    ]));
});

describe('round 25M: Kabul blamed, or beside a raid the TTP owns, on a page about that raid', () => {
  it('keeps an Arabic TTP ambush off topic when Islamabad holds Kabul responsible', () =>
    offTopic('كمين يقتل ثمانية جنود وباكستان تحمل كابول المسؤولية', [
      'قتل ثمانية جنود باكستانيين في كمين نصبه مسلحون من حركة طالبان باكستان في إقليم خيبر بختونخوا.',
      'وطالب الجيش كابول بمنع استخدام أراضيها في الهجمات على باكستان.',
    ]));
  it('keeps an Arabic raid the TTP claimed off topic when its sentence names Kabul as the one addressed', () =>
    offTopic('مقتل عشرة جنود في وزيرستان', [
      'صعدت إسلام آباد لهجتها تجاه كابول بعد مقتل عشرة جنود في هجوم تبنته حركة طالبان باكستان في وزيرستان.',
      'وقال مسؤول محلي إن المهاجمين فروا بعد الهجوم.',
    ]));
  it('keeps clashes with Kabul on topic though the sentence names an attack the TTP claimed', () =>
    onTopic('اشتباكات على الحدود', ['اندلعت اشتباكات ليلا على الحدود بين القوات الباكستانية وكابول بعد هجوم تبنته حركة طالبان باكستان.']));
  it('keeps clashes with Kabul on topic though the sentence accuses Kabul of sheltering the TTP', () =>
    onTopic('اشتباكات على الحدود', [
      'قالت باكستان إن اشتباكات عنيفة اندلعت ليلا على الحدود مع كابول، واتهمتها بإيواء حركة طالبان باكستان.',
    ]));
  it('keeps the two sides trading fire and charges on topic on an Arabic page naming the TTP', () =>
    onTopic('اشتباك على الحدود', ['تبادلت قوات باكستان وقوات كابول إطلاق النار على الحدود، واتهم كل طرف الآخر بدعم حركة طالبان باكستان.']));
  it('keeps Kabul accusing Pakistan of shelling on topic on an Arabic page naming the TTP', () =>
    onTopic('كابول تتهم باكستان', [
      'اتهمت كابول القوات الباكستانية بقصف قرى حدودية بحجة ملاحقة عناصر حركة طالبان باكستان، ما أدى إلى مقتل خمسة مدنيين.',
    ]));
});

describe('round 25M: bombings in Kabul that the Republic blamed on Pakistan', () => {
  it('keeps an Arabic page on a Kabul bombing the Afghan president blamed on Pakistan off topic', () =>
    offTopic('كابول تتهم باكستان بعد تفجير دام', [
      'قتل أربعون شخصا في تفجير شاحنة ملغومة في العاصمة كابول، وقال الرئيس الأفغاني إن عناصر من الجيش الباكستاني ساعدت المهاجمين.',
    ]));
  it("does not read the Republic's delegation to Pakistan over a Kabul bombing as talks between the two sides", () =>
    offTopic('أدلة على تفجير كابول', [
      'يزور وفد أفغاني باكستان حاملا رسالة من الرئيس الأفغاني بشأن تفجير كابول.',
      'وقال متحدث باكستاني إن الوفد سيجري محادثات مع المسؤولين في إسلام آباد.',
    ]));
  it('does not count talks of a delegation from Kabul on such bombings, on a page of the Afghan president, as the two sides’', () => {
    const verdict = judge('محادثات في إسلام آباد', [
      'أجرى وفد من كابول محادثات مع مسؤولين في إسلام آباد بشأن تفجيرات العاصمة، وحمل الوفد رسالة من الرئيس الأفغاني.',
    ]);
    expect(verdict.topic).toBe(false);
    expect(verdict.score).toBe(0);
  });
  it('keeps a Dari page of the Republic era on topic when Afghan forces and Pakistani forces fight', () =>
    onTopic('درگیری مرزی', [
      'رئیس جمهور اشرف غنی گفت که نیروهای افغان در کنر با نیروهای پاکستانی درگیر شدند و پنج سرباز کشته شدند.',
      'در کابل نیز نشستی درباره این درگیری برگزار شد.',
    ]));
  it('reads President Ghani by his full Arabic name, and the Afghan president in office, as the Republic', () => {
    expect(speaksOfRepublic(foldForMatch('واتهم الرئيس أشرف عبد الغني جماعات في باكستان بالتخطيط للهجوم.'))).toBe(true);
    expect(speaksOfRepublic(foldForMatch('Pakistan received a message from the Afghan president on Monday.'))).toBe(true);
    expect(speaksOfRepublic(foldForMatch('وقال الرئيس الأفغاني السابق إن الحرب يجب أن تتوقف.'))).toBe(false);
  });
});

describe('round 25M: Arabic strikes from the air', () => {
  it("keeps Pakistan's air operations inside Afghanistan on topic on an Arabic page naming the TTP", () =>
    onTopic('باكستان: عملياتنا في أفغانستان نجحت', [
      'قال وزير باكستاني إن العمليات الجوية داخل أفغانستان قتلت خمسين مسلحا من حركة طالبان الباكستانية.',
    ]));
  it('keeps Arabic air strikes with the article on topic on a page naming the TTP', () =>
    onTopic('باكستان تواصل الضربات', ['قال وزير باكستاني إن الضربات الجوية على مخابئ حركة طالبان باكستان في أفغانستان قتلت خمسين مسلحا.']));
  it('keeps the air force striking TTP hideouts across the border on topic', () =>
    onTopic('سلاح الجو الباكستاني', [
      'قال الجيش الباكستاني إن سلاح الجو استهدف مخابئ حركة طالبان باكستان عبر الحدود مع أفغانستان وقتل ثلاثين مسلحا.',
    ]));
});

describe('round 25M: talks naming no Afghan side by name on a page of the Republic', () => {
  it('counts them as the same page without the Republic counts them', () => {
    const page = (source: string) =>
      judge('Border talks', [`Afghanistan and Pakistan held talks in Istanbul on the border dispute, ${source} said.`]).score;
    expect(page("President Ghani's office")).toBe(page('the foreign office'));
  });
});

describe('round 25M: blasts in Kabul aimed at the TTP’s leader (a problem 24R found in base)', () => {
  it('shows the Kabul strike for blasts in Kabul that Pakistani officials say targeted Noor Wali Mehsud', () =>
    onTopic(
      'Blasts in Kabul',
      [
        'Two loud blasts were heard in Kabul late on Thursday, and Pakistani officials said the target was TTP chief Noor Wali Mehsud.',
        'Taliban spokesman Zabihullah Mujahid said there was no damage.',
      ],
      '2025-10-kabul-strike',
    ));
  it('shows the Kabul strike for the same blasts told in Arabic', () =>
    onTopic(
      'انفجاران في كابول',
      [
        'هز انفجاران العاصمة كابول ليل الخميس، وقالت مصادر أمنية باكستانية إن الهدف كان زعيم حركة طالبان باكستان نور ولي محسود.',
        'وحذرت حكومة كابول باكستان من العواقب.',
      ],
      '2025-10-kabul-strike',
    ));
  it('keeps a blast inside Pakistan, near the border, that officials blame on the TTP’s leader off topic', () =>
    offTopic('Blast in Bajaur', [
      'A blast near the Afghan border in Bajaur killed five people, and Pakistani officials said TTP chief Noor Wali Mehsud had ordered it.',
      'The TTP did not comment.',
    ]));
});
