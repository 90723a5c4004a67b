import { describe, expect, it } from 'vitest';
import { readFigures } from './figures';

const read = (s: string) =>
  readFigures(s).map(({ text, value, qualifier, metric, losses }) => ({ text, value, qualifier, metric, losses }));

describe('readFigures', () => {
  it('reads number words, whose losses, and the verb that follows', () => {
    expect(read('Tarar said two Pakistani soldiers had lost their lives and three others sustained injuries.')).toEqual([
      { text: 'two Pakistani soldiers', value: 2, qualifier: 'exact', metric: 'soldiers_killed', losses: 'pakistan' },
      { text: 'three others', value: 3, qualifier: 'exact', metric: 'soldiers_wounded', losses: 'pakistan' },
    ]);
  });
  it('reads qualifiers and digits', () => {
    expect(read('At least 13 civilians were killed, the UN said.')[0]).toMatchObject({
      value: 13,
      qualifier: 'at-least',
      metric: 'civilians_killed',
    });
    expect(read('More than 1,200 militants were killed.')[0]).toMatchObject({
      value: 1200,
      qualifier: 'more-than',
      metric: 'fighters_killed',
    });
  });
  it('reads a verb that comes before the figure', () => {
    expect(read('The army said it killed 133 Taliban fighters.')[0]).toMatchObject({
      value: 133,
      metric: 'soldiers_killed',
      losses: 'afghanistan',
    });
  });
  it('reads the singular of a count of one person', () => {
    expect(readFigures('Shells fired across the line killed one person in the bazaar.')).toMatchObject([
      { text: 'one person', value: 1, verb: 'killed' },
    ]);
  });
  it('does not read "not one person" as a count of one', () => {
    expect(read('Not one person was killed in the shelling, the police said.')).toEqual([]);
    expect(read('The clash killed 3 soldiers and wounded 12 person in the bazaar.')).toMatchObject([{ value: 3 }]);
  });
  it('does not take a year for a count', () => {
    expect(read('In 2025 soldiers were deployed.')).toEqual([]);
  });
  it('reads Urdu figures and picks the nearest verb', () => {
    expect(read('جھڑپوں میں 12 جوان شہید اور 27 زخمی ہوئے')[0]).toMatchObject({ value: 12, metric: 'soldiers_killed', losses: 'pakistan' });
    expect(read('افغان طالبان کی 73 چوکیاں تباہ اور 18 پر قبضہ کر لیا گیا')[0]).toMatchObject({ value: 73, metric: 'posts_destroyed' });
  });
});

describe('readFigures counting one more named after the count', () => {
  it('reads "nine children and a woman" as ten civilians killed, not nine children', () => {
    expect(read('a strike on a home had killed at least nine children and one woman')[0]).toMatchObject({
      value: 10,
      qualifier: 'at-least',
      metric: 'civilians_killed',
    });
    expect(read('the strike killed nine children')[0]).toMatchObject({ value: 9, metric: 'children_killed' });
    expect(read('the strike killed nine children and two women')[0]).toMatchObject({ value: 9, metric: 'children_killed' });
  });
});

describe('readFigures in Russian: a participle between number and noun, the side after', () => {
  it('reads "100 раненых среди гражданского населения" as wounded, not the killed named before it', () => {
    expect(read('речь шла о 12 погибших и около 100 раненых среди гражданского населения')[0]).toMatchObject({
      value: 100,
      metric: 'civilians_wounded',
    });
  });
  it('reads civilians "на пакистанской территории" (on Pakistani soil) as Pakistan\'s', () => {
    expect(read('сообщил о четырех раненых гражданских у пункта «Чаман» на пакистанской территории')[0]).toMatchObject({
      value: 4,
      metric: 'civilians_wounded',
      losses: 'civilians-pakistan',
    });
    expect(read('погибли четверо мирных жителей')[0]).toMatchObject({ losses: 'civilians-afghanistan' });
  });
  it('reads every collective numeral before its noun, up to ten ("восьмеро военнослужащих")', () => {
    expect(read('на посту погибли восьмеро пакистанских военнослужащих')[0]).toMatchObject({
      value: 8,
      metric: 'soldiers_killed',
    });
  });
});

