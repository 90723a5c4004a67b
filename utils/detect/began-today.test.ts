// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { foldForMatch } from '../text/normalize';
import { buildModel, type DetectionModel } from './analyze';
import { saysBeganToday } from './began-today';
import { detectPage, offTopic, reportOfBlocks } from './detect-page';

const says = (s: string) => saysBeganToday(foldForMatch(s));

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
    expect(says('Protests broke out today in Peshawar over the air strikes.')).toBe(false);
    expect(says('In Quetta sind heute Proteste ausgebrochen.')).toBe(false);
    expect(says('Am ersten Tag der Gespräche trafen sich beide Seiten.')).toBe(false);
  });

  it('is not the first days, nor a tally since the first day', () => {
    expect(says('Savaşın ilk günlerinde yüzlerce kişi evini terk etti.')).toBe(false);
    expect(says('Since the first day of the war, more than 300 civilians have been killed.')).toBe(false);
    expect(says('Seit dem ersten Kriegstag sind 300 Zivilisten getötet worden.')).toBe(false);
    expect(says('С первого дня войны погибли более 300 мирных жителей.')).toBe(false);
  });

  const dataset = loadDataset();
  const model = buildModel(dataset);
  const without = (id: string) => buildModel({ ...dataset, events: dataset.events.filter((e) => e.id !== id) }, model.gate);
  const shown = (blocks: string[], m: DetectionModel, published = '2026-02-27') =>
    (detectPage(reportOfBlocks(blocks, { published, title: blocks[0] }), m.gate, () => m) ?? offTopic()).events.map((e) => e.id);
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

  it('is not a count over months that opens that day', () => {
    const kurram = [
      'Afghan and Pakistani forces clash in Kurram',
      'Fighting broke out today between Afghan and Pakistani border forces in Kurram, officials said, with mortar fire on several posts.',
      'Two Pakistani soldiers were wounded, the army said.',
    ];
    expect(shown(kurram, model, '2025-10-01')).toEqual([]);
  });

  it('is not a clash begun that day at places the page does not name', () => {
    const bajaur = [
      'Afghan and Pakistani forces clash in Bajaur',
      'Fighting broke out today between Afghan and Pakistani border forces in Bajaur, officials said.',
      'Two Pakistani soldiers were wounded, the army said.',
    ];
    expect(shown(bajaur, model, '2026-02-24')).toEqual([]);
  });

  it('holds nothing back on a later day that counts since the first day', () => {
    const later = [
      'Pakistani jets strike Kandahar again',
      'Pakistani jets struck Kandahar again on Thursday as the war between Pakistan and Afghanistan went on, officials said.',
      'Since the first day of the war, Pakistani jets have struck Kabul and Kandahar.',
    ];
    expect(shown(later, model, '2026-03-05')[0]).toBe('2026-02-27-operation-ghazab-lil-haq');
  });
});
