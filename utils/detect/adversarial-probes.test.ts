// @vitest-environment node
// Round 20P: made-up look-alike pages written to make the detector cry wolf, in Urdu, Pashto, Dari and Arabic first,
// then English, Russian, Hindi, Turkish, German, French and Chinese — TTP raids near the border blamed on Afghanistan,
// "khawarij" killed crossing from Afghanistan (a raid's story by docs/DETECTION.md's line, not a clash), Kurram's
// sectarian fighting, ISKP, the Iran and India strikes, the Kunar earthquake, deportations, closures, US drones, the
// Soviet war, cricket, Taliban politics, columns that recall the clashes. Each uses the places, tolls and words of
// the clashes. Those marked "Found by round 20P" were judged on topic before its rules; the clash pages beside them
// keep the rules from silencing real reports. Written for these tests, not taken from any page of the corpus.
import { describe, expect, it } from 'vitest';
import { type Probe, judge } from './probe-pages';

const LOOKALIKES: readonly Probe[] = [
  {
    name: 'ur ttp: Bajaur check post attack, attackers came from Afghanistan',
    title: 'باجوڑ میں سیکیورٹی چیک پوسٹ پر حملہ، چار اہلکار شہید',
    blocks: [
      'خار (نمائندہ) باجوڑ کی تحصیل ماموند میں رات گئے دہشت گردوں نے سیکیورٹی فورسز کی چیک پوسٹ پر بھاری ہتھیاروں سے حملہ کیا۔',
      'آئی ایس پی آر کے مطابق فائرنگ کے تبادلے میں چار جوان شہید جبکہ چھ دہشت گرد مارے گئے۔',
      'حکام کا کہنا ہے کہ حملہ آور افغانستان سے سرحد عبور کر کے آئے تھے اور افغان طالبان حکومت کو اس بارے میں آگاہ کر دیا گیا ہے۔',
      'پاک افغان سرحد کے قریب علاقے میں سرچ آپریشن جاری ہے۔',
    ],
  },
  {
    name: 'ur ttp: khawarij infiltration foiled in North Waziristan',
    title: 'پاک افغان سرحد سے دراندازی کی کوشش ناکام، 30 خوارج ہلاک',
    blocks: [
      'راولپنڈی (ویب ڈیسک) آئی ایس پی آر کے مطابق شمالی وزیرستان کے علاقے حسن خیل میں خوارج کے ایک گروہ نے پاک افغان سرحد سے دراندازی کی کوشش کی۔',
      'سیکیورٹی فورسز نے بروقت کارروائی کرتے ہوئے فائرنگ کے شدید تبادلے کے بعد 30 خوارج کو ہلاک کر دیا۔',
      'ترجمان نے کہا کہ عبوری افغان حکومت سے توقع ہے کہ وہ سرحد پر مؤثر نگرانی کرے گی اور اپنی سرزمین پاکستان کے خلاف استعمال نہیں ہونے دے گی۔',
      'مزید پڑھیں: وزیر اعظم کا سیکیورٹی فورسز کو خراج تحسین',
    ],
  },
  {
    name: 'ur kurram: sectarian fighting at Parachinar, ceasefire by jirga',
    title: 'کرم میں قبائلی جھڑپیں جاری، ہلاکتوں کی تعداد 40 ہو گئی',
    blocks: [
      'پاراچنار (نمائندہ) ضلع کرم میں دو قبائل کے درمیان زمین کے تنازع پر شروع ہونے والی جھڑپیں چوتھے روز بھی جاری رہیں۔',
      'دونوں جانب سے بھاری ہتھیاروں اور مارٹر گولوں کا استعمال کیا جا رہا ہے جس سے اب تک 40 افراد جاں بحق اور 70 زخمی ہو چکے ہیں۔',
      'افغان سرحد سے ملحقہ اس ضلع میں پاراچنار پشاور مرکزی شاہراہ ہر قسم کی ٹریفک کے لیے بند ہے۔',
      'صوبائی حکومت کی جانب سے تشکیل دیے گئے جرگے نے فریقین کے درمیان سات روزہ فائر بندی کروانے کی کوشش کی ہے۔',
    ],
  },
  {
    name: 'ur iskp: ISKP suicide bombing in Kabul, Pakistan condemns',
    title: 'کابل میں وزارت کے باہر خودکش دھماکہ، 12 افراد ہلاک',
    blocks: [
      'کابل (اے ایف پی) افغان دارالحکومت کابل میں وزارت خارجہ کے قریب خودکش حملے میں کم از کم 12 افراد ہلاک ہو گئے۔',
      'طالبان حکومت کے ترجمان ذبیح اللہ مجاہد نے کہا کہ حملہ آور کو سیکیورٹی چیک پوسٹ پر روکا گیا تھا۔',
      'داعش خراسان نے حملے کی ذمہ داری قبول کر لی ہے۔',
      'پاکستان کے دفتر خارجہ نے حملے کی شدید مذمت کی ہے۔',
    ],
  },
  {
    name: 'ur iran: Pakistan strikes in Iran, Jan 2024',
    title: 'پاکستان کی ایران میں دہشت گردوں کے ٹھکانوں پر جوابی کارروائی',
    blocks: [
      'اسلام آباد (ویب ڈیسک) دفتر خارجہ کے مطابق پاکستان نے ایران کے صوبہ سیستان و بلوچستان میں دہشت گردوں کے ٹھکانوں پر فضائی حملے کیے ہیں۔',
      'یہ کارروائی ایران کی جانب سے پنجگور میں میزائل حملے کے دو روز بعد کی گئی جس میں دو بچے جاں بحق ہوئے تھے۔',
      'تجزیہ کاروں کا کہنا ہے کہ پاکستان کو پہلے ہی افغان سرحد پر کشیدگی کا سامنا ہے اور اب مغربی سرحد بھی گرم ہو گئی ہے۔',
      'مزید پڑھیں: ایرانی سفیر کو واپس جانے کا کہہ دیا گیا',
    ],
  },
  {
    name: 'ur india: May 2025 India strikes, Taliban urge restraint',
    title: 'بھارت کے میزائل حملے، پاک فوج کی جوابی کارروائی میں بھارتی چوکیاں تباہ',
    blocks: [
      'اسلام آباد (ویب ڈیسک) بھارت نے رات گئے پنجاب اور آزاد کشمیر میں چھ مقامات پر میزائل حملے کیے جن میں 26 شہری شہید ہوئے۔',
      'پاک فوج نے لائن آف کنٹرول پر جوابی کارروائی کرتے ہوئے دشمن کی متعدد چوکیاں تباہ کر دیں اور شدید گولہ باری جاری ہے۔',
      'افغان طالبان حکومت کے ترجمان ذبیح اللہ مجاہد نے دونوں ممالک سے تحمل کا مظاہرہ کرنے کی اپیل کی ہے۔',
    ],
  },
  {
    name: 'ur quake: Kunar earthquake, Pakistan sends aid via Torkham',
    title: 'کنڑ زلزلہ: ہلاکتیں 1400 سے تجاوز کر گئیں، پاکستان کی امداد طورخم پہنچ گئی',
    blocks: [
      'جلال آباد (اے ایف پی) مشرقی افغانستان کے صوبے کنڑ میں آنے والے زلزلے میں ہلاک ہونے والوں کی تعداد 1400 سے تجاوز کر گئی ہے جبکہ تین ہزار سے زائد زخمی ہیں۔',
      'پاکستان فوج کے ہیلی کاپٹر اور امدادی ٹرک طورخم سرحد کے راستے ننگرہار پہنچ گئے۔',
      'طالبان حکومت نے کہا کہ متاثرہ دیہات تک رسائی مشکل ہے۔',
    ],
  },
  {
    name: 'ur deport: Afghans pushed back at Torkham, police crackdown',
    title: 'طورخم پر افغان شہریوں کی بے دخلی تیز، پولیس کا کریک ڈاؤن',
    blocks: [
      'پشاور (اسٹاف رپورٹر) غیر قانونی طور پر مقیم افغان شہریوں کے خلاف پولیس کارروائیوں میں تیزی آ گئی ہے۔',
      'طورخم سرحد پر ہزاروں خاندان کئی روز سے انتظار کر رہے ہیں اور طالبان حکام نے پاکستان سے زبردستی بے دخلی روکنے کا مطالبہ کیا ہے۔',
      'اقوام متحدہ کے مطابق رواں سال پانچ لاکھ افغان واپس بھیجے جا چکے ہیں۔',
    ],
  },
  {
    name: 'ur trade: Chaman closed over visas, traders protest, police fire tear gas',
    title: 'چمن سرحد ویزا شرط پر بند، مظاہرین اور پولیس میں جھڑپ',
    blocks: [
      'چمن (نمائندہ) پاک افغان سرحد پر پاسپورٹ اور ویزا کی شرط کے خلاف دھرنا تیسرے ہفتے میں داخل ہو گیا۔',
      'مظاہرین نے باب دوستی کی جانب مارچ کیا تو پولیس نے آنسو گیس کے شیل فائر کیے، جھڑپ میں 15 افراد زخمی ہو گئے۔',
      'سرحد کی بندش سے سپین بولدک کی جانب سینکڑوں ٹرک پھنسے ہوئے ہیں۔',
    ],
  },
  {
    name: 'ur drone: US drone strike in North Waziristan 2012',
    title: 'شمالی وزیرستان میں امریکی ڈرون حملہ، 6 افراد ہلاک',
    blocks: [
      'میران شاہ (نمائندہ) شمالی وزیرستان میں افغان سرحد کے قریب ایک مکان پر امریکی ڈرون نے دو میزائل داغے۔',
      'مقامی حکام کے مطابق حملے میں چھ مشتبہ عسکریت پسند ہلاک ہو گئے۔',
      'دفتر خارجہ نے ڈرون حملوں کو پاکستان کی خودمختاری کی خلاف ورزی قرار دیا ہے۔',
    ],
  },
  // Found by round 20P: Urdu "Soviet" and the 1980s; a sentence of the Soviet war is no clash.
  {
    name: 'ur soviet: 1980s Afghan jets bomb Pakistani border villages',
    title: 'جب افغان طیاروں نے پاکستانی سرحدی دیہات پر بمباری کی',
    blocks: [
      '1980 کی دہائی میں سوویت افواج کی موجودگی کے دوران افغان فضائیہ کے طیارے بار بار پاکستانی حدود میں داخل ہوتے تھے۔',
      '1987 میں پاراچنار کے قریب ایک بازار پر بمباری میں درجنوں افراد جاں بحق ہوئے تھے۔',
      'اس دور میں لاکھوں افغان مہاجرین نے پاکستان میں پناہ لی اور مجاہدین سرحد پار سے سوویت فوج کے خلاف لڑتے رہے۔',
    ],
  },
  {
    name: 'ur cricket: Pakistan v Afghanistan clash in Sharjah',
    title: 'پاک افغان ٹاکرا: افغانستان نے پاکستان کو 6 وکٹوں سے ہرا دیا',
    blocks: [
      'شارجہ (اسپورٹس ڈیسک) سہ ملکی سیریز کے سنسنی خیز مقابلے میں افغانستان نے پاکستان کو چھ وکٹوں سے شکست دے دی۔',
      'راشد خان کی تباہ کن بولنگ کے سامنے پاکستانی بیٹنگ لائن ڈھیر ہو گئی اور پوری ٹیم 130 رنز پر آؤٹ ہو گئی۔',
      'میدان میں دونوں ٹیموں کے کھلاڑیوں کے درمیان تلخ کلامی بھی ہوئی، یہ میچ حالیہ سرحدی کشیدگی کے بعد پہلا ٹاکرا تھا۔',
    ],
  },
  {
    name: 'ur politics: Taliban cabinet reshuffle, Pakistan envoy visits',
    title: 'طالبان حکومت میں اہم تبدیلیاں، پاکستانی نمائندہ خصوصی کابل پہنچ گئے',
    blocks: [
      'کابل (ویب ڈیسک) طالبان کے امیر ہبت اللہ اخوندزادہ نے کئی صوبائی گورنروں کو تبدیل کر دیا ہے۔',
      'پاکستان کے نمائندہ خصوصی محمد صادق نے کابل میں امیر خان متقی سے ملاقات کی اور تجارت، مہاجرین اور سیکیورٹی پر بات چیت کی۔',
      'ملاقات میں تحریک طالبان پاکستان کے خلاف کارروائی کا معاملہ بھی اٹھایا گیا۔',
    ],
  },
  {
    name: 'ps ttp: attack on a checkpost in Bajaur, attackers came from Afghanistan',
    title: 'په باجوړ کې پر امنیتي پوسته برید، پنځه سرتیري ووژل شول',
    blocks: [
      'د پاکستان پوځ وايي، د شنبې په شپه وسله والو په باجوړ کې د امنیتي ځواکونو پر یوه پوسته برید وکړ او پنځه سرتیري یې ووژل.',
      'پوځ وايي په نښته کې اووه بریدګر هم ووژل شول.',
      'پاکستاني چارواکو ادعا کړې چې بریدګر له افغانستان څخه راغلي وو، خو د طالبانو حکومت دا تور رد کړی.',
      'نور ولولئ: د خیبر پښتونخوا امنیتي وضعیت',
    ],
  },
  {
    name: 'ps ttp: khawarij infiltration foiled in South Waziristan',
    title: 'پاکستاني پوځ: له افغانستان څخه د ننوتلو هڅه شنډه شوه، ۲۰ خوارج ووژل شول',
    blocks: [
      'د پاکستان د پوځ د مطبوعاتو څانګې آی ایس پی آر ویلي چې په جنوبي وزیرستان کې یوې ډلې غوښتل د افغانستان له پولې پاکستان ته ننوځي.',
      'امنیتي ځواکونو پرې ډزې وکړې او شل تنه یې ووژل.',
      'پوځ له افغان حکومت غوښتي چې پر پوله څارنه زیاته کړي.',
    ],
  },
  {
    name: 'ps kurram: tribal fighting in Kurram',
    title: 'په کرمې کې قومي نښتې، ۳۰ کسان وژل شوي',
    blocks: [
      'د پاکستان په کرم ولسوالۍ کې د دوو قومونو ترمنځ د ځمکې پر سر نښتې څلورمه ورځ هم روانې وې.',
      'ځایي چارواکي وايي په نښتو کې تر اوسه دېرش کسان وژل شوي او پنځوس ټپیان دي.',
      'پاړاچنار ته د پېښور لویه لار تړل شوې او یوه جرګه د اوربند لپاره هڅې کوي.',
      'کرم د افغانستان له پکتیا او ننګرهار سره پوله لري.',
    ],
  },
  {
    name: 'ps quake: Kunar earthquake',
    title: 'د کونړ زلزله: د مړو شمېر ۱۴۰۰ ته ورسېد',
    blocks: [
      'د طالبانو حکومت وايي چې په کونړ او ننګرهار کې د زلزلې له امله مړي ۱۴۰۰ او ټپیان ۳۰۰۰ ته رسېدلي.',
      'پاکستان د تورخم له لارې د مرستو لومړۍ کاروان ولېږه.',
      'د ژغورنې ځواکونه لا هم غرنیو کلیو ته نه دي رسېدلي.',
    ],
  },
  {
    name: 'ps deport: returnees at Torkham',
    title: 'له پاکستانه په زور د افغانانو ایستل، تورخم کې ګڼه ګوڼه',
    blocks: [
      'پاکستاني پولیسو په پېښور او اسلام اباد کې د افغان کډوالو کورونو ته چاپې وهلې او سلګونه یې نیولي.',
      'په تورخم کې زرګونه کورنۍ له څو ورځو راهیسې د پولې اوښتو ته منتظرې دي.',
      'د طالبانو حکومت له پاکستانه غوښتي چې په زور ایستل ودروي.',
    ],
  },
  {
    name: 'ps trade: Torkham closed over a dispute, trucks stuck',
    title: 'تورخم لاره پنځمه ورځ هم تړلې ده، سوداګر زیانمن شوي',
    blocks: [
      'د تورخم لاره د پاکستان له خوا د ویزې د نوي شرط له امله پنځمه ورځ هم د سوداګرۍ لپاره تړلې ده.',
      'د پولې دواړو غاړو ته سلګونه لارۍ ولاړې دي او د مېوو بار خرابېږي.',
      'د ننګرهار د سوداګرۍ خونې مشر وايي هره ورځ یو میلیون ډالره زیان کېږي.',
    ],
  },
  {
    name: 'ps drone: US drone strike in North Waziristan',
    title: 'په شمالي وزیرستان کې د امریکا د بې پیلوټه الوتکې برید، ۵ کسان ووژل شول',
    blocks: [
      'ځایي چارواکي وايي د امریکا یوې بې پیلوټه الوتکې د افغانستان پولې ته نږدې په میرانشاه کې پر یوه کور دوه توغندي وویشتل.',
      'په برید کې پنځه وسله وال ووژل شول.',
      'پاکستان د ډرون بریدونه د خپل حاکمیت سرغړونه بللې ده.',
    ],
  },
  {
    name: 'ps soviet: Soviet-era Afghan jets bombed Pakistani villages',
    title: 'کله چې شوروي الوتکو د پاکستان پر پوله کلي بمبار کړل',
    blocks: [
      'د اتیایمې لسیزې په اوږدو کې د شوروي او افغان حکومت جنګي الوتکو څو ځله د پاکستان خاوره بمبار کړه.',
      'په ۱۹۸۷ کال کې په پاړاچنار کې پر یوه بازار بمبارۍ لسګونه کسان ووژل.',
      'هغه مهال مجاهدینو له پاکستان څخه د شوروي ځواکونو پر ضد جګړه کوله.',
    ],
  },
  {
    name: 'ps cricket: Afghanistan beat Pakistan',
    title: 'افغانستان پاکستان ته ماتې ورکړه',
    blocks: [
      'د افغانستان د کرکټ ملي لوبډلې په شارجه کې د درې اړخیزې لړۍ په لوبه کې پاکستان ته په شپږو ویکټونو ماتې ورکړه.',
      'راشد خان څلور ویکټونه واخیستل او د پاکستان ټوله لوبډله په ۱۳۰ منډو ټوله شوه.',
      'دا لوبه د دواړو هېوادونو ترمنځ د پولې د نښتو وروسته لومړۍ لوبه وه.',
    ],
  },
  {
    name: 'ps politics: Taliban leader decree, Pakistani delegation in Kabul',
    title: 'د پاکستان یو پلاوی کابل ته ورسېد',
    blocks: [
      'د پاکستان د بهرنیو چارو وزارت یو پلاوی کابل ته ورسېد او له امیر خان متقي سره یې د سوداګرۍ او ترانزیټ په اړه خبرې وکړې.',
      'متقي وویل چې افغانستان غواړي له پاکستان سره ښې اړیکې ولري.',
      'دواړو خواوو د پولې د تړلو لارو د پرانیستلو پر اړتیا هم ټینګار وکړ.',
    ],
  },
  {
    name: 'fa ttp: khawarij infiltration near the Durand Line, 25 killed',
    title: 'ارتش پاکستان: ۲۵ «خوارج» هنگام عبور از مرز افغانستان کشته شدند',
    blocks: [
      'شاخه رسانه‌ای ارتش پاکستان اعلام کرد که نیروهای امنیتی در وزیرستان شمالی مانع ورود گروهی از جنگجویان از سوی افغانستان شدند.',
      'به گفته این نهاد، در درگیری شدید ۲۵ تن از این جنگجویان کشته شدند.',
      'ارتش پاکستان از حکومت طالبان خواست تا مدیریت مرز را در امتداد خط دیورند تقویت کند.',
    ],
  },
  // Found by round 20P: Kurram's sects and tribes fight another feud.
  {
    name: 'fa kurram: sectarian clashes in Kurram',
    title: 'ادامه درگیری‌های قومی و مذهبی در کرم پاکستان',
    blocks: [
      'درگیری‌های مسلحانه میان دو قبیله شیعه و سنی در منطقه کرم پاکستان، هم‌مرز با ولایت پکتیا، برای پنجمین روز ادامه دارد.',
      'مقام‌های محلی می‌گویند تاکنون ۴۲ نفر کشته و بیش از ۸۰ نفر زخمی شده‌اند.',
      'جرگه‌ای از بزرگان قومی برای برقراری آتش‌بس میان طرفین تلاش می‌کند.',
      'راه پاراچنار به پشاور همچنان بسته است.',
    ],
  },
  {
    name: 'fa iskp: ISKP bombing in Kabul, Taliban blame Pakistan-based cells',
    title: 'انفجار انتحاری در کابل؛ داعش مسئولیت را پذیرفت',
    blocks: [
      'یک انفجار انتحاری در نزدیکی یک مسجد در غرب کابل دست‌کم ۱۵ کشته و ۲۰ زخمی بر جا گذاشت.',
      'داعش مسئولیت این حمله را بر عهده گرفت.',
      'ذبیح‌الله مجاهد گفت عاملان این حمله در پاکستان آموزش دیده بودند و حکومت طالبان از اسلام‌آباد خواست مراکز داعش را از بین ببرد.',
    ],
  },
  {
    name: 'fa iran: Iran and Pakistan exchange strikes, Jan 2024',
    title: 'حملات متقابل ایران و پاکستان؛ طالبان خواستار خویشتنداری شدند',
    blocks: [
      'پاکستان در پاسخ به حمله موشکی ایران به بلوچستان، مواضعی را در استان سیستان و بلوچستان ایران هدف حملات هوایی قرار داد.',
      'در این حملات ۹ نفر کشته شدند.',
      'وزارت خارجه حکومت طالبان در کابل از دو کشور همسایه خواست که از تنش بپرهیزند.',
    ],
  },
  {
    name: 'fa india: India–Pakistan shelling, May 2025',
    title: 'درگیری‌های شدید هند و پاکستان در کشمیر',
    blocks: [
      'ارتش هند و پاکستان در امتداد خط کنترل در کشمیر با توپخانه سنگین به سوی یکدیگر شلیک کردند.',
      'پاکستان می‌گوید در حملات موشکی هند ۳۱ غیرنظامی کشته شدند.',
      'حکومت طالبان در افغانستان گفت که در این درگیری بی‌طرف است.',
    ],
  },
  {
    name: 'fa quake: Kunar earthquake',
    title: 'زمین‌لرزه کنر: شمار قربانیان از ۲۲۰۰ گذشت',
    blocks: [
      'مقام‌های طالبان می‌گویند شمار کشته‌شدگان زمین‌لرزه در ولایت‌های کنر و ننگرهار به بیش از ۲۲۰۰ تن رسیده است.',
      'پاکستان کمک‌های امدادی را از طریق گذرگاه تورخم ارسال کرد.',
      'نیروهای امدادی هنوز به برخی روستاهای کوهستانی نرسیده‌اند.',
    ],
  },
  {
    name: 'fa deport: Spin Boldak returnees',
    title: 'ورود روزانه هزاران مهاجر اخراج‌شده از پاکستان از طریق سپین بولدک',
    blocks: [
      'مقام‌های طالبان در قندهار می‌گویند روزانه بیش از پنج هزار مهاجر افغان از طریق گذرگاه سپین بولدک از پاکستان برمی‌گردند.',
      'پلیس پاکستان در کویته و کراچی صدها افغان را بازداشت کرده است.',
      'سازمان ملل نسبت به وضعیت بازگشت‌کنندگان در زمستان هشدار داده است.',
    ],
  },
  {
    name: 'fa trade: Torkham closed, fruit rots',
    title: 'بسته ماندن تورخم؛ میوه‌های صادراتی افغانستان خراب می‌شود',
    blocks: [
      'گذرگاه تورخم برای دهمین روز به دلیل اختلاف بر سر قوانین جدید ترانزیت بسته است.',
      'صدها کامیون حامل انگور و انار در دو سوی مرز مانده‌اند.',
      'اتاق تجارت افغانستان و پاکستان خواستار بازگشایی فوری گذرگاه شد.',
    ],
  },
  {
    name: 'fa drone: US drone strike in Waziristan, 2013',
    title: 'حمله پهپاد آمریکایی در وزیرستان شمالی',
    blocks: [
      'یک پهپاد آمریکایی در منطقه میرانشاه در نزدیکی مرز افغانستان دو موشک به یک خانه شلیک کرد.',
      'مقام‌های محلی پاکستان می‌گویند شش شبه‌نظامی کشته شدند.',
      'پاکستان بار دیگر حملات پهپادی را نقض حاکمیت خود خواند.',
    ],
  },
  {
    name: 'fa soviet: Soviet war memories, bombing of Pakistani border villages',
    title: 'بمباران روستاهای مرزی پاکستان در دوران اشغال شوروی',
    blocks: [
      'در دهه ۱۹۸۰، هواپیماهای ارتش شوروی و حکومت کابل بارها مناطق مرزی پاکستان را بمباران کردند.',
      'در سال ۱۹۸۷ بمباران یک بازار در پاراچنار ده‌ها کشته برجا گذاشت.',
      'مجاهدین افغان از پایگاه‌های خود در پاکستان علیه ارتش سرخ می‌جنگیدند.',
    ],
  },
  {
    name: 'fa cricket: Afghanistan–Pakistan match',
    title: 'پیروزی افغانستان بر پاکستان در جام آسیا',
    blocks: [
      'تیم ملی کریکت افغانستان در دیدار برابر پاکستان با شش ویکت به پیروزی رسید.',
      'رشید خان با گرفتن چهار ویکت بهترین بازیکن این دیدار شد.',
      'این بازی نخستین رویارویی دو تیم پس از درگیری‌های مرزی اخیر بود.',
    ],
  },
  {
    name: 'fa politics: Taliban politics, Mullah Yaqoob and Pakistan',
    title: 'اختلاف در رهبری طالبان بر سر روابط با پاکستان',
    blocks: [
      'منابع می‌گویند میان ملا یعقوب وزیر دفاع طالبان و سراج‌الدین حقانی بر سر چگونگی برخورد با پاکستان اختلاف پیدا شده است.',
      'حقانی خواهان گفتگو با اسلام‌آباد است، در حالی که ملا یعقوب بر موضع سخت تاکید دارد.',
      'رهبر طالبان هبت‌الله آخوندزاده هنوز در این باره چیزی نگفته است.',
    ],
  },
  {
    name: 'ar ttp: attack on a checkpoint in Bajaur, attackers from Afghanistan',
    title: 'مقتل خمسة جنود في هجوم على نقطة تفتيش في باجور الباكستانية',
    blocks: [
      'إسلام آباد (وكالات) قال الجيش الباكستاني إن مسلحين هاجموا نقطة تفتيش أمنية في منطقة باجور القريبة من الحدود الأفغانية ليل السبت.',
      'وأضاف أن خمسة جنود قتلوا في تبادل لإطلاق النار، بينما قتل سبعة من المهاجمين.',
      'واتهمت إسلام آباد حكومة طالبان بالسماح للمهاجمين باستخدام الأراضي الأفغانية، وهو ما نفته كابل.',
    ],
  },
  // Found by round 20P: Arabic تسلل (infiltration) is a raid's word.
  {
    name: 'ar ttp: khawarij infiltration foiled, 30 killed',
    title: 'الجيش الباكستاني يحبط محاولة تسلل من أفغانستان ويقتل 30 مسلحا',
    blocks: [
      'قال الجناح الإعلامي للجيش الباكستاني إن قوات الأمن رصدت مجموعة من الخوارج تحاول عبور الحدود من أفغانستان إلى إقليم وزيرستان الشمالي.',
      'وأضاف البيان أن 30 مسلحا قتلوا في اشتباك استمر ساعات.',
      'ودعا الجيش الحكومة الأفغانية المؤقتة إلى منع استخدام أراضيها ضد باكستان.',
    ],
  },
  // Found by round 20P: Kurram's sects and tribes fight another feud.
  {
    name: 'ar kurram: sectarian clashes in Kurram',
    title: 'ارتفاع حصيلة الاشتباكات الطائفية في كورام إلى 45 قتيلا',
    blocks: [
      'بيشاور (وكالات) قالت السلطات المحلية إن الاشتباكات القبلية بين الشيعة والسنة في منطقة كورام الباكستانية المحاذية لأفغانستان دخلت يومها الخامس.',
      'وأسفرت المعارك عن مقتل 45 شخصا وإصابة أكثر من 80 آخرين.',
      'ويسعى مجلس من الوجهاء القبليين إلى التوصل لهدنة بين الطرفين، فيما لا تزال الطريق إلى باراتشينار مغلقة.',
    ],
  },
  {
    name: 'ar iskp: ISKP attack on Taliban in Kabul',
    title: 'تنظيم الدولة يتبنى هجوما انتحاريا في كابل',
    blocks: [
      'كابل (وكالات) قتل 10 أشخاص على الأقل في هجوم انتحاري استهدف مبنى وزارة في العاصمة الأفغانية كابل.',
      'وتبنى تنظيم الدولة الإسلامية ولاية خراسان الهجوم.',
      'واتهم مسؤولون في حكومة طالبان باكستان بإيواء قادة التنظيم، وهو ما نفته إسلام آباد.',
    ],
  },
  {
    name: 'ar iran: Iran–Pakistan strikes Jan 2024',
    title: 'باكستان تشن ضربات داخل إيران ردا على هجوم بلوشستان',
    blocks: [
      'إسلام آباد (وكالات) شنت باكستان ضربات جوية على مواقع لمسلحين بلوش داخل إقليم سيستان وبلوشستان الإيراني.',
      'وجاءت الضربات بعد يومين من هجوم إيراني بالصواريخ والمسيرات على بلدة في بلوشستان الباكستانية.',
      'ودعت حكومة طالبان في أفغانستان البلدين الجارين إلى ضبط النفس.',
    ],
  },
  {
    name: 'ar india: India–Pakistan shelling, May 2025',
    title: 'قصف متبادل بين الهند وباكستان على خط المراقبة',
    blocks: [
      'تبادل الجيشان الهندي والباكستاني القصف المدفعي على طول خط المراقبة في كشمير لليلة الثالثة.',
      'وقالت باكستان إن 31 مدنيا قتلوا في الضربات الهندية.',
      'ودعت حكومة طالبان في أفغانستان إلى وقف التصعيد.',
    ],
  },
  {
    name: 'ar quake: Kunar earthquake',
    title: 'ارتفاع حصيلة زلزال كونار إلى 2200 قتيل',
    blocks: [
      'كابل (وكالات) قالت حكومة طالبان إن عدد قتلى الزلزال الذي ضرب ولايتي كونار وننغرهار تجاوز 2200 شخص.',
      'وأرسلت باكستان شاحنات مساعدات عبر معبر طورخم.',
      'ولا تزال فرق الإنقاذ تحاول الوصول إلى القرى الجبلية.',
    ],
  },
  {
    name: 'ar deport: deportations through Torkham',
    title: 'باكستان ترحل آلاف الأفغان عبر طورخم',
    blocks: [
      'قالت سلطات طالبان إن أكثر من عشرة آلاف أفغاني عادوا من باكستان عبر معبر طورخم خلال يوم واحد.',
      'وشنت الشرطة الباكستانية حملات دهم واعتقال في بيشاور وكراتشي.',
      'وطالبت المفوضية الأممية لشؤون اللاجئين بوقف الترحيل القسري.',
    ],
  },
  {
    name: 'ar trade: Torkham closed, trucks stuck',
    title: 'إغلاق معبر طورخم يدخل أسبوعه الثاني',
    blocks: [
      'لا يزال معبر طورخم بين باكستان وأفغانستان مغلقا أمام حركة التجارة لليوم العاشر بسبب خلاف على إجراءات الجمارك.',
      'وتصطف مئات الشاحنات المحملة بالفواكه على جانبي الحدود.',
      'وقال تجار في جلال آباد إن خسائرهم تتجاوز مليون دولار يوميا.',
    ],
  },
  {
    name: 'ar drone: US drone strike 2012',
    title: 'مقتل ستة في غارة لطائرة أمريكية بدون طيار في وزيرستان',
    blocks: [
      'ميران شاه (وكالات) قال مسؤولون باكستانيون إن طائرة أمريكية بدون طيار أطلقت صاروخين على منزل قرب الحدود الأفغانية.',
      'وأسفرت الغارة عن مقتل ستة مسلحين يشتبه في انتمائهم لطالبان.',
      'وتحتج باكستان على هذه الغارات باعتبارها انتهاكا لسيادتها.',
    ],
  },
  // Found by round 20P: Arabic "the Red Army", "the eighties".
  {
    name: 'ar soviet: 1980s bombing of Pakistani border areas',
    title: 'ذكرى قصف المناطق الحدودية الباكستانية في الثمانينيات',
    blocks: [
      'في ثمانينيات القرن الماضي، قصفت الطائرات الأفغانية والسوفيتية مرارا مناطق حدودية داخل باكستان.',
      'وفي عام 1987 قتل العشرات في قصف سوق في باراتشينار.',
      'وكان المجاهدون الأفغان ينطلقون من باكستان لقتال الجيش الأحمر.',
    ],
  },
  {
    name: 'ar cricket: Afghanistan beat Pakistan',
    title: 'أفغانستان تهزم باكستان في الكريكيت',
    blocks: [
      'فاز منتخب أفغانستان للكريكيت على باكستان بفارق ست ويكيت في مباراة في الشارقة.',
      'وقاد راشد خان هجوم الرمي الأفغاني وأسقط أربعة ويكيت.',
      'وكانت هذه أول مواجهة بين المنتخبين بعد الاشتباكات الحدودية الأخيرة.',
    ],
  },
  {
    name: 'ar politics: Taliban internal rift over Pakistan',
    title: 'خلافات داخل طالبان حول العلاقة مع باكستان',
    blocks: [
      'تقول مصادر إن خلافا نشب بين وزير الدفاع في حكومة طالبان الملا يعقوب ووزير الداخلية سراج الدين حقاني حول التعامل مع باكستان.',
      'ويدعو حقاني إلى الحوار مع إسلام آباد بينما يتمسك يعقوب بموقف متشدد.',
      'ولم يعلق زعيم الحركة هبة الله آخوند زاده على ذلك.',
    ],
  },
  {
    name: 'ar opinion: column on refugees recalls clashes',
    title: 'اللاجئون الأفغان بين نارين',
    blocks: [
      'يعيش ملايين اللاجئين الأفغان في باكستان حالة من القلق منذ إعلان خطة الترحيل.',
      'وزادت الاشتباكات الحدودية بين البلدين العام الماضي من حدة الحملة ضدهم.',
      'ويحتاج هؤلاء إلى حلول إنسانية بعيدا عن حسابات السياسة.',
    ],
  },
  {
    name: 'en ttp: Bajaur checkpost attack, attackers crossed from Afghanistan',
    title: 'Five soldiers killed as militants storm checkpost in Bajaur',
    blocks: [
      'PESHAWAR: Five soldiers were martyred when militants attacked a security forces checkpost in Bajaur district late on Saturday, the ISPR said.',
      "In the ensuing exchange of fire, seven attackers were also killed, the military's media wing added.",
      'Officials said the attackers had crossed over from Afghanistan and that Islamabad had lodged a strong protest with the Taliban government in Kabul.',
      'A clearance operation is under way in the area near the Pak-Afghan border.',
    ],
  },
  {
    name: 'en ttp: khawarij infiltration bid foiled in North Waziristan',
    title: 'Security forces foil infiltration bid from Afghanistan, kill 30 khawarij',
    blocks: [
      'RAWALPINDI: Security forces on Sunday foiled an attempt by a group of khawarij to infiltrate into North Waziristan from Afghanistan, killing 30 of them, the ISPR said.',
      'The movement was picked up along the Pakistan-Afghanistan border in the Hassan Khel area and the group was engaged with precise fire.',
      'Pakistan expects the interim Afghan government to fulfil its responsibilities in effective border management, the statement added.',
    ],
  },
  // Found by round 20P: Kurram's sects and tribes fight another feud.
  {
    name: 'en kurram: sectarian clashes in Kurram',
    title: 'Death toll from Kurram clashes rises to 43 as ceasefire efforts falter',
    blocks: [
      "PARACHINAR: At least 43 people have been killed in five days of sectarian clashes between rival tribes in Kurram district, which borders Afghanistan's Paktia and Khost provinces.",
      'Heavy weapons including mortars have been used by both sides, officials said.',
      'A jirga of elders is trying to broker a ceasefire, while the Parachinar-Peshawar road remains closed.',
    ],
  },
  {
    name: 'en iskp: ISKP bombing in Kabul',
    title: 'Suicide bombing near Kabul ministry kills 12; IS claims attack',
    blocks: [
      'KABUL: A suicide bomber killed at least 12 people outside a ministry building in the Afghan capital, Taliban spokesman Zabihullah Mujahid said.',
      "The Islamic State's Khorasan branch claimed responsibility.",
      'Taliban officials have in the past accused Pakistan of sheltering IS-K fighters, a charge Islamabad rejects.',
    ],
  },
  {
    name: 'en iran: Pakistan strikes Iran, Jan 2024',
    title: 'Pakistan carries out retaliatory strikes inside Iran',
    blocks: [
      "ISLAMABAD: Pakistan said on Thursday it had carried out precision military strikes against militant hideouts in Iran's Sistan-Baluchestan province, killing nine people.",
      "The strikes came two days after Iran hit what it said were Jaish al-Adl bases in Pakistan's Balochistan province.",
      "Afghanistan's Taliban government urged both neighbours to show restraint, while analysts noted Pakistan now faces hostile borders to the east and west.",
    ],
  },
  {
    name: 'en india: May 2025 strikes and shelling',
    title: 'India strikes Pakistan; heavy shelling along Line of Control',
    blocks: [
      'ISLAMABAD: India launched missile strikes on six sites in Pakistan overnight, killing 26 civilians, the military said.',
      'Pakistani and Indian troops exchanged heavy artillery fire along the Line of Control in Kashmir.',
      'The Taliban administration in Afghanistan called on both sides to exercise restraint.',
    ],
  },
  {
    name: 'en quake: Kunar earthquake',
    title: 'Afghan quake toll passes 2,200 as aid arrives via Torkham',
    blocks: [
      'JALALABAD: The death toll from the earthquake in Kunar and Nangarhar provinces has passed 2,200, Taliban officials said.',
      'Pakistan sent trucks of relief goods through the Torkham crossing.',
      'Rescuers are still struggling to reach mountain villages cut off by landslides.',
    ],
  },
  {
    name: 'en deport: deportations at Torkham',
    title: 'Thousands of Afghans pushed out through Torkham as deadline expires',
    blocks: [
      "TORKHAM: More than 10,000 Afghans crossed back through the Torkham border on Tuesday as Pakistan's deadline for undocumented migrants expired.",
      'Police in Islamabad and Karachi detained hundreds in raids, rights groups said.',
      'The Taliban government urged Pakistan to halt forced deportations.',
    ],
  },
  {
    name: 'en trade: Chaman closed over visa rule',
    title: 'Chaman border shut for tenth day as traders protest passport rule',
    blocks: [
      "CHAMAN: The Friendship Gate remained closed for a tenth day as protesters blocked the crossing against Pakistan's new passport and visa requirement.",
      'Hundreds of trucks are stranded on both sides, and traders in Spin Boldak say losses run into millions.',
      'Police fired tear gas to disperse protesters who tried to march on the border, injuring several.',
    ],
  },
  {
    name: 'en drone: US drone strike 2013',
    title: 'US drone strike kills six in North Waziristan',
    blocks: [
      'MIRANSHAH: A US drone fired two missiles at a compound near the Afghan border in North Waziristan, killing six suspected militants, officials said.',
      "Pakistan's foreign office condemned the strike as a violation of its sovereignty.",
      'The CIA-run programme has carried out hundreds of strikes in the tribal areas.',
    ],
  },
  // Found by round 20P: "the 1980s" is the Soviet war's decade.
  {
    name: 'en soviet: Afghan jets bombed Pakistani villages in the 1980s',
    title: "When Afghan jets bombed Pakistan's border villages",
    blocks: [
      'During the 1980s, aircraft of the Kabul regime repeatedly violated Pakistani airspace and bombed border villages.',
      'In 1987, an air raid on a bazaar in Parachinar killed dozens.',
      'The mujahideen used Pakistan as a base to fight the Soviet occupation of Afghanistan.',
    ],
  },
  // Found by round 20P: "clash" beside words of cricket is the match.
  {
    name: 'en cricket: Afghanistan v Pakistan clash in Sharjah',
    title: 'Afghanistan crush Pakistan in tri-series clash',
    blocks: [
      'SHARJAH: Afghanistan thrashed Pakistan by six wickets in a fiery clash on Friday.',
      "Rashid Khan's spell ripped through Pakistan's batting as they were bowled out for 130.",
      'Tempers flared between players of the two sides, the first meeting since the border fighting in October.',
    ],
  },
  {
    name: 'en opinion: column on economy recalls clashes',
    title: "Pakistan's trade deficit and the cost of closed borders",
    blocks: [
      "Pakistan's exports fell again last quarter as the rupee weakened.",
      'The October clashes with the Afghan Taliban and the weeks-long closure of Torkham and Chaman cost traders dearly.',
      'Policymakers must now focus on tax reform and energy.',
    ],
  },
  {
    name: 'en cricket: Asia Cup clash, no tri-series',
    title: 'Afghanistan stun Pakistan in Asia Cup clash',
    blocks: [
      'DUBAI: Afghanistan beat Pakistan by six wickets in a fiery Asia Cup clash on Friday.',
      "Rashid Khan's spell tore through Pakistan's batting as they were bowled out for 130.",
      "Tempers flared between the two sides' players, the first meeting since the border fighting in October.",
    ],
  },
  {
    name: 'ru ttp: attack on a checkpoint in Bajaur, attackers from Afghanistan',
    title: 'В Пакистане боевики напали на блокпост в Баджауре, погибли пять военных',
    blocks: [
      'ИСЛАМАБАД, 12 марта. Боевики атаковали блокпост сил безопасности в округе Баджаур на северо-западе Пакистана, сообщила пресс-служба армии.',
      'В перестрелке погибли пять военнослужащих и семь нападавших.',
      'Пакистанские власти заявили, что боевики пришли с территории Афганистана, и потребовали от талибов принять меры.',
    ],
  },
  {
    name: 'ru ttp: infiltration foiled, 30 killed',
    title: 'Армия Пакистана уничтожила 30 боевиков при попытке проникновения из Афганистана',
    blocks: [
      'Пакистанские силы безопасности пресекли попытку группы боевиков проникнуть из Афганистана в Северный Вазиристан, сообщила армия.',
      'В ходе перестрелки уничтожены 30 боевиков.',
      'Армия призвала временное правительство Афганистана усилить контроль на границе.',
    ],
  },
  // Found by round 20P: Kurram's sects and tribes fight another feud.
  {
    name: 'ru kurram: sectarian clashes',
    title: 'Число жертв межконфессиональных столкновений в Курраме выросло до 43',
    blocks: [
      'Столкновения между шиитскими и суннитскими племенами в пакистанском округе Куррам на границе с Афганистаном продолжаются пятый день.',
      'Погибли 43 человека, более 80 ранены.',
      'Совет старейшин пытается добиться перемирия между сторонами.',
    ],
  },
  {
    name: 'ru iran: Iran–Pakistan strikes',
    title: 'Пакистан нанес удары по территории Ирана',
    blocks: [
      'Пакистан нанес удары по позициям боевиков в иранской провинции Систан и Белуджистан, погибли девять человек.',
      'Удары последовали через два дня после атаки Ирана на пакистанский Белуджистан.',
      'Талибы в Афганистане призвали соседей к сдержанности.',
    ],
  },
  {
    name: 'ru soviet: Soviet war recollection',
    title: 'Как афганская авиация бомбила пакистанские деревни',
    blocks: [
      'В 1980-е годы самолеты правительства в Кабуле неоднократно нарушали воздушное пространство Пакистана и бомбили приграничные деревни.',
      'В 1987 году при авиаударе по рынку в Парачинаре погибли десятки человек.',
      'Моджахеды воевали против советских войск с баз в Пакистане.',
    ],
  },
  {
    name: 'ru cricket',
    title: 'Афганистан обыграл Пакистан в матче по крикету',
    blocks: [
      'Сборная Афганистана по крикету победила Пакистан в матче Кубка Азии в Дубае.',
      'Рашид Хан взял четыре калитки.',
      'Это первая встреча команд после пограничных столкновений в октябре.',
    ],
  },
  {
    name: 'hi ttp: Bajaur checkpost attack',
    title: 'पाकिस्तान के बाजौर में चौकी पर आतंकी हमला, पांच सैनिकों की मौत',
    blocks: [
      'पाकिस्तान के खैबर पख्तूनख्वा के बाजौर जिले में आतंकियों ने सुरक्षा बलों की एक चौकी पर हमला किया जिसमें पांच सैनिक मारे गए।',
      'जवाबी गोलीबारी में सात हमलावर भी मारे गए।',
      'पाकिस्तानी अधिकारियों ने कहा कि हमलावर अफगानिस्तान से आए थे और तालिबान सरकार से कार्रवाई की मांग की।',
    ],
  },
  // Found by round 20P: Kurram's sects and tribes fight another feud.
  {
    name: 'hi kurram: sectarian clashes',
    title: 'कुर्रम में सांप्रदायिक झड़पें, 43 लोगों की मौत',
    blocks: [
      'पाकिस्तान के अफगानिस्तान से सटे कुर्रम जिले में शिया और सुन्नी कबीलों के बीच झड़पें पांचवें दिन भी जारी रहीं।',
      'अब तक 43 लोगों की मौत हो चुकी है।',
      'बुजुर्गों की एक जिरगा संघर्ष विराम की कोशिश कर रही है।',
    ],
  },
  {
    name: 'hi india: Operation Sindoor',
    title: 'ऑपरेशन सिंदूर: भारत ने पाकिस्तान में नौ ठिकानों पर हमला किया',
    blocks: [
      'भारतीय सेना ने पाकिस्तान और पाक अधिकृत कश्मीर में नौ आतंकी ठिकानों पर मिसाइल हमले किए।',
      'नियंत्रण रेखा पर भारी गोलाबारी जारी है।',
      'अफगानिस्तान की तालिबान सरकार ने दोनों देशों से संयम बरतने की अपील की।',
    ],
  },
  {
    name: 'hi cricket',
    title: 'एशिया कप: अफगानिस्तान ने पाकिस्तान को हराया',
    blocks: [
      'अफगानिस्तान ने एशिया कप के रोमांचक मुकाबले में पाकिस्तान को छह विकेट से हरा दिया।',
      'राशिद खान ने चार विकेट लिए।',
      'मैच के दौरान दोनों टीमों के खिलाड़ियों के बीच तीखी झड़प भी हुई।',
    ],
  },
  {
    name: 'tr ttp: Bajaur checkpoint attack',
    title: "Pakistan'ın Bajaur bölgesinde kontrol noktasına saldırı: 5 asker öldü",
    blocks: [
      'Pakistan ordusu, Bajaur bölgesinde militanların bir güvenlik kontrol noktasına saldırdığını ve çıkan çatışmada beş askerin öldüğünü açıkladı.',
      'Yedi saldırganın da etkisiz hale getirildiği belirtildi.',
      "Pakistanlı yetkililer saldırganların Afganistan'dan geldiğini ileri sürdü.",
    ],
  },
  // Found by round 20P: Kurram's sects and tribes fight another feud.
  {
    name: 'tr kurram: sectarian clashes',
    title: "Pakistan'ın Kurram bölgesinde mezhep çatışmaları: 43 ölü",
    blocks: [
      'Afganistan sınırındaki Kurram bölgesinde Şii ve Sünni aşiretler arasındaki çatışmalar beşinci gününe girdi.',
      'Çatışmalarda 43 kişi hayatını kaybetti.',
      'Aşiret büyükleri ateşkes için arabuluculuk yapıyor.',
    ],
  },
  {
    name: 'tr cricket',
    title: "Afganistan, Asya Kupası'nda Pakistan'ı yendi",
    blocks: [
      "Afganistan kriket takımı Asya Kupası maçında Pakistan'ı altı wicket farkla yendi.",
      'Raşid Han dört wicket aldı.',
      'Maç, iki ülke arasındaki sınır çatışmalarından sonraki ilk karşılaşmaydı.',
    ],
  },
  {
    name: 'de ttp: Bajaur checkpoint attack',
    title: 'Pakistan: Fünf Soldaten bei Angriff auf Kontrollposten in Bajaur getötet',
    blocks: [
      'Islamabad. Bewaffnete Extremisten haben im Bezirk Bajaur im Nordwesten Pakistans einen Kontrollposten angegriffen und fünf Soldaten getötet.',
      'Bei dem Feuergefecht seien auch sieben Angreifer getötet worden, teilte die Armee mit.',
      'Pakistan wirft den Taliban in Afghanistan vor, den Angreifern Unterschlupf zu gewähren.',
    ],
  },
  {
    name: 'de kurram: sectarian clashes',
    title: 'Pakistan: Dutzende Tote bei Stammeskämpfen in Kurram',
    blocks: [
      'Bei Kämpfen zwischen schiitischen und sunnitischen Stämmen im pakistanischen Bezirk Kurram an der Grenze zu Afghanistan sind mindestens 43 Menschen getötet worden.',
      'Die Gefechte dauern bereits fünf Tage an.',
      'Ein Ältestenrat bemüht sich um eine Waffenruhe.',
    ],
  },
  {
    name: 'de iran: Iran–Pakistan strikes',
    title: 'Pakistan greift Ziele im Iran an',
    blocks: [
      'Pakistan hat nach eigenen Angaben Luftangriffe auf Stellungen von Extremisten in der iranischen Provinz Sistan-Belutschistan geflogen.',
      'Zuvor hatte Iran Ziele in Belutschistan angegriffen.',
      'Die Taliban-Regierung in Afghanistan rief beide Nachbarn zur Zurückhaltung auf.',
    ],
  },
  {
    name: 'fr ttp: Bajaur checkpoint attack',
    title: "Pakistan : cinq soldats tués dans l'attaque d'un poste à Bajaur",
    blocks: [
      "Des militants armés ont attaqué un poste de contrôle dans le district de Bajaur, dans le nord-ouest du Pakistan, tuant cinq soldats, selon l'armée.",
      'Sept assaillants ont également été tués lors des échanges de tirs.',
      "Islamabad accuse les talibans afghans d'abriter les assaillants.",
    ],
  },
  // Found by round 20P: Kurram's sects and tribes fight another feud.
  {
    name: 'fr kurram: sectarian clashes',
    title: 'Pakistan : au moins 43 morts dans des affrontements confessionnels à Kurram',
    blocks: [
      "Des affrontements entre tribus chiites et sunnites dans le district de Kurram, frontalier de l'Afghanistan, ont fait au moins 43 morts en cinq jours.",
      'Les combats se poursuivent malgré les appels au calme.',
      "Une jirga d'anciens tente d'obtenir un cessez-le-feu.",
    ],
  },
  {
    name: 'fr cricket',
    title: "Cricket : l'Afghanistan bat le Pakistan en Coupe d'Asie",
    blocks: [
      "L'Afghanistan a battu le Pakistan de six guichets lors d'un match tendu de la Coupe d'Asie.",
      'Rashid Khan a pris quatre guichets.',
      "C'était la première rencontre depuis les affrontements frontaliers d'octobre.",
    ],
  },
  {
    name: 'zh ttp: Bajaur checkpoint attack',
    title: '巴基斯坦巴焦尔检查站遇袭 5名士兵死亡',
    blocks: [
      '据巴基斯坦军方消息，武装分子周六晚袭击了巴焦尔地区的一个安全检查站，双方交火中5名士兵死亡。',
      '军方称7名袭击者被击毙。',
      '巴方官员称袭击者来自阿富汗，并要求塔利班政府采取行动。',
    ],
  },
  // Found by round 20P: Kurram's sects and tribes fight another feud.
  {
    name: 'zh kurram: sectarian clashes',
    title: '巴基斯坦库拉姆教派冲突死亡人数升至43人',
    blocks: ['巴基斯坦与阿富汗接壤的库拉姆地区什叶派和逊尼派部落之间的冲突已持续五天。', '冲突已造成43人死亡。', '部落长老正在斡旋停火。'],
  },
  {
    name: 'zh cricket',
    title: '亚洲杯板球赛阿富汗击败巴基斯坦',
    blocks: ['阿富汗队在亚洲杯比赛中以六个柱门的优势击败巴基斯坦队。', '拉希德汗拿下四个柱门。', '这是两国边境冲突后两队首次交锋。'],
  },
  {
    name: 'ur ttp: Chitral posts attacked by TTP from Nuristan',
    title: 'چترال میں کالعدم ٹی ٹی پی کا چیک پوسٹوں پر حملہ پسپا، 12 دہشت گرد ہلاک',
    blocks: [
      'چترال (نمائندہ) آئی ایس پی آر کے مطابق کالعدم تحریک طالبان پاکستان کے سینکڑوں دہشت گردوں نے افغان صوبے نورستان اور کنڑ سے آ کر چترال کی دو سرحدی چیک پوسٹوں پر حملہ کیا۔',
      'سیکیورٹی فورسز کی جوابی کارروائی میں 12 دہشت گرد ہلاک جبکہ چار جوان شہید ہو گئے۔',
      'دفتر خارجہ نے افغان عبوری حکومت سے مطالبہ کیا ہے کہ وہ دہشت گردوں کو اپنی سرزمین استعمال نہ کرنے دے۔',
    ],
  },
  {
    name: 'ur ttp: Zhob infiltrators killed at Sambaza',
    title: 'ژوب میں افغانستان سے دراندازی کرنے والے 17 خوارج ہلاک',
    blocks: [
      'راولپنڈی (ویب ڈیسک) آئی ایس پی آر کے مطابق ژوب کے علاقے سمبازہ میں خوارج کا ایک گروہ افغانستان سے پاکستان میں داخل ہونے کی کوشش کر رہا تھا۔',
      'سیکیورٹی فورسز نے گھیراؤ کر کے شدید فائرنگ کے تبادلے میں 17 خوارج کو ہلاک کر دیا۔',
      'ترجمان کے مطابق افغان طالبان حکومت سے سرحد کی مؤثر نگرانی کا مطالبہ کیا گیا ہے۔',
    ],
  },
  {
    name: 'ur kurram: convoy attack near Parachinar',
    title: 'کرم میں مسافر گاڑیوں کے قافلے پر فائرنگ، 42 افراد جاں بحق',
    blocks: [
      'پاراچنار (نمائندہ) ضلع کرم کے علاقے بگن کے قریب پاراچنار سے پشاور جانے والی مسافر گاڑیوں کے قافلے پر مسلح افراد نے فائرنگ کی۔',
      'حملے میں خواتین اور بچوں سمیت 42 افراد جاں بحق ہو گئے۔',
      'افغان سرحد سے ملحقہ اس ضلع میں فرقہ وارانہ کشیدگی کے باعث سڑک کئی ہفتوں سے بند تھی۔',
    ],
  },
  {
    name: 'ur drone: quadcopter strike in Mir Ali kills children',
    title: 'میر علی میں ڈرون حملہ، چار بچے جاں بحق',
    blocks: [
      'میران شاہ (نمائندہ) شمالی وزیرستان کی تحصیل میر علی کے ایک گاؤں میں ڈرون حملے میں چار بچے جاں بحق اور پانچ افراد زخمی ہو گئے۔',
      'مقامی لوگوں نے لاشیں سڑک پر رکھ کر احتجاج کیا اور افغان سرحد کی طرف جانے والی شاہراہ بند کر دی۔',
      'پولیس کا کہنا ہے کہ واقعے کی تحقیقات کی جا رہی ہیں۔',
    ],
  },
  {
    name: 'ur tirah: jets bomb Tirah valley village',
    title: 'وادی تیراہ میں بمباری، خواتین اور بچوں سمیت 24 افراد جاں بحق',
    blocks: [
      'پشاور (نمائندہ) ضلع خیبر کی وادی تیراہ میں رات گئے ایک گاؤں پر بمباری سے خواتین اور بچوں سمیت 24 افراد جاں بحق ہو گئے۔',
      'مقامی افراد کا کہنا ہے کہ گاؤں میں خوارج کے ٹھکانے نہیں تھے۔',
      'صوبائی حکومت نے واقعے کی تحقیقات کا حکم دے دیا ہے، یہ علاقہ افغان سرحد کے قریب واقع ہے۔',
    ],
  },
  {
    name: 'ur cricket: fans clash in stadium',
    title: 'پاک افغان میچ کے بعد شائقین میں جھڑپ',
    blocks: [
      'دبئی (اسپورٹس ڈیسک) ایشیا کپ میں پاکستان اور افغانستان کے میچ کے بعد اسٹیڈیم میں دونوں ملکوں کے شائقین کے درمیان جھڑپ ہو گئی۔',
      'پولیس نے مداخلت کر کے صورتحال پر قابو پایا، کئی افراد زخمی ہوئے۔',
      'آئی سی سی نے واقعے کی رپورٹ طلب کر لی ہے۔',
    ],
  },
  {
    name: 'ur deport: refugees and police clash in Peshawar camp',
    title: 'پشاور میں افغان مہاجرین اور پولیس میں جھڑپ',
    blocks: [
      'پشاور (اسٹاف رپورٹر) افغان مہاجرین کے کیمپ کو خالی کرانے کے دوران پولیس اور مہاجرین میں جھڑپ ہوئی۔',
      'پولیس نے آنسو گیس استعمال کی اور متعدد افغان باشندوں کو گرفتار کر لیا گیا۔',
      'طالبان حکومت نے پاکستان سے افغانوں کے ساتھ بدسلوکی بند کرنے کا مطالبہ کیا ہے۔',
    ],
  },
  {
    name: 'ur india: Jaffar Express blamed on India and Afghanistan',
    title: 'جعفر ایکسپریس حملہ: پاکستان کا بھارت اور افغانستان پر الزام',
    blocks: [
      'اسلام آباد (ویب ڈیسک) دفتر خارجہ کے ترجمان نے کہا کہ جعفر ایکسپریس پر حملہ کرنے والے دہشت گرد افغانستان میں اپنے سرپرستوں سے رابطے میں تھے۔',
      'ترجمان نے کہا کہ بھارت افغان سرزمین کو پاکستان کے خلاف استعمال کر رہا ہے۔',
      'سیکیورٹی فورسز کے آپریشن میں 33 دہشت گرد ہلاک ہوئے تھے۔',
    ],
  },
  {
    name: 'fa ttp: Pakistani army operation in Tirah against TTP',
    title: 'عملیات ارتش پاکستان در دره تیراه؛ ۲۰ شبه‌نظامی کشته شدند',
    blocks: [
      'ارتش پاکستان می‌گوید در عملیاتی در دره تیراه در ایالت خیبرپختونخوا ۲۰ عضو تحریک طالبان پاکستان را کشته است.',
      'در این درگیری سه سرباز پاکستانی نیز کشته شدند.',
      'این منطقه در نزدیکی مرز افغانستان قرار دارد و پاکستان حکومت طالبان را به پناه دادن به این گروه متهم می‌کند.',
    ],
  },
  {
    name: 'fa cricket: fans clash after match',
    title: 'درگیری هواداران افغانستان و پاکستان پس از مسابقه',
    blocks: [
      'پس از مسابقه کریکت افغانستان و پاکستان در جام آسیا، میان هواداران دو کشور در ورزشگاه درگیری رخ داد.',
      'پلیس دبی چند نفر را بازداشت کرد.',
      'شورای بین‌المللی کریکت گفته است این رویداد را بررسی می‌کند.',
    ],
  },
  {
    name: 'fa deport: refugees beaten by Pakistani police',
    title: 'بازداشت و ضرب و شتم مهاجران افغان توسط پلیس پاکستان',
    blocks: [
      'پلیس پاکستان در اسلام‌آباد صدها مهاجر افغان را بازداشت کرده و به گفته شاهدان برخی را مورد ضرب و شتم قرار داده است.',
      'سخنگوی حکومت طالبان این برخورد را محکوم کرد و از پاکستان خواست به اخراج اجباری پایان دهد.',
      'بیش از ۸۰۰ هزار مهاجر امسال از طریق تورخم و سپین بولدک برگشته‌اند.',
    ],
  },
  {
    name: 'fa iskp: ISKP attack in Kunduz',
    title: 'حمله داعش بر یک مسجد در کندز',
    blocks: [
      'یک انفجار در مسجدی در شهر کندز دست‌کم ۲۰ کشته برجا گذاشت.',
      'شاخه خراسان داعش مسئولیت این حمله را بر عهده گرفت.',
      'حکومت طالبان گفت عاملان از پایگاه‌هایی در خاک پاکستان آمده بودند و از اسلام‌آباد خواست علیه آنها اقدام کند.',
    ],
  },
  // Found by round 20P: Arabic طالبان باكستان is the TTP, not the Taliban and Pakistan.
  {
    name: 'ar ttp: Chitral attack from Nuristan',
    title: 'مقتل أربعة جنود باكستانيين في هجوم لطالبان باكستان في شترال',
    blocks: [
      'قال الجيش الباكستاني إن مئات من مقاتلي حركة طالبان باكستان هاجموا موقعين حدوديين في منطقة شترال قادمين من ولاية نورستان الأفغانية.',
      'وأضاف أن 12 مسلحا قتلوا في الاشتباكات.',
      'وطالبت إسلام آباد كابل بمنع استخدام أراضيها لشن هجمات.',
    ],
  },
  // Found by round 20P: Arabic طالبان باكستان is the TTP, not the Taliban and Pakistan.
  {
    name: 'ar tirah: jets bomb Tirah village',
    title: 'مقتل 24 مدنيا في قصف جوي على قرية في وادي تيراه الباكستاني',
    blocks: [
      'قال سكان إن طائرات قصفت قرية في وادي تيراه بإقليم خيبر بختونخوا، ما أسفر عن مقتل 24 مدنيا بينهم نساء وأطفال.',
      'وقالت السلطات إن القصف استهدف مخابئ لمسلحي طالبان باكستان.',
      'وتقع المنطقة قرب الحدود مع أفغانستان.',
    ],
  },
  {
    name: 'ar cricket: fans clash',
    title: 'اشتباك بين مشجعي أفغانستان وباكستان بعد مباراة الكريكيت',
    blocks: [
      'اندلع اشتباك بين مشجعي منتخبي أفغانستان وباكستان في ملعب دبي عقب مباراة في كأس آسيا للكريكيت.',
      'وتدخلت الشرطة لفض العراك.',
      'وفتح المجلس الدولي للكريكيت تحقيقا في الحادث.',
    ],
  },
  // Found by round 20P: deportees against police are the refugees' story.
  {
    name: 'ps deport: refugees clash with police at Torkham',
    title: 'په تورخم کې د کډوالو او پاکستاني پولیسو ترمنځ نښته',
    blocks: [
      'په تورخم کې هغو افغان کډوالو چې له پاکستانه ایستل کېدل، له پاکستاني پولیسو سره لانجه وکړه او نښته رامنځته شوه.',
      'پولیسو د اوښکو بهونکي ګاز وکاراوه او لسګونه کسان ټپیان شول.',
      'د طالبانو حکومت له پاکستانه غوښتي چې له کډوالو سره ښه چلند وکړي.',
    ],
  },
  {
    name: 'ps ttp: Pakistani Taliban attack in Bajaur',
    title: 'په باجوړ کې پر پوځي کاروان برید، اته سرتیري ووژل شول',
    blocks: [
      'د پاکستان پوځ وايي په باجوړ کې پر یوه پوځي کاروان بریدګرو ډزې وکړې او اته سرتیري یې ووژل.',
      'پوځ ادعا کړې چې بریدګرو د افغانستان له خاورې څخه پوله اوښتې وه.',
      'د طالبانو ویاند ذبیح الله مجاهد دا ادعا رد کړې.',
    ],
  },
  {
    name: 'en tirah: jets bomb Tirah valley',
    title: 'Airstrike kills 24 in Tirah valley, residents say',
    blocks: [
      "PESHAWAR: At least 24 people, including women and children, were killed when jets bombed a village in Khyber district's Tirah valley, residents said.",
      'Officials said the strike targeted hideouts of the Pakistani Taliban and denied civilian deaths.',
      'The remote valley lies close to the Afghan border.',
    ],
  },
  // Found by round 20P: deportees against police are the refugees' story.
  {
    name: 'en deport: refugees clash with police at Torkham',
    title: 'Afghan deportees clash with police at Torkham',
    blocks: [
      'TORKHAM: Afghan families being deported clashed with Pakistani police at the Torkham border on Monday after being held for days without food.',
      'Police fired tear gas and several people were injured.',
      'The Taliban government demanded that Pakistan treat returning Afghans with dignity.',
    ],
  },
  {
    name: 'en opinion: Taliban politics column',
    title: "The Taliban's quiet power struggle",
    blocks: [
      'Mullah Yaqoob and Sirajuddin Haqqani disagree over how hard to push back against Pakistan.',
      "Haqqani favours talks with Islamabad, while Yaqoob's allies point to October's border clashes as proof that force works.",
      'For now, supreme leader Hibatullah Akhundzada has sided with neither.',
    ],
  },
  {
    name: 'ru drone: US drone 2010',
    title: 'Американский беспилотник нанес удар в Северном Вазиристане',
    blocks: [
      'Американский беспилотник нанес ракетный удар по дому в Северном Вазиристане у границы с Афганистаном, погибли шесть боевиков.',
      'Пакистан осудил удар как нарушение суверенитета.',
      'ЦРУ проводит такие удары в племенных районах с 2004 года.',
    ],
  },
  // Found by round 20P: "the 1980s" is the Soviet war's decade.
  {
    name: 'hi soviet: Soviet war',
    title: '1980 के दशक में अफगान विमानों ने पाकिस्तानी गांवों पर बमबारी की',
    blocks: [
      '1980 के दशक में सोवियत समर्थित अफगान सरकार के विमानों ने कई बार पाकिस्तान के सीमावर्ती गांवों पर बमबारी की।',
      'मुजाहिदीन पाकिस्तान से सोवियत सेना के खिलाफ लड़ते थे।',
    ],
  },
  {
    name: 'zh soviet: Soviet war',
    title: '上世纪八十年代阿富汗战机轰炸巴基斯坦边境村庄',
    blocks: ['上世纪八十年代，苏联支持的阿富汗政府战机多次空袭巴基斯坦边境村庄。', '阿富汗圣战者以巴基斯坦为基地对抗苏联军队。'],
  },
  {
    name: 'tr soviet: Soviet war',
    title: "1980'li yıllarda Afgan uçakları Pakistan köylerini bombaladı",
    blocks: [
      "1980'li yıllarda Sovyet destekli Afgan hükümetinin uçakları Pakistan'ın sınır köylerini defalarca bombaladı.",
      "Mücahitler Pakistan'dan Sovyet ordusuna karşı savaşıyordu.",
    ],
  },
  // Found by round 20P: protesters fired on at a crossing are their story.
  {
    name: 'ur chaman: FC fires on sit-in protesters at Chaman',
    title: 'چمن دھرنا: مظاہرین پر فائرنگ، تین افراد جاں بحق',
    blocks: [
      'چمن (نمائندہ) پاک افغان سرحد پر ون ڈاکومنٹ رجیم کے خلاف جاری دھرنے کے شرکاء پر فائرنگ سے تین افراد جاں بحق اور 20 زخمی ہو گئے۔',
      'مظاہرین کا الزام ہے کہ فرنٹیئر کور کے اہلکاروں نے سیدھی فائرنگ کی۔',
      'واقعے کے بعد باب دوستی پر آمدورفت معطل رہی اور سپین بولدک کی جانب سے آنے والے مسافر پھنس گئے۔',
    ],
  },
  // Found by round 20P: forces firing on smugglers are the smugglers' story.
  {
    name: 'ur smuggling: FC fires on smugglers near Torkham',
    title: 'طورخم کے قریب اسمگلروں اور ایف سی میں فائرنگ کا تبادلہ، دو اسمگلر ہلاک',
    blocks: [
      'لنڈی کوتل (نمائندہ) طورخم بارڈر کے قریب غیر قانونی راستے سے سامان افغانستان لے جانے والے اسمگلروں اور فرنٹیئر کور کے درمیان فائرنگ کا تبادلہ ہوا۔',
      'فائرنگ میں دو اسمگلر ہلاک جبکہ ایک اہلکار زخمی ہو گیا۔',
      'ایف سی حکام کے مطابق سرحد پر اسمگلنگ کے خلاف کارروائیاں جاری رہیں گی۔',
    ],
  },
  {
    name: 'ur bajaur: army operation, shelling and curfew, thousands displaced',
    title: 'باجوڑ آپریشن: کرفیو نافذ، گولہ باری سے ہزاروں افراد نقل مکانی پر مجبور',
    blocks: [
      'خار (نمائندہ) باجوڑ کی تحصیل ماموند میں خوارج کے خلاف ٹارگٹڈ آپریشن کے دوران مارٹر گولہ باری سے متعدد مکانات کو نقصان پہنچا۔',
      'ضلعی انتظامیہ نے 16 دیہات میں کرفیو نافذ کر دیا ہے اور ہزاروں خاندان خار منتقل ہو گئے ہیں۔',
      'حکام کا کہنا ہے کہ خوارج افغان سرحد کے قریب پہاڑی علاقوں میں چھپے ہوئے ہیں اور افغانستان سے مدد حاصل کرتے ہیں۔',
    ],
  },
  {
    name: "ur trade: Torkham closed for weeks after the clashes, traders' losses",
    title: 'طورخم کی بندش سے تاجروں کو اربوں کا نقصان',
    blocks: [
      'پشاور (اسٹاف رپورٹر) طورخم سرحد گزشتہ ماہ کی جھڑپوں کے بعد سے تجارت کے لیے بند ہے۔',
      'سرحد چیمبر کے مطابق روزانہ 15 لاکھ ڈالر کی تجارت متاثر ہو رہی ہے اور 3000 ٹرک پھنسے ہوئے ہیں۔',
      'تاجروں نے حکومت سے مطالبہ کیا ہے کہ افغانستان کے ساتھ تجارت فوری بحال کی جائے۔',
    ],
  },
  {
    name: 'ur ttp: Afghan nationals among khawarij killed',
    title: 'شمالی وزیرستان میں آپریشن، افغان شہریوں سمیت 13 خوارج ہلاک',
    blocks: [
      'راولپنڈی (ویب ڈیسک) آئی ایس پی آر کے مطابق شمالی وزیرستان کے علاقے دتہ خیل میں سیکیورٹی فورسز کی کارروائی میں 13 خوارج ہلاک ہو گئے۔',
      'ہلاک ہونے والوں میں چار افغان شہری بھی شامل ہیں جو پاکستان میں دہشت گردی کے لیے استعمال ہو رہے تھے۔',
      'ترجمان نے کہا کہ افغان عبوری حکومت اپنی سرزمین کے استعمال کو روکے۔',
    ],
  },
  {
    name: 'fa chaman: protesters shot at Chaman',
    title: 'تیراندازی بر معترضان در چمن؛ سه نفر کشته شدند',
    blocks: [
      'نیروهای امنیتی پاکستان در شهر مرزی چمن به سوی معترضانی که علیه قوانین جدید گذرنامه تحصن کرده بودند تیراندازی کردند.',
      'در این رویداد سه نفر کشته و ۲۰ نفر زخمی شدند.',
      'گذرگاه سپین بولدک-چمن پس از این رویداد بسته شد.',
    ],
  },
  // Found by round 20P: forces firing on smugglers are the smugglers' story.
  {
    name: 'fa smuggling: Pakistani forces fire on smugglers',
    title: 'کشته شدن دو قاچاقبر با شلیک نیروهای پاکستانی در نزدیکی تورخم',
    blocks: [
      'نیروهای مرزی پاکستان در نزدیکی گذرگاه تورخم به سوی گروهی از قاچاقبران که از مسیر غیرقانونی به افغانستان می‌رفتند شلیک کردند.',
      'دو قاچاقبر کشته و یک نفر زخمی شد.',
      'مقام‌های پاکستانی می‌گویند مبارزه با قاچاق در مرز ادامه خواهد داشت.',
    ],
  },
  {
    name: 'fa trade: transit trade suspended after the clashes',
    title: 'زیان میلیونی تاجران افغان از بسته ماندن تورخم',
    blocks: [
      'گذرگاه تورخم پس از درگیری‌های ماه گذشته هنوز برای تجارت بسته است.',
      'اتاق تجارت افغانستان می‌گوید روزانه یک میلیون دالر زیان می‌بینند و صدها کامیون میوه در دو سوی مرز مانده‌اند.',
      'تاجران از حکومت طالبان و پاکستان خواستند که تجارت را از سیاست جدا کنند.',
    ],
  },
  {
    name: 'fa iran: Taliban and Iranian border guards clash, Pakistan mentioned',
    title: 'درگیری مرزبانان ایران و نیروهای طالبان در نیمروز',
    blocks: [
      'نیروهای طالبان و مرزبانان ایران در ولسوالی کنگ ولایت نیمروز با سلاح سنگین درگیر شدند.',
      'دو مرزبان ایرانی و یک نیروی طالبان کشته شدند.',
      'این درگیری چند ماه پس از تنش‌های طالبان با پاکستان در مرز دیورند رخ داد.',
    ],
  },
  {
    name: 'ps chaman: protesters shot at Chaman',
    title: 'په چمن کې پر لاریون کوونکو ډزې، درې کسان ووژل شول',
    blocks: [
      'پاکستاني امنیتي ځواکونو په چمن کې پر هغو لاریون کوونکو ډزې وکړې چې د پاسپورټ د نوي قانون پر ضد یې دهرنا وهلې وه.',
      'په پېښه کې درې کسان ووژل شول او شل نور ټپیان دي.',
      'د سپین بولدک لاره له دې پېښې وروسته وتړل شوه.',
    ],
  },
  {
    name: 'ps trade: Torkham closed after clashes',
    title: 'تورخم لا هم تړلی دی، سوداګر زیانمن',
    blocks: [
      'تورخم لاره د تېرې میاشتې له نښتو وروسته لا هم د سوداګرۍ پر مخ تړلې ده.',
      'د سوداګرۍ خونې په وینا هره ورځ یو میلیون ډالره زیان کېږي.',
      'سوداګرو له طالبانو او پاکستان غوښتي چې لاره پرانیزي.',
    ],
  },
  {
    name: 'ar chaman: protesters shot at Chaman',
    title: 'مقتل ثلاثة محتجين برصاص قوات الأمن في تشمن الحدودية',
    blocks: [
      'قالت مصادر محلية إن قوات الأمن الباكستانية أطلقت النار على محتجين يعتصمون في بلدة تشمن الحدودية ضد قواعد جوازات السفر الجديدة.',
      'وأسفر إطلاق النار عن مقتل ثلاثة أشخاص وإصابة 20 آخرين.',
      'وأغلق معبر سبين بولدك بعد الحادث.',
    ],
  },
  {
    name: 'ar trade: Torkham closed after clashes',
    title: 'خسائر بملايين الدولارات بسبب استمرار إغلاق طورخم',
    blocks: [
      'لا يزال معبر طورخم مغلقا أمام التجارة منذ الاشتباكات الحدودية الشهر الماضي.',
      'وقالت غرفة التجارة إن الخسائر تبلغ مليون دولار يوميا وإن آلاف الشاحنات عالقة.',
      'وطالب التجار حكومتي باكستان وأفغانستان بفصل التجارة عن السياسة.',
    ],
  },
  {
    name: 'ar threat: Pakistani minister threatens strikes if Kabul does not act',
    title: 'وزير الدفاع الباكستاني: سنضرب مخابئ المسلحين في أفغانستان إذا لم تتحرك كابل',
    blocks: [
      'قال وزير الدفاع الباكستاني خواجة آصف إن بلاده ستشن ضربات على مخابئ المسلحين داخل أفغانستان إذا لم تتخذ حكومة طالبان إجراءات.',
      'وأضاف أن صبر باكستان بدأ ينفد.',
      'ولم يصدر رد فوري من كابل.',
    ],
  },
  // Found by round 20P: English "if … would" is a threat on a condition.
  {
    name: 'en threat: Pakistani minister threatens strikes',
    title: 'Pakistan will strike inside Afghanistan if Kabul fails to act, minister warns',
    blocks: [
      'ISLAMABAD: Defence Minister Khawaja Asif said Pakistan would carry out strikes on militant hideouts in Afghanistan if the Taliban government did not rein in the TTP.',
      "He said Pakistan's patience was running out after a wave of attacks in Khyber Pakhtunkhwa.",
      'There was no immediate response from Kabul.',
    ],
  },
  // Found by round 20P: protesters fired on at a crossing are their story.
  {
    name: 'en chaman: protesters shot at Chaman',
    title: 'Three killed as security forces fire on Chaman protesters',
    blocks: [
      'CHAMAN: Three people were killed and 20 injured when security forces opened fire on protesters staging a sit-in against the new passport regime at the Pak-Afghan border.',
      'Protest leaders said Frontier Corps personnel fired directly at the crowd.',
      'Traffic through the Friendship Gate to Spin Boldak was suspended after the incident.',
    ],
  },
  // Found by round 20P: forces firing on smugglers are the smugglers' story.
  {
    name: 'en smuggling: FC fire on smugglers',
    title: 'Two smugglers killed in exchange of fire with FC near Torkham',
    blocks: [
      'LANDI KOTAL: Two smugglers were killed in an exchange of fire with Frontier Corps personnel near the Torkham border, officials said.',
      'The men were trying to take goods into Afghanistan through an unfrequented route.',
      'An FC official was injured.',
    ],
  },
  // Found by round 20P: Russian если with the future of striking is a threat.
  {
    name: 'ru threat: minister threatens strikes',
    title: 'Пакистан пригрозил ударами по Афганистану',
    blocks: [
      'Министр обороны Пакистана заявил, что Исламабад нанесет удары по убежищам боевиков в Афганистане, если талибы не примут меры.',
      'По его словам, терпение Пакистана на исходе.',
      'В Кабуле пока не прокомментировали заявление.',
    ],
  },
  {
    name: 'zh trade: Torkham closed since the clashes',
    title: '托尔哈姆口岸关闭数周 商人损失惨重',
    blocks: [
      '自上月巴阿边境冲突以来，托尔哈姆口岸一直对贸易关闭。',
      '商会称每天损失约150万美元，数千辆卡车滞留。',
      '商人呼吁两国政府让贸易与政治脱钩。',
    ],
  },
  {
    name: 'ps india: India–Pakistan strikes, Taliban call for restraint',
    title: 'د هند او پاکستان ترمنځ نښتې شدیدې شوې',
    blocks: [
      'هند د پاکستان په پنجاب کې پر شپږو ځایونو توغندیز بریدونه وکړل او پاکستان وايي ۲۶ ملکي وګړي ووژل شول.',
      'پاکستاني پوځ په ځواب کې د هند پر پوستو ډزې وکړې او سخته ګوله باري روانه ده.',
      'د طالبانو حکومت دواړو هېوادونو ته د زغم بلنه ورکړې ده.',
    ],
  },
  {
    name: 'fa india: Indian missile strikes on Pakistan, no Kashmir named',
    title: 'حملات موشکی هند بر پاکستان؛ طالبان خواستار خویشتنداری شدند',
    blocks: [
      'هند شب گذشته شش نقطه را در ایالت پنجاب پاکستان هدف حملات موشکی قرار داد و پاکستان می‌گوید ۲۶ غیرنظامی کشته شدند.',
      'ارتش پاکستان در پاسخ پاسگاه‌های هند را با توپخانه هدف قرار داد.',
      'حکومت طالبان در کابل از دو کشور خواست از درگیری بیشتر خودداری کنند.',
    ],
  },
  // Found by round 20P: Arabic إذا with سترد (will answer) is a threat.
  {
    name: 'ar threat: Pakistan will respond with force, no militants named',
    title: 'باكستان تحذر أفغانستان: سنرد بقوة على أي هجوم',
    blocks: [
      'قال وزير الدفاع الباكستاني إن بلاده سترد بقوة وتقصف مواقع داخل أفغانستان إذا تكرر إطلاق النار عبر الحدود.',
      'وأضاف أن باكستان لن تتسامح مع أي اعتداء على أراضيها.',
      'ولم ترد حكومة طالبان على التصريحات.',
    ],
  },
  // Found by round 20P: French si with a conditional is a threat.
  {
    name: 'fr threat: Pakistan threatens strikes',
    title: 'Le Pakistan menace de frapper en Afghanistan',
    blocks: [
      "Le ministre pakistanais de la Défense a averti que son pays mènerait des frappes contre des repaires de militants en Afghanistan si les talibans n'agissaient pas.",
      'Il a ajouté que la patience du Pakistan avait des limites.',
      "Kaboul n'a pas réagi dans l'immédiat.",
    ],
  },
  // Found by round 20P: Hindi words of cricket (Asia Cup, players, wickets); bare शिया no longer reads एशिया.
  {
    name: 'hi cricket: players clash on the field',
    title: 'एशिया कप: मैदान पर भिड़े पाकिस्तान और अफगानिस्तान के खिलाड़ी',
    blocks: [
      'एशिया कप के सुपर फोर मुकाबले में पाकिस्तान के बल्लेबाज और अफगानिस्तान के गेंदबाज के बीच मैदान पर तीखी झड़प हो गई।',
      'मैच के बाद स्टेडियम में दोनों देशों के प्रशंसकों के बीच भी मारपीट हुई।',
      'आईसीसी ने दोनों खिलाड़ियों पर जुर्माना लगाया।',
    ],
  },
  {
    name: "ur cricket: 'war' of cricket",
    title: 'پاک افغان کرکٹ جنگ: شارجہ میں کانٹے دار مقابلہ آج',
    blocks: [
      'شارجہ (اسپورٹس ڈیسک) پاکستان اور افغانستان کی ٹیمیں آج سہ ملکی سیریز کے اہم میچ میں آمنے سامنے ہوں گی۔',
      'دونوں ٹیموں کے درمیان میدان جنگ کا سماں ہوگا اور شائقین کو سنسنی خیز مقابلے کی توقع ہے۔',
      'افغان کپتان نے کہا کہ ان کی ٹیم پاکستان کو ہرانے کے لیے پرعزم ہے۔',
    ],
  },
  {
    name: 'zh cricket: fans clash',
    title: '阿富汗与巴基斯坦板球赛后球迷发生冲突',
    blocks: [
      '亚洲杯板球赛阿富汗对阵巴基斯坦的比赛结束后，两国球迷在看台上发生冲突。',
      '警方介入后局势得到控制。',
      '国际板球理事会表示将调查此事。',
    ],
  },
  {
    name: 'ps iran: Iran–Pakistan strikes',
    title: 'ایران او پاکستان یو پر بل بریدونه وکړل',
    blocks: [
      'پاکستان د ایران په سیستان او بلوچستان کې د وسله والو پر پټنځایونو هوايي بریدونه وکړل چې نهه کسان پکې ووژل شول.',
      'دا بریدونه د ایران له هغه برید دوه ورځې وروسته وشول چې د پاکستان په بلوچستان کې یې وکړ.',
      'د طالبانو حکومت دواړو ګاونډیو ته د زغم بلنه ورکړه.',
    ],
  },
  {
    name: 'ur quake: earthquake, aid convoy, army helicopters',
    title: 'زلزلہ زدگان کے لیے پاک فوج کا امدادی آپریشن، طورخم سے قافلہ روانہ',
    blocks: [
      'پشاور (ویب ڈیسک) پاک فوج نے کنڑ اور ننگرہار کے زلزلہ متاثرین کے لیے امدادی آپریشن شروع کر دیا ہے۔',
      'فوجی ہیلی کاپٹروں کے ذریعے زخمیوں کو منتقل کیا جا رہا ہے جبکہ طورخم سے 50 ٹرکوں پر مشتمل قافلہ روانہ ہوا۔',
      'طالبان حکومت نے پاکستان کی مدد کا شکریہ ادا کیا، حالانکہ دونوں ممالک کے درمیان حالیہ مہینوں میں سرحدی کشیدگی رہی ہے۔',
    ],
  },
  {
    name: 'fa deport: camp demolished, Pakistani police raids',
    title: 'تخریب خانه‌های مهاجران افغان در اسلام‌آباد توسط پلیس پاکستان',
    blocks: [
      'پلیس پاکستان با بولدوزر خانه‌های گلی مهاجران افغان را در حومه اسلام‌آباد تخریب کرد.',
      'به گفته مهاجران، پلیس با باتوم به آنان حمله کرد و ده‌ها نفر بازداشت شدند.',
      'سفارت طالبان در اسلام‌آباد این اقدام را محکوم کرد.',
    ],
  },
  {
    name: 'en politics: Taliban rift, Stanikzai flees',
    title: 'Taliban deputy minister leaves Afghanistan after criticising leader',
    blocks: [
      'KABUL: Sher Abbas Stanikzai, a Taliban deputy foreign minister, has left Afghanistan weeks after openly criticising supreme leader Hibatullah Akhundzada.',
      'Analysts say the rift comes as the Taliban face pressure from Pakistan over the TTP and border tensions.',
      'The Taliban have denied any split.',
    ],
  },
  {
    name: 'ur ttp: jets strike khawarij hideouts inside North Waziristan',
    title: 'شمالی وزیرستان میں خوارج کے ٹھکانوں پر فضائی حملے، 25 ہلاک',
    blocks: [
      'میران شاہ (نمائندہ) سیکیورٹی ذرائع کے مطابق شمالی وزیرستان کی تحصیل دتہ خیل میں افغان سرحد کے قریب خوارج کے ٹھکانوں پر جیٹ طیاروں سے فضائی حملے کیے گئے۔',
      'حملوں میں 25 خوارج ہلاک ہو گئے جن میں کئی اہم کمانڈر شامل ہیں۔',
      'مقامی افراد کا کہنا ہے کہ بمباری سے دو مکانات بھی تباہ ہوئے۔',
    ],
  },
  {
    name: 'ur kurram: peace deal, bunkers demolished',
    title: 'کرم امن معاہدہ: فریقین کے مورچے مسمار کرنے کا عمل شروع',
    blocks: [
      'پاراچنار (نمائندہ) ضلع کرم میں امن معاہدے کے تحت فریقین کے مورچے مسمار کرنے کا عمل شروع ہو گیا ہے۔',
      'گرینڈ جرگے کے مطابق دونوں فریق بھاری اسلحہ حکومت کے حوالے کریں گے اور فائر بندی پر عمل کریں گے۔',
      'افغان سرحد سے ملحقہ ضلع میں گزشتہ جھڑپوں میں 130 سے زائد افراد جاں بحق ہوئے تھے۔',
    ],
  },
  {
    name: 'ur bla: BLA attack in Noshki, Pakistan blames Afghanistan and India',
    title: 'نوشکی میں ایف سی کیمپ پر حملہ، پانچ اہلکار شہید',
    blocks: [
      'کوئٹہ (نمائندہ) نوشکی میں ایف سی کے کیمپ پر کالعدم بی ایل اے کے دہشت گردوں نے حملہ کیا جسے ناکام بنا دیا گیا۔',
      'فائرنگ کے تبادلے میں پانچ اہلکار شہید جبکہ نو حملہ آور مارے گئے۔',
      'وزیر داخلہ نے کہا کہ حملہ آوروں کے سہولت کار افغانستان میں موجود ہیں اور انہیں بھارت کی پشت پناہی حاصل ہے۔',
    ],
  },
  {
    name: 'fa bla: BLA attack in Noshki',
    title: 'حمله جدایی‌طلبان بلوچ به پایگاه نظامی در نوشکی پاکستان',
    blocks: [
      'ارتش آزادی‌بخش بلوچستان مسئولیت حمله به یک پایگاه نیروهای مرزی پاکستان در نوشکی را بر عهده گرفت.',
      'در درگیری پنج سرباز پاکستانی و نه مهاجم کشته شدند.',
      'پاکستان می‌گوید مهاجمان از خاک افغانستان هدایت می‌شدند.',
    ],
  },
  {
    name: 'fa iran: Iranian police and Afghan migrants clash, Pakistan route',
    title: 'درگیری پلیس ایران با مهاجران افغان در مرز اسلام قلعه',
    blocks: [
      'پلیس ایران در نزدیکی مرز اسلام قلعه با گروهی از مهاجران افغان درگیر شد و دو مهاجر کشته شدند.',
      'بسیاری از این مهاجران پیش‌تر از پاکستان اخراج شده بودند و از طریق تورخم به افغانستان آمده بودند.',
      'حکومت طالبان خواستار تحقیق شد.',
    ],
  },
  {
    name: 'ar fence: Pakistan completes border fence',
    title: 'باكستان تستكمل بناء السياج على الحدود مع أفغانستان',
    blocks: [
      'قال الجيش الباكستاني إنه أكمل بناء 98 في المئة من السياج على طول الحدود مع أفغانستان.',
      'وأضاف أن السياج يهدف إلى منع تسلل المسلحين وتهريب السلع.',
      'وترفض حكومة طالبان الاعتراف بخط دوراند حدودا رسمية.',
    ],
  },
  {
    name: 'ar weapons: US weapons left in Afghanistan used by TTP',
    title: 'باكستان: أسلحة أمريكية تركت في أفغانستان تستخدم في هجمات داخل أراضينا',
    blocks: [
      'قال الجيش الباكستاني إن مسلحي طالبان باكستان يستخدمون أسلحة أمريكية تركت في أفغانستان بعد الانسحاب في هجماتهم.',
      'وأضاف أن قوات الأمن ضبطت بنادق ومناظير ليلية أمريكية بعد اشتباك في وزيرستان.',
      'ونفت حكومة طالبان أن تكون قد زودت أي جماعة بالسلاح.',
    ],
  },
  {
    name: 'ps fence: fence and trade, Taliban object',
    title: 'پاکستان د ډیورنډ کرښې پر اوږدو اغزن تار بشپړ کړ',
    blocks: [
      'د پاکستان پوځ وايي چې د ډیورنډ کرښې پر اوږدو یې د اغزن تار غځول نږدې بشپړ کړي دي.',
      'پوځ وايي اغزن تار د قاچاق او د وسله والو د تېرېدو مخه نیسي.',
      'د طالبانو حکومت وايي ډیورنډ کرښه نه مني.',
    ],
  },
  // Found by round 20P: "in past clashes" recalls, it does not report.
  {
    name: 'ps kurram: tribal peace deal',
    title: 'په کرم کې د سولې تړون لاسلیک شو',
    blocks: [
      'د پاکستان په کرم ولسوالۍ کې د دوو قومونو ترمنځ د سولې تړون لاسلیک شو او اوربند اعلان شو.',
      'د تړون له مخې دواړه خواوې خپل سنګرونه ړنګوي.',
      'کرم د افغانستان له پکتیا سره پوله لري او په تېرو نښتو کې سلګونه کسان وژل شوي.',
    ],
  },
  {
    name: 'ar iskp: ISKP kills Taliban in Kunar, Pakistan accused',
    title: 'مقتل 5 من عناصر طالبان في هجوم لداعش في كونار',
    blocks: [
      'قتل خمسة من عناصر طالبان في هجوم تبناه تنظيم الدولة الإسلامية ولاية خراسان على نقطة تفتيش في ولاية كونار.',
      'واتهم مسؤول في طالبان باكستان بإيواء عناصر التنظيم قرب الحدود.',
      'ونفت إسلام آباد الاتهام.',
    ],
  },
  // Moved from the false alarms left as they were by round 21W: the clashes only as the start of the closure.
  {
    name: 'de trade: Torkham closed since the clashes',
    title: 'Grenzübergang Torkham seit Wochen geschlossen',
    blocks: [
      'Der Grenzübergang Torkham zwischen Pakistan und Afghanistan ist seit den Gefechten im vergangenen Monat für den Handel geschlossen.',
      'Händler beklagen tägliche Verluste in Millionenhöhe, tausende Lastwagen stecken fest.',
      'Die Taliban-Regierung fordert eine rasche Öffnung.',
    ],
  },
  // Moved from the false alarms left as they were by round 21W: the clashes only as the time after which exports fell.
  {
    name: 'ur opinion: column on economy recalls October clashes',
    title: 'معیشت کا بحران اور ہماری ترجیحات',
    blocks: [
      'ملک کی معیشت اس وقت شدید دباؤ میں ہے اور زرمبادلہ کے ذخائر کم ہو رہے ہیں۔',
      'گزشتہ اکتوبر میں افغان طالبان کے ساتھ سرحدی جھڑپوں کے بعد طورخم اور چمن کی بندش نے برآمدات کو بھی نقصان پہنچایا۔',
      'حکومت کو چاہیے کہ آئی ایم ایف کے پروگرام پر عمل کرے اور ٹیکس نیٹ بڑھائے۔',
    ],
  },
];

