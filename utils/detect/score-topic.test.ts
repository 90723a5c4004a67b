import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize';
import type { Term } from '../dataset/types';
import { isClashSentence, isTalkSentence, judgeTopic, sentenceSignals } from './score-topic';

const signals = (text: string, ids: string[], leanings: Term['leaning'][]) =>
  sentenceSignals(foldForMatch(text), new Set(ids), new Set(leanings));

describe('talks and truces', () => {
  it('reads a truce between the two sides as on topic, one sentence not being enough', () => {
    const halt = signals(
      'Pakistan announced a temporary halt to its military operation in Afghanistan for Eid.',
      ['pakistan', 'afghanistan'],
      ['pakistan', 'afghanistan'],
    );
    const kabul = signals('Kabul said it would suspend its operations too.', ['kabul', 'pakistan'], ['afghanistan', 'pakistan']);
    expect(isTalkSentence(halt)).toBe(true);
    expect(judgeTopic([halt]).topic).toBe(false);
    expect(judgeTopic([halt, kabul]).topic).toBe(true);
  });

  it('does not read talks on trade or refugees as talks about the clashes', () => {
    const trade = signals('Islamabad and Kabul held talks on trade through Torkham.', ['pakistan', 'kabul'], ['pakistan', 'afghanistan']);
    expect(isTalkSentence(trade)).toBe(false);
  });

  it('reads an envoy carrying messages between the two sides as talks, in the languages read', () => {
    for (const text of [
      "China's envoy has been shuttling between Islamabad and Kabul with messages from each side.",
      'Ein chinesischer Sondergesandter pendelt zwischen Islamabad und Kabul.',
      "L'émissaire chinois fait la navette entre Islamabad et Kaboul.",
      'Çin özel temsilcisi İslamabad ile Kabil arasında mekik diplomasisi yürütüyor.',
      'Китайский спецпосланник курсирует между Исламабадом и Кабулом.',
      'चीन के विशेष दूत इस्लामाबाद और काबुल के बीच संदेश पहुंचा रहे हैं।',
    ])
      expect(isTalkSentence(signals(text, ['pakistan', 'kabul'], ['pakistan', 'afghanistan'])), text).toBe(true);
  });

  it("does not read a reporter's byline as an envoy", () => {
    const byline = signals(
      'De notre envoyé spécial à Kaboul : Islamabad accuse les talibans afghans.',
      ['kabul', 'pakistan'],
      ['afghanistan', 'pakistan'],
    );
    expect(isTalkSentence(byline)).toBe(false);
  });

  it('counts talks in Urdu held at a venue with one side named', () => {
    const doha = signals('دوحہ میں پاکستانی وفد کے ساتھ مذاکرات ہوئے', ['doha', 'pakistan'], ['neutral', 'pakistan']);
    expect(isTalkSentence(doha)).toBe(true);
    expect(isClashSentence(doha)).toBe(false);
  });
});

describe('TTP raids and drone strikes told with the words of a clash', () => {
  it('does not read a Taliban raid on posts in the tribal region as the two states fighting', () => {
    const raid = signals(
      'Pakistanlı yetkililere göre Mohmand aşiret bölgesinde 150 Taliban militanı beş sınır karakolunu bastı; çatışmada 11 asker öldü.',
      ['pakistan', 'khyber', 'taliban'],
      ['pakistan', 'afghanistan'],
    );
    expect(isClashSentence(raid)).toBe(true);
    expect(judgeTopic([raid]).topic).toBe(false);
  });

  it('reads Hindi "the terrorists" in its oblique plural (आतंकियों) as a raid inside Pakistan', () => {
    // "Terrorists attacked a check post in North Waziristan near the Afghan border; three soldiers were killed."
    const raid = signals(
      'अफगानिस्तान से लगी सीमा के पास उत्तरी वज़ीरिस्तान में आतंकियों ने एक चौकी पर हमला किया और तीन सैनिक मारे गए।',
      ['afghanistan', 'pakistan', 'waziristan'],
      ['afghanistan', 'pakistan'],
    );
    expect(raid.lookalikes).toContain('ttp-inside-pakistan');
    expect(judgeTopic([raid]).topic).toBe(false);
  });

  it('keeps such a sentence on a page that names the Afghan side by a place of its own', () => {
    const camps = signals(
      'Pakistan hit terrorist camps after suicide bombings in Bannu.',
      ['pakistan', 'afghanistan'],
      ['pakistan', 'afghanistan'],
    );
    const paktika = signals('Jets bombed shelters in Paktika, and clashes followed.', ['paktika', 'pakistan'], ['afghanistan', 'pakistan']);
    expect(judgeTopic([camps, paktika]).topic).toBe(true);
  });
});

