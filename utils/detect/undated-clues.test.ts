// @vitest-environment node
// Undated pages at a place many clashes share, tied by a clue the event's definition has (real pages: npm run eval).
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { foldForMatch } from '../text/normalize';
import { buildModel, type DetectionModel } from './analyze';
import { closedOnWeekdays, daysShut } from './closure-clues';
import { detectPage, offTopic, reportOfBlocks } from './detect-page';

const dataset = loadDataset();
const model = buildModel(dataset);
const without = (id: string) => buildModel({ ...dataset, events: dataset.events.filter((e) => e.id !== id) }, model.gate);
const shown = (blocks: string[], m: DetectionModel = model) =>
  (detectPage(reportOfBlocks(blocks), m.gate, () => m) ?? offTopic()).events.map((e) => e.id);

describe('the days a crossing has been shut', () => {
  it.each([
    ['The crossing has now been shut for 12 days.', 12],
    ['Trade has stopped since the border was closed for over a week.', 7],
    ['Der Übergang ist seit zehn Tagen geschlossen.', 10],
    ['Пункт пропуска закрыт уже 9 дней.', 9],
    ['सीमा पिछले बारह दिन से बंद है।', 12],
    ['سرحد کو بند ہوئے 14 دن ہو گئے ہیں۔', 14],
    ['المعبر مغلق منذ 8 أيام.', 8],
    ['Sınır kapısı 10 gündür kapalı.', 10],
  ])('reads "%s" as %i days', (text, days) => {
    expect(daysShut(foldForMatch(text))).toBe(days);
  });

  it('reads no count where the page gives none', () => {
    expect(daysShut(foldForMatch('The crossing was closed after the clash.'))).toBeUndefined();
  });

  // Review 23R: a word before a week is a count only when it says "a" or "one": "since last week", "this week" and
  // Urdu ہفتے سے (since Saturday) are none.
  it.each([
    'The crossing has been closed for weeks.',
    'طورخم بارڈر ہفتے سے بند ہے۔',
    'तोरखम क्रॉसिंग पिछले हफ्ते से बंद है।',
    'این هفته گذرگاه تورخم بسته شد.',
  ])('reads no count in "%s"', (text) => {
    expect(daysShut(foldForMatch(text))).toBeUndefined();
  });
});

describe('the weekdays a crossing closed on', () => {
  it('reads a weekday in a sentence saying the crossing closed, in any language read', () => {
    expect([...closedOnWeekdays([foldForMatch('The Taliban shut the crossing on Sunday.')])]).toEqual([0]);
    expect([...closedOnWeekdays([foldForMatch('Накануне, в воскресенье, пункт пропуска был закрыт.')])]).toEqual([0]);
    expect([...closedOnWeekdays([foldForMatch('रविवार को चौकी बंद कर दी गई थी।')])]).toEqual([0]);
  });

  it('reads none in a sentence on talks to reopen it', () => {
    expect([...closedOnWeekdays([foldForMatch('Officials met on Sunday to reopen the crossing.')])]).toEqual([]);
  });
});

describe('an undated page on firing at a crossing shut for days', () => {
  const page = (days: string, clue = 'Hundreds of trucks wait on both sides, officials said.') => [
    'Shots traded at Torkham as the crossing stays shut',
    `Pakistani and Afghan border forces exchanged fire overnight at Torkham, where the crossing has been closed for ${days} over a new post.`,
    clue,
  ];
  // A count one of its claims gives (three Pakistani soldiers wounded): not enough alone, many clashes hold it.
  const count = 'Three Pakistani soldiers were wounded in the firing, officials said.';

  it('is shown the month of closure and firing that lasted as long, with a count of its claims', () => {
    expect(shown(page('twelve days', count))[0]).toBe('2025-02-torkham-clashes');
  });

  // Review 23R: the dataset holds clashes, not every closure (Torkham was shut for weeks after the October 2025
  // clashes, no event's closure): a closure alone picks none.
  it('is shown nothing for the closure alone', () => {
    expect(shown(page('twelve days'))).toEqual([]);
    expect(
      shown([
        'Torkham stays shut after Pakistan-Afghanistan clashes',
        'The Torkham crossing has been closed for three weeks since Pakistani and Afghan Taliban forces clashed along the border.',
        'Traders say thousands of trucks are stranded at Torkham as the fighting left the crossing shut.',
      ]),
    ).toEqual([]);
  });

  it('is shown nothing when the closure is a few days old: a firefight of a day or two closed it for as long', () => {
    expect(shown(page('three days', count))).toEqual([]);
  });

  it('is shown no other clash at the crossing when that month is missing', () => {
    expect(shown(page('twelve days', count), without('2025-02-torkham-clashes'))).toEqual([]);
  });

  it('ties only a clash whose sources say it closed the crossing (closedCrossings)', () => {
    const events = dataset.events.map((e) => (e.id === '2025-02-torkham-clashes' ? { ...e, closedCrossings: undefined } : e));
    expect(shown(page('twelve days', count), buildModel({ ...dataset, events }, model.gate))).toEqual([]);
  });
});