const CLASHES: readonly Probe[] = [
  {
    name: 'ur CLASH: Afghan forces fire on Pakistani posts in Bajaur',
    title: 'باجوڑ میں افغان فورسز کی پاکستانی چوکیوں پر فائرنگ',
    blocks: [
      'خار (نمائندہ) باجوڑ سے ملحقہ پاک افغان سرحد پر افغان طالبان فورسز نے پاکستانی چیک پوسٹوں پر بلا اشتعال فائرنگ کی۔',
      'پاک فوج نے بھرپور جوابی کارروائی کی جس میں افغان فورسز کی کئی چوکیاں تباہ ہو گئیں۔',
      'آئی ایس پی آر کے مطابق جھڑپ میں دو جوان شہید ہوئے۔',
    ],
  },
  {
    name: 'ur CLASH: Kurram border posts shelled by Afghan Taliban',
    title: 'کرم میں پاک افغان سرحد پر شدید جھڑپیں',
    blocks: [
      'پاراچنار (نمائندہ) ضلع کرم میں پاک افغان سرحد پر افغان طالبان نے پاکستانی چوکیوں پر مارٹر گولے برسائے۔',
      'سیکیورٹی فورسز کی جوابی کارروائی میں افغان طالبان کی چار چوکیاں تباہ ہو گئیں۔',
      'حکام کے مطابق فائرنگ کے تبادلے میں تین اہلکار زخمی ہوئے۔',
    ],
  },
  {
    name: 'ps CLASH: Taliban and Pakistani forces clash in Kunar',
    title: 'په کونړ کې د طالبانو او پاکستاني ځواکونو ترمنځ نښته',
    blocks: [
      'د کونړ د والي ویاند وايي چې د شنبې په شپه پاکستاني ځواکونو د دنګام ولسوالۍ پر کلیو توپونه وویشتل.',
      'د طالبانو سرحدي ځواکونو ځواب ورکړ او د پاکستان درې پوستې یې ونیولې.',
      'په نښته کې دوه ملکي وګړي ووژل شول.',
    ],
  },
  {
    name: 'fa CLASH: Pakistani strikes on Khost, Taliban reply',
    title: 'حملات هوایی پاکستان بر خوست؛ طالبان پاسخ دادند',
    blocks: [
      'جنگنده‌های پاکستانی شب گذشته مناطقی را در ولسوالی گربز ولایت خوست بمباران کردند.',
      'ذبیح‌الله مجاهد گفت در این حملات ۸ غیرنظامی کشته شدند.',
      'نیروهای طالبان در پاسخ پاسگاه‌های ارتش پاکستان را در امتداد خط دیورند هدف قرار دادند.',
    ],
  },
  {
    name: 'ar CLASH: Afghan and Pakistani forces clash in Kurram',
    title: 'اشتباكات بين القوات الأفغانية والباكستانية على الحدود قرب كورام',
    blocks: [
      'خوست (وكالات) اندلعت اشتباكات بالأسلحة الثقيلة بين قوات طالبان والجيش الباكستاني على الحدود قرب منطقة كورام.',
      'وقال مسؤولون أفغان إن القوات الباكستانية قصفت قرى في ولاية خوست، ما أدى إلى مقتل ثلاثة مدنيين.',
      'وأكد الجيش الباكستاني أنه رد على إطلاق نار من الجانب الأفغاني.',
    ],
  },
  {
    name: 'en CLASH: Afghan and Pakistani forces exchange fire at Chaman',
    title: 'Pakistani and Afghan forces exchange fire at Chaman border',
    blocks: [
      'QUETTA: Pakistani and Afghan Taliban forces exchanged heavy fire near the Chaman border crossing late on Friday, officials said.',
      'Two Pakistani soldiers were injured, the ISPR said, while Taliban officials in Spin Boldak reported three civilians killed.',
      'The crossing was closed to traffic after the clash.',
    ],
  },
  {
    name: 'ru CLASH: firing at Torkham',
    title: 'На КПП Торхам произошла перестрелка между пакистанскими и афганскими пограничниками',
    blocks: [
      'Пакистанские и афганские пограничники вступили в перестрелку у пункта пропуска Торхам, сообщили местные власти.',
      'Ранены двое пакистанских военных и трое бойцов талибов.',
      'Переход закрыт.',
    ],
  },
  {
    name: 'zh CLASH: border clash at Chaman',
    title: '巴阿边境查曼口岸附近爆发交火',
    blocks: ['巴基斯坦和阿富汗塔利班部队周五晚在查曼口岸附近交火。', '巴方称两名士兵受伤，塔利班方面称三名平民死亡。', '口岸已关闭。'],
  },
  {
    name: 'en CLASH: Kurram shelled from Afghanistan, Parachinar',
    title: 'Afghan forces shell Kurram border villages',
    blocks: [
      'PARACHINAR: Afghan Taliban forces fired mortars at border villages in Kurram district overnight, officials said.',
      'Pakistani troops responded with artillery fire on Taliban posts across the border in Paktia.',
      'Two civilians were killed in Parachinar, where markets were closed.',
    ],
  },
  {
    name: 'ur CLASH: Kurram shelled, Parachinar',
    title: 'کرم میں افغان فورسز کی گولہ باری، دو شہری جاں بحق',
    blocks: [
      'پاراچنار (نمائندہ) افغان طالبان فورسز نے ضلع کرم کے سرحدی دیہات پر مارٹر گولے برسائے۔',
      'پاک فوج نے جوابی کارروائی میں سرحد پار افغان چوکیوں کو نشانہ بنایا۔',
      'گولہ باری سے دو شہری جاں بحق ہو گئے۔',
    ],
  },
  {
    name: "en CLASH: Chaman firing between forces, protesters' sit-in mentioned",
    title: 'Pakistani and Afghan forces exchange fire at Chaman',
    blocks: [
      'CHAMAN: Pakistani and Afghan Taliban border forces exchanged heavy fire at the Friendship Gate on Sunday, officials said.',
      'Mortar shells landed near the camp of protesters who had been staging a sit-in against the passport rule at the Pak-Afghan border.',
      'Two Pakistani soldiers were wounded; Taliban officials in Spin Boldak said a civilian was killed.',
    ],
  },
  {
    name: 'ps CLASH: India-free clash report in Pashto with shelling',
    title: 'په کونړ کې د پاکستان ګوله باري، دوه ملکي وګړي ووژل شول',
    blocks: [
      'د کونړ د والي ویاند وايي، پاکستاني ځواکونو د سرکاڼو ولسوالۍ پر کلیو توپونه وویشتل.',
      'د طالبانو سرحدي ځواکونو ځواب ورکړ او دواړو خواوو ترمنځ ډزې تر سهاره دوام وکړ.',
      'په ګوله بارۍ کې دوه ملکي وګړي ووژل شول.',
    ],
  },
  {
    name: 'ur CLASH: Afghan Taliban fire on Pakistani fence workers in Bajaur',
    title: 'باجوڑ میں سرحد پر باڑ لگانے والے اہلکاروں پر افغان طالبان کی فائرنگ',
    blocks: [
      'خار (نمائندہ) باجوڑ میں پاک افغان سرحد پر باڑ لگانے میں مصروف اہلکاروں پر افغان طالبان نے سرحد پار سے فائرنگ کی۔',
      'پاک فوج نے جوابی کارروائی کی اور دونوں جانب سے کئی گھنٹے فائرنگ کا تبادلہ جاری رہا۔',
      'آئی ایس پی آر کے مطابق دو جوان زخمی ہوئے۔',
    ],
  },
  {
    name: 'ar CLASH: Taliban remove the fence, Pakistani forces fire',
    title: 'اشتباكات بعد إزالة طالبان أجزاء من السياج الحدودي في ننغرهار',
    blocks: [
      'جلال آباد (وكالات) أزالت قوات طالبان أجزاء من السياج الذي أقامته باكستان على الحدود في ولاية ننغرهار.',
      'وتبادلت القوات الأفغانية والباكستانية إطلاق النار لساعات.',
      'وقال مسؤولون أفغان إن مدنيين أصيبا في القصف الباكستاني.',
    ],
  },
  {
    name: 'en CLASH: border firing, a Taliban commander who fought the Soviets',
    title: 'Pakistani and Afghan forces clash along the border in Kurram',
    blocks: [
      'PARACHINAR: Pakistani troops and Afghan Taliban forces exchanged heavy fire along the border in Kurram overnight, officials said.',
      'Taliban officials in Paktia said two of their fighters were killed and that Pakistani shells hit a village.',
      'The local Taliban commander, a veteran of the war against the Soviets in the 1980s, vowed revenge.',
      'The Kharlachi crossing was closed after the clash.',
    ],
  },
  {
    name: 'en CLASH: Paktika strike kills club cricketers, tri-series withdrawn',
    title: 'Pakistani airstrikes in Paktika kill three club cricketers',
    blocks: [
      'KABUL: Pakistani airstrikes on Urgun and Barmal districts of Paktika province killed eight people, including three club cricketers, the Taliban said.',
      'The Afghanistan Cricket Board said the players had come from a friendly match in Sharana and announced it was withdrawing from the tri-series.',
      'Pakistan said the strikes targeted militant hideouts.',
    ],
  },
  {
    name: 'en CLASH: firing at Torkham sends returning refugees fleeing',
    title: 'Heavy firing at Torkham as Afghan and Pakistani forces clash',
    blocks: [
      'TORKHAM: Afghan and Pakistani border forces exchanged heavy fire at the Torkham crossing on Sunday night, officials said.',
      'Hundreds of refugees waiting to return to Afghanistan fled the crossing as mortar shells fell nearby.',
      'Two Pakistani soldiers and a Taliban border guard were wounded in the clash.',
    ],
  },
  {
    name: 'ur CLASH: firing at Torkham halts deportations',
    title: 'طورخم پر پاک افغان فورسز میں فائرنگ، مہاجرین کی واپسی معطل',
    blocks: [
      'طورخم (نمائندہ) طورخم سرحد پر پاکستانی اور افغان فورسز کے درمیان رات گئے شدید فائرنگ کا تبادلہ ہوا۔',
      'فائرنگ کے باعث افغان مہاجرین کی واپسی کا عمل معطل کر دیا گیا اور سینکڑوں خاندان سرحد پر پھنس گئے۔',
      'حکام کے مطابق جھڑپ میں دو اہلکار زخمی ہوئے۔',
    ],
  },
  {
    name: 'ar CLASH: Pakistan strikes Pakistani Taliban hideouts in Khost, Taliban reply',
    title: 'غارات باكستانية على مخابئ طالبان باكستان في خوست ورد أفغاني على الحدود',
    blocks: [
      'خوست (وكالات) شنت طائرات باكستانية غارات على ما قالت إسلام آباد إنها مخابئ لطالبان باكستان في ولاية خوست الأفغانية.',
      'وقال المتحدث باسم حكومة طالبان ذبيح الله مجاهد إن الغارات قتلت ستة مدنيين.',
      'وردت القوات الأفغانية بقصف مواقع للجيش الباكستاني على خط دوراند.',
    ],
  },
  {
    name: 'fa CLASH: clash in the forests of Kunar near the Durand Line',
    title: 'درگیری نیروهای طالبان و پاکستان در جنگل‌های کنر',
    blocks: [
      'نیروهای طالبان و ارتش پاکستان در جنگل‌های ولسوالی دانگام کنر در امتداد خط دیورند درگیر شدند.',
      'مقام‌های محلی می‌گویند دو سرباز پاکستانی کشته شدند.',
      'بیشتر بخوانید: تجارت',
    ],
  },
  {
    name: 'ur CLASH: Kurram border posts fire, sectarian past mentioned in another paragraph',
    title: 'کرم میں پاک افغان سرحد پر جھڑپ',
    blocks: [
      'پاراچنار (نمائندہ) کرم میں پاک افغان سرحد پر افغان طالبان فورسز اور پاکستانی فورسز کے درمیان شدید فائرنگ کا تبادلہ ہوا۔',
      'جوابی کارروائی میں افغان طالبان کی دو چوکیاں تباہ کر دی گئیں۔',
      'واضح رہے کہ کرم ماضی میں فرقہ وارانہ فسادات کی زد میں بھی رہا ہے۔',
    ],
  },
  {
    name: 'en CLASH: Torkham firefight, Pakistan says the Afghan side shielded smugglers',
    title: 'Heavy exchange of fire between Afghan and Pakistani forces at Torkham',
    blocks: [
      'TORKHAM: Afghan Taliban and Pakistani border forces exchanged heavy fire at the Torkham crossing overnight, officials said.',
      'Pakistani officials said the firing began when their troops stopped a group of smugglers, while Taliban officials said Pakistani forces fired first on an Afghan post.',
      'Three soldiers were wounded and the crossing was shut.',
    ],
  },
  {
    name: 'en CLASH: border clash, then a warning of more if firing resumes',
    title: 'Afghan and Pakistani forces clash in Kurram',
    blocks: [
      'PARACHINAR: Afghan Taliban forces and Pakistani troops clashed along the border in Kurram on Saturday, killing two soldiers, officials said.',
      'Pakistani artillery hit Taliban posts in Paktia in response.',
      'Officials warned that Pakistan would respond with full force if the firing resumed.',
    ],
  },
  {
    name: 'ru CLASH: border clash, then a threat',
    title: 'На границе Пакистана и Афганистана произошли столкновения',
    blocks: [
      'Пакистанские военные и силы талибов вступили в перестрелку у пункта пропуска Торхам, погибли двое военных.',
      'Исламабад заявил, что ответит ударами, если обстрелы продолжатся.',
      'Пункт пропуска закрыт.',
    ],
  },
  {
    name: "ur CLASH: Chaman firing, protesters' camp hit",
    title: 'چمن سرحد پر پاک افغان فورسز میں جھڑپ',
    blocks: [
      'چمن (نمائندہ) باب دوستی پر پاکستانی اور افغان طالبان فورسز کے درمیان شدید فائرنگ کا تبادلہ ہوا۔',
      'افغان جانب سے داغے گئے مارٹر گولے دھرنے کے کیمپ کے قریب گرے۔',
      'حکام کے مطابق جھڑپ میں دو اہلکار زخمی ہوئے جبکہ سپین بولدک میں ایک شہری جاں بحق ہوا۔',
    ],
  },
  {
    name: 'en CLASH: strikes on Kabul, Afghan embassy in Islamabad protests',
    title: 'Pakistani airstrikes hit Kabul and Paktika, Taliban say',
    blocks: [
      'KABUL: Pakistani jets struck targets in Kabul and Paktika province overnight, killing at least ten people, Taliban spokesman Zabihullah Mujahid said.',
      'The Afghan embassy in Islamabad lodged a protest, and Taliban forces fired on Pakistani border posts in Khost in retaliation.',
      'Pakistan said the strikes targeted TTP hideouts.',
    ],
  },
  {
    name: 'en CLASH: Taliban blame Pakistan for sheltering ISKP after border clash',
    title: 'Afghan and Pakistani forces clash in Kunar',
    blocks: [
      "ASADABAD: Taliban forces and Pakistani troops exchanged artillery fire across the border in Kunar's Dangam district, officials said.",
      'Three civilians were killed when shells hit a village.',
      'Taliban spokesman Zabihullah Mujahid accused Pakistan of sheltering ISKP leaders, a charge Islamabad denies.',
    ],
  },
  {
    name: 'ar CLASH: border clash, then a threat',
    title: 'اشتباكات بين القوات الأفغانية والباكستانية في كونار',
    blocks: [
      'أسعد آباد (وكالات) تبادلت قوات طالبان والجيش الباكستاني القصف المدفعي عبر الحدود في ولاية كونار.',
      'وقال مسؤولون إن ثلاثة مدنيين قتلوا في القصف.',
      'وقال وزير الدفاع الباكستاني إن بلاده سترد بقوة إذا تكرر إطلاق النار.',
    ],
  },
  {
    name: 'hi CLASH: border clash, then a threat',
    title: 'पाकिस्तान और अफगानिस्तान की सेनाओं के बीच सीमा पर झड़प',
    blocks: [
      'पाकिस्तान और अफगान तालिबान के सुरक्षा बलों के बीच कुर्रम सीमा पर भारी गोलीबारी हुई जिसमें दो पाकिस्तानी सैनिक मारे गए।',
      'पाकिस्तानी सेना ने पक्तिया में तालिबान की चौकियों पर जवाबी कार्रवाई की।',
      'पाकिस्तान ने कहा कि अगर हमले जारी रहे तो वह और कड़ा जवाब देगा।',
    ],
  },
  {
    name: 'hi CLASH: Paktika strike kills club cricketers',
    title: 'पाकिस्तानी हवाई हमले में पक्तिका में तीन क्रिकेट खिलाड़ियों की मौत',
    blocks: [
      'अफगानिस्तान के पक्तिका प्रांत के उरगुन और बरमल में पाकिस्तानी हवाई हमलों में आठ लोग मारे गए, जिनमें तीन क्लब क्रिकेट खिलाड़ी शामिल थे।',
      'अफगानिस्तान क्रिकेट बोर्ड ने त्रिकोणीय सीरीज से हटने की घोषणा की।',
      'तालिबान ने हमले को संप्रभुता का उल्लंघन बताया।',
    ],
  },
  {
    name: 'tr CLASH: border clash, then a threat',
    title: 'Pakistan ile Afganistan sınırında çatışma',
    blocks: [
      'Pakistan ordusu ile Taliban güçleri Kurram sınırında çatıştı, iki Pakistan askeri öldü.',
      "Pakistan ordusu Paktiya'daki Taliban mevzilerini topçu ateşiyle vurdu.",
      'Pakistan, saldırılar sürerse daha sert karşılık vereceğini açıkladı.',
    ],
  },
  {
    name: 'fr CLASH: border clash, then a threat',
    title: "Affrontements à la frontière entre le Pakistan et l'Afghanistan",
    blocks: [
      "Les forces talibanes et l'armée pakistanaise ont échangé des tirs d'artillerie à la frontière près de Torkham, tuant deux soldats.",
      'Le poste-frontière a été fermé.',
      "Islamabad a averti qu'il riposterait si les tirs reprenaient.",
    ],
  },
  {
    name: 'ps CLASH: fresh shelling in Kunar, past clashes recalled',
    title: 'په کونړ کې بیا پاکستاني ګوله باري',
    blocks: [
      'د کونړ چارواکي وايي چې پاکستاني ځواکونو د دوشنبې په شپه د دنګام ولسوالۍ پر کلیو بیا توپونه وویشتل او دوه ماشومان ووژل شول.',
      'د طالبانو سرحدي ځواکونو ځواب ورکړ.',
      'په تېرو نښتو کې هم په دې سیمه کې لسګونه کسان وژل شوي وو.',
    ],
  },
  {
    name: 'en CLASH: fresh firing at Chaman, previous clashes recalled',
    title: 'Fresh exchange of fire at Chaman border',
    blocks: [
      'CHAMAN: Pakistani and Afghan Taliban forces exchanged fire at the Chaman crossing on Tuesday, wounding three soldiers, officials said.',
      'Previous clashes at the crossing had killed dozens of civilians on both sides.',
      'The Friendship Gate was closed to traffic.',
    ],
  },
  {
    name: 'en CLASH: unclear if casualties, crossing would stay shut',
    title: 'Afghan and Pakistani forces exchange fire at Torkham',
    blocks: [
      'TORKHAM: Afghan and Pakistani forces exchanged fire at the Torkham crossing overnight, and it was not clear if the crossing would reopen on Monday, officials said.',
      'It was not immediately clear if anyone was hurt in the firing.',
    ],
  },
  {
    name: 'en CLASH: Parachinar, a Shia-majority town, shelled',
    title: 'Mortars fired from Afghanistan hit Parachinar',
    blocks: [
      'PARACHINAR: Mortar shells fired by Afghan Taliban forces landed in Parachinar, the Shia-majority main town of Kurram, killing two people, officials said.',
      'Pakistani troops returned fire at Taliban posts in Paktia.',
    ],
  },
  {
    name: 'ur CLASH: Parachinar shelled, Shia town',
    title: 'پاراچنار پر افغان فورسز کی گولہ باری',
    blocks: [
      'پاراچنار (نمائندہ) افغان طالبان فورسز کی جانب سے داغے گئے مارٹر گولے کرم کے شیعہ اکثریتی شہر پاراچنار میں گرے جس سے دو افراد جاں بحق ہوئے۔',
      'پاک فوج نے جوابی کارروائی میں سرحد پار طالبان کی چوکیوں کو نشانہ بنایا۔',
    ],
  },
  {
    name: 'fr CLASH: on ignore si ... serait',
    title: 'Échanges de tirs à la frontière afghano-pakistanaise',
    blocks: [
      "Les forces talibanes et l'armée pakistanaise ont échangé des tirs près de Torkham dimanche, et on ignorait si le poste-frontière serait rouvert lundi.",
      "Deux soldats pakistanais ont été blessés, selon l'armée.",
    ],
  },
  {
    name: 'en CLASH: embassy summoned after the firing',
    title: 'Pakistan summons Afghan envoy after cross-border firing in Bajaur',
    blocks: [
      "ISLAMABAD: Pakistan summoned the Afghan embassy's charge d'affaires after Afghan Taliban forces fired on border posts in Bajaur, killing a soldier.",
      'Pakistani troops returned fire, the ISPR said.',
    ],
  },
  {
    name: 'hi CLASH: तो as a particle',
    title: 'पाकिस्तान और अफगानिस्तान की सेनाओं में सीमा पर झड़प',
    blocks: [
      'तोरखम सीमा पर पाकिस्तान और अफगान तालिबान के सुरक्षा बलों के बीच भारी गोलीबारी हुई, अगर स्थानीय अधिकारियों की मानें तो दो सैनिक मारे गए।',
      'सीमा बंद कर दी गई।',
    ],
  },
  {
    name: "en CLASH: cricket words in a clash sentence (players' village shelled)",
    title: 'Pakistani shelling hits Khost village, cricket players among dead',
    blocks: [
      "KHOST: Pakistani artillery shelled a village in Khost's Gurbuz district, killing five people including two young cricket players, Taliban officials said.",
      'Taliban forces fired back at Pakistani posts across the Durand Line.',
    ],
  },
  {
    name: 'en CLASH: 1980s in a clash sentence',
    title: 'Pakistani and Afghan forces clash at Angoor Adda',
    blocks: [
      'WANA: Pakistani and Afghan Taliban forces clashed at Angoor Adda, a crossing used by the mujahideen in the 1980s, officials said.',
      'Two soldiers were wounded.',
    ],
  },
  {
    name: 'fa CLASH: brief, embassy chargé summoned after strikes',
    title: 'احضار سرپرست سفارت پاکستان پس از حملات هوایی بر پکتیکا',
    blocks: [
      'وزارت خارجه طالبان پس از حملات هوایی پاکستان بر ولسوالی برمل پکتیکا که ۱۵ کشته برجا گذاشت، سرپرست سفارت پاکستان در کابل را احضار کرد.',
    ],
  },
  {
    name: 'ur CLASH: brief, Chaman firing during sit-in',
    title: 'چمن میں دھرنے کے دوران سرحد پار سے فائرنگ',
    blocks: [
      'چمن (نمائندہ) پاک افغان سرحد پر جاری دھرنے کے دوران افغان فورسز نے سرحد پار سے فائرنگ کی جس سے مظاہرین سمیت چار افراد زخمی ہو گئے۔',
      'ایف سی نے جوابی فائرنگ کی۔',
    ],
  },
  {
    name: 'en CLASH: brief, Torkham clash over smuggling route post',
    title: 'Afghan, Pakistani forces clash at Torkham over new post',
    blocks: [
      'TORKHAM: Afghan Taliban and Pakistani forces clashed at Torkham after Pakistan objected to an Afghan post it said was built on a smuggling route, officials said.',
    ],
  },
  {
    name: 'ar CLASH: brief, clash with threat clause',
    title: 'اشتباكات على الحدود الأفغانية الباكستانية',
    blocks: ['تبادلت القوات الأفغانية والباكستانية إطلاق النار في منطقة سبين بولدك، وقال مسؤول أفغاني إن قواته سترد إذا استمر القصف.'],
  },
  {
    name: 'en CLASH: brief, Pakistan says it would respond if attacked, after strikes',
    title: 'Pakistan strikes Afghan border areas',
    blocks: [
      "Pakistani jets struck targets in Afghanistan's Khost and Paktika provinces on Monday, killing eight people, and Islamabad said it would strike again if attacks continued.",
    ],
  },
  {
    name: 'ru CLASH: brief, clash with если',
    title: 'Столкновения на афгано-пакистанской границе',
    blocks: ['Пакистанские и афганские военные вступили в перестрелку у Чамана; Кабул заявил, что ответит, если обстрелы продолжатся.'],
  },
  {
    name: 'tr CLASH: brief, clash with conditional',
    title: 'Afganistan-Pakistan sınırında çatışma',
    blocks: ['Taliban güçleri ile Pakistan ordusu Chaman yakınında çatıştı; Taliban, saldırılar durmazsa karşılık vereceğini söyledi.'],
  },
  {
    name: 'de CLASH: brief, clash with wenn',
    title: 'Gefechte an der afghanisch-pakistanischen Grenze',
    blocks: [
      'Pakistanische und afghanische Truppen lieferten sich bei Torkham Gefechte; Kabul erklärte, man werde zurückschlagen, wenn die Angriffe weitergingen.',
    ],
  },
  {
    name: 'en CLASH: brief, 1980s-era refugees',
    title: 'Pakistani shelling hits Kunar village',
    blocks: [
      "ASADABAD: Pakistani shelling hit a village in Kunar's Sarkano district, home to families who returned from refugee camps of the 1980s, killing three, Taliban officials said.",
    ],
  },
];