describe('gunmen firing from across the border', () => {
  // In Bajaur, terrorists fired on a post from across the border; a soldier was martyred.
  const fromAcross = 'باجوڑ میں دہشت گردوں نے سرحد پار سے پاکستانی چوکی پر فائرنگ کی جس سے ایک فوجی شہید ہو گیا';
  it('reads "terrorists fired from across the border" in Urdu as cross-border fire, not a TTP raid', () => {
    const fire = signals(fromAcross, ['bajaur', 'pakistan', 'afghanistan'], ['pakistan', 'afghanistan']);
    expect(fire.lookalikes).not.toContain('ttp-inside-pakistan');
    expect(judgeTopic([fire]).topic).toBe(true);
  });

  it('reads Urdu "from Afghanistan" and "from the Afghan border strip" as "from across the border"', () => {
    // Made up: "Terrorists from Afghanistan fired on Pakistani border posts in Bajaur; the army responded."
    for (const text of [
      'افغانستان سے دہشت گردوں نے باجوڑ میں پاکستانی سرحدی چوکیوں پر فائرنگ کی، فوج نے جوابی کارروائی کی',
      'افغان سرحدی پٹی سے دہشت گردوں نے باجوڑ میں پاکستانی چوکیوں پر حملہ کیا اور فائرنگ کی',
    ]) {
      const fire = signals(text, ['bajaur', 'pakistan', 'afghanistan'], ['pakistan', 'afghanistan']);
      expect(fire.lookalikes, text).not.toContain('ttp-inside-pakistan');
      expect(judgeTopic([fire]).topic, text).toBe(true);
    }
  });

  it('does not read Urdu "demanded of Afghanistan" or "coming from Afghanistan" as fire from across the border', () => {
    // Made up: "Terrorists attacked a post in Bajaur, three personnel martyred; Pakistan demanded of Afghanistan that it
    // rein in the terrorists." / "Terrorists coming from Afghanistan attacked a post in Bajaur."
    for (const text of [
      'باجوڑ میں دہشت گردوں نے سرحدی چوکی پر حملہ کیا جس میں تین اہلکار شہید ہوئے، پاکستان نے افغانستان سے مطالبہ کیا کہ وہ دہشت گردوں کو لگام دے',
      'افغانستان سے آنے والے دہشت گردوں نے باجوڑ میں سرحدی چوکی پر حملہ کیا',
    ]) {
      const raid = signals(text, ['bajaur', 'pakistan', 'afghanistan'], ['pakistan', 'afghanistan']);
      expect(raid.lookalikes, text).toContain('ttp-inside-pakistan');
      expect(judgeTopic([raid]).topic, text).toBe(false);
    }
  });

  it('keeps it a TTP story when the sentence names the TTP, a suicide bomber or infiltration', () => {
    const ttp = signals(
      `تحریک طالبان پاکستان کے ${fromAcross}`,
      ['ttp', 'bajaur', 'pakistan', 'afghanistan'],
      ['neutral', 'pakistan', 'afghanistan'],
    );
    const bomber = signals(
      `${fromAcross} اور ایک خودکش حملہ آور بھی آیا`,
      ['bajaur', 'pakistan', 'afghanistan'],
      ['pakistan', 'afghanistan'],
    );
    // Terrorists tried to sneak into Pakistan from across the border in Bajaur.
    const sneaking = signals(
      'باجوڑ میں دہشت گردوں نے سرحد پار سے پاکستان میں گھسنے کی کوشش کی اور فائرنگ کی',
      ['bajaur', 'pakistan'],
      ['pakistan', 'afghanistan'],
    );
    expect(judgeTopic([ttp]).topic).toBe(false);
    expect(judgeTopic([bomber]).topic).toBe(false);
    expect(sneaking.lookalikes).toContain('ttp-inside-pakistan');
  });
});