describe('an undated page naming the weekday a crossing closed, before the clash of the next day', () => {
  const page = (closedOn: string, fought: string, clue = 'Traders waited on both sides, officials said.') => [
    'Gunfire at Torkham after the crossing closes',
    `Afghan and Pakistani border guards traded fire at Torkham on ${fought}, local officials said.`,
    `The Taliban had shut the Torkham crossing on ${closedOn}, accusing Pakistan of breaking its promises.`,
    clue,
  ];
  const count = 'One Pakistani soldier was wounded, a local official said.';

  it('is shown the short clash whose two days the weekdays name, with a count of its claims', () => {
    expect(shown(page('Sunday', 'Monday', count))[0]).toBe('2023-02-20-torkham-firefight');
  });

  // Review 23R: 12 October 2025 was a Sunday too, and its closure is no event's: two weekdays alone pick none.
  it('is shown nothing for the weekdays alone', () => {
    expect(shown(page('Sunday', 'Monday'))).toEqual([]);
  });

  it('is shown nothing for one weekday that two clashes at the crossing hold', () => {
    expect(shown(page('Monday', 'Monday', count))).toEqual([]);
  });

  it('is shown no other clash at the crossing when that clash is missing', () => {
    expect(shown(page('Sunday', 'Monday', count), without('2023-02-20-torkham-firefight'))).toEqual([]);
  });
});

describe('an undated page naming one weekday a crossing closed, with a count of the clash', () => {
  const page = (count: string) => [
    'Torkham shut after deadly exchange of fire',
    'Pakistan and Afghanistan kept the Torkham crossing closed on Tuesday after their forces exchanged fire there.',
    `Afghan officials said ${count} in the firing.`,
  ];

  it('is shown the short clash whose claims give the count', () => {
    expect(shown(page('three civilians were killed'))[0]).toBe('2024-08-12-torkham-clash');
  });

  it('is shown nothing for the weekday alone', () => {
    expect(shown(page('people were hurt'))).toEqual([]);
  });
});

// Review 24R: the October 2025 offensive fought at ten places (Spin Boldak, Kurram…) and closed crossings elsewhere
// (Torkham, Chaman, Kharlachi…). A closure ties it where the page names a crossing it closed, not a district it fought in.
describe('an undated page on a crossing closed on a weekday of a many-front offensive', () => {
  const closedThat = (blocks: string[]) =>
    (detectPage(reportOfBlocks(blocks), model.gate, () => model) ?? offTopic()).events
      .filter((e) => e.reasons.includes('weekday closed'))
      .map((e) => e.id);
  const kurram = (crossing: string) => [
    'Fighting in Kurram',
    `Afghan and Pakistani troops fought in Kurram, and ${crossing} was shut on Saturday.`,
    'Officials said 16 Afghan soldiers were wounded in Kurram.',
  ];

  it('ties it at a crossing it closed, with a count of its claims', () => {
    const torkham = [
      'Torkham closed after night of border fighting',
      'Pakistan closed Torkham on Sunday after fighting along the frontier overnight.',
      'The military said 23 Pakistani soldiers died, and traders at Torkham said lorries were stuck at Torkham.',
    ];
    expect(closedThat(torkham)).toEqual(['2025-10-11-border-offensive']);
  });

  it('ties it where the sentence on the closure names a crossing it closed', () => {
    expect(closedThat(kurram('the Kharlachi crossing'))).toEqual(['2025-10-11-border-offensive']);
  });

  // Review 25R: a small count recurs across the firefights of any crossing; the offensive's claims hold several.
  it('does not tie it with a count below ten', () => {
    const chaman = [
      'Firing at Chaman',
      'Afghan and Pakistani troops traded fire at the Chaman crossing, which Pakistan shut on Sunday.',
      'Three Pakistani soldiers died, the army said.',
    ];
    expect(shown(chaman)).toEqual([]);
  });

  it('reads Hindi and Urdu "stopped" as a closure only beside a word of the border', () => {
    const stopped = [['रविवार को तोरखम पर गोलीबारी बंद हुई।'], ['اتوار کو چمن میں فائرنگ بند ہو گئی۔']].map((s) => [
      ...closedOnWeekdays(s.map(foldForMatch)),
    ]);
    expect(stopped).toEqual([[], []]);
    // Review 25R2: the fire stopped, with a word of the border near.
    const fireStopped = [
      ['तोरखम पर रविवार को दोनों पक्षों ने गोलीबारी बंद कर दी।'],
      ['اتوار کو سرحد پر فائرنگ بند ہو گئی۔'],
      ['اتوار کو چمن بارڈر پر فائرنگ کا سلسلہ بند ہو گیا۔'],
    ].map((s) => [...closedOnWeekdays(s.map(foldForMatch))]);
    expect(fireStopped).toEqual([[], [], []]);
    const closed = [
      ['रविवार को तोरखम सीमा बंद कर दी गई।'],
      ['طورخم بارڈر اتوار کو بند ہو گیا۔'],
      ['فائرنگ کے بعد چمن بارڈر اتوار کو بند کر دیا گیا۔'],
    ].map((s) => [...closedOnWeekdays(s.map(foldForMatch))]);
    expect(closed).toEqual([[0], [0], [0]]);
  });

  it('does not tie it at a district it fought in, around or facing a crossing', () => {
    expect(closedThat(kurram('the border crossing'))).toEqual([]);
    const spinBoldak = [
      'Firing near Spin Boldak',
      'Taliban and Pakistani forces fired at each other close to Spin Boldak, and the crossing was shut on Sunday.',
      'Three Pakistani soldiers were killed, officials said.',
      'Families in Spin Boldak left for Kandahar.',
    ];
    expect(shown(spinBoldak)).toEqual([]);
  });
});
