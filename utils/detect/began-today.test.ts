// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { foldForMatch } from '../text/normalize';
import { buildModel, type DetectionModel } from './analyze';
import { BEGAN_TODAY } from './began-today';
import { detectPage, offTopic, reportOfBlocks } from './detect-page';
import { matches } from './vocabulary';

const says = (s: string) => matches(BEGAN_TODAY, foldForMatch(s));

describe('a war said to have broken out on the day of the page', () => {
  it('is read in each language', () => {
    expect(says('Heavy fighting broke out today along the frontier.')).toBe(true);
    expect(says('Am ersten Kriegstag fielen Dutzende Kämpfer.')).toBe(true);
    expect(says('Sınırda bugün patlak veren çatışmalar sürüyor.')).toBe(true);
    expect(says('В первый день войны обе стороны понесли потери.')).toBe(true);
    expect(says('युद्ध के पहले दिन भारी गोलाबारी हुई।')).toBe(true);
  });

  it('is not a war begun on another day', () => {
    expect(says('Fighting broke out on Thursday along the frontier.')).toBe(false);
    expect(says('Am ersten Tag der Gespräche trafen sich beide Seiten.')).toBe(false);
  });

  const dataset = loadDataset();
  const model = buildModel(dataset);
  const without = (id: string) => buildModel({ ...dataset, events: dataset.events.filter((e) => e.id !== id) }, model.gate);
  const shown = (blocks: string[], m: DetectionModel) =>
    (detectPage(reportOfBlocks(blocks, { published: '2026-02-27' }), m.gate, () => m) ?? offTopic()).events.map((e) => e.id);
  const page = [
    'Pakistani troops seize a Taliban hilltop post as war rages',
    'The war between Pakistan and Afghanistan that broke out today went on along the whole border, with Pakistani troops taking a Taliban post on a ridge.',
    'Afghan Taliban fighters fled their positions under heavy Pakistani shelling, officials said.',
  ];

  it('is the campaign that began that day, not the clash of the day before', () => {
    expect(shown(page, model)[0]).toBe('2026-02-27-operation-ghazab-lil-haq');
  });

  it('is shown nothing when that campaign is missing', () => {
    expect(shown(page, without('2026-02-27-operation-ghazab-lil-haq'))).toEqual([]);
  });
});