describe('Pakistani air strikes on the TTP across the border', () => {
  // Pakistan's air strikes on hideouts of the TTP in Paktika; TTP leaders were the target.
  const strike = 'حملات هوایی پاکستان بر مخفیگاه‌های تحریک طالبان پاکستان در پکتیکا';
  const target = signals('رهبران تحریک طالبان پاکستان هدف این حمله بودند', ['ttp'], ['neutral']);
  it('reads an Islamic State (Khorasan) attack near the border, in Dari and Arabic, as that story', () => {
    // Made up: "IS claimed the attack on a border post in Bajaur near the Afghan border; seven Pakistani soldiers died."
    const dari = signals(
      'داعش مسئولیت حمله بر پاسگاه مرزی در باجور، نزدیک مرز افغانستان، را به عهده گرفت که در آن هفت سرباز پاکستانی کشته شدند.',
      ['bajaur', 'afghanistan', 'pakistan'],
      ['pakistan', 'afghanistan'],
    );
    const arabic = signals(
      'وتبنى تنظيم ولاية خراسان الهجوم المسلح على نقطة حدودية باكستانية قرب أفغانستان، وقتل فيه جنديان.',
      ['pakistan', 'afghanistan'],
      ['pakistan', 'afghanistan'],
    );
    expect(judgeTopic([dari, arabic])).toEqual({ topic: false, score: 0, lookalike: 'ttp-inside-pakistan' });
  });

  it('does not read the Taliban charging Pakistan with sheltering Daesh as an Islamic State story', () => {
    // Made up: "Pakistani forces attacked Taliban posts in Spin Boldak" and twice "Mujahid said Pakistan shelters
    // Daesh's leaders / Daesh uses Pakistani soil to attack Afghanistan".
    const clash = signals(
      'نیروهای پاکستانی شب گذشته بر پاسگاه‌های طالبان در اسپین بولدک حمله کردند و درگیری‌ها تا صبح ادامه داشت.',
      ['pakistan', 'taliban', 'spin-boldak'],
      ['pakistan', 'afghanistan', 'border'],
    );
    const charge = signals(
      'ذبیح‌الله مجاهد گفت پاکستان به رهبران داعش پناه داده است.',
      ['mujahid', 'pakistan'],
      ['afghanistan', 'pakistan'],
    );
    const soil = signals(
      'او افزود که داعش از خاک پاکستان برای حمله بر افغانستان استفاده می‌کند.',
      ['pakistan', 'afghanistan'],
      ['pakistan', 'afghanistan'],
    );
    expect(charge.lookalikes).toEqual([]);
    expect(judgeTopic([clash, charge, soil]).topic).toBe(true);
  });

  it('reads the TTP as the target of a strike on an Afghan province, not as a TTP story', () => {
    const hit = signals(strike, ['pakistan', 'ttp', 'paktika'], ['pakistan', 'neutral', 'afghanistan']);
    expect(judgeTopic([hit, target]).topic).toBe(true);
  });

  it('still reads a suicide bombing told beside such strikes as the TTP story', () => {
    const bombing = signals(`${strike} پس از حمله انتحاری در بنو`, ['pakistan', 'ttp', 'paktika'], ['pakistan', 'neutral', 'afghanistan']);
    expect(judgeTopic([bombing, target]).topic).toBe(false);
  });

  it('does not take militants who "bombed" a police station for a strike from the air', () => {
    const bombed = signals(
      'TTP militants bombed a police station in Bannu and fled towards Afghanistan, Pakistani officials said.',
      ['ttp', 'pakistan', 'afghanistan'],
      ['neutral', 'pakistan', 'afghanistan'],
    );
    expect(bombed.airStrike).toBe(false);
  });
});

describe('clash words in the region’s languages', () => {
  it('reads Urdu "shots were fired" (گولیاں چلنے), not only "they fired", as a clash', () => {
    // At the border crossing, shots fired wounded two Frontier Corps men.
    const shots = signals(
      'سرحدی گزرگاہ پر گولیاں چلنے سے فرنٹیئر کور کے دو اہلکار زخمی ہو گئے',
      ['torkham', 'frontier-corps'],
      ['border', 'pakistan'],
    );
    expect(isClashSentence(shots)).toBe(true);
  });

  it('reads a headline in the present tense ("captures a post") as the past tense is read', () => {
    const post = signals(
      'Pakistani forces captures Afghan border checkpoint in Kunar',
      ['pakistan', 'afghanistan', 'kunar'],
      ['pakistan', 'afghanistan'],
    );
    expect(isClashSentence(post)).toBe(true);
  });
});

describe('Arabic gunfire without the article', () => {
  // "Officials said an exchange of fire took place near the Torkham crossing."
  it('reads an exchange of fire without the article (إطلاق نار متبادل) as إطلاق النار is read', () => {
    const s = signals(
      'قال مسؤولون إن إطلاق نار متبادل وقع قرب معبر تورخم',
      ['torkham', 'pakistan', 'afghanistan'],
      ['border', 'pakistan', 'afghanistan'],
    );
    expect(isClashSentence(s)).toBe(true);
  });
});

describe('German "opened fire"', () => {
  // "Pakistani soldiers opened fire on Afghan border guards at the Chaman crossing, officials said on Tuesday" / "…had
  // opened fire". (Not yet with words between the verb and das Feuer: "eröffneten am Dienstag das Feuer".)
  it('reads either word order as a clash', () => {
    for (const text of [
      'Pakistanische Soldaten eröffneten das Feuer auf afghanische Grenzwächter am Übergang Chaman, sagten Beamte am Dienstag.',
      'Nach Angaben aus Kabul hatten pakistanische Soldaten am Übergang Chaman das Feuer eröffnet.',
    ])
      expect(isClashSentence(signals(text, ['chaman', 'pakistan', 'afghanistan'], ['pakistan', 'afghanistan']))).toBe(true);
  });
});

describe('strikes as the region’s press words them', () => {
  it('reads Dari "precision strikes" on Kabul as a clash sentence', () => {
    // "A Pakistani official said his country had carried out precision strikes in Kabul on Wednesday."
    const precision = signals(
      'یک مقام پاکستانی گفت کشورش روز چهارشنبه در کابل حملات دقیق انجام داده است.',
      ['pakistan', 'kabul'],
      ['pakistan', 'afghanistan'],
    );
    expect(isClashSentence(precision)).toBe(true);
  });
});

