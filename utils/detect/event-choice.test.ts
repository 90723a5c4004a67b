// @vitest-environment node
// Which event a page is shown, on short pages written for the rule they test (real pages: npm run eval).
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { buildModel, type DetectionModel } from './analyze';
import { detectPage, offTopic, reportOfBlocks } from './detect-page';

const dataset = loadDataset();
const model = buildModel(dataset);
const without = (id: string) => buildModel({ ...dataset, events: dataset.events.filter((e) => e.id !== id) }, model.gate);
const shown = (blocks: string[], m: DetectionModel, published?: string, title?: string) =>
  (detectPage(reportOfBlocks(blocks, { published, title }), m.gate, () => m) ?? offTopic()).events.map((e) => e.id);

describe('a page on renewed fighting', () => {
  const page = [
    'Pakistani and Afghan Taliban forces clash again on the Kurram border',
    'Fighting between Pakistani troops and Afghan Taliban fighters was renewed overnight along the border in Kurram, officials said.',
    'The two sides had fought heavy clashes on 11 October, when Taliban fighters attacked Pakistani border posts.',
  ];

  it('is shown the round of its publication day', () => {
    expect(shown(page, model, '2025-10-14')[0]).toBe('2025-10-15-spin-boldak-kurram');
  });

  it('reads its date from the clues the page hands on, when it declares none in markup', () => {
    const report = { ...reportOfBlocks(page), dateClues: { lines: ['Kurram, 14 October 2025'] } };
    const result = detectPage(report, model.gate, () => model);
    expect(result?.published).toBe('2025-10-14');
    expect(result?.events[0]?.id).toBe('2025-10-15-spin-boldak-kurram');
  });

  it('is not shown the earlier round it recalls when its own round is missing', () => {
    expect(shown(page, without('2025-10-15-spin-boldak-kurram'), '2025-10-14')).toEqual([]);
  });
});

describe('an undated page tied by a counted figure', () => {
  const page = [
    'Pakistani jets bomb Afghan villages',
    'Pakistani aircraft bombed the village of Laman in Afghanistan overnight, the Taliban government said.',
    'An Afghan government spokesman said 46 civilians were killed in the air strikes, most of them women and children.',
  ];

  it('is shown the event whose claim it repeats, with a place few events share', () => {
    expect(shown(page, model)[0]).toBe('2024-12-barmal-strikes');
  });

  // Paktika has had strikes in several years: a count alone ("46 civilians") does not say which.
  const paktika = page.map((b) => b.replace('the village of Laman', 'villages in Paktika province'));

  it('is shown nothing when the only place it names is a province many clashes share', () => {
    expect(shown(paktika, model)).toEqual([]);
  });

  it('is not shown it when another counted figure on the page contradicts the event', () => {
    const contradicted = [...paktika, 'Pakistani officials said 71 militants were killed and that no civilian was harmed.'];
    // 71 militants killed is no claim of the Barmal strikes, whose militant toll is another number.
    expect(shown(contradicted, model)).not.toContain('2024-12-barmal-strikes');
  });
});

describe('an undated page on a counteroffensive that recalls the strikes before it', () => {
  const page = [
    'Taliban counteroffensive hits Pakistani border posts',
    'The Taliban counteroffensive against Pakistani border posts in Nangarhar came after Pakistani air strikes in Afghanistan, which the United Nations said killed 13 civilians.',
  ];

  it('is also shown the strikes of the days before, whose count it repeats with a shared province', () => {
    expect(shown(page, model)).toContain('2026-02-21-nangarhar-paktika-strikes');
  });

  it('is shown nothing on that count and province alone, without the clash it names', () => {
    const unnamed = page.map((b) => b.replace(/Taliban counteroffensive/g, 'Taliban attack'));
    expect(shown(unnamed, model)).toEqual([]);
  });
});

describe('a page on talks that recalls earlier rounds', () => {
  const page = [
    'After Doha and Istanbul, Pakistan and Afghanistan talk again',
    'After talks in Doha and Istanbul mediated by Qatar and Turkiye, an Afghan Taliban delegation has arrived in Riyadh for a new round of talks with Pakistan.',
    'The Doha talks between Pakistan and Afghanistan produced a ceasefire after the border clashes, and the Istanbul rounds ended without agreement.',
    'Anas Haqqani leads the Afghan delegation to the talks in Riyadh, officials said.',
  ];

  it('is shown the latest round it names first', () => {
    expect(shown(page, model)[0]).toBe('2025-11-30-riyadh-talks');
  });

  it('is not shown an earlier round when its own round, in a venue no other event holds, is missing', () => {
    // Without the Riyadh talks, Riyadh is a venue of no event: Doha and Istanbul are what the page recalls.
    expect(shown(page, without('2025-11-30-riyadh-talks'))).toEqual([]);
  });
});

describe('an undated page that names no place of its event', () => {
  const page = [
    'Pakistan and Afghanistan report dozens of soldiers killed in border fighting',
    "Pakistan's military said 23 Pakistani soldiers were killed in the clashes with the Afghan Taliban on the border.",
    'It said more than 200 Taliban fighters were killed when its forces struck back across the border.',
  ];

  it('is tied by two counted figures of one event', () => {
    expect(shown(page, model)[0]).toBe('2025-10-11-border-offensive');
  });
});

describe('a dated page whose own day no event of the dataset covers', () => {
  const page = [
    'Civilians killed as Afghan and Pakistani forces fight at Spin Boldak',
    'Afghan Taliban and Pakistani forces fought at Spin Boldak on the border, and local officials said civilians were killed.',
    'Tensions rose after the explosions in Kabul on 9 October, which the Taliban blamed on Pakistan.',
  ];

  it('is shown the event of its day', () => {
    expect(shown(page, model, '2025-10-15')[0]).toBe('2025-10-15-spin-boldak-kurram');
  });

  it('is not shown the earlier event it recalls by date when its own is missing', () => {
    expect(shown(page, without('2025-10-15-spin-boldak-kurram'), '2025-10-15')).not.toContain('2025-10-kabul-strike');
  });
});

describe('a page published while two clashes ran at different places', () => {
  // Published on 15 Nov 2022: the Chaman firing (13–17 Nov) ran, and the Kharlachi–Borki clashes began.
  const page = [
    'Afghan and Pakistani forces clash in Dand Patan',
    'Taliban border forces and Pakistani troops exchanged fire in the Dand Patan district of Paktia, a local official said, and residents fled the shelling.',
  ];

  it('is shown the clash whose place it names', () => {
    expect(shown(page, model, '2022-11-15')).toEqual(['2022-11-20-kharlachi-borki-clashes']);
  });
});

describe('an undated page that gives a day inside a stand-off of several days', () => {
  const page = [
    'Taliban stop Pakistani troops fencing the border',
    'On 22 December 2021, Afghan Taliban fighters stopped Pakistani soldiers from putting up a fence on the Durand Line in Nangarhar province, officials said.',
  ];

  it('is shown the stand-off when no other event ran near that day', () => {
    expect(shown(page, model)).toEqual(['2021-12-19-nangarhar-fence-kunar-shelling']);
  });
});

