// @vitest-environment node
// Review 25R2's made-up pages (its own words) of findings 1-5 and 7, with the verdict it says they should give.
import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize';
import { judge } from './probe-pages';
import { speaksOfRepublic } from './republic-era';
const notEvent = (title: string, blocks: readonly string[], event: string) => expect(judge(title, blocks).events[0]?.id).not.toBe(event);
const onTopic = (title: string, blocks: readonly string[]) => expect(judge(title, blocks).topic).toBe(true);
const offTopic = (title: string, blocks: readonly string[]) => expect(judge(title, blocks).topic).toBe(false);

describe('1. blasts beside Noor Wali Mehsud and an Afghan place are read as the Kabul strike', () => {
  // Review 25R4: the blasts he survived in Kabul are the strike, though no word says he was the target.
  it('blasts in Kabul that TTP chief Noor Wali Mehsud survived are the Kabul strike', () =>
    expect(
      judge('Explosions in Kabul', [
        'Two explosions rocked Kabul on Thursday night, and Taliban spokesman Zabihullah Mujahid said the incident was being investigated.',
        'Security officials in Pakistan said TTP chief Noor Wali Mehsud survived the blasts in Kabul.',
      ]).events[0]?.id,
    ).toBe('2025-10-kabul-strike'));
  it('a Peshawar bombing blamed on him, "who lives in Kabul", is not the Kabul strike', () =>
    notEvent(
      'Peshawar blast kills 12',
      ['Pakistan blamed the Peshawar blast that killed 12 people on TTP chief Noor Wali Mehsud, who it says lives in Kabul.'],
      '2025-10-kabul-strike',
    ));
  it('a roadside blast in Paktika that killed a TTP commander is not the Kabul strike', () =>
    notEvent(
      'TTP commander killed in Afghanistan',
      [
        'A roadside blast in Paktika killed senior TTP commander Omar Khalid Khorasani and two aides, and TTP chief Noor Wali Mehsud vowed revenge on Pakistan.',
      ],
      '2025-10-kabul-strike',
    ));
  it('a mosque bombing in Kabul he condemned is not the Kabul strike', () =>
    notEvent(
      'Mosque blast in Kabul',
      [
        'Noor Wali Mehsud, chief of the TTP, which Pakistan accuses Kabul of sheltering, condemned the explosion at a Kabul mosque that killed 10 worshippers.',
      ],
      '2025-10-kabul-strike',
    ));
  it('an Arabic madrassa blast in Khost is not the Kabul strike', () =>
    notEvent(
      'انفجار في خوست',
      ['قتل 8 طلاب في انفجار بمدرسة دينية في خوست، واتهم زعيم حركة طالبان باكستان نور ولي محسود باكستان بالوقوف وراءه.'],
      '2025-10-kabul-strike',
    ));
});

describe('2. one "Afghan president" anywhere turns a clash report off topic', () => {
  it('an aside about "an Afghan president" keeps the clash report on topic', () =>
    onTopic('Heavy fire on the border', [
      'Islamabad and Kabul traded heavy fire along the border overnight, and Pakistan said 23 of its soldiers were killed.',
      'Kabul said 58 Pakistani soldiers died in the fighting.',
      'Analysts recalled that an Afghan president once called the two countries conjoined twins.',
    ]));
  it('a 2017 background line on President Ghani keeps the clash report on topic', () =>
    onTopic('Heavy fire on the Pakistan-Afghanistan border', [
      'Islamabad and Kabul traded heavy fire along the border overnight, and Pakistan said 23 of its soldiers were killed.',
      'Kabul said 58 Pakistani soldiers died in the fighting.',
      'Relations were tense even in 2017, when Afghan President Ashraf Ghani accused Pakistan of backing the insurgents.',
    ]));
  it('Urdu "افغان صدر مقام" (the Afghan capital) is no president', () =>
    onTopic('پاک افغان سرحد پر جھڑپیں', [
      'پاکستان اور کابل کے درمیان سرحد پر رات بھر شدید جھڑپیں ہوئیں جن میں 23 فوجی شہید ہوئے۔',
      'افغان صدر مقام کابل سے طالبان حکومت نے کہا کہ 58 پاکستانی فوجی مارے گئے۔',
    ]));
});