describe('a strike told in the words of the match its victims played', () => {
  // "The board called the air strike in Paktika that killed three of its cricketers after a friendly match a cowardly
  // act of the Pakistani regime."
  const strike = signals(
    'ووصف المجلس الغارة الجوية في بكتيكا التي قتلت ثلاثة من لاعبي الكريكيت بعد مباراة ودية بأنها عمل جبان من النظام الباكستاني.',
    ['paktika', 'pakistan'],
    ['afghanistan', 'pakistan'],
  );

  it('is on topic when the page names the strike very specifically', () => {
    expect(strike.lookalikes).toContain('cricket');
    expect(isClashSentence(strike)).toBe(true);
    expect(judgeTopic([strike], true).topic).toBe(true);
  });

  // "Two Afghan cricket players were killed in a Pakistani air strike." / "Afghanistan will not play the series in
  // Pakistan next month." Told in Hindi, with nothing that names the strike's event.
  const players = signals(
    'पाकिस्तानी हवाई हमले में अफगानिस्तान के दो क्रिकेट खिलाड़ी मारे गए।',
    ['pakistan', 'afghanistan'],
    ['pakistan', 'afghanistan'],
  );
  const series = signals(
    'अफगानिस्तान अगले महीने पाकिस्तान में होने वाली क्रिकेट सीरीज नहीं खेलेगा।',
    ['pakistan', 'afghanistan'],
    ['pakistan', 'afghanistan'],
  );

  it('is on topic when an air strike killed the players, though the page goes on about the match', () => {
    expect(players.lookalikes).toContain('cricket');
    expect(judgeTopic([players, series]).topic).toBe(true);
  });

  it('is still the match when the fighting only spills onto the pitch, with no strike from the air', () => {
    // "The border clashes between Afghanistan and Pakistan cast a shadow over the cricket match."
    const pitch = signals(
      'अफगानिस्तान और पाकिस्तान की सीमा पर झड़पों का साया क्रिकेट मैच पर भी पड़ा।',
      ['pakistan', 'afghanistan'],
      ['pakistan', 'afghanistan'],
    );
    expect(isClashSentence(pitch)).toBe(true);
    expect(judgeTopic([pitch, series]).topic).toBe(false);
  });
});

describe('the insurgency against the Republic', () => {
  it('does not read the Taliban raiding the Afghan army near the border as the two states fighting', () => {
    const raid = signals(
      'Taliban fighters stormed an Afghan army outpost close to the Pakistani frontier overnight, killing nine soldiers.',
      ['taliban', 'pakistan'],
      ['afghanistan', 'pakistan'],
    );
    expect(isClashSentence(raid)).toBe(false);
  });

  it('still reads the Afghan army of the Taliban government firing on Pakistani troops as a clash', () => {
    const clash = signals(
      'The Taliban said the Afghan army shelled Pakistani troops along the frontier after the air raids.',
      ['taliban', 'pakistan'],
      ['afghanistan', 'pakistan'],
    );
    expect(isClashSentence(clash)).toBe(true);
  });
});

describe('talks on a crossing', () => {
  const kandahar = signals(
    'Taliban officials in Kandahar held talks with a Pakistani delegation about the rules at the Chaman gate.',
    ['taliban', 'kandahar', 'pakistan', 'chaman'],
    ['afghanistan', 'pakistan'],
  );
  const second = signals(
    'Kabul and Islamabad agreed in the talks that elderly travellers would be let through first.',
    ['kabul', 'pakistan'],
    ['afghanistan', 'pakistan'],
  );

  it('does not read the two sides meeting over a crossing, with no word of fighting, as the clashes', () => {
    expect(isTalkSentence(kandahar) && isTalkSentence(second)).toBe(true);
    expect(judgeTopic([kandahar, second]).topic).toBe(false);
  });

  it('still reads such talks as on topic where a mediator hosts them', () => {
    const doha = signals(
      'The two delegations resumed talks in Doha on Sunday.',
      ['doha', 'pakistan', 'kabul'],
      ['neutral', 'pakistan', 'afghanistan'],
    );
    expect(judgeTopic([kandahar, second, doha]).topic).toBe(true);
  });
});

