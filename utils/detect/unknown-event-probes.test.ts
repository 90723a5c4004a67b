// @vitest-environment node
// Made-up clash pages about clashes the dataset does not hold (round 16U): a firefight at a crossing on a day no event
// covers, strikes in a month no event covers, counts close to an event's claims, a weekday of an event's first day in
// another year, a new clash "the worst since October" or "a day after" an event, and an event's own page with that
// event removed (leave-one-out). Each must show no event: a wrong event shown is worse than none. Written for these
// tests in English, Urdu, Pashto, Dari, Arabic, Russian and German, not taken from any page of the corpus.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { buildModel, type DetectionModel } from './analyze';
import { detectPage, offTopic, reportOfBlocks } from './detect-page';

const dataset = loadDataset();
const model = buildModel(dataset);
const without = (id: string) => buildModel({ ...dataset, events: dataset.events.filter((e) => e.id !== id) }, model.gate);
const judge = (probe: Probe, m: DetectionModel) =>
  detectPage(reportOfBlocks([probe.title, ...probe.blocks], { title: probe.title, published: probe.published }), m.gate, () => m) ??
  offTopic();

interface Probe {
  name: string;
  title: string;
  blocks: readonly string[];
  published?: string;
  /** The event the page reports, removed from the dataset for the leave-one-out check. */
  missing?: string;
  /** The page is also shown that event while the dataset holds it (some short pages fall silent even then). */
  holds?: boolean;
}