// Still judged on topic, left as they are (docs/CHOICE-LOG.md, round 20P). Recalls of the clashes with a named
// crossing, which DETECTION.md counts as a report: a column on the economy, trade pages on a crossing "closed since
// last month's clashes". The Taliban accusing Pakistan of sheltering "Daesh fighters" (Pashto جنګیالي, fighters, holds
// جنگ, war; Dari جنگجو carries a real clash page on tune, so neither is left out). A Dari headline of a post attacked
// in Bajaur by "attackers from Afghanistan" (reading "Afghanistan" beside a Pakistani district as weak lost two tune
// clash pages). Hindi and Turkish threats whose headline has no "if" ("Pakistan's threat: we will carry out air
// strikes"): the body's conditional is read, the headline still counts twice. A gunman (ISKP) firing on Pakistan's
// embassy in Kabul: reading "embassy" as a look-alike silenced brief clash reports ("the embassy's chargé was summoned
// after the strikes"), so it was dropped.
const KNOWN_FALSE_ALARMS: readonly Probe[] = [
  {
    name: 'ps iskp: ISKP attack on Taliban in Nangarhar',
    title: 'په ننګرهار کې د داعش برید، درې طالبان ووژل شول',
    blocks: [
      'د ننګرهار د امنیه قوماندانۍ ویاند وايي چې د داعش خراسان ډلې وسله والو د جلال آباد په څنډه کې پر یوه طالب پوسته برید وکړ.',
      'په برید کې درې طالبان ووژل شول او دوه نور ټپیان دي.',
      'د طالبانو چارواکو پاکستان تورن کړی چې د داعش جنګیالیو ته پناه ورکوي.',
    ],
  },
  {
    name: 'fa ttp: TTP attack in Bajaur, Pakistan says attackers came from Afghanistan',
    title: 'حمله بر پاسگاه امنیتی در باجور؛ پاکستان مهاجمان را از افغانستان می‌داند',
    blocks: [
      'به گزارش رسانه‌های پاکستانی، افراد مسلح شب گذشته به یک پاسگاه نیروهای امنیتی در منطقه باجور حمله کردند.',
      'در این درگیری پنج سرباز پاکستانی و هفت مهاجم کشته شدند.',
      'مقام‌های پاکستانی می‌گویند مهاجمان از خاک افغانستان وارد شده بودند، اما حکومت طالبان این ادعا را رد کرد.',
      'بیشتر بخوانید: افزایش ناامنی در خیبرپختونخوا',
    ],
  },
  {
    name: 'en trade: Torkham closed since the clashes',
    title: 'Torkham closure costs traders millions',
    blocks: [
      "PESHAWAR: The Torkham border has remained closed to trade since last month's clashes between Pakistani and Afghan forces.",
      'The Sarhad Chamber of Commerce says $1.5 million in trade is lost every day and 3,000 trucks are stranded.',
      'Traders urged both governments to keep trade out of politics.',
    ],
  },
  {
    name: 'hi threat: Pakistan will strike if the Taliban do not act',
    title: 'पाकिस्तान की धमकी: अफगानिस्तान में हवाई हमले करेंगे',
    blocks: [
      'पाकिस्तान के रक्षा मंत्री ने कहा कि अगर तालिबान सरकार ने कार्रवाई नहीं की तो पाकिस्तान अफगानिस्तान में आतंकी ठिकानों पर हवाई हमले करेगा।',
      'उन्होंने कहा कि पाकिस्तान का धैर्य जवाब दे रहा है।',
      'काबुल की ओर से अभी कोई प्रतिक्रिया नहीं आई है।',
    ],
  },
  {
    name: 'tr threat: Pakistan threatens strikes',
    title: "Pakistan'dan Afganistan'a tehdit: Gerekirse hava saldırısı düzenleriz",
    blocks: [
      "Pakistan Savunma Bakanı, Taliban yönetimi harekete geçmezse Afganistan'daki militan saklanma yerlerine hava saldırısı düzenleyeceklerini söyledi.",
      "Bakan, Pakistan'ın sabrının tükendiğini ifade etti.",
      'Kabil yönetiminden henüz açıklama gelmedi.',
    ],
  },
  {
    name: 'ar iskp: ISKP attack on Pakistani embassy in Kabul',
    title: 'تنظيم الدولة يتبنى إطلاق النار على السفارة الباكستانية في كابل',
    blocks: [
      'كابل (وكالات) أعلن تنظيم الدولة الإسلامية ولاية خراسان مسؤوليته عن إطلاق النار على مجمع السفارة الباكستانية في كابل.',
      'وأصيب حارس أمن باكستاني في الهجوم.',
      'ودانت حكومة طالبان الهجوم ووعدت بملاحقة الفاعلين.',
    ],
  },
  {
    name: 'en iskp: gunman fires on Pakistani embassy in Kabul',
    title: 'Gunman opens fire on Pakistan embassy in Kabul, guard wounded',
    blocks: [
      'KABUL: A gunman opened fire on the Pakistani embassy compound in Kabul on Friday, wounding a security guard, officials said.',
      "The Islamic State's Khorasan branch later claimed the attack, which Pakistan called an assassination attempt on its envoy.",
      'Taliban forces arrested a suspect.',
    ],
  },
];