describe('a page whose headline names the place of another clash', () => {
  const title = 'Taliban and Pakistani militia clash in Dand Patan';
  const page = [
    title,
    'Afghan Taliban forces and a Pakistani militia fought overnight in the Dand Patan district of Paktia, a local official said.',
    'The clash came a day after Pakistani jets bombed villages in Khost province and in Kunar, killing dozens of civilians.',
  ];

  it('is not shown the strikes of the day before that it recalls', () => {
    // Dand Patan is no place of the April 2022 strikes: the page reports a clash the dataset does not hold.
    expect(shown(page, model, '2022-04-17', title)).toEqual([]);
  });
});

describe('an undated page that gives a day and its weekday but no year', () => {
  const page = (day: string) => [
    'Taliban say they struck back across the Durand Line',
    `The Afghan Taliban defence ministry said on ${day} that its forces had hit several points beyond the Durand Line in retaliation against Pakistani forces.`,
  ];

  it('is shown the event of the one year whose day fell on that weekday', () => {
    // 28 December was a Saturday in 2024 alone of the years the dataset covers.
    expect(shown(page('Saturday, 28 December'), model)[0]).toBe('2024-12-kurram-retaliation');
  });

  it('is shown nothing when the weekday fits no event, or the day comes without one', () => {
    expect(shown(page('Friday, 28 December'), model)).toEqual([]);
    expect(shown(page('28 December'), model)).toEqual([]);
  });
});

describe('an undated page that gives a day without its year at the place it is about', () => {
  const page = (day: string, more: string[] = []) => [
    'Gunfire closes the Torkham crossing',
    `Afghan and Pakistani border guards exchanged fire at Torkham on ${day} after a quarrel over a new checkpoint, local officials said.`,
    'Traders at Torkham said hundreds of lorries were stuck on both sides as Kabul and Islamabad traded blame.',
    ...more,
  ];

  // Of all the clashes the dataset holds at Torkham, in any year, only the one of August 2024 ran on 12 August.
  it('is shown the one clash at that place that ran on that day, whatever its year', () => {
    expect(shown(page('12 August'), model)).toEqual(['2024-08-12-torkham-clash']);
  });

  it('is shown nothing when that clash is missing, or another of its days states a year', () => {
    expect(shown(page('12 August'), without('2024-08-12-torkham-clash'))).toEqual([]);
    expect(shown(page('12 August', ['A similar quarrel closed the crossing on 3 March 2023.']), model)).toEqual([]);
  });

  // 21 February 2026 began strikes in Nangarhar, Torkham's province: a page on Torkham is not about them.
  it('is not shown a clash of the same day elsewhere in the province when its own is missing', () => {
    const crossing = [
      'Torkham shut after a night of firing',
      'Border forces of the two countries fired on each other at Torkham from 21 February, when work on a new post began on the Afghan side, officials in Nangarhar said.',
      'The Torkham crossing stayed closed and traders counted their losses.',
    ];
    expect(shown(crossing, without('2025-02-torkham-clashes'))).toEqual([]);
  });
});

describe('an undated page that states the day of its news and recalls an earlier strike', () => {
  const page = [
    'Taliban say Pakistani shelling killed three in Khost and Paktia',
    'A Taliban spokesman said on 10 March 2026 that Pakistani mortar fire overnight on villages in Khost and Paktia had killed three civilians.',
    'The fighting between the two sides began after a Pakistani air strike on Behsud district in Nangarhar on 21 February 2026.',
  ];

  it('is shown the campaign of the latest day it states', () => {
    expect(shown(page, model)).toContain('2026-02-27-operation-ghazab-lil-haq');
  });

  it('is not shown the strike it recalls from weeks before when that campaign is missing', () => {
    // The page was written on or after 10 March: strikes that ended on 24 February are its background.
    expect(shown(page, without('2026-02-27-operation-ghazab-lil-haq'))).toEqual([]);
  });
});

describe('an undated page tied by a figure, a name few events share and another of its places', () => {
  const page = (n: string, where: string) => [
    'Mortar fire from Afghanistan hits border villages',
    `Hospital officials in Parachinar said ${n} people were wounded when mortar rounds fired by Afghan Taliban forces hit homes in ${where}.`,
  ];

  it('is shown the event all three tie it to', () => {
    // Seven wounded is a claim of the Kharlachi–Borki clashes; Borki is a name of two events only.
    expect(shown(page('seven', 'Borki and Kharlachi, in Kurram district'), model)[0]).toBe('2022-11-20-kharlachi-borki-clashes');
  });

  it('is shown nothing on a small figure, or without the rare name', () => {
    expect(shown(page('two', 'Borki and Kharlachi, in Kurram district'), model)).toEqual([]);
    expect(shown(page('seven', 'Kurram district'), model)).toEqual([]);
  });
});

describe('a page on a clash that names two rounds of talks by their own names', () => {
  const page = [
    'Qatar emir and Pakistani prime minister discuss Afghanistan',
    "Qatar's emir told Pakistan's prime minister by phone that he welcomed the halt to the fighting with the Afghan Taliban for Eid al-Fitr.",
    'The emir said Qatar would keep working with Turkiye for calm between Pakistan and Afghanistan.',
    "Turkiye's foreign minister is expected in Kabul next week.",
    'Pakistani air strikes killed civilians in Kunar and Paktika in recent weeks, and Afghan Taliban forces attacked Pakistani border posts.',
  ];

  it('is shown the later round first, though few of its sentences speak of talks', () => {
    // The Qatar–Türkiye mediation of 2025 scores higher, but a page naming the Eid pause cannot be about an earlier round.
    expect(shown(page, model)[0]).toBe('2026-03-18-eid-pause');
  });
});

describe('an undated page dated inside a campaign, the day before another strike began', () => {
  const page = (day: string) => [
    'Taliban say Pakistani jets struck Kunar again',
    `The Taliban government said on ${day} that Pakistani jets had bombed two villages in Kunar overnight, and warned Pakistan of a response.`,
  ];

  it('is shown the campaign: the strike of the next day is not what it reports', () => {
    // 15 March 2026 lies in Ghazab lil-Haq; the Kabul hospital strike began on 16 March.
    expect(shown(page('15 March 2026'), model)).toEqual(['2026-02-27-operation-ghazab-lil-haq']);
    expect(shown(page('14 March 2026'), model)).toEqual(['2026-02-27-operation-ghazab-lil-haq']);
  });
});

describe('a page on a clash known by the ceasefire that ended it, which names later talks', () => {
  const page = [
    'Spin Boldak after the shelling',
    'Pakistani mortar fire on 15 October killed at least 12 civilians in Spin Boldak, Afghan officials said, before the two sides agreed a 48-hour ceasefire that evening.',
    'Afghan Taliban forces said they destroyed Pakistani posts near Chaman, and Pakistani forces said they killed dozens of Taliban fighters in Spin Boldak.',
    'The 48-hour ceasefire held, and talks in Doha mediated by Qatar and Turkiye followed days later.',
    'Officials in Doha said the talks between Pakistan and Afghanistan would continue.',
  ];

  it('is shown the clash first, not the later round of talks', () => {
    // The clash counts losses: it is no round of talks, though its terms name a ceasefire.
    expect(shown(page, model, '2025-10-25')[0]).toBe('2025-10-15-spin-boldak-kurram');
  });
});