describe('3. the Afghan side claiming its attacks, or a word inside another, reads as the TTP’s own raid', () => {
  it('Arabic منصبه (his post) is no ambush the TTP laid (نصبه)', () =>
    onTopic('باكستان: مقتل 23 جنديا على الحدود', [
      'قال وزير الدفاع الباكستاني، الذي تولى منصبه العام الماضي، إن 23 جنديا قتلوا في الهجمات الليلية على الحدود، وإن كابول تؤوي حركة طالبان باكستان.',
    ]));
  it('Kabul claiming its reply (Urdu ذمہ داری قبول) stays on topic', () =>
    onTopic('کابل کا دعویٰ', [
      'کابل نے سرحد پر رات کی جوابی کارروائی کی ذمہ داری قبول کی، جو ٹی ٹی پی کے ٹھکانوں پر پاکستانی کارروائی کا جواب تھی، اور کہا کہ 58 پاکستانی فوجی مارے گئے۔',
    ]));
  it('Kabul claiming its night attacks (Turkish üstlendi) stays on topic', () =>
    onTopic('Kabil 58 askerin öldürüldüğünü açıkladı', [
      "Kabil yönetimi, Pakistan mevzilerine yönelik gece saldırılarını üstlendi ve bunun TTP'ye yönelik baskınlara yanıt olduğunu, 58 askerin öldürüldüğünü açıkladı.",
    ]));
});

describe('4. Arabic-script charges with a noun of attacks (هجمات, حملوں) drop the clash', () => {
  it('Kabul accusing Pakistan’s army of killing civilians in night attacks stays on topic (Kabul accuses)', () =>
    onTopic('كابول تتهم باكستان بقتل مدنيين', [
      'اتهمت كابول الجيش الباكستاني بقتل 12 مدنيا في هجمات ليلية على الحدود، فيما قالت إسلام آباد إنها استهدفت مخابئ حركة طالبان باكستان.',
    ]));
  it('Pakistan holding Kabul responsible for attacks on its border positions stays on topic', () =>
    onTopic('باكستان تحمل كابول المسؤولية', [
      'قالت باكستان إن 23 جنديا قتلوا في هجمات على مواقعها الحدودية ليلا، وحملت كابول المسؤولية، مشيرة إلى حركة طالبان باكستان.',
    ]));
  it('Urdu ISPR: soldiers martyred in attacks (حملوں) on the border stays on topic, as with حملے', () =>
    onTopic('سرحد پر حملے', [
      'آئی ایس پی آر نے کہا کہ رات کو سرحد پر حملوں میں 23 فوجی شہید ہوئے اور کابل پر ٹی ٹی پی کو پناہ دینے کا الزام لگایا۔',
    ]));
});

describe('5. the Arabic air force striking inside Pakistan is no strike across the border', () => {
  it('the air force shelling TTP hideouts in North Waziristan stays off topic', () =>
    offTopic('مقتل 20 مسلحا في وزيرستان', [
      'قال الجيش الباكستاني إن سلاح الجو قصف مخابئ حركة طالبان باكستان في شمال وزيرستان قرب الحدود الأفغانية، وقتل 20 مسلحا.',
    ]));
  it('the air force hitting militants in Bajaur stays off topic', () =>
    offTopic('مقتل 20 مسلحا في باجور', [
      'قال الجيش الباكستاني إن سلاح الجو استهدف مواقع المسلحين في باجور قرب الحدود الأفغانية، وقتل 20 مسلحا.',
    ]));
});

describe('7. "the Kabul regime" warned on an Urdu TTP raid page is no Afghan fighter', () => {
  it('a khawarij raid in Kurram, the TTP claiming it, stays off topic', () =>
    offTopic('کرم میں حملہ', [
      'آئی ایس پی آر کے مطابق کرم میں خوارج کے حملے میں 10 جوان شہید ہوئے، اور کابل رجیم کو خبردار کیا گیا کہ ایسے حملوں کا جواب دیا جائے گا۔ ٹی ٹی پی نے ذمہ داری قبول کی۔',
    ]));
});

describe('round 25M2: the guards of these fixes', () => {
  it('keeps a Taliban attack whose page holds Kabul responsible off topic (attacks, but none on the border)', () =>
    offTopic('هجوم في وزيرستان', ['قتل ثمانية جنود باكستانيين في هجوم لحركة طالبان باكستان، وإسلام آباد تحمل كابول المسؤولية.']));
  it('reads the Republic from the title for every paragraph', () =>
    offTopic('Afghan president blames Pakistan for Kabul bombing', [
      'A truck bomb in Kabul killed 40 people, and officials said elements of the Pakistani army had helped the attackers.',
    ]));
  it('reads no president in Urdu "افغان صدر مقام" (the Afghan capital)', () =>
    expect(speaksOfRepublic(foldForMatch('افغان صدر مقام کابل سے طالبان حکومت نے بیان جاری کیا۔'))).toBe(false));
  it('reads a raid the TTP claimed as its own though Kabul is named before the claim', () =>
    offTopic('Raid in Bannu', [
      'Islamabad warned Kabul after the TTP claimed responsibility for the ambush near the border in Bannu that killed 10 soldiers.',
    ]));
});