describe('round 20P look-alikes stay off topic', () => {
  for (const probe of LOOKALIKES)
    it(probe.name, () => {
      expect(judge(probe.title, probe.blocks).topic).toBe(false);
    });
});

describe('round 20P clash pages stay on topic', () => {
  for (const probe of CLASHES)
    it(probe.name, () => {
      expect(judge(probe.title, probe.blocks).topic).toBe(true);
    });
});

// Review of round 20P (REV20P): clash reports written against 20P's own look-alike rules, in their words — a Kurram
// clash beside its sectarian feuds, fighting measured "since the Soviet war", a match abandoned for a border clash,
// a threat after a reported strike, firing on smugglers that Afghan forces answered, Afghan shelling near the Chaman
// sit-in, "the toll from earlier clashes". Five were missed after 20P (French threat, both smugglers, the Urdu sit-in,
// the toll) and two before it too (the Soviet-war measure, the abandoned match). Written for these tests, not taken
// from any page of the corpus.
const REVIEW_CLASHES: readonly Probe[] = [
  // sectarian / Soviet war (otherWar)
  {
    name: 'en CLASH sect: Afghan forces shell Kurram, district of sectarian feuds',
    title: 'Afghan and Pakistani forces trade fire on Kurram border',
    blocks: [
      'PARACHINAR: Afghan forces fired mortars at Pakistani border posts in Kurram, a district long scarred by sectarian violence, on Tuesday night, officials said.',
      'Pakistani troops returned fire and the exchange went on until dawn.',
      'Two soldiers were killed and five wounded, the military said.',
    ],
  },
  {
    name: 'en CLASH sect: clash report with background paragraph on Shia-Sunni fighting',
    title: 'Two soldiers killed as Pakistan, Afghanistan forces clash in Kurram',
    blocks: [
      'Pakistani and Afghan border forces clashed in the Kurram district on Sunday, killing two Pakistani soldiers, the military said.',
      "Kurram, which borders Afghanistan's Paktia and Khost provinces, has also seen deadly clashes between Shia and Sunni tribes.",
      'Afghan forces fired on Pakistani border posts near Kharlachi, officials said.',
    ],
  },
  {
    name: 'ur CLASH sect: Afghan forces fire on Kurram posts, district of sectarian strife',
    title: 'کرم میں پاک افغان سرحد پر فائرنگ کا تبادلہ، دو اہلکار شہید',
    blocks: [
      'پاراچنار (نمائندہ) فرقہ وار کشیدگی کا شکار ضلع کرم میں افغان فورسز نے پاکستانی سرحدی چوکیوں پر بھاری ہتھیاروں سے فائرنگ کی۔',
      'سیکیورٹی فورسز نے بھرپور جوابی کارروائی کی۔',
      'حکام کے مطابق فائرنگ کے تبادلے میں دو اہلکار شہید ہو گئے۔',
    ],
  },
  {
    name: 'en CLASH soviet: fiercest fighting since the Soviet war',
    title: 'Heaviest border clashes since Soviet era rock Pakistan-Afghanistan frontier',
    blocks: [
      'Afghan and Pakistani forces fought along the border through the night in what residents called the heaviest fighting since the Soviet war of the 1980s.',
      'Pakistani jets struck targets in Paktika and Khost, Afghan officials said.',
      'At least 12 people were killed.',
    ],
  },
  {
    name: 'ar CLASH soviet: clashes worst since the Soviet invasion',
    title: 'اشتباكات عنيفة بين القوات الأفغانية والباكستانية على الحدود',
    blocks: [
      'كابل (وكالات) اندلعت اشتباكات عنيفة بين القوات الأفغانية والباكستانية على الحدود في ولاية خوست، هي الأعنف منذ الغزو السوفيتي.',
      'وقال متحدث باسم حكومة طالبان إن القوات الباكستانية قصفت مناطق مدنية.',
      'وأفاد مسؤولون بمقتل ثلاثة جنود.',
    ],
  },
  // cricket
  {
    name: 'en CLASH cricket: strike kills club cricketers, board pulls out',
    title: 'Afghanistan pulls out of tri-series after Pakistani air strikes in Paktika',
    blocks: [
      "The Afghanistan Cricket Board withdrew from next month's tri-series in Pakistan after Pakistani air strikes in Paktika killed three local cricketers.",
      'Afghan forces returned fire along the border on Saturday, the Taliban said.',
      'The strikes also killed five other civilians, officials said.',
    ],
  },
  {
    name: 'en CLASH cricket: border clash halts match at Chaman',
    title: 'Border clash at Chaman forces cricket match to be abandoned',
    blocks: [
      'A local cricket match in Chaman was abandoned on Friday after Afghan and Pakistani forces clashed along the nearby border.',
      'Afghan forces fired mortar shells into Chaman, wounding four people, police said.',
      'Pakistani troops returned fire.',
    ],
  },
  {
    name: 'hi CLASH cricket: strike kills players',
    title: 'पाकिस्तानी हवाई हमले में तीन अफगान खिलाड़ियों की मौत',
    blocks: [
      'पाकिस्तान ने अफगानिस्तान के पक्तिका प्रांत में हवाई हमले किए जिनमें तीन स्थानीय खिलाड़ी मारे गए।',
      'तालिबान ने कहा कि अफगान बलों ने सीमा पर जवाबी गोलीबारी की।',
      'अफगानिस्तान क्रिकेट बोर्ड ने पाकिस्तान में होने वाली त्रिकोणीय श्रृंखला से हटने का फैसला किया।',
    ],
  },
  // threats
  {
    name: 'en CLASH threat: report and threat in one sentence, no clause break',
    title: 'Afghan, Pakistani troops exchange fire at Chaman',
    blocks: [
      'CHAMAN: Afghan and Pakistani troops exchanged fire at the Chaman crossing for two hours on Thursday, officials said, adding that the crossing will stay closed if the firing continues.',
      'Three civilians were wounded.',
    ],
  },
  {
    name: 'en CLASH threat: Taliban threaten after reported strike',
    title: 'Taliban vow retaliation after Pakistani strikes in Khost',
    blocks: [
      'KABUL: Pakistani jets bombed targets in Khost province overnight, killing eight people, a Taliban spokesman said.',
      'The Taliban said they would respond if Pakistan carried out more strikes on Afghan soil.',
      'Pakistan did not comment.',
    ],
  },
  {
    name: 'en CLASH threat: strike sentence joined with warning',
    title: 'Pakistani strikes hit Paktika; Taliban warn of response',
    blocks: [
      'Pakistani air strikes hit several villages in Paktika on Monday, hours after the Taliban warned they would retaliate if Pakistan violated Afghan airspace.',
      'Afghan forces later fired on Pakistani posts along the Durand Line.',
    ],
  },
  {
    name: 'de CLASH threat: Gefechte und Drohung',
    title: 'Gefechte an der Grenze zwischen Afghanistan und Pakistan',
    blocks: [
      'Afghanische und pakistanische Truppen haben sich an der Grenze bei Torkham heftige Gefechte geliefert, wobei die Taliban mit Vergeltung drohten, wenn die Angriffe weitergehen würden.',
      'Nach Angaben der Behörden wurden mindestens vier Menschen getötet.',
    ],
  },
  {
    name: 'ru CLASH threat: strike then Taliban warning',
    title: 'Пакистан нанес авиаудары по Афганистану',
    blocks: [
      'Пакистанские ВВС нанесли удары по провинции Пактика, погибли восемь человек, сообщили талибы.',
      'Талибы заявили, что ответят, если удары повторятся.',
    ],
  },
  {
    name: 'fr CLASH threat: affrontements et menace',
    title: 'Affrontements à la frontière afghano-pakistanaise',
    blocks: [
      'Des affrontements ont opposé jeudi les forces afghanes et pakistanaises près du poste frontière de Torkham, qui resterait fermé si les tirs se poursuivaient, selon des responsables.',
      'Deux soldats ont été tués.',
    ],
  },
  // smugglers / protest
  {
    name: 'en CLASH smuggling: firing on smugglers turned into exchange with Afghan forces',
    title: 'Firing on smugglers sparks exchange with Afghan forces near Chaman',
    blocks: [
      'CHAMAN: Pakistani border guards opened fire on suspected smugglers near the Chaman crossing on Wednesday, prompting Afghan border forces to fire back.',
      'The exchange between the two forces lasted about three hours, officials said, and two Pakistani soldiers were wounded.',
      'The smugglers escaped into Afghanistan.',
    ],
  },
  {
    name: 'ur CLASH smuggling: firing on smugglers, Afghan forces respond',
    title: 'چمن: اسمگلروں پر فائرنگ کے بعد پاک افغان فورسز میں جھڑپ',
    blocks: [
      'چمن (نمائندہ) سرحد پر ایف سی نے اسمگلروں پر فائرنگ کی جس کے جواب میں افغان فورسز نے پاکستانی چوکیوں پر فائرنگ شروع کر دی۔',
      'دونوں فورسز کے درمیان کئی گھنٹے تک فائرنگ کا تبادلہ جاری رہا۔',
      'حکام کے مطابق دو اہلکار زخمی ہوئے۔',
    ],
  },
  {
    name: 'en CLASH protest: Chaman sit-in page reports border firing',
    title: 'Chaman sit-in disperses as Afghan and Pakistani forces exchange fire',
    blocks: [
      'CHAMAN: Protesters at the months-long sit-in near the Chaman crossing fled on Monday when Afghan and Pakistani forces exchanged heavy fire across the border.',
      'The demonstrators had been protesting against the passport requirement.',
      'Afghan forces fired mortars at Pakistani posts, officials said, and Pakistani troops returned fire; one soldier was killed.',
    ],
  },
  {
    name: 'ur CLASH protest: dharna page reports Afghan shelling',
    title: 'چمن دھرنے کے قریب افغان فورسز کی گولہ باری',
    blocks: [
      'چمن (نمائندہ) دھرنے کے قریب افغان فورسز نے پاکستانی چوکیوں پر گولہ باری کی جس پر مظاہرین منتشر ہو گئے۔',
      'پاکستانی فورسز نے جوابی فائرنگ کی۔',
      'حکام کے مطابق ایک اہلکار شہید ہوا۔',
    ],
  },
  // past clashes
  {
    name: 'en CLASH past: toll from earlier clashes rises',
    title: 'Toll from Chaman border clashes rises to 15',
    blocks: [
      'CHAMAN: The death toll from earlier clashes between Afghan and Pakistani forces at the Chaman crossing rose to 15 on Sunday, officials said.',
      'Three of the wounded died in hospital in Quetta.',
    ],
  },
  {
    name: 'tr CLASH past: two days ago clashes',
    title: 'Afganistan-Pakistan sınırında çatışma: 12 asker öldü',
    blocks: [
      'Pakistan ordusu, iki gün önceki çatışmalarda Afganistan sınırında 12 askerinin öldüğünü açıkladı.',
      'Taliban güçleri Pakistan mevzilerine ateş açtı.',
    ],
  },
  {
    name: 'en CLASH past: fresh fighting after previous fighting',
    title: 'Afghan, Pakistani forces clash again at Torkham',
    blocks: [
      'TORKHAM: Afghan and Pakistani border forces exchanged fire at Torkham on Friday, a week after previous clashes closed the crossing.',
      'Officials said one Afghan guard was killed.',
    ],
  },
  // deportation + police
  {
    name: 'en CLASH refugees: police say refugees hit by border firing',
    title: 'Afghan refugees wounded as border forces exchange fire at Torkham',
    blocks: [
      'TORKHAM: Four Afghan refugees waiting to cross were wounded on Saturday when Afghan and Pakistani border forces exchanged fire, police officials told reporters.',
      'Afghan forces fired mortars at Pakistani posts and Pakistani troops returned fire.',
      'The deportation of refugees through Torkham was halted.',
    ],
  },
  {
    name: 'en CLASH sect: brief, Afghan forces shell Kurram, sectarian background in the same sentence',
    title: 'Afghan forces shell Pakistani posts in Kurram',
    blocks: [
      'PARACHINAR: Afghan forces fired mortars at Pakistani border posts in Kurram, a district already torn by sectarian violence between Shia and Sunni tribes, killing two soldiers, officials said.',
    ],
  },
  {
    name: 'ar CLASH sect: brief, Afghan forces shell Kurram, sectarian background',
    title: 'القوات الأفغانية تقصف مواقع باكستانية في كرم',
    blocks: [
      'باراتشينار (وكالات) قصفت القوات الأفغانية مواقع حدودية باكستانية في منطقة كرم التي تشهد توترات طائفية بين الشيعة والسنة، ما أسفر عن مقتل جنديين.',
    ],
  },
  {
    name: 'ru CLASH soviet: brief, heaviest clashes since the Soviet war',
    title: 'Столкновения на афгано-пакистанской границе',
    blocks: [
      'Афганские пограничники и пакистанские военные вели бой у Торхама всю ночь; местные жители называют эти столкновения самыми тяжелыми со времен войны с Красной армией.',
    ],
  },
  {
    name: 'hi CLASH cricket: brief, Afghan forces fire near stadium',
    title: 'चमन में अफगान बलों की गोलीबारी',
    blocks: ['अफगान बलों ने चमन में पाकिस्तानी चौकियों पर गोलीबारी की, जिससे पास के स्टेडियम में मौजूद दो खिलाड़ी घायल हो गए।'],
  },
];