describe('an undated page whose dateline, in a block of its own, gives the day and its weekday', () => {
  const body =
    'Pakistani and Afghan Taliban border guards exchanged fire at the Torkham crossing, and Pakistan closed the border, officials said.';

  it('is shown the event of that day', () => {
    expect(shown(['Peshawar, Wednesday, September 6', body], model)).toEqual(['2023-09-06-torkham-firefight']);
  });

  it('is shown nothing without it: Torkham alone is the place of several clashes', () => {
    expect(shown([body], model)).toEqual([]);
  });
});

describe('an undated page on the Eid pause that names the mediators twice', () => {
  const page = [
    'Turkish and Pakistani leaders speak by phone',
    "Turkiye's president told Pakistan's prime minister that Turkiye would keep working for calm on the Afghan border.",
    'Pakistan paused its strikes in Afghanistan for Eid al-Fitr at the request of Qatar and Turkiye, and the Afghan Taliban said they would hold fire too.',
  ];

  it('is not shown the earlier round those mediators held when the Eid pause is missing', () => {
    // A mediator country said twice is no name of a round: Qatar and Türkiye mediated more than once.
    expect(shown(page, without('2026-03-18-eid-pause'))).not.toContain('2025-10-doha-istanbul-talks');
  });
});

describe('a page published on the last day of a strike campaign, about a clash it names elsewhere', () => {
  const page = [
    'Pakistani and Afghan forces exchange fire at Dur Baba and Tirah',
    'Pakistani and Afghan Taliban forces exchanged fire across the border near Dur Baba and in the Tirah valley on 24 February, officials said.',
  ];

  it('is not shown the campaign its date alone falls in, even when its own clash is missing', () => {
    // 24 February 2026 is also the last day of the Nangarhar and Paktika strikes, whose names the page never gives.
    expect(shown(page, model, '2026-02-24')).not.toContain('2026-02-21-nangarhar-paktika-strikes');
    expect(shown(page, without('2026-02-24-torkham-tirah-skirmishes'), '2026-02-24')).not.toContain('2026-02-21-nangarhar-paktika-strikes');
  });
});

describe("a page published on a campaign's first day that repeats another clash's toll", () => {
  const page = [
    'Taliban say 55 Pakistani soldiers killed in border attacks',
    'The Afghan Taliban said their forces killed 55 Pakistani soldiers in attacks on border posts in Khost and Paktia overnight.',
    'Pakistan did not confirm that 55 soldiers were killed.',
  ];

  it('is not shown the campaign whose claims count those losses otherwise', () => {
    // Ghazab lil-Haq began on 27 February 2026; its claims give other Pakistani tolls than 55.
    expect(shown(page, without('2026-02-26-taliban-counteroffensive'), '2026-02-27')).not.toContain('2026-02-27-operation-ghazab-lil-haq');
  });
});

describe('an undated page on talks that dates them by a day a clash also ran', () => {
  const page = [
    'Pakistan hopeful as talks with Afghanistan resume',
    "Pakistan's defence minister said on 6 November 2025 that he was hopeful about the talks with the Afghan Taliban, mediated by Turkiye and Qatar.",
    'The talks aim at a lasting ceasefire, and the delegations will meet again for talks next week.',
  ];

  it('is not shown the clash of that day, which it names nothing of, when its round is missing', () => {
    expect(shown(page, without('2025-10-doha-istanbul-talks'))).not.toContain('2025-11-06-chaman-firing-istanbul-talks');
  });
});

describe('an undated page on an operation, when the dataset lacks the operation', () => {
  const page = [
    'Pakistan presses on with Operation Ghazab lil-Haq',
    'Pakistani jets struck Afghan Taliban positions overnight as part of Operation Ghazab lil-Haq, the military said.',
  ];

  it('is shown the operation when the dataset holds it', () => {
    expect(shown(page, model)).toContain('2026-02-27-operation-ghazab-lil-haq');
  });

  it('is not shown an event that lists the operation only as the campaign around it', () => {
    // The breaches of the Eid pause lie within the operation: its name is not theirs.
    expect(shown(page, without('2026-02-27-operation-ghazab-lil-haq'))).toEqual([]);
  });
});

describe('an undated page on a truce within an operation it names', () => {
  const page = [
    'Pakistan halts Ghazab lil-Haq for Eid al-Fitr',
    'Pakistan put Operation Ghazab lil-Haq on hold for the Eid al-Fitr holiday after mediators asked for a pause, the information minister said.',
    'The pause will end at once if Pakistan is attacked, and talks with Kabul through the mediators may follow.',
  ];

  it('is shown the truce', () => {
    expect(shown(page, model)).toEqual(['2026-03-18-eid-pause']);
  });

  it('is not shown the operation the truce pauses when the truce is missing', () => {
    expect(shown(page, without('2026-03-18-eid-pause'))).toEqual([]);
  });
});

describe('an undated page on talks ruled out while an operation goes on', () => {
  const page = [
    'Pakistan rules out talks as Ghazab lil-Haq goes on',
    "Pakistan's defence minister said there would be no talks with the Afghan Taliban while Operation Ghazab lil-Haq goes on, and that the strikes on Taliban positions in Afghanistan would continue.",
    'Kabul has called for talks through mediators, but Islamabad said talks could only come after the attacks on its border posts stop.',
  ];

  it('is shown the operation: no truce pauses it', () => {
    expect(shown(page, model)).toEqual(['2026-02-27-operation-ghazab-lil-haq']);
  });
});

describe('an undated page that repeats two counts of one event at a crossing many clashes share', () => {
  const page = (body: string) => ['Afghan shelling hits homes in Chaman', body];

  it('is shown the event whose two claims it repeats', () => {
    // Six civilians killed and 17 wounded are both claims of the December 2022 Chaman shelling.
    const both =
      'Six Pakistani civilians were killed and 17 people were wounded when Afghan border forces fired mortars at homes in Chaman, the military said.';
    expect(shown(page(both), model)).toEqual(['2022-12-chaman-shelling']);
  });

  it('is shown nothing on one count alone', () => {
    const one = 'Six Pakistani civilians were killed when Afghan border forces fired mortars at homes in Chaman, the military said.';
    expect(shown(page(one), model)).toEqual([]);
  });
});

describe('a page on a clash at a place of the gazetteer that no event holds', () => {
  const page = [
    'Pakistani and Afghan forces exchange fire near Nazian',
    'Afghan and Pakistani border forces exchanged fire in Nazian district of Nangarhar, and each side blamed the other, officials said.',
  ];

  it('is shown the clash when the dataset holds it', () => {
    expect(shown(page, model, '2026-02-24')[0]).toBe('2026-02-24-torkham-tirah-skirmishes');
  });

  it('is not shown a campaign tied by its day alone when that clash is missing', () => {
    // 24 February 2026 is the last day of the Nangarhar and Paktika strikes; Nazian is no place of theirs.
    expect(shown(page, without('2026-02-24-torkham-tirah-skirmishes'), '2026-02-24')).toEqual([]);
  });
});