describe('readFigures on odd input', () => {
  it('skips runs of digits too long to be a count, in any script', () => {
    expect(read(`${'9'.repeat(400)} فوجی شہید`)).toEqual([]);
    expect(read(`${'9'.repeat(400)} soldiers killed`)).toEqual([]);
  });
  it('reads Urdu, Dari, Pashto and Arabic figures, number words included, with whose losses', () => {
    expect(read('12 جوان شہید')[0]).toMatchObject({ value: 12, metric: 'soldiers_killed', losses: 'pakistan' });
    expect(read('پاکستانی جواب میں سولہ طالبان ہلاک ہوئے')[0]).toMatchObject({
      value: 16,
      metric: 'soldiers_killed',
      losses: 'afghanistan',
    });
    // Whose civilians, when the sentence does not say, is left to the places it names (analyze.ts).
    expect(read('حملے میں 46 عام شہری مارے گئے')[0]).toMatchObject({
      value: 46,
      metric: 'civilians_killed',
      losses: undefined,
    });
    expect(read('۲۳ تن از سربازان پاکستانی کشته شدند')[0]).toMatchObject({ value: 23, metric: 'soldiers_killed', losses: 'pakistan' });
    expect(read('۵۸ پاکستاني سرتيري ووژل شول')[0]).toMatchObject({ value: 58, metric: 'soldiers_killed', losses: 'pakistan' });
    // Pakistani civilians named so; a count with no noun, its verb in the noun's place.
    expect(read('چھ پاکستانی شہریوں کی جان چلی گئی')[0]).toMatchObject({
      value: 6,
      metric: 'civilians_killed',
      losses: 'civilians-pakistan',
    });
    expect(read('چمن میں گولہ باری، 6 شہری جاں بحق، 17 زخمی')[1]).toMatchObject({ text: '17 زخمی', value: 17 });
    // Short vowels written on the verb: "قُتلوا", "جُرح".
    expect(read('إن 41 مدنياً، أغلبهم نساء وأطفال، لقوا حتفهم')[0]).toMatchObject({ value: 41, metric: 'civilians_killed' });
    expect(read('جُرح فيها أربعة مدنيين')[0]).toMatchObject({ value: 4, metric: 'civilians_wounded' });
    expect(read('مقتل 8 من طالبان الأفغانية')[0]).toMatchObject({ value: 8, metric: 'soldiers_killed', losses: 'afghanistan' });
    expect(read('جرح 16 من مقاتلي طالبان')[0]).toMatchObject({ value: 16, metric: 'soldiers_wounded', losses: 'afghanistan' });
  });
  it('reads Russian, Hindi, French, German and Turkish figures', () => {
    expect(read('в бою убиты не менее 22 афганских талибов')[0]).toMatchObject({
      value: 22,
      metric: 'soldiers_killed',
      losses: 'afghanistan',
    });
    expect(read('8 человек погибли при авиаударах')[0]).toMatchObject({ value: 8, metric: undefined });
    expect(read('अफगानिस्तान बोला- 15 नागरिकों की मौत')[0]).toMatchObject({
      value: 15,
      metric: 'civilians_killed',
      losses: 'civilians-afghanistan',
    });
    expect(read('तालिबान का 19 पाक सैनिक मारने का दावा')[0]).toMatchObject({ value: 19, metric: 'soldiers_killed', losses: 'pakistan' });
    expect(read('neuf enfants ont été tués')[0]).toMatchObject({ value: 9, metric: 'children_killed' });
    expect(read('acht Menschen kamen ums Leben')[0]).toMatchObject({ value: 8, metric: undefined });
    // German "cost … their lives": the killed, not the wounded counted after it.
    expect(read('Der Angriff hat zwölf Zivilisten das Leben gekostet, neun wurden verletzt.')[0]).toMatchObject({
      value: 12,
      metric: 'civilians_killed',
    });
    // …and in a main clause, the verb before the count: "kostete zwölf Zivilisten das Leben".
    expect(read('Der Angriff kostete mindestens zwölf Zivilisten das Leben, neun wurden verletzt.')[0]).toMatchObject({
      value: 12,
      metric: 'civilians_killed',
    });
    expect(read('19 Pakistan askeri öldürüldü')[0]).toMatchObject({ value: 19, metric: 'soldiers_killed', losses: 'pakistan' });
    // Turkish reported speech: the count in the genitive, "that 12 civilians died".
    expect(read('en az 12 sivilin öldüğünü belirtti')[0]).toMatchObject({ value: 12, metric: 'civilians_killed' });
    expect(read('в 2025 году')).toEqual([]);
  });
});

const readWithVerb = (s: string) => readFigures(s).map(({ value, metric, losses, verb }) => ({ value, metric, losses, verb }));

