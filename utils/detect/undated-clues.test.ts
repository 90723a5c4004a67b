// @vitest-environment node
// Undated pages at a place many clashes share, tied by a clue the event's definition has (real pages: npm run eval).
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { foldForMatch } from '../text/normalize';
import { buildModel, type DetectionModel } from './analyze';
import { daysShut } from './days-shut';
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
});

describe('an undated page on firing at a crossing shut for days', () => {
  const page = (days: string) => [
    'Shots traded at Torkham as the crossing stays shut',
    `Pakistani and Afghan border forces exchanged fire overnight at Torkham, where the crossing has been closed for ${days} over a new post.`,
    'Hundreds of trucks wait on both sides, officials said.',
  ];

  it('is shown the month of closure and firing that lasted as long', () => {
    expect(shown(page('twelve days'))[0]).toBe('2025-02-torkham-clashes');
  });

  it('is shown nothing when the closure is a few days old: a firefight of a day or two closed it for as long', () => {
    expect(shown(page('three days'))).toEqual([]);
  });

  it('is shown no other clash at the crossing when that month is missing', () => {
    expect(shown(page('twelve days'), without('2025-02-torkham-clashes'))).toEqual([]);
  });
});