describe('an undated page whose lead gives one event’s count and recalls another’s further down', () => {
  const page = [
    'UN: 56 civilians killed in a week of fighting between Pakistan and the Taliban',
    'UNAMA said 56 Afghan civilians were killed and 129 wounded in more than a week of fighting between Pakistan and the Afghan Taliban, among them in a strike on 27 February in Barmal, Paktika.',
    'It recalled that between 10 and 17 October 2025 the fighting had killed at least 70 Afghan civilians and wounded 478.',
  ];

  it('is shown first the event whose count the lead gives', () => {
    // 56 civilians killed is a claim of Ghazab lil-Haq; 70 killed in October 2025 is the UN count of that quarter.
    expect(shown(page, model)[0]).toBe('2026-02-27-operation-ghazab-lil-haq');
  });
});

describe('an undated page naming a village twice, with a small count another event there gives otherwise', () => {
  const page = [
    'Mortar fire from Afghanistan wounds seven in Kurram',
    'Seven people were wounded when mortar rounds fired by Afghan Taliban forces from Paktia hit homes in Borki, Kurram district, officials said.',
    'Pakistani officials said Afghan Taliban forces fired on Borki from across the border for hours.',
  ];

  it('is not shown the other event named by that one word when its own is missing', () => {
    // Borki is also a term of the March 2024 strikes, whose claims count four wounded, not seven, and hold no Paktia.
    expect(shown(page, without('2022-11-20-kharlachi-borki-clashes'))).toEqual([]);
  });

  it('is shown an event named by one word when the page names no place but its own', () => {
    // The Noshki clash's claims count one soldier wounded; a page giving two, naming only Noshki, is still about it.
    const noshki = [
      'Afghan forces fire on border posts in Noshki',
      'Two Pakistani soldiers were wounded when Afghan forces opened fire on border posts in Noshki, officials said.',
      'Pakistani troops returned fire in Noshki, officials said, and the exchange went on for hours.',
    ];
    expect(shown(noshki, model)).toEqual(['2024-10-06-noshki-clash']);
  });
});

describe('a page on a round of talks at a venue no event holds, that dates an earlier round', () => {
  const page = [
    'Saudi Arabia hosts quiet Pakistan-Afghanistan talks',
    'Delegations of Pakistan and the Afghan Taliban held talks in Riyadh on Sunday, mediated by Saudi Arabia, sources said. The delegations in Riyadh were the same as at the Istanbul talks of October 25, mediated by Qatar and Turkiye, which ended without agreement on a lasting ceasefire. The Istanbul talks had followed a round in Doha.',
  ];

  it('is shown the round it reports first', () => {
    expect(shown(page, model, '2025-12-01')[0]).toBe('2025-11-30-riyadh-talks');
  });

  it('is not shown the earlier round it dates when its own round is missing', () => {
    expect(shown(page, without('2025-11-30-riyadh-talks'), '2025-12-01')).toEqual([]);
  });
});

describe('a page published the day before an event begins', () => {
  const page = [
    'Afghan Taliban and Pakistani troops exchange fire at Dur Baba and Nawo',
    'Afghan Taliban fighters and Pakistani troops exchanged fire near Dur Baba and Nawo on the Nangarhar border, local officials said.',
    'Residents of Dur Baba said the firing went on for hours and that shops near Nawo stayed shut.',
  ];

  it('is not shown it by its names alone: a page cannot report what had not begun unless it dates it', () => {
    expect(shown(page, model, '2026-02-25')).not.toContain('2026-02-26-taliban-counteroffensive');
  });

  it('is shown it when published the day it began', () => {
    expect(shown(page, model, '2026-02-26')).toContain('2026-02-26-taliban-counteroffensive');
  });
});

describe('an undated page that speaks of the Afghan Republic in office', () => {
  const page = (leader: string) => [
    'Afghan border police and Pakistani militia clash in Gushta',
    'Afghan border police fought Pakistani militiamen for hours in Gushta district of Nangarhar over new gates on the Durand Line, officials said.',
    `${leader} said a day earlier that no one would be allowed to build military posts on Afghan soil.`,
  ];

  it('is shown the event of its names when the leader is spoken of as a former one', () => {
    expect(shown(page('Former president Hamid Karzai'), model)[0]).toBe('2021-12-19-nangarhar-fence-kunar-shelling');
  });

  // Every event of the dataset is the Taliban government's: "President Karzai" dates the clash before 2021.
  it('is shown no event of the Taliban government that it does not date', () => {
    expect(shown(page('President Hamid Karzai'), model)).toEqual([]);
  });
});

describe('an undated page naming an event by two of its own names, with a day of something else', () => {
  const page = [
    'Pakistani air strikes on Paktika kill eight',
    'Pakistani jets bombed homes in Paktika province on Friday evening, and Afghan Taliban forces fired on Pakistani border posts in reply, officials said.',
    'The Afghanistan Cricket Board said three club cricketers were among the dead and withdrew from the tri-series.',
    'The tri-series with Pakistan and Sri Lanka was due to be held from 17 to 29 November in Rawalpindi and Lahore.',
  ];

  // The days of a fixture are no date of a clash: two names of the event's own say which it is.
  it('is shown the event its names give', () => {
    expect(shown(page, model)[0]).toBe('2025-10-17-paktika-strikes');
  });
});

describe('an undated Urdu page counting civilians it does not call Pakistani, in a Pakistani town', () => {
  const page = [
    'چمن: افغان فورسز کی گولہ باری، چھ شہری جاں بحق',
    'بلوچستان کے سرحدی شہر چمن میں افغان فورسز کی گولہ باری سے چھ شہری جاں بحق اور سترہ زخمی ہو گئے، آئی ایس پی آر نے بتایا۔',
  ];

  // Civilians killed in Chaman are Pakistan's: the ISPR count of the December 2022 shelling, not an Afghan toll.
  it('is shown the event whose count of Pakistani civilians it repeats', () => {
    expect(shown(page, model)[0]).toBe('2022-12-chaman-shelling');
  });
});

describe('an undated page naming one clash by its own terms and giving a toll of another', () => {
  const page = [
    'Media: 12 Pakistani soldiers killed in clashes on the Afghan border',
    'TOLOnews reported on Saturday that at least 12 Pakistani soldiers were killed in clashes on the border with Afghanistan.',
    'The channel had earlier reported an exchange of fire between the Pakistani army and forces of the Islamic Emirate in Helmand province.',
    'The fighting follows reports that a Pakistani drone struck an armoured car in Kabul on Thursday, said to be carrying Noor Wali Mehsud, leader of the Pakistani Taliban, and Pakistani air strikes on Paktia on Friday.',
  ];

  it('is shown the clash of those days', () => {
    expect(shown(page, model)[0]).toBe('2025-10-11-border-offensive');
  });

  // Ghazab lil-Haq (February 2026) also counts 12 soldiers, in provinces many clashes share: months from the
  // Kabul strike the page names, it is not what the page reports.
  it('is not shown a campaign months away that shares the toll when its own clash is missing', () => {
    expect(shown(page, without('2025-10-11-border-offensive'))).not.toContain('2026-02-27-operation-ghazab-lil-haq');
  });
});

