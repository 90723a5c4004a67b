// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { foldForMatch } from '../text/normalize';
import { buildModel, type DetectionModel } from './analyze';
import { saysLongClosure } from './closure-words';
import { detectPage, offTopic, reportOfBlocks } from './detect-page';

const says = (s: string) => saysLongClosure(foldForMatch(s));

describe('a crossing closed for a week or more', () => {
  it('is read in each language, while the closure lasts', () => {
    expect(says('Troops traded fire at the crossing, which has been closed for twelve days over the dispute.')).toBe(true);
    expect(says('The gate remains shut for more than a week now.')).toBe(true);
    expect(says('Le point de passage, fermé depuis plus de deux semaines, reste bloqué.')).toBe(true);
    expect(says('Der Grenzübergang ist seit neun Tagen für Lastwagen gesperrt.')).toBe(true);
    expect(says('Sınır kapısı 14 gündür kapalı bulunuyor.')).toBe(true);
    expect(says('Пункт пропуска закрыт уже девять дней.')).toBe(true);
    expect(says('यह रास्ता बारह दिनों से बंद पड़ा है।')).toBe(true);
  });

  it('is not a closure of a few days, one that ended, or a closure announced', () => {
    expect(says('The crossing has been closed for three days.')).toBe(false);
    expect(says('Trade resumed after the crossing had been closed for nine days.')).toBe(false);
    expect(says('Officials closed the crossing for a week of repairs next month.')).toBe(false);
    expect(says('Пункт пропуска закрыт с понедельника.')).toBe(false);
  });
});

const dataset = loadDataset();
const model = buildModel(dataset);
const without = (id: string) => buildModel({ ...dataset, events: dataset.events.filter((e) => e.id !== id) }, model.gate);
const shown = (blocks: string[], m: DetectionModel) =>
  (detectPage(reportOfBlocks(blocks), m.gate, () => m) ?? offTopic()).events.map((e) => e.id);

describe('an undated clash at a crossing shut for over a week', () => {
  const page = [
    'Afghan and Pakistani guards exchange fire at Torkham',
    'Afghan and Pakistani border forces exchanged fire at Torkham late at night, officials said.',
    'The Torkham crossing has been shut for more than ten days, and hundreds of trucks wait on both sides.',
  ];

  it('is shown the long closure the dataset names', () => {
    expect(shown(page, model)[0]).toBe('2025-02-torkham-clashes');
  });

  it('is shown nothing when that closure is missing', () => {
    expect(shown(page, without('2025-02-torkham-clashes'))).toEqual([]);
  });
});