describe('readFigures in Urdu, Dari, Pashto and Arabic constructions', () => {
  it('reads an Arabic count in the singular accusative, and a name in quotation marks', () => {
    // Made up: "The army said 14 members of the Afghan Taliban were killed"; "…of «the Taliban»".
    expect(readWithVerb('قال الجيش إن 14 عنصراً من طالبان الأفغانية قتلوا')).toMatchObject([
      { value: 14, metric: 'soldiers_killed', losses: 'afghanistan' },
    ]);
    expect(readWithVerb('لقي 14 عنصراً من «طالبان» مصرعهم')).toMatchObject([
      { value: 14, metric: 'soldiers_killed', losses: 'afghanistan' },
    ]);
  });
  it('reads an Arabic verb with "so" (ف) on it just before the count', () => {
    // Made up: "Shells fell on the market, so four civilians were killed and others wounded."
    expect(readWithVerb('سقطت قذائف على السوق فقُتل 4 مدنيين وجُرح آخرون')).toMatchObject([{ value: 4, metric: 'civilians_killed' }]);
  });
  it('reads a bare count of others as more of those counted before it (Pashto, Dari, Urdu)', () => {
    // "The shelling killed 12 civilians and wounded 35 others", in Pashto, Dari and Urdu.
    expect(readWithVerb('د توپونو ډزو ۱۲ ملکیان ووژل او ۳۵ نور یې ټپیان کړل')[1]).toMatchObject({ value: 35, metric: 'civilians_wounded' });
    expect(readWithVerb('در این گلوله‌باری ۱۲ غیرنظامی کشته و ۳۵ تن دیگر زخمی شدند')[1]).toMatchObject({
      value: 35,
      metric: 'civilians_wounded',
    });
    expect(readWithVerb('گولہ باری سے 12 فوجی شہید اور 35 دیگر زخمی ہو گئے')[1]).toMatchObject({ value: 35, metric: 'soldiers_wounded' });
    // Others after a count of people who are not named are not the soldiers before those: "5 soldiers killed, 8 people
    // died and 12 others wounded".
    expect(readWithVerb('گولہ باری سے 5 فوجی شہید، 8 افراد جاں بحق اور 12 دیگر زخمی ہو گئے')[2]).toMatchObject({
      value: 12,
      metric: undefined,
    });
    // "Four other people" (دیگر افراد) are people, as in English: only a bare "others" is more of the same.
    expect(readWithVerb('حملے میں 3 فوجی شہید ہوئے جبکہ 4 دیگر افراد زخمی ہوئے')[1]).toMatchObject({ value: 4, metric: undefined });
    // Without "others", a bare count of the wounded says nothing of who they were.
    expect(readWithVerb('گولہ باری سے 12 فوجی شہید اور 35 زخمی ہو گئے')[1]).toMatchObject({ value: 35, metric: undefined });
  });

  it('reads Arabic fighters of the Afghan Taliban as the Afghan side, the Pakistani Taliban as militants', () => {
    // "The army said 20 militants of the Afghan Taliban were killed", "…of the Taliban movement died".
    expect(readWithVerb('قال الجيش إن 20 مسلحاً من طالبان الأفغانية قتلوا')[0]).toMatchObject({
      value: 20,
      metric: 'soldiers_killed',
      losses: 'afghanistan',
    });
    expect(readWithVerb('وقال إن 14 من مقاتلي حركة طالبان لقوا حتفهم')[0]).toMatchObject({ value: 14, losses: 'afghanistan' });
    expect(readWithVerb('قتل 20 مسلحاً من طالبان باكستان')[0]).toMatchObject({ value: 20, losses: 'militants' });
  });

  it('reads Urdu militants named with the Taliban as militants, not the Afghan side', () => {
    // "12 militant Taliban killed in an operation in North Waziristan" (the Pakistani Taliban, in Pakistan).
    expect(readWithVerb('شمالی وزیرستان میں کارروائی کے دوران 12 شدت پسند طالبان ہلاک ہو گئے')[0]).toMatchObject({
      value: 12,
      losses: 'militants',
    });
  });

  it('reads an Urdu count with "more than" after the number', () => {
    // "Security sources say more than 40 terrorists were killed."
    expect(readWithVerb('سیکیورٹی ذرائع کے مطابق 40 سے زائد دہشت گرد ہلاک ہو گئے')).toEqual([
      { value: 40, metric: 'fighters_killed', losses: 'militants', verb: 'killed' },
    ]);
  });

  it('reads an Arabic dual of soldiers killed and wounded together as neither', () => {
    // "The shelling left two Pakistani soldiers killed or wounded."
    expect(readWithVerb('أسفر القصف عن مقتل وإصابة جنديين باكستانيين')[0]).toMatchObject({ value: 2, metric: undefined });
  });

  it('reads Arabic "fell" as killed only when the count is not said to be wounded', () => {
    // "Three Pakistani soldiers fell wounded in the shelling", "two soldiers fell wounded".
    expect(readWithVerb('وسقط ثلاثة جنود باكستانيين جرحى في القصف')[0]).toMatchObject({ value: 3, metric: 'soldiers_wounded' });
    expect(readWithVerb('وسقط جنديان جريحين في القصف')[0]).toMatchObject({ value: 2, metric: 'soldiers_wounded' });
    // "Two Pakistani soldiers fell and three others were wounded": the two were killed.
    expect(readWithVerb('وسقط جنديان باكستانيان وأصيب ثلاثة آخرون')[0]).toMatchObject({ value: 2, metric: 'soldiers_killed' });
  });

  it('reads an Arabic dual of soldiers as a count of two', () => {
    // "Two Pakistani soldiers fell in the exchange of fire."
    expect(readWithVerb('وسقط جنديان باكستانيان في تبادل إطلاق النار')).toEqual([
      { value: 2, metric: 'soldiers_killed', losses: 'pakistan', verb: 'killed' },
    ]);
  });

  it('takes an Arabic verb or verbal noun just before the number over a later one', () => {
    expect(readWithVerb('أعلنت السلطات مقتل ثمانية مدنيين وإصابة 5 آخرين')[0]).toMatchObject({ value: 8, metric: 'civilians_killed' });
  });
  it('reads Arabic 11 to 19 whole, not as ten, and women as civilians', () => {
    expect(readWithVerb('قتل اثنا عشر جنديا')[0]).toMatchObject({ value: 12, metric: 'soldiers_killed' });
    expect(readWithVerb('أصيبت ثلاث عشرة امرأة وثلاث نساء')[0]).toMatchObject({ value: 13 });
    expect(readWithVerb('حملے میں چار خواتین جاں بحق ہوئیں')[0]).toMatchObject({ value: 4, metric: 'civilians_killed' });
  });
  it('reads the Arabic dead and wounded counted alone, "and" written on the number', () => {
    expect(readWithVerb('ارتفعت الحصيلة إلى 37 قتيلا و15 جريحا')).toMatchObject([
      { value: 37, verb: 'killed' },
      { value: 15, verb: 'wounded' },
    ]);
  });
  it('reads the wound as a noun with its verb: Dari "زخم برداشتند", Urdu "زخم آئے"', () => {
    expect(readWithVerb('دست‌کم چهار غیرنظامی در آن‌جا زخم برداشتند')[0]).toMatchObject({ value: 4, metric: 'civilians_wounded' });
    expect(readWithVerb('پانچ شہریوں کو زخم آئے')[0]).toMatchObject({ value: 5, verb: 'wounded' });
  });
  it('reads "کشته و زخمی", the killed and wounded together, as neither', () => {
    expect(readWithVerb('در انفجار ۲۲ نفر کشته و زخمی شدند')[0]).toMatchObject({ value: 22, verb: undefined });
    expect(readWithVerb('۷ جوان شہید اور 9 زخمی')[0]).toMatchObject({ value: 7, metric: 'soldiers_killed' });
  });
  it('reads a Dari or Arabic verbal noun before a qualified number, and "مقتل وإصابة" as neither', () => {
    expect(readWithVerb('وزارت صحت از مرگ دست‌کم ۱۲۰ نفر و زخمی شدن ۳۰۰ نفر خبر داد')[0]).toMatchObject({ value: 120, verb: 'killed' });
    expect(readWithVerb('مقتل وإصابة 6 جنود في الهجوم')[0]).toMatchObject({ value: 6, metric: undefined });
  });
  it('reads Dari Taliban fighters, TTP members, and the Pakistani Taliban as militants', () => {
    expect(read('در این جنگ ۴۰ جنگجوی طالبان کشته شدند')[0]).toMatchObject({ value: 40, metric: 'soldiers_killed', losses: 'afghanistan' });
    expect(read('۱۸ عضو تحریک طالبان پاکستان کشته شدند')[0]).toMatchObject({ value: 18, metric: 'fighters_killed', losses: 'militants' });
    expect(read('مقتل 9 من طالبان باكستان')[0]).toMatchObject({ value: 9, metric: 'fighters_killed', losses: 'militants' });
    expect(read('مقتل 9 من طالبان الأفغانية')[0]).toMatchObject({ value: 9, metric: 'soldiers_killed', losses: 'afghanistan' });
  });
  it('reads the Dari idioms "جان … را گرفت" and "را کشت"', () => {
    expect(readWithVerb('انفجار جان هفت غیرنظامی را گرفت')[0]).toMatchObject({ value: 7, metric: 'civilians_killed' });
    expect(readWithVerb('راکت‌ها سه نفر را کشت و دو نفر دیگر را زخمی کرد')).toMatchObject([
      { value: 3, verb: 'killed' },
      { value: 2, verb: 'wounded' },
    ]);
  });
  it('counts Dari residents and Pashto civilians, soldiers and Taliban fighters', () => {
    expect(readWithVerb('چهار باشندهٔ این روستا کشته شدند')[0]).toMatchObject({ value: 4, metric: 'civilians_killed' });
    expect(readWithVerb('په برید کې اووه پوځیان او درې ملکیان مړه شول')).toMatchObject([
      { value: 7, metric: 'soldiers_killed' },
      { value: 3, metric: 'civilians_killed' },
    ]);
    expect(readWithVerb('لس طالب جنګیالي ووژل شول')[0]).toMatchObject({ value: 10, metric: 'soldiers_killed', losses: 'afghanistan' });
  });
  it('reads Pashto "عام وګړي" (common people) as civilians and "څلور نور يې ټپیان" (four others of them wounded)', () => {
    expect(readWithVerb('هاوانونو څلور عام وګړي يې ووژل او څلور نور يې ټپیان کړل')).toMatchObject([
      { value: 4, metric: 'civilians_killed' },
      { value: 4, verb: 'wounded' },
    ]);
  });
  it('counts the one named after the Arabic count: "تسعة أطفال وامرأة" (nine children and a woman) is ten', () => {
    expect(readWithVerb('غارة جوية قتلت تسعة أطفال وامرأة في منزل مدني')[0]).toMatchObject({ value: 10, metric: 'civilians_killed' });
    expect(readWithVerb('غارة جوية قتلت تسعة أطفال وامرأتين')[0]).toMatchObject({ value: 9 });
  });
  it('reads the Urdu singular child, "ایک بچہ زخمی ہوا" (a child was wounded)', () => {
    expect(readWithVerb('جبکہ ایک بچہ زخمی ہوا')[0]).toMatchObject({ value: 1, metric: 'civilians_wounded' });
  });
  it('reads whose civilians from the side named in the count\'s clause: "في الجانب الباكستاني" (on the Pakistani side)', () => {
    expect(read('قال مسؤول إن سبعة مدنيين في الأقل جرحوا في الجانب الباكستاني بعد القصف')[0]).toMatchObject({
      value: 7,
      metric: 'civilians_wounded',
      losses: 'civilians-pakistan',
    });
    expect(read('قتل خمسة مدنيين على الجانب الأفغاني من الحدود')[0]).toMatchObject({ value: 5, losses: 'civilians-afghanistan' });
    // Another count between them: the side belongs to that one.
    expect(read('قتل خمسة مدنيين و3 جنود في الجانب الباكستاني')[0]?.losses).toBeUndefined();
  });
  it('reads the Urdu "مارنے کا دعویٰ" (claim to have killed) as killed', () => {
    expect(read('ترجمان کا 35 دہشت گرد مارنے کا دعویٰ')[0]).toMatchObject({ value: 35, metric: 'fighters_killed' });
  });
  it('reads the Urdu "جان سے گئے" as killed, not the wounded that follow', () => {
    expect(readWithVerb('گولہ باری سے تین شہری جان سے گئے اور دو زخمی ہوئے')[0]).toMatchObject({ value: 3, metric: 'civilians_killed' });
  });
  it('reads the Urdu "کی جان لے لی" and FC jawans, and does not take FC for thirty', () => {
    expect(readWithVerb('فائرنگ نے تین شہریوں کی جان لے لی')[0]).toMatchObject({ value: 3, metric: 'civilians_killed' });
    expect(readWithVerb('جھڑپ میں دو ایف سی جوان زخمی ہوئے')[0]).toMatchObject({
      value: 2,
      metric: 'soldiers_wounded',
      losses: 'pakistan',
    });
    expect(readWithVerb('ایف سی جوان زخمی ہوئے')).toEqual([]);
    // Urdu "سے" (from) and Pashto "سې" fold like the Dari thirty; "درجنوں" (dozens) is no number.
    expect(readWithVerb('گولہ گرنے سے زخمی ہونے والوں کو ہسپتال لے جایا گیا')).toEqual([]);
    expect(readWithVerb('سې شنبه ماښام طالبان ووژل شول')).toEqual([]);
    expect(readWithVerb('درجنوں اہلکار مارے گئے')).toEqual([]);
    expect(readWithVerb('سی نفر کشته شدند')[0]).toMatchObject({ value: 30, verb: 'killed' });
  });
});