const UNKNOWN: readonly Probe[] = [
  // ── English ──
  {
    name: 'en: Torkham firefight on a June day no event covers',
    title: 'Torkham crossing shut after Pakistani and Afghan guards trade fire',
    published: '2023-06-14',
    blocks: [
      'LANDI KOTAL: Pakistani and Afghan border forces exchanged fire at the Torkham crossing on Wednesday, 14 June 2023, officials said.',
      'The firing began in the afternoon and went on for about an hour, after the Afghan side started repairing an old post near the zero point.',
      'A Pakistani official said two guards were wounded; Taliban officials in Nangarhar did not comment.',
      'Hundreds of trucks were stranded on both sides as the crossing was closed.',
    ],
  },
  {
    name: 'en: Chaman firefight, undated, published in a month no event covers',
    title: 'Exchange of fire at Chaman leaves three wounded',
    published: '2024-07-03',
    blocks: [
      'QUETTA: Pakistani troops and Afghan Taliban forces exchanged fire near the Chaman border crossing late on Tuesday, officials said.',
      'Three civilians were wounded on the Pakistani side and the Friendship Gate was closed to travellers.',
      'Officials in Spin Boldak accused Pakistani forces of firing first.',
    ],
  },
  {
    name: 'en: Kurram clash with counts near but not equal to an event',
    title: 'Nine Afghan Taliban killed in Kurram border clash, security sources say',
    published: '2025-07-09',
    blocks: [
      'PARACHINAR: Pakistani troops and Afghan forces exchanged heavy fire on the Kurram border on Tuesday, security sources said.',
      'Nine Afghan Taliban fighters were killed and 15 wounded when they tried to set up a post near the border, the sources said.',
      'Kabul gave no figures and the Kharlachi crossing was closed.',
    ],
  },
  {
    name: 'en: a new clash called the worst since the October clashes',
    title: 'Heavy fighting on Kurram border, worst since the October clashes',
    published: '2026-06-10',
    blocks: [
      'Pakistani and Afghan forces fought for several hours on the Kurram border on Tuesday night, in the worst fighting since the October clashes.',
      'Two Pakistani soldiers were killed and five wounded, the military said, while Taliban officials said Pakistani shells hit homes in Paktia.',
      'Residents of border villages fled towards Parachinar.',
    ],
  },
  {
    name: 'en: a clash a day after the Urumqi talks ended',
    title: 'Firing at Ghulam Khan a day after the Urumqi talks',
    published: '2026-04-08',
    blocks: [
      'A day after the talks in Urumqi ended, Pakistani and Afghan forces exchanged fire at the Ghulam Khan crossing on Wednesday.',
      'Local officials in Khost said two border guards were wounded and families left their homes.',
      'Neither government commented on the firing.',
    ],
  },
  {
    name: 'en: a weekday of an event day in another year',
    title: 'Border forces trade fire in Kurram',
    blocks: [
      'On Saturday, 28 December 2019, Pakistani and Afghan border forces exchanged fire in Upper Kurram for several hours.',
      'Officials said one soldier was wounded and villagers left their homes near the border.',
    ],
  },
  {
    name: 'en: strikes in Khost in a month no event covers',
    title: 'Afghans say Pakistani strikes hit homes in Khost',
    published: '2025-01-22',
    blocks: [
      'KHOST: Taliban officials said Pakistani aircraft struck homes in the Sperah district of Khost late on Tuesday, 21 January 2025.',
      'Five civilians, including two children, were killed, a spokesman for the governor said.',
      'Pakistan did not comment on the strikes.',
    ],
  },
  // ── Urdu ──
  {
    name: 'ur: Torkham firing in a month no event covers',
    title: 'طورخم سرحد پر پاک افغان فورسز کے درمیان فائرنگ کا تبادلہ',
    published: '2024-06-18',
    blocks: [
      'لنڈی کوتل (نمائندہ) طورخم سرحد پر پاکستانی اور افغان فورسز کے درمیان منگل کی شام فائرنگ کا تبادلہ ہوا۔',
      'حکام کے مطابق فائرنگ ایک گھنٹے تک جاری رہی جس میں ایف سی کا ایک اہلکار زخمی ہوا۔',
      'سرحد ہر قسم کی آمد و رفت کے لیے بند کر دی گئی ہے۔',
    ],
  },
  {
    name: 'ur: Chaman shelling dated in a month no event covers',
    title: 'چمن میں افغان فورسز کی گولہ باری، دو شہری زخمی',
    published: '2025-05-13',
    blocks: [
      'چمن (نامہ نگار) 12 مئی 2025 کی رات افغان طالبان نے چمن سرحد پر پاکستانی چوکیوں پر گولہ باری کی۔',
      'پاک فوج نے بھرپور جوابی کارروائی کی۔ حکام کے مطابق دو شہری زخمی ہوئے۔',
      'باب دوستی آمد و رفت کے لیے بند کر دیا گیا۔',
    ],
  },
  // ── Pashto ──
  {
    name: 'ps: Torkham clash in a month no event covers',
    title: 'په تورخم کې د افغان او پاکستاني ځواکونو ترمنځ نښته',
    published: '2024-04-16',
    blocks: [
      'جلال اباد: د ننګرهار چارواکو ویلي چې د دوشنبې په ورځ په تورخم کې د افغان او پاکستاني ځواکونو ترمنځ ډزې شوې دي.',
      'د چارواکو په وینا په دې نښته کې دوه سرحدي ساتونکي ټپیان شوي او تورخم دروازه وتړل شوه.',
      'پاکستاني لوري تر اوسه څه نه دي ویلي.',
    ],
  },
  {
    name: 'ps: Paktika strikes in a month no event covers',
    title: 'په پکتیکا کې پاکستاني هوايي بریدونه',
    published: '2025-06-04',
    blocks: [
      'د اسلامي امارت ویاند ویلي چې تېره شپه پاکستاني الوتکو د پکتیکا ولایت په برمل ولسوالۍ کې پر کورونو بریدونه کړي دي.',
      'د هغه په وینا په دې بریدونو کې شپږ ملکي وګړي وژل شوي دي.',
      'اسلامي امارت ویلي چې دا برید به بې ځوابه پاتې نه شي.',
    ],
  },
  // ── Dari ──
  {
    name: 'fa: Spin Boldak firing in a month no event covers',
    title: 'درگیری میان نیروهای افغان و پاکستانی در اسپین بولدک',
    published: '2024-02-20',
    blocks: [
      'قندهار: مقامات محلی می‌گویند که شب گذشته میان نیروهای مرزی افغانستان و پاکستان در ولسوالی اسپین بولدک درگیری رخ داده است.',
      'به گفته آنان در این درگیری دو غیرنظامی زخمی شده‌اند و دروازه مرزی بسته شد.',
      'مقامات پاکستانی تاکنون در این باره چیزی نگفته‌اند.',
    ],
  },
  // ── Arabic ──
  {
    name: 'ar: Kurram clash in a month no event covers',
    title: 'اشتباكات بين القوات الباكستانية والأفغانية على حدود كرم',
    published: '2023-08-02',
    blocks: [
      'إسلام آباد (وكالات) قال مسؤولون إن القوات الباكستانية وقوات طالبان الأفغانية تبادلت إطلاق النار في منطقة كرم الحدودية مساء الثلاثاء.',
      'وأضافوا أن جنديين باكستانيين أصيبا بجروح، فيما لم تعلق حكومة طالبان على الحادث.',
      'وأغلق معبر خرلاتشي أمام الحركة.',
    ],
  },
  // ── Russian ──
  {
    name: 'ru: Torkham firefight dated in a month no event covers',
    title: 'На КПП Торхам произошла перестрелка между пограничниками Пакистана и Афганистана',
    published: '2024-11-06',
    blocks: [
      '5 ноября 2024 года пограничники Пакистана и талибы обменялись огнём на пропускном пункте Торхам, сообщили местные власти.',
      'По их словам, ранены двое пакистанских военных. Переход закрыт.',
      'Представители талибов в провинции Нангархар обвинили пакистанскую сторону.',
    ],
  },
  // ── German ──
  {
    name: 'de: Chaman firefight dated in a month no event covers',
    title: 'Schusswechsel an der Grenze zwischen Pakistan und Afghanistan bei Chaman',
    published: '2023-04-12',
    blocks: [
      'Am 11. April 2023 haben sich pakistanische Grenztruppen und Kämpfer der Taliban am Übergang Chaman einen Schusswechsel geliefert.',
      'Nach Angaben der Behörden wurden zwei Zivilisten verletzt; der Grenzübergang wurde geschlossen.',
      'Die Taliban-Regierung in Kabul warf Pakistan vor, zuerst geschossen zu haben.',
    ],
  },
  // ── Second batch: counts, weekdays and days next to the dataset's events ──
  {
    name: 'en: Barmal strikes on the weekday of an event day, in another year',
    title: 'Jets strike villages in Barmal, Paktika',
    blocks: [
      'On the night of Tuesday, 24 December 2019, Pakistani jets struck several villages in the Barmal district of Paktika near the border, Afghan officials said.',
      'Dozens of people were killed, mostly women and children, and Afghan forces fired on Pakistani border posts in reply.',
    ],
  },
  {
    name: 'en: Kurram clash in a month no event covers, with a count of an event',
    title: 'Sixteen Afghan Taliban killed in Kurram border fighting',
    published: '2025-07-16',
    blocks: [
      'PARACHINAR: Pakistani troops killed 16 Afghan Taliban fighters in an exchange of fire on the Kurram border on 15 July 2025, security sources said.',
      'The fighting began when Afghan forces fired on a Pakistani post, the sources said. Kabul did not comment.',
    ],
  },
  {
    name: 'en: fresh clashes at Chaman days after an event',
    title: 'Fresh clashes at Chaman wound four',
    published: '2025-12-09',
    blocks: [
      'CHAMAN: Fresh clashes erupted between Pakistani and Afghan forces at the Chaman crossing on Monday, officials said.',
      'Four civilians were wounded on the Pakistani side as mortar shells hit homes near the border.',
      'Officials in Spin Boldak said Pakistan had fired first.',
    ],
  },
  {
    name: 'en: an undated Torkham firefight, no day and no publication date',
    title: 'Border forces trade fire at Torkham',
    blocks: [
      'Pakistani and Afghan border forces exchanged fire at Torkham, officials said, and the crossing was closed.',
      'One Frontier Corps soldier was wounded, a Pakistani official said.',
    ],
  },
  {
    name: 'en: Ghulam Khan clash again, days after an event there',
    title: 'Taliban and Pakistani forces clash again at Ghulam Khan',
    published: '2024-09-23',
    blocks: [
      'Taliban and Pakistani forces clashed again at the Ghulam Khan crossing in Khost on Sunday, local officials said.',
      'The crossing was closed and families fled their homes; no casualties were reported.',
    ],
  },
  {
    name: 'ur: Torkham firing again, weeks after the closure ended',
    title: 'طورخم سرحد پر دوبارہ فائرنگ، سرحد ایک بار پھر بند',
    published: '2025-04-14',
    blocks: [
      'لنڈی کوتل (نمائندہ) طورخم سرحد پر پاکستانی اور افغان فورسز کے درمیان اتوار کی رات دوبارہ فائرنگ کا تبادلہ ہوا۔',
      'حکام کے مطابق فائرنگ میں کوئی جانی نقصان نہیں ہوا تاہم سرحد ایک بار پھر بند کر دی گئی۔',
    ],
  },
  {
    name: 'ur: Chaman firefight on the weekday of an event day, in another year',
    title: 'چمن سرحد پر فائرنگ کا تبادلہ',
    blocks: [
      'چمن (نامہ نگار) جمعہ 5 دسمبر 2014 کی رات چمن سرحد پر پاکستانی اور افغان فورسز کے درمیان فائرنگ کا تبادلہ ہوا۔',
      'حکام کے مطابق دو شہری زخمی ہوئے اور باب دوستی بند کر دیا گیا۔',
    ],
  },
  {
    name: 'ps: Khost drone strikes days after an event there',
    title: 'په خوست کې بیا ډرون بریدونه',
    published: '2025-09-01',
    blocks: [
      'د خوست چارواکو ویلي چې تېره شپه بیا پاکستاني ډرونونو د ډیورنډ کرښې سره نږدې د سپېرې ولسوالۍ پر کورونو بریدونه کړي دي.',
      'د دوی په وینا دوه ماشومان وژل شوي او اسلامي امارت پاکستان ته خبرداری ورکړی دی.',
    ],
  },
  {
    name: 'fa: Spin Boldak clash again after the truce',
    title: 'درگیری دوباره میان نیروهای افغان و پاکستانی در اسپین بولدک',
    published: '2025-10-23',
    blocks: [
      'قندهار: مقامات محلی می‌گویند که شب گذشته دوباره میان نیروهای مرزی افغانستان و پاکستان در اسپین بولدک درگیری رخ داده است.',
      'به گفته آنان در این درگیری سه غیرنظامی زخمی شده‌اند.',
    ],
  },
  {
    name: 'ar: strikes on Kabul weeks after the campaign and its pause',
    title: 'غارات جوية على كابول والحكومة الأفغانية تتهم باكستان',
    published: '2026-04-20',
    blocks: [
      'كابول (وكالات) قالت حكومة طالبان إن طائرات باكستانية شنت غارات على أطراف كابول ليل الأحد.',
      'وأضافت أن خمسة مدنيين قتلوا في الغارات، فيما لم تعلق إسلام آباد.',
    ],
  },
  {
    name: 'ru: shelling in Kunar the day after the Eid pause ended',
    title: 'Обстрел в Кунаре на следующий день после окончания перемирия',
    published: '2026-03-25',
    blocks: [
      'На следующий день после окончания праздничного перемирия пакистанская артиллерия обстреляла приграничные сёла в провинции Кунар, заявили талибы.',
      'По их словам, погибли двое мирных жителей. Исламабад не прокомментировал сообщение.',
    ],
  },
  {
    name: 'de: the worst fighting since the October clashes',
    title: 'Schwerste Gefechte seit Oktober an der afghanisch-pakistanischen Grenze',
    published: '2026-01-20',
    blocks: [
      'An der Grenze zwischen Pakistan und Afghanistan haben sich Soldaten beider Länder bei Kurram die schwersten Gefechte seit den Kämpfen im Oktober geliefert.',
      'Nach pakistanischen Angaben wurden drei Soldaten getötet; die Taliban sprachen von zivilen Opfern in Paktia.',
    ],
  },
  // ── Third batch: a weekday and a day without a year, pinned to the one year where they fall together ──
  {
    name: 'en: Torkham firefight on a yearless weekday that falls in a year no event covers then',
    title: 'Guards trade fire at Torkham, crossing closed',
    blocks: [
      'LANDI KOTAL: Pakistani and Afghan border forces exchanged fire at the Torkham crossing on Saturday, 6 September, officials said.',
      'The firing went on for hours after the Afghan side started building a post near the zero point.',
      'A Pakistani official said one guard was wounded; Taliban officials in Nangarhar did not comment.',
      'Hundreds of trucks were stranded as the crossing was closed.',
    ],
  },
  {
    name: 'de: Chaman firefight on a yearless weekday of another year',
    title: 'Gefechte zwischen pakistanischen und afghanischen Grenztruppen bei Chaman',
    blocks: [
      'Am Freitag, dem 24. Februar, haben sich pakistanische Soldaten und Taliban-Kämpfer am Grenzübergang Chaman stundenlang beschossen.',
      'Nach Angaben der Behörden wurden mehrere Zivilisten verletzt; der Übergang wurde geschlossen.',
    ],
  },
  {
    name: 'ru: Kurram clash on a yearless weekday of another year',
    title: 'Столкновения на границе Пакистана и Афганистана в районе Куррам',
    blocks: [
      'Во вторник, 13 мая, пакистанские военные и силы талибов вступили в перестрелку на границе в районе Куррам.',
      'Жители приграничных сёл покинули свои дома, сообщили местные старейшины.',
    ],
  },
  {
    name: 'en: a January clash at Chaman, recalling the December toll by its day',
    title: 'Chaman crossing closed after new exchange of fire',
    published: '2026-01-14',
    blocks: [
      'CHAMAN: Pakistani and Afghan forces exchanged fire at the Chaman crossing on Tuesday, 13 January 2026, officials said.',
      'Two Pakistani guards were wounded and the Friendship Gate was closed.',
      'On 5 December, four civilians were killed in Spin Boldak when the two sides fought with mortars for two hours.',
    ],
  },
  {
    name: 'en: fighting flares again in Upper Kurram two days after an event there',
    title: 'Fighting flares again on the Upper Kurram border',
    published: '2024-12-31',
    blocks: [
      'PARACHINAR: Fighting flared again between Pakistani troops and Afghan forces on the Upper Kurram border on Tuesday, officials said.',
      'Two Pakistani soldiers were wounded and residents of nearby villages moved to safer places.',
    ],
  },
  {
    name: 'en: a Torkham clash in May, recalling the long closure of February and March',
    title: 'Firing at Torkham, crossing shut again',
    published: '2025-05-20',
    blocks: [
      'Pakistani and Afghan border forces exchanged fire at Torkham on Monday, 19 May 2025, and the crossing was shut again, officials said.',
      'One Pakistani guard was wounded.',
      'The crossing had been closed for 26 days in February and March over a new Afghan border post.',
    ],
  },
  {
    name: 'ps: a Dand Patan clash days after a Khost event, recalling it',
    title: 'په ډنډ پټان کې د افغان او پاکستاني ځواکونو نښته',
    published: '2024-09-24',
    blocks: [
      'د پکتیا چارواکو ویلي چې د دوشنبې په شپه د ډنډ پټان ولسوالۍ کې د افغان او پاکستاني ځواکونو ترمنځ ډزې شوې دي.',
      'د دوی په وینا په نښته کې یو سرحدي ساتونکی ټپي شوی دی.',
      'تېره اونۍ هم د خوست په غلام خان کې دواړو خواوو ډزې کړې وې.',
    ],
  },
];