describe("review of round 20P: clash reports in its look-alikes' words stay on topic", () => {
  for (const probe of REVIEW_CLASHES)
    it(probe.name, () => {
      expect(judge(probe.title, probe.blocks).topic).toBe(true);
    });
});

// Look-alikes of the review's own narrowing: the Afghan side's forces named in a story that is not the clash (Afghan
// police firing on smugglers, Taliban forces dispersing a crowd, guarding a gathering of the Soviet war's veterans).
const REVIEW_LOOKALIKES: readonly Probe[] = [
  {
    name: 'en smuggling: Afghan border police fire on smugglers',
    title: 'Afghan border police kill two smugglers near Spin Boldak',
    blocks: [
      'SPIN BOLDAK: Afghan border police opened fire on a group of smugglers near Spin Boldak on Tuesday, killing two, Taliban officials said.',
      'The smugglers were carrying fuel from Pakistan, officials said.',
      'Taliban forces have stepped up patrols against smuggling.',
    ],
  },
  {
    name: 'en protest: Taliban forces disperse protesters at Torkham',
    title: 'Taliban forces disperse protesters at Torkham',
    blocks: [
      'TORKHAM: Taliban forces fired into the air to disperse protesters at the Torkham crossing, who demanded it be reopened to trade, officials said.',
      'Several demonstrators were injured in the stampede.',
      'Pakistan kept the crossing shut for a third week.',
    ],
  },
  {
    name: 'en soviet: veterans of the 1980s, guarded by Taliban forces',
    title: 'Soviet war veterans remember the 1980s',
    blocks: [
      'Afghan fighters who fought Soviet forces in the 1980s gathered in Kabul.',
      'They recalled battles along the Pakistani border, where mujahideen had bases.',
      'Taliban forces guarded the gathering.',
    ],
  },
];