describe('an undated English page counting civilians it does not call Pakistani, in a Pakistani town', () => {
  const page = [
    'Afghan forces shell Chaman',
    'Afghan border forces fired artillery and mortars at homes in Chaman, Balochistan, and six civilians were killed and 17 others wounded, the ISPR said.',
  ];

  it('is shown the event whose count of Pakistani civilians it repeats', () => {
    expect(shown(page, model)[0]).toBe('2022-12-chaman-shelling');
  });
});

describe("an undated page repeating one source's small killed and wounded counts", () => {
  const page = [
    'Pakistani mortar shells hit homes in Spin Boldak',
    'Pakistani forces fired mortar shells into Spin Boldak district overnight, the district governor said.',
    'The shelling in Spin Boldak killed four civilians and wounded four others, he said.',
  ];

  // 6 November 2025 also had four civilians killed there, but five wounded: only 5 December has both numbers.
  it('is shown the event whose one claimant gave both numbers', () => {
    expect(shown(page, model)[0]).toBe('2025-12-05-chaman-spin-boldak-firing');
  });

  it('is shown nothing when the pair agrees with no event', () => {
    const other = page.map((b) => b.replace('wounded four others', 'wounded eleven others'));
    expect(shown(other, model)).toEqual([]);
  });
});
describe('a dated page whose headline reports a clash, recalling an event of the days before by its weekday', () => {
  const page = [
    'Pakistani and Afghan Taliban troops exchanged heavy fire at several border posts overnight, officials said.',
    'On Thursday the Taliban had blamed Pakistan for two explosions that shook Afghanistan.',
  ];
  const title = 'Heavy clashes erupt between Pakistani and Afghan forces on the border';

  it('is shown the clash of its day', () => {
    expect(shown(page, model, '2025-10-11', title)[0]).toBe('2025-10-11-border-offensive');
  });

  // Thursday is 9 October, the day of the Kabul blasts: background to the clash the headline reports.
  it('is not shown the event it recalls by the weekday when its own clash is missing', () => {
    expect(shown(page, without('2025-10-11-border-offensive'), '2025-10-11', title)).not.toContain('2025-10-kabul-strike');
  });

  // A weekday of the day before publication is the news the headline reports, not background to it.
  it('is shown the clash that ended the day before, which it gives by its weekday', () => {
    const clash = [
      'Afghan Taliban fighters and Pakistani troops clashed along the border on Sunday, officials on both sides said.',
      'Each side accused the other of opening fire first.',
    ];
    expect(shown(clash, model, '2025-10-13', 'Afghan and Pakistani forces clash on the border')).toContain('2025-10-11-border-offensive');
  });

  // A written date ("on 10 October") is no weekday: the hold-back is for events tied by a weekday alone.
  it('keeps an event it gives by a written date, not a weekday', () => {
    const written = page.map((b) => b.replace('On Thursday', 'On 9 October'));
    expect(shown(written, without('2025-10-11-border-offensive'), '2025-10-11', title)).toContain('2025-10-kabul-strike');
  });
});

describe('an undated page on talks that names their venue once', () => {
  const page = [
    'Pakistani and Afghan delegations met for talks in Urumqi on a plan to ease tensions, officials said.',
    'The talks between Pakistan and the Taliban government were held away from the press.',
  ];
  const title = 'Quiet talks between Pakistan and Afghanistan';

  // A page about talks that names where they were held names the round: the venue is its own name.
  it('is shown the round held there', () => {
    expect(shown(page, model, undefined, title)).toEqual(['2026-04-01-urumqi-talks']);
  });

  it('is shown nothing when that round is missing', () => {
    expect(shown(page, without('2026-04-01-urumqi-talks'), undefined, title)).toEqual([]);
  });
});

describe('an undated page giving a counted figure and the weekday of the clash', () => {
  const page = (weekday: string) => [
    `The Afghan defence ministry said on ${weekday} that its forces had killed 19 Pakistani soldiers in retaliatory attacks on posts across the border.`,
    'It said three Afghan civilians were killed by Pakistani mortar fire.',
  ];
  const title = 'Afghan forces strike Pakistani border posts';

  // 27-29 December 2024 ran Friday to Sunday: the count and the weekday both agree with it.
  it('is shown the clash whose claim it repeats, on one of whose days the weekday falls', () => {
    expect(shown(page('Saturday'), model, undefined, title)).toEqual(['2024-12-kurram-retaliation']);
  });

  it('is shown nothing when the weekday falls on none of its days', () => {
    expect(shown(page('Tuesday'), model, undefined, title)).toEqual([]);
  });

  // Nothing else on it ties the clash: the count and the weekday are its only evidence.
  const bare = (weekday: string) => [
    `The Taliban said its fighters overran two border posts on ${weekday}, killing 19 Pakistani soldiers.`,
  ];
  it('is shown the clash when it gives only the count and the weekday', () => {
    expect(shown(bare('Saturday'), model, undefined, 'Taliban claim border attack')).toEqual(['2024-12-kurram-retaliation']);
    expect(shown(bare('Tuesday'), model, undefined, 'Taliban claim border attack')).toEqual([]);
  });

  it('is shown nothing when that clash is missing', () => {
    expect(shown(page('Saturday'), without('2024-12-kurram-retaliation'), undefined, title)).toEqual([]);
  });

  // The weekday says when the count fell only beside it (its sentence or the one before): further on, it is other news.
  it('is shown nothing when the weekday is said away from the count', () => {
    const far = [
      page('Saturday')[0]!.replace('on Saturday', 'last week'),
      page('Saturday')[1]!,
      'Pakistani officials said on Saturday that the posts were rebuilt.',
    ];
    expect(shown(far, model, undefined, title)).toEqual([]);
  });
});

describe('a dated clash report that names envoys', () => {
  const page = [
    'Afghan Taliban forces attacked Pakistani border posts overnight and Pakistani troops returned fire, officials said.',
    'Pakistan summoned the Afghan envoy in Islamabad to lodge a protest over the attacks.',
    "Pakistan's special envoy for Afghanistan condemned the Afghan attacks on the border posts.",
  ];
  const title = 'Pakistani and Afghan forces trade fire on the border';

  // An envoy summoned or condemning is no round of talks: the page reports the clash.
  it('is shown the clash of its day', () => {
    expect(shown(page, model, '2025-10-12', title)).toContain('2025-10-11-border-offensive');
  });
});

describe('an undated page on talks whose envoy goes between the two sides', () => {
  const page = (envoy: string) => [
    'Pakistani and Afghan officials met quietly in Urumqi for talks on easing tensions, people with knowledge of the meeting said.',
    envoy,
  ];
  const title = 'A quiet channel between Pakistan and Afghanistan';

  // An envoy between the two capitals is diplomacy: the page is on talks, and the venue names the round.
  it('is shown the round held at the venue it names', () => {
    const between = 'A Chinese special envoy has travelled back and forth between Islamabad and Kabul, carrying messages from each side.';
    expect(shown(page(between), model, undefined, title)).toEqual(['2026-04-01-urumqi-talks']);
  });
});

