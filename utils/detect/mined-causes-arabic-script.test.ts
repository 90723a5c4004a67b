// @vitest-environment node
// Round 22MA: causes of the detector's mistakes on real pages in Arabic script (Urdu, Pashto, Dari, Arabic) read as they
// are (not added to the corpus), each fixed for its kind and checked here on pages written for these tests, not taken
// from any real page.
import { describe, expect, it } from 'vitest';
import { type Probe, judge } from './probe-pages';

// Pakistan's own reports of the clashes name the Afghan side's fighters beside the "khawarij" (its name for the TTP) and
// call the dead "terrorists": the words of a raid describe who fought, the page reports the two sides fighting.
const FIGHTERS_WITH_KHAWARIJ: readonly Probe[] = [
  {
    name: 'ur: the Afghan Taliban and the khawarij fire on posts, the army answers',
    title: 'سرحد پر افغان طالبان کی جارحیت کا جواب',
    blocks: [
      'سیکیورٹی ذرائع کے مطابق رات گئے افغان طالبان اور خوارج نے مل کر کرم کے قریب پاکستانی چوکیوں پر بھاری ہتھیاروں سے فائرنگ کی۔',
      'پاک فوج نے جوابی کارروائی میں افغانستان کی کئی چوکیاں تباہ کر دیں اور دراندازی کرنے والے درجنوں دہشت گرد مارے گئے۔',
      'ذرائع کا کہنا ہے کہ خوارج کی دراندازی کی کوشش بھی ناکام بنا دی گئی۔',
    ],
  },
  {
    name: 'ur: Afghan forces and terrorist groups with them attack, Pakistan destroys Afghan posts',
    title: 'افغان فورسز کا حملہ ناکام',
    blocks: [
      'افغان فورسز اور ان کے ساتھ موجود دہشت گرد گروہوں نے پاکستانی چوکیوں پر حملہ کیا۔',
      'پاک فوج کی جوابی کارروائی میں افغان فورسز کی کئی چوکیاں تباہ ہوئیں اور درجنوں خوارج مارے گئے۔',
      'ذرائع کے مطابق دہشت گرد لاشیں چھوڑ کر فرار ہو گئے۔',
    ],
  },
];

describe('round 22MA: the Afghan side fighting beside the "khawarij"', () => {
  for (const probe of FIGHTERS_WITH_KHAWARIJ)
    it(`stays on topic: ${probe.name}`, () => {
      expect(judge(probe.title, probe.blocks).topic).toBe(true);
    });
  it('reads a report whose headline and clash sentences call the attackers khawarij, beside the Afghan Taliban', () => {
    // The words of a raid are in the headline and in each sentence of fighting: counted, they would make the page the
    // TTP's raid, though its fighting is the Afghan Taliban's and Pakistan's.
    const verdict = judge('خوارج کی دراندازی ناکام، سیکیورٹی فورسز کا جواب', [
      'سیکیورٹی ذرائع کا کہنا ہے کہ تقریباً بیس خوارج دہشت گردوں نے افغان طالبان کی چوکیوں کی آڑ میں سرحد پار دراندازی کی کوشش کی جسے ناکام بنا دیا گیا۔',
      'خوارج اور افغان طالبان نے مل کر پاکستانی چوکیوں پر بھاری ہتھیاروں سے فائرنگ کی جس کا پاک فوج نے بھرپور جواب دیا۔',
      'جوابی گولہ باری کے بعد افغان طالبان اپنی چوکیاں خالی کر کے پیچھے ہٹ گئے۔',
    ]);
    expect(verdict.topic).toBe(true);
  });
  it('keeps a raid inside Pakistan off topic when the Afghan Taliban appear only in a story of their own', () => {
    const verdict = judge('Suicide attack on police in Bannu', [
      'A suicide bomber attacked a police station in Bannu on Tuesday, killing four policemen, officials said. The Pakistani Taliban claimed the attack.',
      "In a separate incident, an Afghan Taliban commander's brother was killed in a suicide attack in Helmand.",
      'Pakistan says the TTP operates from Afghanistan.',
    ]);
    expect(verdict.topic).toBe(false);
  });
});