describe('an attack inside Pakistan near "the Afghan border", in Urdu, Dari and Arabic', () => {
  it('reads gunmen, the khawarij or a police post near the border as a TTP raid, not the two states fighting', () => {
    for (const [text, ids, leanings] of [
      // Gunmen attacked a police post in the area next to the Afghan border in Mohmand.
      ['مہمند میں پاک افغان سرحد کے قریب مسلح افراد نے پولیس چوکی پر حملہ کیا', ['khyber', 'durand-line'], ['pakistan', 'border']],
      // Forces raided a khawarij hideout near the Pak-Afghan border; firing was exchanged.
      ['فورسز نے پاک افغان سرحد کے قریب خوارج کے ٹھکانے پر کارروائی کی اور فائرنگ ہوئی', ['durand-line', 'ttp'], ['border', 'neutral']],
      // Gunmen near the Afghan border attacked a post of the Pakistani army and killed four soldiers.
      [
        'افراد مسلح در نزدیکی مرز افغانستان به پاسگاه ارتش پاکستان حمله کردند و چهار سرباز کشته شدند',
        ['afghanistan', 'pakistan'],
        ['afghanistan', 'pakistan'],
      ],
      // Militants attacked an army checkpoint near the Afghan border, killing four soldiers.
      [
        'هاجم مسلحون نقطة تفتيش للجيش الباكستاني قرب الحدود الأفغانية وقتلوا أربعة جنود',
        ['afghanistan', 'pakistan'],
        ['afghanistan', 'pakistan'],
      ],
    ] as const) {
      const s = signals(text, [...ids], [...leanings]);
      expect(s.lookalikes, text).toContain('ttp-inside-pakistan');
      expect(judgeTopic([s]).topic, text).toBe(false);
    }
  });

  it('reads a landmine near the border, in Urdu or English, as that story', () => {
    for (const text of [
      // Three soldiers were martyred when a landmine went off near the Pak-Afghan border in North Waziristan.
      'شمالی وزیرستان میں پاک افغان سرحد کے قریب بارودی سرنگ کے دھماکے میں تین فوجی شہید ہو گئے',
      'Three soldiers were killed when a roadside bomb hit their patrol near the Afghan border in North Waziristan.',
    ]) {
      const s = signals(text, ['waziristan', 'durand-line'], ['pakistan', 'border']);
      expect(s.lookalikes, text).toContain('ttp-inside-pakistan');
      expect(judgeTopic([s]).topic, text).toBe(false);
    }
  });

  it('does not take Kabul named as the government, with no word of fighting, for the side the raid came from', () => {
    // Militants attacked a security post near the Afghan border in North Waziristan and killed four soldiers. /
    // Islamabad says the attackers find shelter in Afghanistan, which Kabul rejects.
    const raid = signals(
      'هاجم مسلحون مركزاً أمنياً قرب الحدود الأفغانية في شمال وزيرستان وقتلوا أربعة جنود',
      ['waziristan', 'afghanistan'],
      ['pakistan', 'afghanistan'],
    );
    const kabul = signals(
      'وتقول إسلام آباد إن المهاجمين يجدون ملاذاً في أفغانستان، وهو ما ترفضه كابول.',
      ['afghanistan', 'kabul'],
      ['afghanistan'],
    );
    expect(judgeTopic([raid, kabul]).topic).toBe(false);
    // Kabul hit is another matter: "Pakistani jets struck Kabul" names the side fought.
    const struck = signals('وقصفت طائرات باكستانية كابول', ['pakistan', 'kabul'], ['pakistan', 'afghanistan']);
    expect(judgeTopic([raid, struck]).topic).toBe(true);
  });

  it('keeps the Afghan Taliban firing beside the khawarij as the other side firing', () => {
    // The Afghan Taliban and khawarij fired on posts on the Kurram border; the army answered with heavy weapons.
    const text = 'کرم کی سرحد پر افغان طالبان اور خوارج نے چوکیوں پر فائرنگ کی، فوج نے بھاری ہتھیاروں سے جواب دیا';
    const s = signals(text, ['kurram', 'durand-line', 'taliban', 'ttp'], ['pakistan', 'border', 'afghanistan', 'neutral']);
    expect(s.lookalikes).toContain('ttp-inside-pakistan');
    expect(isClashSentence(s)).toBe(true);
    expect(judgeTopic([s, s]).topic).toBe(true);
  });

  it("keeps Pakistan's jets striking militants' hideouts inside Afghanistan as this conflict", () => {
    // Pakistani aircraft carried out air strikes on militants' hideouts inside Afghanistan, near the border.
    const text = 'نفذت طائرات باكستانية غارات جوية على مخابئ مسلحين داخل أفغانستان قرب الحدود';
    const s = signals(text, ['pakistan', 'afghanistan'], ['pakistan', 'afghanistan']);
    expect(s.lookalikes).toContain('ttp-inside-pakistan');
    expect(s.airStrike).toBe(true);
    expect(judgeTopic([s, s]).topic).toBe(true);
  });
});