describe('an undated page naming a man called Ghulam Khan', () => {
  const page = [
    'Pakistani mortar shells struck homes near Spin Boldak as Afghan and Pakistani forces traded fire, residents said.',
    'Ghulam Khan, a shopkeeper, said his house was destroyed.',
  ];

  // Ghulam Khan is a crossing and a common name: a man called so names no clash at the crossing, nor does a list of
  // the crossings closed.
  it('is not shown the clash at the Ghulam Khan crossing', () => {
    expect(shown(page, model, undefined, 'Shelling hits homes near Spin Boldak')).not.toContain('2024-09-19-ghulam-khan-clash');
    const closed = [page[0]!, 'Torkham, Chaman, Ghulam Khan and Angoor Adda crossings were closed.'];
    expect(shown(closed, model, undefined, 'Border clashes close crossings')).not.toContain('2024-09-19-ghulam-khan-clash');
  });
});

describe('an undated page on talks after a clash it names once', () => {
  const page = [
    'Pakistani and Afghan delegations held talks on the ceasefire after the fighting in Nargasar, officials said.',
    'The talks between Pakistan and the Taliban government were held behind closed doors.',
  ];
  const title = 'Pakistan and Afghanistan hold talks on the ceasefire';

  // A place named once names a round of talks held there, not a clash the talks followed.
  it('is not shown the clash', () => {
    expect(shown(page, model, undefined, title)).not.toContain('2025-10-15-spin-boldak-kurram');
  });
});

describe('a page on the aftermath of a clash, published days after it', () => {
  const page = [
    'Torkham crossing reopens to trucks and travellers',
    'Pakistani and Afghan officials said the Torkham border crossing reopened on Friday, to the relief of stranded drivers.',
    'The crossing was shut on 6 September after Pakistani border guards and Taliban forces exchanged fire; two Taliban fighters were killed in the clash.',
  ];

  it('is shown the clash it dates and repeats a count of', () => {
    expect(shown(page, model, '2023-09-15')[0]).toBe('2023-09-06-torkham-firefight');
  });

  it('is shown nothing for the month alone with a count, without the day of the clash', () => {
    const monthOnly = page.map((b) => b.replace('on 6 September', 'in September 2023'));
    expect(shown(monthOnly, model, '2023-09-15')).toEqual([]);
  });

  it('is shown nothing for the date alone, without a count of the clash', () => {
    const noCount = page.map((b) => b.replace('; two Taliban fighters were killed in the clash', ''));
    expect(shown(noCount, model, '2023-09-15')).toEqual([]);
  });
});

describe('an undated page that puts a named clash before its news', () => {
  // "Kurram: Afghan forces open fire again, the army answers; two enemy posts destroyed." … "Before this, on the night
  // of 11 and 12 October, Afghan forces had fired on the border in Bajaur, Angoor Adda and Chitral."
  const page = [
    'کرم: افغان فورسز کی سرحد پر دوبارہ فائرنگ، پاک فوج کی جوابی کارروائی',
    'سیکیورٹی ذرائع کے مطابق کرم سیکٹر میں افغان طالبان نے پاکستانی چوکیوں پر فائرنگ کی، جس کے جواب میں فوج نے دشمن کی دو چوکیاں تباہ کر دیں۔',
    'اس سے پہلے 11 اور 12 اکتوبر کی درمیانی رات افغان فورسز نے باجوڑ، انگور اڈا اور چترال میں سرحد پر فائرنگ کی تھی۔',
  ];

  it('is shown the clash that followed that day at the place it names', () => {
    expect(shown(page, model)[0]).toBe('2025-10-15-spin-boldak-kurram');
  });

  it('is not shown the clash it recalls when the one that followed is missing', () => {
    expect(shown(page, without('2025-10-15-spin-boldak-kurram'))).toEqual([]);
  });
});

describe('an undated page giving a rare place and the weekdays of the clash', () => {
  const page = (first: string, second: string) => [
    `Residents said gunfire between Taliban and Pakistani border troops began on ${first} evening near the Ghulam Khan crossing and went on until dawn on ${second}.`,
    'Shopkeepers in Khost said mortar rounds fell near the bazaar during the clash.',
  ];
  const title = 'Night of firing on the Khost border';

  // 19-20 September 2024 ran Thursday to Friday.
  it('is shown the clash at that place on whose days the weekdays fall', () => {
    expect(shown(page('Thursday', 'Friday'), model, undefined, title)).toEqual(['2024-09-19-ghulam-khan-clash']);
  });

  it('is shown nothing when a weekday falls outside the clash', () => {
    expect(shown(page('Monday', 'Tuesday'), model, undefined, title)).toEqual([]);
  });

  it('is shown nothing when that clash is missing', () => {
    expect(shown(page('Thursday', 'Friday'), without('2024-09-19-ghulam-khan-clash'), undefined, title)).toEqual([]);
  });
});

describe('an undated page whose weekday and rare place tie a clash, with little else', () => {
  // Made-up: Spera is named by two strike events (April 2022, August 2025); 15-17 April 2022 ran Friday to Sunday.
  const page = (weekday: string) => [
    `Pakistani jets struck houses in the Spera district of Khost province and in Kunar late on ${weekday} night, local Taliban officials said.`,
    'Women and children were among the dead, residents told reporters across the border in Pakistan.',
  ];
  const title = 'Pakistani air strikes hit the Afghan border';

  // The weekday dates it as "on Friday" does a dated page: the bar of a day inside the event with one of its places.
  it('is shown the clash, as a page dated that week would be', () => {
    expect(shown(page('Friday'), model, undefined, title)).toEqual(['2022-04-khost-kunar-strikes']);
  });

  it('is shown nothing when the weekday falls outside the clash, or the clash is missing', () => {
    expect(shown(page('Monday'), model, undefined, title)).toEqual([]);
    expect(shown(page('Friday'), without('2022-04-khost-kunar-strikes'), undefined, title)).toEqual([]);
  });
});

describe('an undated page naming two places that only one clash holds together', () => {
  const page = (second: string) => [
    `Villagers in Borki said mortar rounds fired across the line had hit their homes, while Afghan forces in ${second} returned fire through the night.`,
    'Pakistani and Afghan border troops clashed over a new checkpoint, local elders said.',
  ];
  const title = 'Mortar fire on the Kurram border';

  // Borki is named by two clashes (November 2022 and the strikes of March 2024); only the first also holds Dand Patan.
  it('is shown the clash that holds both', () => {
    expect(shown(page('Dand Patan district'), model, undefined, title)).toEqual(['2022-11-20-kharlachi-borki-clashes']);
  });

  it('is shown nothing when the other place is one many clashes share', () => {
    expect(shown(page('Paktia province'), model, undefined, title)).toEqual([]);
  });

  it('is shown nothing when that clash is missing', () => {
    expect(shown(page('Dand Patan district'), without('2022-11-20-kharlachi-borki-clashes'), undefined, title)).toEqual([]);
  });
});