describe('readFigures in Russian and Hindi constructions', () => {
  it('reads a Russian collective numeral with no noun after it, and "один" before its noun', () => {
    // Made up: "one border guard died, two more were wounded"; "three were wounded in the shelling".
    expect(readWithVerb('один пограничник погиб, ещё двое ранены')).toMatchObject([
      { value: 1, metric: 'soldiers_killed' },
      { value: 2, verb: 'wounded' },
    ]);
    expect(readWithVerb('при обстреле ранены трое')).toMatchObject([{ value: 3, verb: 'wounded' }]);
    // Not a span of time ("двое суток", two days), nor one with no verb of harm.
    expect(readWithVerb('бои шли двое суток')).toEqual([]);
    expect(readWithVerb('двое пришли к границе')).toEqual([]);
  });
  it('reads Russian collective numerals and "унесли жизни"', () => {
    expect(readWithVerb('при обстреле погибли пятеро мирных жителей')[0]).toMatchObject({ value: 5, metric: 'civilians_killed' });
    expect(readWithVerb('удары унесли жизни шести человек')[0]).toMatchObject({ value: 6, verb: 'killed' });
  });
  it('does not read a clock time as a count', () => {
    expect(read('в 23:15 солдаты погибли')).toEqual([]);
    expect(read('ساعت ۱۰:۳۰ سربازان کشته شدند')).toEqual([]);
  });
  it('reads thousands grouped by a space, "минимум", and people "destroyed" as killed', () => {
    expect(read('погибли около 1 700 человек')[0]).toMatchObject({ value: 1700 });
    expect(readWithVerb('погибли минимум пятеро мирных жителей и трое ранены')[0]).toMatchObject({ value: 5, metric: 'civilians_killed' });
    expect(readWithVerb('уничтожены шесть боевиков')[0]).toMatchObject({ value: 6, metric: 'fighters_killed' });
  });
  it('reads the Pakistani Taliban as militants in Russian and Hindi', () => {
    expect(read('убиты 14 пакистанских талибов')[0]).toMatchObject({ metric: 'fighters_killed', losses: 'militants' });
    expect(read('हमले में 14 पाकिस्तानी तालिबान मारे गए')[0]).toMatchObject({ metric: 'fighters_killed', losses: 'militants' });
    expect(read('убиты 14 афганских талибов')[0]).toMatchObject({ metric: 'soldiers_killed', losses: 'afghanistan' });
  });
  it('takes a Russian verb right before the number over one that follows', () => {
    expect(readWithVerb('погибли пятеро мирных жителей, ранены ещё шесть человек')).toMatchObject([
      { value: 5, metric: 'civilians_killed' },
      { value: 6, verb: 'wounded' },
    ]);
  });
  it('reads "more than" the number in Russian and Hindi', () => {
    expect(read('по словам талибов, погибли более 40 мирных жителей')[0]).toMatchObject({ value: 40, qualifier: 'more-than' });
    expect(read('обстрел унес жизни свыше 30 гражданских')[0]).toMatchObject({ value: 30, qualifier: 'more-than' });
    expect(read('हवाई हमलों में 40 से ज़्यादा नागरिक मारे गए')[0]).toMatchObject({ value: 40, qualifier: 'more-than' });
    // "не более" is "no more than", and a count alone is the number as given.
    expect(read('погибли не более 40 мирных жителей')[0]).toMatchObject({ value: 40, qualifier: 'exact' });
    expect(read('погибли 40 мирных жителей')[0]).toMatchObject({ value: 40, qualifier: 'exact' });
  });
  it('reads Hindi number words and the idioms "जान चली गई", "ज़ख़्मी"', () => {
    expect(readWithVerb('धमाके में चार लोगों की जान चली गई')[0]).toMatchObject({ value: 4, verb: 'killed' });
    expect(readWithVerb('गोलाबारी में बारह सैनिक ज़ख़्मी हुए')[0]).toMatchObject({ value: 12, metric: 'soldiers_wounded' });
  });
});