// An event's own page, judged with that event removed: the events of neighbouring days or the same places must not
// take its place.
const LEAVE_ONE_OUT: readonly Probe[] = [
  {
    name: 'en: the Noshki clash',
    holds: true,
    missing: '2024-10-06-noshki-clash',
    title: 'Afghan forces open fire on Noshki border, FC man wounded',
    published: '2024-10-07',
    blocks: [
      'QUETTA: Afghan forces opened fire on a Pakistani post in the Gazneli area of Noshki district on Sunday, officials said.',
      'Pakistani troops returned fire until late evening; one Frontier Corps man was wounded.',
    ],
  },
  {
    name: 'en: the Ghulam Khan night clash',
    holds: true,
    missing: '2024-09-19-ghulam-khan-clash',
    title: 'Night-long clash at Ghulam Khan crossing',
    published: '2024-09-20',
    blocks: [
      'Taliban and Pakistani forces exchanged fire for several hours at the Ghulam Khan crossing in Khost on Thursday evening.',
      'Families fled their homes and the crossing was closed; a Taliban official said the cause was under investigation.',
    ],
  },
  {
    name: 'en: the December 2025 Chaman night firing',
    holds: true,
    missing: '2025-12-05-chaman-spin-boldak-firing',
    title: 'Mortar fire at Chaman–Spin Boldak despite the truce',
    published: '2025-12-06',
    blocks: [
      'Pakistani and Afghan forces fired mortars and artillery at each other for about two hours around the Chaman crossing late on Friday.',
      'Afghan officials said four civilians were killed in Spin Boldak; each side said the other fired first.',
    ],
  },
  {
    name: 'ur: the September 2023 Torkham firefight',
    holds: true,
    missing: '2023-09-06-torkham-firefight',
    title: 'طورخم پر نئی چوکی کی تعمیر پر فائرنگ، سرحد بند',
    published: '2023-09-06',
    blocks: [
      'لنڈی کوتل (نمائندہ) طورخم سرحد پر افغان فورسز کی جانب سے نئی چوکی کی تعمیر پر پاکستانی اور افغان فورسز کے درمیان کئی گھنٹے فائرنگ ہوئی۔',
      'حکام کے مطابق ایف سی کا ایک اہلکار زخمی ہوا اور سرحد بند کر دی گئی۔',
    ],
  },
  {
    name: 'ru: the Gurbuz strike',
    missing: '2025-11-khost-gurbuz-strike',
    title: 'Талибы: удар по дому в Хосте унёс жизни девяти детей',
    published: '2025-11-25',
    blocks: [
      'Около полуночи удар разрушил жилой дом в уезде Гурбуз провинции Хост, заявил Забихулла Муджахид.',
      'По его словам, погибли девять детей и одна женщина. Пакистан не комментировал сообщение.',
    ],
  },
  {
    name: 'de: the Spin Boldak firing of October 2022',
    missing: '2022-10-20-spin-boldak-firing',
    title: 'Kurzer Schusswechsel bei Spin Boldak',
    published: '2022-10-20',
    blocks: [
      'In der Nacht haben pakistanische Soldaten auf einen Kontrollposten der Taliban bei Spin Boldak geschossen, die Taliban erwiderten das Feuer.',
      'Verletzte gab es nach Angaben der Behörden in Kandahar nicht; der Übergang wurde kurz geschlossen.',
    ],
  },
  {
    name: 'en: the Kabul blasts of October 2025',
    missing: '2025-10-kabul-strike',
    title: 'Blasts heard in Kabul; Afghan officials blame Pakistani jets',
    published: '2025-10-10',
    blocks: [
      'Two blasts shook Abdul Haq Square in Kabul late on Thursday, and a site in Paktika was also hit, Afghan officials said.',
      'Afghan media said the target may have been the TTP chief Noor Wali Mehsud. Pakistan did not claim the strikes.',
    ],
  },
  {
    name: 'en: the Barmal strikes of December 2024',
    missing: '2024-12-barmal-strikes',
    title: 'Pakistani jets strike Barmal; Taliban say 46 killed',
    published: '2024-12-25',
    blocks: [
      'Pakistani jets struck several villages in the Barmal district of Paktika on Tuesday night, Taliban spokesmen said.',
      'They said 46 people were killed, most of them women and children who had fled Waziristan.',
    ],
  },
  {
    name: 'ur: the Khost and Kunar strikes of April 2022',
    missing: '2022-04-khost-kunar-strikes',
    title: 'خوست اور کنڑ میں فضائی حملے، افغان حکام کا پاکستان پر الزام',
    published: '2022-04-16',
    blocks: [
      'کابل (ویب ڈیسک) افغان حکام کے مطابق خوست کے علاقے سپیرہ اور کنڑ میں رات گئے فضائی حملوں میں درجنوں افراد جاں بحق ہو گئے۔',
      'حکام نے کہا کہ مرنے والوں میں زیادہ تر خواتین اور بچے تھے۔',
    ],
  },
  {
    name: 'en: the Torkham and Tirah skirmishes of February 2026',
    missing: '2026-02-24-torkham-tirah-skirmishes',
    title: 'Skirmishes at Torkham and Tirah, Pakistan says Taliban fired first',
    published: '2026-02-25',
    blocks: [
      'Pakistani and Afghan forces traded fire at Torkham, in Tirah and at Nazian in Nangarhar on Tuesday.',
      "The prime minister's spokesman said the Taliban fired first and were silenced; Afghan officials said Pakistan started it.",
    ],
  },
  {
    name: 'en: the Friendship Gate shooting of November 2022',
    missing: '2022-11-13-chaman-firing',
    title: 'FC soldier killed in shooting at Friendship Gate, Chaman',
    published: '2022-11-14',
    blocks: [
      'An armed man from the Afghan side opened fire on Pakistani security personnel at the Friendship Gate in Chaman on Sunday.',
      'One Frontier Corps soldier was killed and two were wounded; Pakistan closed the crossing.',
    ],
  },
  {
    name: 'ps: the Chaman firing during the Istanbul talks',
    missing: '2025-11-06-chaman-firing-istanbul-talks',
    title: 'په سپين بولدک کې ډزې، څلور ملکي وګړي ووژل شول',
    published: '2025-11-07',
    blocks: [
      'د سپين بولدک ولسوالۍ یوه چارواکي ویلي چې پرون ماښام پاکستاني ځواکونو پر ملکي سیمو ډزې وکړې، څلور ملکي وګړي ووژل شول او پنځه ټپیان شول.',
      'دا ډزې داسې مهال وشوې چې په استانبول کې د افغانستان او پاکستان ترمنځ د خبرو درېیم پړاو پیل شوی و.',
      'د ده په وینا افغان ځواکونو ځواب نه دی ورکړی.',
    ],
  },
  {
    name: 'en: the Upper Kurram reprisals of December 2024',
    missing: '2024-12-kurram-retaliation',
    title: 'Afghan forces say they struck points beyond the line in reprisal for Barmal raids',
    published: '2024-12-28',
    blocks: [
      "Afghanistan's defence ministry said on Saturday its forces struck several points beyond the 'hypothetical line' in retaliation for the Barmal raids.",
      'Pakistani sources described an infiltration bid in Upper Kurram that was repulsed, and gave their own losses as one soldier killed.',
    ],
  },
  {
    name: 'ar: the Kharlachi and Borki clashes of November 2022',
    missing: '2022-11-20-kharlachi-borki-clashes',
    title: 'اشتباكات بين قوات طالبان والقوات الباكستانية في كرم بسبب طريق',
    published: '2022-11-19',
    blocks: [
      'قال مسؤولون إن قوات طالبان والقوات الباكستانية تبادلت إطلاق النار لليوم الثالث حول خرلاتشي وبوركي في منطقة كرم.',
      'وأضافوا أن جنديا باكستانيا قتل وأصيب مدنيون بينهم أطفال، بعد أن بدأ الجانب الأفغاني شق طريق في أرض متنازع عليها.',
    ],
  },
  {
    name: 'fa: the Paktika strikes of 17 October 2025',
    missing: '2025-10-17-paktika-strikes',
    title: 'حملات هوایی پاکستان در ارگون و برمل پکتیکا',
    published: '2025-10-18',
    blocks: [
      'مقامات محلی می‌گویند که شامگاه جمعه جنگنده‌های پاکستانی مناطقی در ارگون و برمل ولایت پکتیکا را بمباران کردند.',
      'هیئت کرکت افغانستان گفت سه بازیکن کرکت باشگاهی در میان هشت کشته این حملات هستند.',
    ],
  },
  {
    name: 'ur: the Chaman shelling of December 2022',
    missing: '2022-12-chaman-shelling',
    title: 'چمن میں افغان فورسز کی گولہ باری، شہری جاں بحق',
    published: '2022-12-12',
    blocks: [
      'چمن (نامہ نگار) افغان فورسز نے چمن سرحد کے قریب شہری آبادی پر مارٹر گولے فائر کیے جس سے کئی شہری جاں بحق اور زخمی ہو گئے۔',
      'پاک فوج کے مطابق فورسز نے بھرپور جوابی کارروائی کی، کابل کی وزارت دفاع نے کہا کہ فائرنگ پاکستان نے شروع کی۔',
    ],
  },
  // ── Pages that recall an earlier event with its figures, as real reports do ──
  {
    name: 'en: the December 2025 Chaman firing, recalling the October toll',
    missing: '2025-12-05-chaman-spin-boldak-firing',
    title: 'Chaman and Spin Boldak forces trade mortar fire despite truce',
    published: '2025-12-06',
    blocks: [
      'Pakistani and Afghan forces fired mortars and artillery at each other around the Chaman crossing for two hours late on Friday.',
      'Afghan officials said four civilians were killed in Spin Boldak; each side said the other fired first.',
      'In October, the worst fighting in years killed 23 Pakistani soldiers by the army’s count before a ceasefire was agreed in Doha.',
    ],
  },
  {
    name: 'en: the Gurbuz strike, recalling the Paktika strikes and the cricketers',
    missing: '2025-11-khost-gurbuz-strike',
    title: 'Strike destroys house in Khost, Taliban say nine children killed',
    published: '2025-11-25',
    blocks: [
      'A strike destroyed a house in the Gurbuz district of Khost around midnight, Zabihullah Mujahid said, killing nine children and a woman.',
      'Other raids in Kunar and Paktika wounded four people, he said. Pakistan did not comment.',
      'In October, Pakistani strikes on Urgun and Barmal in Paktika killed eight people, among them three club cricketers.',
    ],
  },
  {
    name: 'en: the March 2024 strikes, recalled on a page about the December 2024 strikes',
    missing: '2024-12-barmal-strikes',
    title: 'Pakistani jets strike villages in Barmal, Paktika',
    published: '2024-12-25',
    blocks: [
      'Pakistani jets struck several villages in Barmal district late on Tuesday, Taliban spokesmen said, killing 46 people, mostly women and children.',
      'In March, Pakistani aircraft hit homes in Barmal and Khost, and the Taliban said eight women and children were killed then.',
    ],
  },
  {
    name: 'ur: the Nangarhar and Paktika strikes, recalling the UNAMA count',
    missing: '2026-02-21-nangarhar-paktika-strikes',
    title: 'ننگرہار اور پکتیکا میں شدت پسندوں کے سات کیمپوں پر حملے',
    published: '2026-02-22',
    blocks: [
      'اسلام آباد (ویب ڈیسک) پاکستان نے کہا ہے کہ اس نے ننگرہار اور پکتیکا میں ٹی ٹی پی اور داعش کے سات کیمپوں کو نشانہ بنایا۔',
      'کابل نے کہا کہ ایک مدرسہ اور گھر نشانہ بنے اور درجنوں شہری جاں بحق یا زخمی ہوئے۔',
      'اقوام متحدہ کے مشن نے اکتوبر سے دسمبر کے دوران سرحدی جھڑپوں میں 70 افغان شہریوں کی ہلاکت ریکارڈ کی تھی۔',
    ],
  },
  {
    name: 'de: the Ghulam Khan clash, recalling the Palosin clash with its counts',
    missing: '2024-09-19-ghulam-khan-clash',
    title: 'Nächtliche Gefechte am Grenzübergang Ghulam Khan',
    published: '2024-09-20',
    blocks: [
      'Taliban-Kämpfer und pakistanische Soldaten haben sich am Donnerstagabend stundenlang am Grenzübergang Ghulam Khan in der Provinz Khost beschossen.',
      'Familien flohen aus ihren Häusern, der Übergang wurde geschlossen.',
      'Erst Anfang des Monats hatten pakistanische Quellen bei Gefechten nahe Palosin acht getötete und 16 verwundete Taliban gemeldet.',
    ],
  },
  {
    name: 'ur: the Torkham clash of August 2024, recalling September 2023',
    missing: '2024-08-12-torkham-clash',
    title: 'طورخم پر نئی چوکی کی تعمیر پر جھڑپ، سرحد بند',
    published: '2024-08-13',
    blocks: [
      'لنڈی کوتل (نمائندہ) طورخم سرحد پر زیرو پوائنٹ کے قریب افغان فورسز کی جانب سے چوکی کی تعمیر پر پاکستانی اور افغان فورسز کے درمیان جھڑپ ہوئی۔',
      'کابل کی وزارت داخلہ نے کہا کہ پاکستانی فائرنگ سے ایک خاتون اور دو بچے جاں بحق ہوئے۔',
      'ستمبر 2023 میں بھی طورخم پر نئی چوکی کی تعمیر پر کئی گھنٹے فائرنگ ہوئی تھی اور سرحد بند رہی تھی۔',
    ],
  },
  {
    name: 'ru: the Noshki clash, recalling the Kurram clash of September',
    missing: '2024-10-06-noshki-clash',
    title: 'Перестрелка на границе в районе Ношки',
    published: '2024-10-07',
    blocks: [
      'Афганские силы открыли огонь по пакистанскому посту в районе Газнели округа Ношки, пакистанские военные ответили огнём до позднего вечера.',
      'Ранен один военнослужащий пограничного корпуса.',
      'В сентябре в районе Палосин в Курраме, по данным пакистанских источников, были убиты восемь афганских талибов.',
    ],
  },
  {
    name: 'ar: the Spin Boldak clash of February 2022, recalling the clash at the gate in November',
    missing: '2022-02-24-spin-boldak-clash',
    title: 'اشتباكات بين القوات الأفغانية والباكستانية في سبين بولدك',
    published: '2022-02-25',
    blocks: [
      'قال مسؤولون إن القوات الأفغانية والباكستانية تبادلت إطلاق النار لساعات حول سبين بولدك وتشمن بسبب نزاع على موقع عسكري على الحدود.',
      'وأضافوا أن النيران امتدت إلى القرى المجاورة وأغلق المعبر.',
    ],
  },
  {
    name: 'fa: the Kabul hospital strike page without it, recalling the Kabul blasts of October',
    missing: '2026-03-16-kabul-hospital-strike',
    title: 'حمله هوایی بر شفاخانه ترک اعتیاد امید در کابل',
    published: '2026-03-17',
    blocks: [
      'مقامات افغان می‌گویند شب گذشته یک حمله هوایی پاکستان شفاخانه ترک اعتیاد امید در کابل را هدف قرار داد.',
      'آنان شمار کشته‌ها را حدود ۴۰۰ تن اعلام کردند. پاکستان گفت یک انبار مهمات را هدف قرار داده است.',
      'در ماه اکتبر نیز انفجارهایی در میدان عبدالحق کابل رخ داده بود که کابل آن را به پاکستان نسبت داد.',
    ],
  },
];