describe('an undated page that speaks of tanks hit, with no number', () => {
  const page = [
    'Pakistani troops said they destroyed Afghan tanks and several posts in Kurram after Taliban fighters opened fire overnight.',
    'Afghan officials said Pakistani shelling had hit villages across the border.',
  ];
  const title = 'Heavy fighting on the Kurram border';

  // Of the clashes at Kurram, only the short one of October 2025 has claims that count tanks destroyed.
  it('is shown the short clash at its place whose claims count tanks', () => {
    expect(shown(page, model, undefined, title)).toEqual(['2025-10-15-spin-boldak-kurram']);
  });

  it('is shown nothing when that clash is missing', () => {
    expect(shown(page, without('2025-10-15-spin-boldak-kurram'), undefined, title)).toEqual([]);
  });

  it('is shown nothing when it speaks of no tanks', () => {
    expect(shown([page[0]!.replace('Afghan tanks and several posts', 'several Afghan posts'), page[1]!], model, undefined, title)).toEqual(
      [],
    );
  });
});

describe('an undated page naming every place of a short clash, with a figure of its claims', () => {
  const page = (places: string) => [
    `Pakistani aircraft bombed houses in ${places} before dawn, and eight people died, a Taliban spokesman said.`,
    'Afghan border forces answered with heavy weapons against Pakistani posts.',
  ];
  const title = 'Air raids and border fighting';

  // March 2024: Barmal (Paktika), Khost and Kurram; the February 2026 counteroffensive holds them too, among nine more.
  it('is shown that clash', () => {
    expect(shown(page('Khost and Paktika, and mortar rounds fell in Kurram'), model, undefined, title)).toEqual([
      '2024-03-khost-paktika-strikes',
    ]);
  });

  it('is shown nothing when it names only some of its places', () => {
    expect(shown(page('Khost and Paktika'), model, undefined, title)).toEqual([]);
  });

  it('is shown nothing when that clash is missing', () => {
    expect(
      shown(page('Khost and Paktika, and mortar rounds fell in Kurram'), without('2024-03-khost-paktika-strikes'), undefined, title),
    ).toEqual([]);
  });
});

describe('an undated page that speaks of tanks, but not of tanks hit', () => {
  const page = (first: string) => [first, 'Afghan officials said Pakistani shelling had hit villages across the border.'];
  const title = 'Heavy fighting on the Kurram border';

  // The town of Tank (Khyber Pakhtunkhwa), water tanks, and tanks moved up are no loss the October 2025 round counts.
  it('is not shown the clash whose claims count tanks', () => {
    for (const first of [
      'Militants stormed a police post in Tank overnight, and Pakistani troops traded fire with Taliban fighters near Kurram.',
      'Pakistani shelling destroyed water tanks and homes in Kurram after Taliban fighters opened fire overnight.',
      'Pakistan moved tanks to the border in Kurram after Taliban fighters opened fire on its posts overnight.',
    ])
      expect(shown(page(first), model, undefined, title)).toEqual([]);
  });
});

describe('an undated page naming a person of a clash and one of its places', () => {
  // Hafiz Gul Bahadur is named by two events, Sharana by the October 2025 strikes only: but his group is in the news
  // far more often than that clash, and a person is no village the clash is known by.
  const page = (who: string) => [
    `Pakistani jets struck hideouts ${who} in Sharana, Afghan officials said.`,
    'Taliban forces fired at Pakistani posts along the border.',
  ];

  it('is shown nothing for the pair', () => {
    expect(shown(page('of the Hafiz Gul Bahadur group'), model, undefined, 'Strikes in Paktika')).toEqual([]);
  });
});

describe('an undated page naming the fighting by the strike on Kabul that set it off', () => {
  const page = [
    'Afghan and Pakistani troops exchange fire on the frontier',
    'Troops of both countries exchanged artillery fire at several points of the frontier overnight, after an air strike on Kabul that Afghan officials blame on Islamabad.',
  ];

  it('is shown the Kabul strike of October 2025, the one strike on Kabul clashes followed', () => {
    expect(shown(page, model)[0]).toBe('2025-10-kabul-strike');
  });

  // A later strike on Kabul (the March 2026 strike on a rehab centre), on a page of its own days, is another event.
  it('is not shown it on a page of a later strike on Kabul', () => {
    const later = [
      'Pakistani jets hit a rehab centre in Kabul',
      'Patients of a drug rehabilitation hospital were killed on 16 March 2026 after an air strike on Kabul, the Taliban government said.',
    ];
    expect(shown(later, model, '2026-03-17')).not.toContain('2025-10-kabul-strike');
  });

  // The strike alone, without the fighting it set off, is the phrase any strike on Kabul takes.
  it('is not tied by a strike on Kabul named without the relation', () => {
    const bare = [
      'Pakistan denies air strike on Kabul',
      'Islamabad denied on Sunday that its aircraft had carried out an air strike on Kabul.',
    ];
    expect(shown(bare, model)).not.toContain('2025-10-kabul-strike');
  });
});

describe('an undated page giving a toll rounded down to its tens ("more than 40")', () => {
  // April 2022: strikes on Khost and Kunar the night after an ambush in North Waziristan; one claim counts 41 civilians.
  const page = (toll: string, day = 'on Saturday night') => [
    `Pakistani jets hit villages in Khost province ${day}, and ${toll} were killed, local Taliban officials said.`,
    'Shelling also struck homes across the border in Kunar, a provincial official added.',
  ];
  const title = 'Afghan villages bombed from the air';

  it('is shown the clash whose count is just above it, on that clash’s weekday', () => {
    expect(shown(page('more than 40 civilians'), model, undefined, title)[0]).toBe('2022-04-khost-kunar-strikes');
  });

  it('is shown it with every one of its places named', () => {
    const everyPlace = page('more than 40 civilians', 'after an ambush on soldiers in North Waziristan');
    expect(shown(everyPlace, model, undefined, title)[0]).toBe('2022-04-khost-kunar-strikes');
  });

  // The rounded toll is a figure, not a day or a place: alone with provinces many clashes share, it ties nothing.
  it('is shown nothing with no day and only places many clashes share', () => {
    expect(shown(page('more than 40 civilians', 'last week'), model, undefined, title)).toEqual([]);
  });

  // "More than 40" is 41 to 44, not 48 (another claim of the same strikes): a toll said otherwise is no tie.
  it('is shown nothing when the count is not just above a claim', () => {
    expect(shown(page('more than 30 civilians'), model, undefined, title)).toEqual([]);
  });

  // Two rounded tolls ("more than 40 … more than 20") agree with two bands, not two numbers: with one province many
  // clashes share and no day they tie nothing, where the exact 41 and 22 would.
  it('is shown nothing for two rounded tolls and one shared province', () => {
    const rounded = [
      'Pakistani jets hit villages in Khost province last week, and more than 40 civilians were killed and more than 20 civilians were wounded.',
    ];
    expect(shown(rounded, model, undefined, title)).toEqual([]);
  });

  // "No more than 40" is a ceiling: it may be 40 or fewer, never the 41 of a claim.
  it('is shown nothing when the count is a ceiling', () => {
    expect(shown(page('no more than 40 civilians'), model, undefined, title)).toEqual([]);
  });
});