describe('readFigures in German, French and Turkish constructions', () => {
  // A ceiling is not a toll rounded down: "no more than 40" may be 40 or fewer, never 41.
  it('does not read a negated "more than" as one, nor a share as a count', () => {
    expect(read('Officials said no more than 40 civilians had died')[0]).toMatchObject({ value: 40, qualifier: 'about' });
    expect(read('Es starben nicht mehr als 40 Zivilisten')[0]).toMatchObject({ value: 40, qualifier: 'about' });
    expect(read("Il n'y a pas plus de 40 civils tués")[0]).toMatchObject({ value: 40, qualifier: 'about' });
    expect(read('погибли ни более 40 мирных жителей')[0]).toMatchObject({ value: 40, qualifier: 'exact' });
    // A word that ends in "-не" is no "не": "в стране более 40 мирных жителей погибли".
    expect(read('в стране более 40 мирных жителей погибли')[0]).toMatchObject({ value: 40, qualifier: 'more-than' });
    expect(read('More than 40 percent of civilians in Kunar have fled')).toEqual([]);
    // "Over" that belongs to the verb or noun before it is no "more than".
    expect(read('Kabul handed over 20 Pakistani soldiers captured in the fighting')[0]).toMatchObject({ value: 20, qualifier: 'about' });
    expect(read('Die Taliban berichteten über 40 getötete Zivilisten')[0]).toMatchObject({ value: 40, qualifier: 'about' });
    expect(read('Taliban officials said over 40 civilians were killed')[0]).toMatchObject({ value: 40, qualifier: 'more-than' });
    expect(read('Bei den Angriffen starben über 40 Zivilisten')[0]).toMatchObject({ value: 40, qualifier: 'more-than' });
  });
  it('reads "more than" after a Turkish number, and German "über"', () => {
    expect(read("Bombardımanda 30'dan fazla sivil hayatını kaybetti")[0]).toMatchObject({ value: 30, qualifier: 'more-than' });
    expect(read("saldırılarda 20'yi aşkın asker öldürüldü")[0]).toMatchObject({ value: 20, qualifier: 'more-than' });
    expect(read("çatışmalarda 50'nin üzerinde militan öldü")[0]).toMatchObject({ value: 50, qualifier: 'more-than' });
    expect(read('bei den Angriffen starben über 30 Zivilisten')[0]).toMatchObject({ value: 30, qualifier: 'more-than' });
    // A case ending with no "more than" after it is not read as one.
    expect(read('Saldırıda 12 asker öldü')[0]).toMatchObject({ value: 12, qualifier: 'exact' });
  });
  it('takes a verb right before the number over one that follows', () => {
    expect(read('The shelling killed at least 31 civilians and injured 140 more.')[0]).toMatchObject({
      value: 31,
      metric: 'civilians_killed',
    });
    expect(read('The post lost two soldiers and had nine wounded.')[0]).toMatchObject({ value: 2, metric: 'soldiers_killed' });
    expect(read('Gunmen killed 6 soldiers and wounded 4 others.')).toMatchObject([
      { value: 6, metric: 'soldiers_killed' },
      { value: 4, metric: 'soldiers_wounded' },
    ]);
  });
  it('reads capture and destruction named before the number, and no number between number and noun', () => {
    expect(read('The group announced the capture of 12 Pakistani posts.')[0]).toMatchObject({ value: 12, metric: 'posts_captured' });
    expect(read('Fighters had taken 8 border posts and killed 30 soldiers.')[0]).toMatchObject({ value: 8, metric: 'posts_captured' });
    expect(read('two bunkers and 14 posts were lost')).toMatchObject([{ value: 14 }]);
  });
  it('does not read clock times, casualties, "the two forces" or a phrase that has ended', () => {
    expect(read('Shelling began at 9:40 and the soldiers returned fire.')).toEqual([]);
    expect(read('The clashes caused at least 212 civilian casualties, 30 of them deaths.')[0]).toMatchObject({
      value: 212,
      metric: undefined,
    });
    expect(read('Fire was traded between the two forces and three civilians were hurt.')).toMatchObject([
      { value: 3, metric: 'civilians_wounded' },
    ]);
    expect(read('the worst fighting between the two neighbours since the Taliban returned')).toEqual([]);
  });
  it('takes the verb a word between number and noun says, and reads "20 of the attackers"', () => {
    expect(read('rund 30 verwundete pakistanische Soldaten wurden ausgeflogen, 4 wurden getötet')[0]).toMatchObject({
      value: 30,
      metric: 'soldiers_wounded',
      losses: 'pakistan',
    });
    expect(read('Troops killed 12 of the attackers.')[0]).toMatchObject({ value: 12, metric: 'fighters_killed' });
  });
  it('reads "killed or wounded" together as neither', () => {
    expect(read('Over 60 soldiers were killed or wounded in the clash.')[0]).toMatchObject({ value: 60, metric: undefined });
    expect(read('5 soldiers killed and 3 wounded')[0]).toMatchObject({ value: 5, metric: 'soldiers_killed' });
  });
  it('reads thousands grouped by a space and Turkish security personnel', () => {
    expect(read('le bilan atteint 1 300 morts')[0]).toMatchObject({ value: 1300 });
    expect(read('saldırıda 14 güvenlik görevlisi hayatını kaybetti')[0]).toMatchObject({ value: 14, metric: 'soldiers_killed' });
  });
  it('reads the Pakistani Taliban (TTP) as militants, not either side', () => {
    expect(read('Jets killed 17 Pakistani Taliban near the border.')[0]).toMatchObject({ metric: 'fighters_killed', losses: 'militants' });
    expect(read('The army said 9 TTP fighters were killed.')[0]).toMatchObject({ metric: 'fighters_killed', losses: 'militants' });
    expect(read('Les frappes ont tué 11 talibans pakistanais.')[0]).toMatchObject({ metric: 'fighters_killed', losses: 'militants' });
  });
  it('reads "12 dead soldiers" as soldiers, men, and skips thousands it does not total', () => {
    expect(read('12 dead soldiers were flown to Peshawar, 3 wounded')[0]).toMatchObject({ value: 12, metric: 'soldiers_killed' });
    expect(readWithVerb('Nine men were killed.')[0]).toMatchObject({ value: 9, verb: 'killed' });
    expect(read('3 bin kişi göç etti, 2 thousand people fled')).toEqual([]);
    expect(read('погибли 3 тысячи человек')).toEqual([]);
  });
  it('reads the side French names after the noun', () => {
    expect(read("L'attaque a coûté la vie à 14 soldats pakistanais.")[0]).toMatchObject({
      value: 14,
      metric: 'soldiers_killed',
      losses: 'pakistan',
    });
    expect(read('Les frappes ont tué 12 combattants talibans.')[0]).toMatchObject({
      value: 12,
      metric: 'soldiers_killed',
      losses: 'afghanistan',
    });
    expect(read('cinq civils pakistanais ont été tués')[0]).toMatchObject({ value: 5, losses: 'civilians-pakistan' });
  });
  it('takes the verb a noun says itself ("dead", "ölü", "yaralı")', () => {
    expect(readWithVerb('Nine dead in the shelling, and four people injured')).toMatchObject([
      { value: 9, verb: 'killed' },
      { value: 4, verb: 'wounded' },
    ]);
    expect(readWithVerb('Çatışmada 1 ölü, 2 yaralı var')).toMatchObject([
      { value: 1, verb: 'killed' },
      { value: 2, verb: 'wounded' },
    ]);
  });
  it('reads Turkish number words, accents and all', () => {
    expect(readWithVerb('Saldırıda üç Pakistanlı asker şehit oldu')[0]).toMatchObject({
      value: 3,
      metric: 'soldiers_killed',
      losses: 'pakistan',
    });
    expect(readWithVerb('beş çocuk hayatını kaybetti')[0]).toMatchObject({ value: 5, metric: 'children_killed' });
  });
  it('reads German verbs before the number and German and French qualifiers', () => {
    expect(read('Angreifer töteten mindestens 14 Soldaten')[0]).toMatchObject({
      value: 14,
      qualifier: 'at-least',
      metric: 'soldiers_killed',
    });
    expect(readWithVerb('Dabei starben fünf Menschen')[0]).toMatchObject({ value: 5, verb: 'killed' });
    expect(readWithVerb('Bilanz: 27 Tote und 40 Verletzte')).toMatchObject([
      { value: 27, verb: 'killed' },
      { value: 40, verb: 'wounded' },
    ]);
    expect(readWithVerb('on compte onze morts et vingt blessés')).toMatchObject([
      { value: 11, verb: 'killed' },
      { value: 20, verb: 'wounded' },
    ]);
    expect(readWithVerb('sechs Personen erlitten Verletzungen')[0]).toMatchObject({ value: 6, verb: 'wounded' });
    expect(read('au moins douze civils ont été tués')[0]).toMatchObject({ value: 12, qualifier: 'at-least', metric: 'civilians_killed' });
  });
});