describe('round 20P: fighting that is not the two states', () => {
  it('does not read Dari جنگل (a forest) as جنگ (war)', () => {
    const forest = signals('کاروان از جنگل‌های کنر گذشت و به پاکستان رسید.', ['kunar', 'pakistan'], ['afghanistan', 'pakistan']);
    expect(forest.clashWords).toBe(0);
    const war = signals('جنگ میان طالبان و پاکستان در کنر ادامه دارد.', ['kunar', 'pakistan'], ['afghanistan', 'pakistan']);
    expect(war.clashWords).toBeGreaterThanOrEqual(1);
  });

  it('reads a fight between sects or tribes as no clash, whatever places it names', () => {
    for (const text of [
      'Sectarian clashes between rival tribes in Kurram, bordering Paktia, killed 30 people.',
      'درگیری میان قبایل شیعه و سنی در کرم، هم‌مرز با پکتیا، ادامه دارد.',
      'Столкновения между шиитскими и суннитскими племенами в Курраме у границы с Пактией продолжаются.',
    ])
      expect(isClashSentence(signals(text, ['kurram', 'paktia'], ['pakistan', 'afghanistan'])), text).toBe(false);
    const border = signals(
      'Afghan and Pakistani forces clashed on the border near Kurram and Paktia.',
      ['kurram', 'paktia'],
      ['pakistan', 'afghanistan'],
    );
    expect(isClashSentence(border)).toBe(true);
  });

  it('reads the bombing of the 1980s as the Soviet war', () => {
    const eighties = signals(
      'In the 1980s, Afghan jets bombed border villages in Pakistan.',
      ['afghanistan', 'pakistan'],
      ['afghanistan', 'pakistan'],
    );
    expect(isClashSentence(eighties)).toBe(false);
    expect(eighties.lookalikes).toContain('soviet-war');
  });

  it('reads "clash" beside words of cricket as the match, and "border clashes" still as fighting', () => {
    const match = signals(
      'Afghanistan beat Pakistan by six wickets in a fiery clash.',
      ['afghanistan', 'pakistan'],
      ['afghanistan', 'pakistan'],
    );
    expect(match.clashWords).toBe(0);
    const recall = signals('The match was the first since the border clashes.', ['afghanistan', 'pakistan'], ['afghanistan', 'pakistan']);
    expect(recall.clashWords).toBe(1);
  });

  it('counts deportees clashing with police as the refugees story, not refugees beside firing', () => {
    const police = signals('Afghan deportees clashed with police at Torkham.', ['afghanistan', 'torkham'], ['afghanistan', 'border']);
    const headline = signals('Refugees clash with police at Torkham border.', ['torkham'], ['border']);
    expect(judgeTopic([police, police, headline]).topic).toBe(false);
    const firing = signals(
      'Firing between Afghan and Pakistani forces at Torkham halted the return of refugees.',
      ['afghanistan', 'pakistan', 'torkham'],
      ['afghanistan', 'pakistan', 'border'],
    );
    expect(judgeTopic([firing, firing, firing]).topic).toBe(true);
  });
});

describe('round 20P: threats and firing on people who are not the other state', () => {
  it('reads "if … would" in English, German and Russian as a threat on a condition, not a report', () => {
    for (const text of [
      'Pakistan would strike hideouts in Afghanistan if the Taliban did not act, the minister said.',
      'Pakistan werde Ziele in Afghanistan angreifen, falls die Taliban nichts unternehmen.',
      'Пакистан нанесет удары по Афганистану, если талибы не примут меры.',
    ])
      expect(signals(text, ['pakistan', 'afghanistan', 'taliban'], ['pakistan', 'afghanistan']).threat, text).toBe(true);
    const report = signals(
      'Pakistani jets struck hideouts in Afghanistan on Monday, officials said.',
      ['pakistan', 'afghanistan'],
      ['pakistan', 'afghanistan'],
    );
    expect(report.threat).toBeUndefined();
  });

  it('counts border forces firing on smugglers or protesters as their story', () => {
    const smugglers = signals(
      'Two smugglers were killed in an exchange of fire with border forces near Torkham.',
      ['torkham', 'pakistan'],
      ['border', 'pakistan'],
    );
    const protesters = signals(
      'Security forces opened fire on protesters at the Chaman border crossing.',
      ['chaman', 'durand-line'],
      ['pakistan', 'border'],
    );
    expect(judgeTopic([smugglers, smugglers, smugglers]).topic).toBe(false);
    expect(judgeTopic([protesters, protesters]).topic).toBe(false);
    const forces = signals(
      'Afghan and Pakistani forces exchanged fire near Torkham.',
      ['torkham', 'pakistan', 'afghanistan'],
      ['border', 'pakistan', 'afghanistan'],
    );
    expect(judgeTopic([forces, forces, smugglers]).topic).toBe(true);
  });
});