describe("review of round 20P: look-alikes that name the Afghan side's forces stay off topic", () => {
  for (const probe of REVIEW_LOOKALIKES)
    it(probe.name, () => {
      expect(judge(probe.title, probe.blocks).topic).toBe(false);
    });
});

// A clash page judged off topic before round 20P and after: a headline that names only Torkham and refugees, and one
// clash sentence, make the refugees' story dominate. Left as it is; when a rule fixes it, move it to CLASHES.
const KNOWN_MISSES: readonly Probe[] = [
  {
    name: 'en CLASH: refugees at Torkham hit in the firing, police said',
    title: 'Refugees caught in crossfire as forces clash at Torkham',
    blocks: [
      'TORKHAM: Two Afghan refugees were wounded when Afghan and Pakistani border forces exchanged fire at Torkham, Pakistani police said.',
      'The crossing was closed after the clash.',
    ],
  },
];

describe('round 20P clash pages still missed', () => {
  for (const probe of KNOWN_MISSES)
    it(`still off topic: ${probe.name}`, () => {
      expect(judge(probe.title, probe.blocks).topic).toBe(false);
    });
});

// When a rule silences one of these, move it to LOOKALIKES.
describe('round 20P false alarms left as they are', () => {
  for (const probe of KNOWN_FALSE_ALARMS)
    it(`still on topic: ${probe.name}`, () => {
      expect(judge(probe.title, probe.blocks).topic).toBe(true);
    });
});