// Dari writes the TTP as "the Taliban of Pakistan" (طالبان پاکستان) too, but the same two words begin "the Taliban
// accused Pakistan" (… را متهم کرد) in Dari and "the Afghan Taliban … Pakistan's posts" in Urdu: 22MA read them as the
// TTP and the review after wave 14 took that out (only طالبان پاکستانی, with its ی, is the TTP).
describe('Dari and Urdu "طالبان پاکستان" beginning a sentence of the two sides', () => {
  it("reads the Afghan Taliban attacking Pakistan's posts (Urdu) as the clash", () => {
    const verdict = judge('کرم میں سرحدی چوکیوں پر حملہ', [
      'سیکیورٹی ذرائع کے مطابق افغان طالبان پاکستان کی چوکیوں پر حملہ کر رہے تھے کہ جوابی کارروائی کی گئی۔',
    ]);
    expect(verdict.topic).toBe(true);
  });
  it('still reads a clash between Taliban forces and Pakistan, the two named apart', () => {
    const verdict = judge('درگیری مرزی در خوست', ['شب گذشته میان نیروهای طالبان و پاکستان در ولسوالی زازی میدان خوست درگیری شدید رخ داد.']);
    expect(verdict.topic).toBe(true);
  });
  it('still reads a clash page where "the Taliban accused Pakistan" (طالبان پاکستان را … متهم کرد)', () => {
    const verdict = judge('حکومت طالبان پاکستان را متهم کرد', [
      'حکومت طالبان پاکستان را به حملات هوایی در پکتیکا متهم کرد و گفت که در این حملات ۱۰ غیرنظامی کشته شدند.',
      'سخنگوی طالبان گفت که نیروهای طالبان در پاسخ به پوسته‌های پاکستانی در امتداد خط دیورند حمله کردند.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});

// Pashto names rockets and missiles توغندي (توغندیو, توغندیز برید): Pakistan's fire on Kunar is told in that word.
describe('round 22MA: Pashto rockets fired across the Durand Line', () => {
  it('reads rockets from Pakistan landing in Kunar as a clash', () => {
    const verdict = judge('کونړ کې توغندي', [
      'د کونړ امنیه قوماندان وايي چې له پاکستانه پر دانګام ولسوالۍ شپېته توغندي توغول شوي او یو ماشوم وژل شوی دی.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});

// The Taliban's charge on clash pages names the Islamic State's Khorasan branch as داعش خراسان ("Pakistan shelters
// it"): 22MA made the name the TTP look-alike's word, and the review after wave 14 took it out.
describe('"داعش خراسان" in the Taliban\'s charge on a clash page', () => {
  it('keeps a Dari clash page whose spokesman accuses Pakistan of sheltering it on topic', () => {
    const verdict = judge('درگیری در اسپین بولدک', [
      'شب گذشته نیروهای طالبان و نظامیان پاکستانی در اسپین بولدک با سلاح سنگین درگیر شدند.',
      'سخنگوی طالبان گفت پاکستان به اعضای داعش خراسان پناه می‌دهد و از خاک خود علیه افغانستان استفاده می‌کند.',
      'او افزود داعش خراسان در مناطق قبایلی پاکستان مراکز آموزشی دارد.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});

// Negotiations (مذاکرات) are words of talks, not of fighting: diplomacy between Pakistan and the Taliban government with
// no fighting on the page (an inclusive government, trade, visits) is neither a clash nor talks about one.
describe('round 22MA: Dari and Urdu "negotiations" are no word of armed action', () => {
  it('keeps Pakistan opening talks with the Taliban on a new government off topic', () => {
    const verdict = judge('گفتگوی پاکستان با طالبان', [
      'نخست وزیر پاکستان اعلام کرد که مذاکرات با طالبان برای تشکیل یک دولت فراگیر در افغانستان را آغاز کرده است.',
      'وزیر اطلاع رسانی پاکستان در گفتگویی در اسلام آباد گفت که ثبات افغانستان به نفع همه منطقه است.',
    ]);
    expect(verdict.topic).toBe(false);
  });
  it('keeps talks between the two sides after the border clashes on topic', () => {
    const verdict = judge('مذاکرات استانبول', [
      'هیئت‌های پاکستان و طالبان پس از درگیری‌های مرزی خونین در استانبول مذاکرات را از سر گرفتند تا آتش‌بس را تثبیت کنند.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});

// Arabic counts 11 to 99 in the accusative singular ("مقتل 24 مسلحاً", 24 militants killed), but the same word is
// "armed" in "اشتباكاً مسلحاً" (an armed clash), and Dari مسلحانه and Urdu مسلحانہ (armed) begin with it: 22MA made it
// the raid look-alike's word, and the review after wave 14 took it out.
describe('Arabic "مسلحاً" and the words that begin with it', () => {
  it('reads an armed clash (Arabic اشتباكاً مسلحاً, Dari مسلحانه, Urdu مسلحانہ) at Torkham as the clash', () => {
    const pages: [string, string[]][] = [
      [
        'اشتباكات حدودية بين باكستان وأفغانستان',
        [
          'خاضت القوات الباكستانية اشتباكاً مسلحاً مع قوات طالبان الأفغانية قرب معبر تورخم الحدودي.',
          'وقال مسؤولون إن الجانبين تبادلا إطلاق النار بالأسلحة الثقيلة لساعات.',
        ],
      ],
      [
        'درگیری مسلحانه در مرز تورخم',
        [
          'درگیری مسلحانه میان نیروهای طالبان و نظامیان پاکستانی در گذرگاه تورخم از دیشب ادامه دارد.',
          'منابع محلی گفتند که دو طرف با سلاح‌های سنگین به سوی یکدیگر شلیک کردند.',
        ],
      ],
      [
        'طورخم پر مسلحانہ جھڑپ',
        [
          'طورخم سرحد پر افغان طالبان اور پاکستانی فورسز کے درمیان مسلحانہ جھڑپ ہوئی۔',
          'ذرائع کے مطابق دونوں جانب سے بھاری ہتھیاروں سے فائرنگ کی گئی۔',
        ],
      ],
    ];
    for (const [title, blocks] of pages) expect(judge(title, blocks).topic).toBe(true);
  });
  it('still reads Afghan Taliban fighters counted as "مسلحاً" in strikes on Khost as the clash', () => {
    const verdict = judge('ضربات باكستانية على خوست', [
      'أعلن وزير الإعلام الباكستاني مقتل 40 مسلحاً من حركة طالبان الأفغانية في ضربات جوية على مواقع حدودية في ولاية خوست.',
      'وردت قوات طالبان بقصف مواقع للجيش الباكستاني على خط دوراند.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});

// Round 23M: causes found on real pages in Arabic script mined in session 23 (read as they are, not added to the
// corpus), each checked on pages written for these tests.
describe('round 23M: Dari "طالبان پاکستان" as the actor of a raid is the TTP', () => {
  it('keeps a raid in Waziristan the Taliban of Pakistan claimed off topic', () => {
    const verdict = judge('کشته شدن سربازان در میرعلی', [
      'سه سرباز پاکستانی در کمینی در وزیرستان شمالی کشته شدند و طالبان پاکستان مسئولیت آن را پذیرفتند.',
      'از زمان پایان آتش‌بس میان دولت و طالبان پاکستان، حملات بر پاسگاه‌های امنیتی بیشتر شده است.',
    ]);
    expect(verdict.topic).toBe(false);
  });
  it('still reads "the Taliban accused Pakistan" (… را) and "with Pakistan" (… با) on a clash page as the two sides', () => {
    const verdict = judge('تیراندازی در مرز', [
      'طالبان پاکستان را به شلیک خمپاره بر روستاهای کنر متهم کردند و گفتند نیروهایشان پاسخ دادند.',
      'به گفته مقام‌های محلی، نیروهای طالبان با نظامیان پاکستانی در دانگام کنر درگیر شدند.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});

// Urdu writes India and the Line of Control in English loanwords too: a LoC sector that shares its name with an Afghan
// district (Shahkot) made a LoC exchange of fire look like the Afghan side fighting Pakistan.
describe('round 23M: Urdu "انڈین فوج" on the Line of Control', () => {
  it('keeps fire across the Line of Control in a sector named Shahkot off topic', () => {
    const verdict = judge('لائن آف کنٹرول پر فائرنگ', [
      'کنٹرول لائن پر پاکستان اور انڈیا کی فوجوں میں فائرنگ کا تبادلہ ہوا جب انڈین فوج نے لیپا اور شاہ کوٹ سیکٹرز میں دیہات پر گولہ باری کی۔',
      'آئی ایس پی آر کے مطابق پاکستانی فوج نے انڈین چوکیوں کو نشانہ بنا کر جواب دیا اور دو انڈین فوجی مارے گئے۔',
    ]);
    expect(verdict.topic).toBe(false);
  });
});

// Dari calls the Taliban of a raid inside Pakistan "insurgents" (شورشیان طالبان): a state's forces at the border are
// never called so. Without a look-alike word the raid, which names "the Taliban" and Waziristan, read as the clash.
describe('round 23M: Dari "شورشیان" (insurgents) mark a raid inside Pakistan', () => {
  it('keeps insurgents of the Taliban attacking an army post near Makin off topic', () => {
    const verdict = judge('حمله بر پاسگاه در وزیرستان', [
      'شورشیان طالبان شب گذشته با راکت به یک پاسگاه ارتش پاکستان در نزدیکی مکین وزیرستان حمله کردند و شش سرباز را کشتند.',
      'در این درگیری ده شورشی نیز کشته شدند.',
    ]);
    expect(verdict.topic).toBe(false);
  });
});

// The Islamic State's Khorasan branch claiming the attack names the raid's actor, as the TTP's name does: the page's
// other sentences of fighting near "the Afghan border" tell that raid, not the two sides.
describe('round 23M: the Khorasan branch claiming an attack on a Pakistani post', () => {
  it('keeps a Dari report of the branch claiming a raid in Bajaur off topic', () => {
    const verdict = judge('حمله بر پاسگاه مرزی در باجور', [
      'داعش خراسان مسئولیت حمله شب گذشته بر یک پاسگاه مرزی پاکستان در باجور را بر عهده گرفت که در آن پنج سرباز کشته شدند.',
      'مقام‌های پاکستانی گفتند درگیری با مهاجمان در نزدیکی مرز افغانستان چند ساعت ادامه داشت.',
    ]);
    expect(verdict.topic).toBe(false);
  });
  it('still reads a clash page where the Taliban say Pakistan shelters the branch as the clash', () => {
    const verdict = judge('درگیری در اسپین بولدک', [
      'شب گذشته نیروهای طالبان و نظامیان پاکستانی در اسپین بولدک با سلاح سنگین درگیر شدند.',
      'سخنگوی طالبان گفت پاکستان به داعش خراسان پناه می‌دهد.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});

// A report of the US drone war names the American drone once; its later sentences tell "a second strike" on a car near
// Miranshah, "the Taliban" and Waziristan with it: without the drone's words they read as Pakistan striking the Taliban.
describe('round 23M: the later strikes of a US drone report', () => {
  it('keeps an Arabic report of two drone strikes in North Waziristan off topic', () => {
    const verdict = judge('غارتان في وزيرستان', [
      'قال مسؤولون أمنيون إن طائرة أمريكية من دون طيار أطلقت صاروخين على منزل في شمال وزيرستان قرب الحدود الأفغانية فقتلت أربعة من عناصر طالبان. وبعد ساعة استهدفت غارة ثانية سيارة قرب ميران شاه وقتلت ثلاثة آخرين من طالبان.',
    ]);
    expect(verdict.topic).toBe(false);
  });
  it('still reads Pakistani strikes on Paktika as the clash when the page speaks of US drones too', () => {
    const verdict = judge('غارات على بكتيكا', [
      'اتهمت حكومة طالبان باكستان بشن غارات جوية على ولاية بكتيكا قتلت تسعة مدنيين، وقالت إن طائرات أمريكية من دون طيار تعبر الأجواء الباكستانية.',
      'وقال المتحدث ذبيح الله مجاهد إن القوات الأفغانية ردت على المواقع الباكستانية على طول خط ديورند.',
    ]);
    expect(verdict.topic).toBe(true);
  });
});

// Review 23R: Pashto takes the object of "accuse" bare, so "طالبان پاکستان تورنوي" (the Taliban accuse Pakistan) is
// no TTP name: the page scores as one naming Islamabad.
describe('review 23R: the Taliban accusing Pakistan, in Pashto', () => {
  it('reads "طالبان پاکستان تورنوي" as the Taliban and Pakistan', () => {
    const page = (accused: string) =>
      judge('په کونړ کې بمبار', [
        `طالبان ${accused} تورنوي چې د کونړ ولایت یې بمبار کړی او درې ملکیان یې وژلي دي.`,
        'ذبیح الله مجاهد وویل چې افغان ځواکونو د پاکستان پوستې په نښه کړې.',
      ]);
    expect(page('پاکستان').score).toBe(page('اسلام اباد').score);
  });
});