describe('round 20P: more threats, Hindi words', () => {
  it('reads a threat on a condition in Arabic, Hindi, Turkish and French', () => {
    for (const text of [
      'قال الوزير إن باكستان سترد بقوة إذا تكرر إطلاق النار من أفغانستان.',
      'अगर तालिबान ने कार्रवाई नहीं की तो पाकिस्तान अफगानिस्तान में हवाई हमले करेगा।',
      "Taliban harekete geçmezse Pakistan Afganistan'a hava saldırısı düzenleyecek.",
      "Le Pakistan mènerait des frappes en Afghanistan si les talibans n'agissaient pas.",
    ])
      expect(signals(text, ['pakistan', 'afghanistan'], ['pakistan', 'afghanistan']).threat, text).toBe(true);
    // Arabic ستة (six) is no future; a report of six killed is no threat.
    const six = signals('قتل ستة جنود باكستانيين في قصف أفغاني على الحدود.', ['pakistan', 'afghanistan'], ['pakistan', 'afghanistan']);
    expect(six.threat).toBeUndefined();
  });

  it('does not read Hindi एशिया (Asia) as शिया (Shia)', () => {
    const asiaCup = signals('एशिया कप में पाकिस्तान और अफगानिस्तान', ['pakistan', 'afghanistan'], ['pakistan', 'afghanistan']);
    expect(asiaCup.lookalikes).not.toContain('sectarian');
    expect(asiaCup.lookalikes).toContain('cricket');
  });
});

describe('round 20P: past clashes recalled', () => {
  it('reads "past clashes" as a recall, not a report, and a fresh clash beside it as a clash', () => {
    for (const text of [
      'Kurram borders Paktia in Afghanistan, and hundreds died there in past clashes.',
      'کرم د افغانستان له پکتیا سره پوله لري او په تېرو نښتو کې سلګونه کسان وژل شوي.',
      'کرم با پکتیای افغانستان هم‌مرز است و در درگیری‌های گذشته صدها نفر کشته شدند.',
    ])
      expect(isClashSentence(signals(text, ['kurram', 'paktia', 'afghanistan'], ['pakistan', 'afghanistan'])), text).toBe(false);
    const fresh = signals(
      'Afghan and Pakistani forces clashed again in Kurram and Paktia.',
      ['kurram', 'paktia'],
      ['pakistan', 'afghanistan'],
    );
    expect(isClashSentence(fresh)).toBe(true);
  });
});

describe('round 20P: its own rules kept from clash reports', () => {
  it('reads "if" that asks whether as no threat', () => {
    for (const text of [
      'Afghan and Pakistani forces exchanged fire at Torkham, and it was not clear if the crossing would reopen.',
      'Les forces talibanes et pakistanaises ont échangé des tirs, et on ignorait si le poste serait rouvert.',
    ])
      expect(signals(text, ['torkham', 'pakistan', 'taliban'], ['border', 'pakistan', 'afghanistan']).threat, text).toBeUndefined();
  });

  it('keeps a Kurram clash that names the Taliban, though it names a Shia town', () => {
    const shelled = signals(
      'Mortars fired by Taliban forces hit Parachinar, the Shia-majority town of Kurram.',
      ['taliban', 'kurram'],
      ['afghanistan', 'pakistan'],
    );
    expect(isClashSentence(shelled)).toBe(true);
  });

  it('does not count the police as a source as refugees against police', () => {
    const source = signals(
      'Two Afghan refugees were wounded when Afghan and Pakistani forces exchanged fire at Torkham, police said.',
      ['afghanistan', 'pakistan', 'torkham'],
      ['afghanistan', 'pakistan', 'border'],
    );
    expect(source.police).toBeUndefined();
  });
});

describe('round 20P: a report and a threat in one sentence', () => {
  it('keeps the report when another clause of the sentence holds the fighting', () => {
    for (const text of [
      'تبادلت القوات الأفغانية والباكستانية إطلاق النار في سبين بولدك، وقال مسؤول أفغاني إن قواته سترد إذا استمر القصف.',
      'Пакистанские и афганские военные вступили в перестрелку у Чамана; Кабул заявил, что ответит, если обстрелы продолжатся.',
      'Pakistanische und afghanische Truppen lieferten sich bei Torkham Gefechte; Kabul erklärte, man werde zurückschlagen, wenn die Angriffe weitergingen.',
    ])
      expect(signals(text, ['pakistan', 'afghanistan', 'torkham'], ['pakistan', 'afghanistan', 'border']).threat, text).toBeUndefined();
  });

  it('does not halve fire from across the border that wounded protesters', () => {
    const across = signals(
      'Afghan forces fired from across the border at Chaman, wounding four protesters at the sit-in.',
      ['chaman', 'afghanistan'],
      ['pakistan', 'afghanistan', 'border'],
    );
    expect(judgeTopic([across]).topic).toBe(true);
  });
});