describe('clash pages about an event the dataset does not hold', () => {
  for (const probe of UNKNOWN) {
    it(`shows no event: ${probe.name}`, () => {
      const result = judge(probe, model);
      expect(result.events.map((e) => e.id)).toEqual([]);
      expect(result.topic && result.unknownEvent).toBe(true);
    });
  }
});

describe('an event’s own page with that event removed', () => {
  for (const probe of LEAVE_ONE_OUT) {
    it(`shows no event without its own: ${probe.name}`, () => {
      if (probe.holds) expect(judge(probe, model).events.map((e) => e.id)).toContain(probe.missing);
      expect(judge(probe, without(probe.missing ?? '')).events.map((e) => e.id)).toEqual([]);
    });
  }
});

// Pages the dataset holds, one for each rule the probes above narrowed: the narrowing must leave them their event.
const HELD: readonly (Probe & { shows: string })[] = [
  {
    // The round ended the day before; the page reports the round itself, with no fighting in it.
    name: 'en: a report on the Urumqi talks the day after they ended',
    shows: '2026-04-01-urumqi-talks',
    title: 'Pakistan and Afghanistan end a week of talks in Urumqi',
    published: '2026-04-08',
    blocks: [
      'Pakistani and Afghan delegations ended a week of informal talks in Urumqi on Tuesday, China’s foreign ministry said.',
      'Both sides pledged to avoid escalation and to keep talking, the spokesman said at a briefing in Beijing.',
    ],
  },
  {
    name: 'en: the same Torkham page on the weekday of its event',
    shows: '2023-09-06-torkham-firefight',
    title: 'Guards trade fire at Torkham, crossing closed',
    blocks: [
      'LANDI KOTAL: Pakistani and Afghan border forces exchanged fire at the Torkham crossing on Wednesday, 6 September, officials said.',
      'The firing went on for hours after the Afghan side started building a post near the zero point.',
      'A Pakistani official said one guard was wounded; Taliban officials in Nangarhar did not comment.',
      'Hundreds of trucks were stranded as the crossing was closed.',
    ],
  },
  {
    name: 'de: the same Chaman page on the weekday of its event',
    shows: '2022-02-24-spin-boldak-clash',
    title: 'Gefechte zwischen pakistanischen und afghanischen Grenztruppen bei Chaman',
    blocks: [
      'Am Donnerstag, dem 24. Februar, haben sich pakistanische Soldaten und Taliban-Kämpfer am Grenzübergang Chaman stundenlang beschossen.',
      'Nach Angaben der Behörden wurden mehrere Zivilisten verletzt; der Übergang wurde geschlossen.',
    ],
  },
  {
    name: 'ru: the same Kurram page on the weekday of its event',
    shows: '2024-05-15-kurram-paktia-kharlachi-clashes',
    title: 'Столкновения на границе Пакистана и Афганистана в районе Куррам',
    blocks: [
      'В понедельник, 13 мая, пакистанские военные и силы талибов вступили в перестрелку на границе в районе Куррам.',
      'Жители приграничных сёл покинули свои дома, сообщили местные старейшины.',
    ],
  },
  {
    // Days after the clash, no event on the news day: the page speaks of it in two sentences, not in passing.
    name: 'en: border villages empty days after the Palosin clash, named in two sentences',
    shows: '2024-09-kurram-clash',
    title: 'Border villages empty days after the fighting',
    published: '2024-09-12',
    blocks: [
      'Villages near Palosin on the Kurram border are still empty after Pakistani troops and Afghan Taliban forces exchanged fire there last weekend.',
      'Pakistani security sources said eight Afghan Taliban, including two commanders, were killed and 16 wounded in the fighting at Palosin.',
    ],
  },
];

describe('clash and talks pages the dataset holds', () => {
  for (const probe of HELD) {
    it(`shows its event: ${probe.name}`, () => {
      expect(judge(probe, model).events.map((e) => e.id)[0]).toBe(probe.shows);
    });
  }
});