describe('an undated page whose headline speaks of open war', () => {
  // Declared on the first day of the Ghazab lil-Haq campaign (27 February 2026), threatened before the Istanbul talks.
  const page = [
    'Pakistani jets and ground forces struck Taliban positions and depots along the whole border overnight, officials said.',
    'Both sides reported losses, but gave no numbers.',
  ];

  it('is shown the campaign when the headline declares it', () => {
    expect(shown(page, model, undefined, 'Pakistan says it is now in open war with the Taliban')[0]).toBe(
      '2026-02-27-operation-ghazab-lil-haq',
    );
  });

  it('is shown nothing when the headline warns of it', () => {
    expect(shown(page, model, undefined, 'Pakistan warns of open war if the talks with the Taliban fail')).toEqual([]);
  });

  // A headline that asks, fears or describes a drift towards it declares nothing: it may be from before the Istanbul
  // talks, or an opinion; a war said to be raging ("in open war as clashes kill dozens") may be October 2025's.
  it('is shown nothing when the headline asks, fears or only describes it', () => {
    for (const title of [
      'Is open war coming?',
      'Pakistan and Afghanistan edge towards open war',
      'Fears of open war as Pakistan strikes Afghanistan',
      'Afghanistan and Pakistan in open war as border clashes kill dozens',
    ])
      expect(shown(page, model, undefined, title), title).toEqual([]);
  });

  // A later headline may recall the declaration too: the strike it reports comes first, not the campaign.
  it('is shown the later strike when the headline recalls the declaration weeks on', () => {
    const hospital = ['Pakistani aircraft struck a drug rehabilitation hospital in Kabul overnight, killing dozens of patients.'];
    expect(shown(hospital, model, undefined, 'Weeks after declaring open war, Pakistan bombs a Kabul hospital')[0]).toBe(
      '2026-03-16-kabul-hospital-strike',
    );
  });

  // Later reports recall the declaration in their body: a strike weeks into the campaign is not its first day.
  it('is shown nothing when only the body says it', () => {
    const recalled = [...page, 'Pakistan declared open war on the Taliban government in late February.'];
    expect(shown(recalled, model, undefined, 'Heavy fighting on the Afghan border')).toEqual([]);
  });
});

describe('an undated page whose headline declares open war in the case its language puts it in', () => {
  const page = [
    'Pakistani aircraft struck Taliban positions and depots along the border overnight, officials said.',
    'Both sides reported losses, but gave no numbers.',
  ];

  // Turkish "açık savaşa girdi" (into open war), Russian "в открытой войне": the same declaration, another case.
  it('is shown the campaign', () => {
    for (const title of [
      'Пакистан заявил, что находится в открытой войне с талибами',
      "Pakistan Afganistan'la açık savaşa girdiğini açıkladı",
    ])
      expect(shown(page, model, undefined, title)[0], title).toBe('2026-02-27-operation-ghazab-lil-haq');
  });
});

describe('a page on a count over months, released after its period ended', () => {
  const page = [
    'UN mission counts civilian casualties of cross-border attacks',
    'In a report released on 8 February, the UN mission said Pakistani forces killed 70 civilians and wounded 478 civilians in the last quarter of the year.',
    'Border fighting between the Taliban and Pakistani forces rose in those months, the mission said.',
  ];

  it('is shown the count: the day of its release is no other clash', () => {
    expect(shown(page, model, '2026-02-10')[0]).toBe('2025-q4-unama-count');
  });

  // A new clash weeks after the quarter, on a day no claim of the count was made: that day is the page's news.
  const newClash = [
    'Pakistani shelling kills civilians in Kunar and Khost',
    'Pakistani forces shelled villages in Kunar and Khost on 13 January, killing 70 civilians, Afghan officials said.',
    'The UN mission has warned of rising cross-border civilian casualties.',
  ];

  it('is not shown the count for a clash on another day after its period', () => {
    expect(shown(newClash, model, '2026-01-15')).not.toContain('2025-q4-unama-count');
  });
});

describe("an undated Urdu page that names a clash's commanders in Urdu script", () => {
  // "Border firing: Afghan Taliban commanders Khalil and Jan Muhammad among eight killed, sixteen wounded, say
  // security sources."
  const page = [
    'سرحد پر فائرنگ: کمانڈر خلیل اور جان محمد سمیت آٹھ افغان طالبان ہلاک',
    'سیکیورٹی ذرائع کے مطابق افغان طالبان نے پاکستانی چوکیوں پر حملہ کیا، جوابی کارروائی میں آٹھ افغان طالبان ہلاک اور سولہ زخمی ہوئے۔',
  ];

  it('is shown the clash whose terms name them', () => {
    expect(shown(page, model)[0]).toBe('2024-09-kurram-clash');
  });

  // "Firing from across the border in Kurram: local resident Jan Muhammad killed." Jan Muhammad alone is a common
  // name: only with Khalil is he the clash's commander.
  const resident = [
    'کرم میں سرحد پار سے فائرنگ، ایک شہری جاں بحق',
    'ضلع کرم میں افغانستان کی جانب سے فائرنگ سے مقامی شہری جان محمد جاں بحق ہو گیا، سیکیورٹی فورسز نے بھرپور جواب دیا۔',
  ];

  it('is not shown that clash for a resident of the same name', () => {
    expect(shown(resident, model)).not.toContain('2024-09-kurram-clash');
  });
});

describe('an undated Arabic page on a shooting at the outer gate of an airport', () => {
  // "Kabul airport closed after gunfire: gunmen opened fire at the outer gate of Kabul airport, two guards killed."
  // "البوابة الخارجية" is any outer gate: it names the Chaman outbound gate only in English.
  const page = [
    'إغلاق مطار كابل بعد إطلاق نار',
    'أطلق مسلحون النار عند البوابة الخارجية لمطار كابل، وقتل حارسان، بحسب حركة طالبان في أفغانستان. وتوترت العلاقات مع باكستان.',
  ];

  it('is not shown the Chaman gate shooting', () => {
    expect(shown(page, model)).not.toContain('2023-10-04-chaman-gate-shooting');
  });
});

describe("a Pashto page on strikes by Pakistan's armed forces", () => {
  // "Pakistan's armed forces carried out air strikes on Afghan soil and killed five civilians; the Taliban government
  // calls it a violation of Afghanistan's sovereignty." وسله وال ځواکونه are a state's armed forces, no TTP raiders.
  const page = [
    'د پاکستان وسله وال ځواکونه پر افغانستان بریدونه کوي',
    'د پاکستان وسله والو ځواکونو د افغانستان پر خاوره هوايي بریدونه وکړل او پنځه ملکیان یې ووژل.',
    'د طالبانو حکومت وايي چې دا برید د افغانستان د حاکمیت سرغړونه ده او ځواب به ورکړي.',
  ];

  it('is on topic', () => {
    expect(detectPage(reportOfBlocks(page), model.gate, () => model)?.topic).toBe(true);
  });
});