describe('readFigures: people counted with women or children among them', () => {
  it('reads them as civilians in English, German, French and Turkish', () => {
    expect(read('The raid killed 12 people, including women and children, officials said.')[0]).toMatchObject({
      value: 12,
      metric: 'civilians_killed',
    });
    expect(read('Beim Angriff starben 23 Menschen, darunter mehrere Kinder.')[0]).toMatchObject({ value: 23, metric: 'civilians_killed' });
    expect(read('Le bombardement a tué 14 personnes, dont des femmes.')[0]).toMatchObject({ value: 14, metric: 'civilians_killed' });
    expect(read('Saldırıda kadın ve çocuklar dahil 16 kişi öldü.')[0]).toMatchObject({ value: 16, metric: 'civilians_killed' });
  });
  it('reads them as civilians in Russian and Hindi', () => {
    expect(read('Удар унес жизни 11 человек, в том числе женщин и детей.')[0]).toMatchObject({ value: 11, metric: 'civilians_killed' });
    expect(read('हमले में महिलाओं और बच्चों समेत 13 लोगों की मौत हो गई।')[0]).toMatchObject({ value: 13, metric: 'civilians_killed' });
  });
  it('reads them after the verb, and one child or woman among them', () => {
    expect(read('At least 12 people were killed, including three children.')[0]).toMatchObject({ value: 12, metric: 'civilians_killed' });
    expect(read('The shelling killed 9 people, including a child.')[0]).toMatchObject({ value: 9, metric: 'civilians_killed' });
    expect(read('Beim Beschuss wurden 23 Menschen getötet, darunter Kinder.')[0]).toMatchObject({ value: 23, metric: 'civilians_killed' });
    expect(read('Le tir a tué 7 personnes, dont un enfant.')[0]).toMatchObject({ value: 7, metric: 'civilians_killed' });
    expect(read('11 человек погибли, в том числе женщины и дети.')[0]).toMatchObject({ value: 11, metric: 'civilians_killed' });
  });
  it('leaves people counted with soldiers or police among them as people', () => {
    expect(read('Saldırıda asker ve çocuklar dahil 16 kişi öldü.')[0]?.metric).toBeUndefined();
    expect(read('हमले में सैनिकों और बच्चों समेत 13 लोगों की मौत हो गई।')[0]?.metric).toBeUndefined();
    expect(read('The blast killed 8 people, including women police officers.')[0]?.metric).toBeUndefined();
  });
  it('leaves people counted without them as people', () => {
    expect(read('The raid killed 12 people, officials said.')[0]?.metric).toBeUndefined();
    expect(read('हमले में 13 लोगों की मौत हो गई।')[0]?.metric).toBeUndefined();
  });
});