describe('review of round 20P: the Afghan side’s forces keep a clash a clash', () => {
  it('does not halve firing on smugglers or protesters that Afghan forces answered or began', () => {
    const smugglers = signals(
      'Pakistani border guards fired on smugglers near Chaman, and Afghan border forces fired back at their posts.',
      ['chaman', 'pakistan', 'afghanistan'],
      ['border', 'pakistan', 'afghanistan'],
    );
    expect(smugglers.afghanForces).toBe(true);
    expect(judgeTopic([smugglers, smugglers]).topic).toBe(true);
    const sitIn = signals(
      'دھرنے کے قریب افغان فورسز نے پاکستانی چوکیوں پر گولہ باری کی جس پر مظاہرین منتشر ہو گئے۔',
      ['chaman', 'afghanistan'],
      ['pakistan', 'afghanistan', 'border'],
    );
    expect(judgeTopic([sitIn, sitIn]).topic).toBe(true);
  });

  it('reads "earlier clashes between Afghan and Pakistani forces" as the clash, a bare "past clashes" still as a recall', () => {
    const toll = signals(
      'The toll from earlier clashes between Afghan and Pakistani forces at Chaman rose to 15.',
      ['chaman', 'afghanistan', 'pakistan'],
      ['border', 'afghanistan', 'pakistan'],
    );
    expect(isClashSentence(toll)).toBe(true);
    const recall = signals(
      'Kurram borders Paktia, and hundreds died there in past clashes.',
      ['kurram', 'paktia'],
      ['pakistan', 'afghanistan'],
    );
    expect(isClashSentence(recall)).toBe(false);
  });

  it('keeps a Kurram clash of Afghan forces, though the sentence names its sectarian feuds', () => {
    const shelled = signals(
      'Afghan forces fired mortars at Pakistani posts in Kurram, a district torn by sectarian violence.',
      ['afghanistan', 'kurram', 'pakistan'],
      ['afghanistan', 'pakistan'],
    );
    expect(shelled.otherWar).toBeUndefined();
    expect(isClashSentence(shelled)).toBe(true);
  });
});

describe('review of round 20P: threats and the Soviet war as measures', () => {
  it('keeps the report when a part of the sentence between commas holds fighting and no "if" or "will"', () => {
    const text =
      'Des affrontements ont opposé les forces afghanes et pakistanaises près de Torkham, qui resterait fermé si les tirs se poursuivaient.';
    expect(signals(text, ['torkham', 'pakistan', 'afghanistan'], ['border', 'pakistan', 'afghanistan']).threat).toBeUndefined();
    const threat = 'Pakistan would strike hideouts in Afghanistan if Kabul did not act, the minister said.';
    expect(signals(threat, ['pakistan', 'afghanistan', 'kabul'], ['pakistan', 'afghanistan']).threat).toBe(true);
  });

  it('does not read "the heaviest fighting since the Soviet war" as a story of that war', () => {
    const since = signals(
      'Border clashes between Pakistan and Afghanistan were the heaviest since the Soviet war of the 1980s.',
      ['pakistan', 'afghanistan'],
      ['pakistan', 'afghanistan'],
    );
    expect(since.lookalikes).not.toContain('soviet-war');
    const war = signals('Soviet jets bombed villages along the border in the 1980s.', ['afghanistan'], ['afghanistan']);
    expect(war.lookalikes).toContain('soviet-war');
  });
});

describe('round 21W: clashes as the start of a span', () => {
  it('reads "since the clashes" as the time of another story, not a report of them', () => {
    // Made up: a closure, a raid's background, told from the clashes on.
    for (const text of [
      'Since the clashes of last autumn, the crossing between the two countries has stayed shut to trade.',
      'Depuis les combats de novembre, le Pakistan garde fermée sa frontière avec les talibans.',
      'Seit den Gefechten im Herbst ist die Grenze zwischen Pakistan und Kabul geschlossen.',
    ])
      expect(isClashSentence(signals(text, ['pakistan', 'kabul', 'taliban'], ['pakistan', 'afghanistan'])), text).toBe(false);
  });

  it('still reads fighting reported in the same sentence, or by the Afghan side’s forces', () => {
    const fresh = signals(
      'Since the clashes of last autumn, Pakistani troops have shelled Kunar again, killing four.',
      ['pakistan', 'kunar'],
      ['pakistan', 'afghanistan'],
    );
    expect(isClashSentence(fresh)).toBe(true);
    const forces = signals('Since the fighting began, Afghan forces have lost three posts.', ['pakistan'], ['pakistan', 'afghanistan']);
    expect(isClashSentence(forces)).toBe(true);
  });
});

describe('round 21W: clashes as the time after which another story happened', () => {
  it('reads "after the clashes" as the time of that story, in Pashto, English and Urdu', () => {
    // Made up: "After the clashes, the police raided refugees' homes"; "After the clashes, shopkeepers in Chaman…".
    for (const text of [
      'له نښتو وروسته پولیسو د افغان کډوالو پر کورونو چاپې ووهلې.',
      'After the clashes, traders on both sides of the crossing counted their losses.',
      'جھڑپوں کے بعد چمن کے دکانداروں نے کاروبار بند رکھا۔',
    ])
      expect(isClashSentence(signals(text, ['pakistan', 'afghanistan', 'chaman'], ['pakistan', 'afghanistan'])), text).toBe(false);
  });

  it('still reads the clashes the sentence itself reports beside that phrase', () => {
    const fresh = signals(
      'After the clashes of Saturday, Pakistani troops shelled Kunar again on Monday.',
      ['pakistan', 'kunar'],
      ['pakistan', 'afghanistan'],
    );
    expect(isClashSentence(fresh)).toBe(true);
  });
});
