// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { closestFirst, createDatasetSearch } from '../dataset/search';
import { buildModel, type DetectionModel } from './analyze';
import { detectPage, offTopic, reportOfBlocks } from './detect-page';

/** Plain blocks through the one detection entry point; off topic where the gate stops them. */
const analyzeBlocks = (blocks: readonly string[], model: DetectionModel) =>
  detectPage(reportOfBlocks(blocks), model.gate, () => model) ?? offTopic();

const dataset = loadDataset();
const model = buildModel(dataset);
const seed = readFileSync(new URL('../../tests/fixtures/seed-article.txt', import.meta.url), 'utf8')
  .split(/\n+/)
  .filter(Boolean);
const cricket = [
  'Afghanistan beat Pakistan by six wickets in Sharjah',
  'Rahmanullah Gurbaz made 87 as Afghanistan chased down 241 with an over to spare in the second one-day international.',
  'Pakistan captain Babar Azam said his bowlers had let the game slip in the last ten overs of the innings.',
  'The clash between the neighbours drew a full house, and the series now stands level at one-all.',
];

describe('the seed article', () => {
  const result = analyzeBlocks(seed, model);

  it('gives a sentence said twice (its headline as title and first line) as evidence once', () => {
    const twice = analyzeBlocks([seed[0]!, ...seed], model);
    const texts = twice.events.flatMap((e) => e.evidence.map((x) => `${e.id}|${x.text}`));
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("reads the page's title as block -1, and gives its sentence where the page repeats it", () => {
    const headline = 'Pakistan launches Operation Ghazab lil-Haq after Taliban attack border posts';
    const titled = detectPage(reportOfBlocks(seed, { title: headline }), model.gate, () => model);
    const evidence = titled?.events.flatMap((e) => e.evidence) ?? [];
    expect(evidence.some((e) => e.block === -1 && e.text === headline)).toBe(true);
    // The same line as the page's first block: evidence on the page, which the reader can be shown.
    const repeated = detectPage(reportOfBlocks([headline, ...seed], { title: headline }), model.gate, () => model);
    const ofHeadline = repeated?.events.flatMap((e) => e.evidence).filter((e) => e.text === headline) ?? [];
    expect(ofHeadline.length).toBeGreaterThan(0);
    expect(ofHeadline.every((e) => e.block === 0)).toBe(true);
  });

  it('is about the border clashes, and first about the Taliban counteroffensive of 26 February 2026', () => {
    expect(result.topic).toBe(true);
    expect(result.events[0]?.id).toBe('2026-02-26-taliban-counteroffensive');
  });

  it('also names the strikes of 21–22 February, whose UN count it repeats', () => {
    expect(result.events.map((e) => e.id)).toContain('2026-02-21-nangarhar-paktika-strikes');
  });

  it("ties the page's figures to the side that gave them", () => {
    const tied = (text: string) => result.figures.find((f) => f.text.includes(text))?.agreesWith.map((a) => a.side);
    expect(tied('two Pakistani soldiers')).toEqual(['pakistan']);
    expect(tied('three others')).toEqual(['pakistan']);
    expect(tied('13 civilians')).toEqual(['un']);
  });

  it('gives evidence that points at the sentences it quotes', () => {
    for (const e of result.events[0]!.evidence) expect(seed[e.block]!.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('look-alikes and spellings', () => {
  it('stays silent on a cricket report between the two teams', () => {
    const result = analyzeBlocks(cricket, model);
    expect(result.topic).toBe(false);
    expect(result.events).toEqual([]);
  });

  it('reads the spellings the sources use: Sabiullah, Zabeehullah, Mudschahid, Ningarhar', () => {
    for (const name of ['Sabiullah Mujahid', 'Zabeehullah Mujahid', 'Sabiullah Mudschahid', 'Zabihulah Mujahid']) {
      const result = analyzeBlocks(
        [`${name} said Taliban forces captured Pakistani border posts in Ningarhar after Pakistani airstrikes.`],
        model,
      );
      expect(result.topic, name).toBe(true);
    }
  });

  it('reads names broken by soft hyphens and zero-width spaces', () => {
    const result = analyzeBlocks(
      [
        'Pakis\u00adtani air\u200bstrikes hit Nan\u200bgar\u00adhar, the Taliban said, and Afghan forces attacked border posts in Kur\u00adram.',
      ],
      model,
    );
    expect(result.topic).toBe(true);
  });

  it('detects an Urdu page through the Arabic-script names', () => {
    const result = analyzeBlocks(
      [
        'آئی ایس پی آر کے مطابق پاک افغان سرحد پر افغان طالبان کے حملے پسپا کر دیے گئے اور کرم میں جھڑپیں ہوئیں۔',
        'ذبیح اللہ مجاہد نے کہا کہ ننگرہار اور کنڑ میں پاکستانی چوکیوں پر قبضہ کر لیا گیا۔',
      ],
      model,
    );
    expect(result.topic).toBe(true);
  });

  it('leaves a TTP attack inside Pakistan alone', () => {
    const result = analyzeBlocks(
      [
        'Militants ambushed an army convoy in North Waziristan, killing six soldiers, the ISPR said.',
        'Suspicion fell on the Pakistani Taliban, known as the TTP, which Islamabad says shelters in Afghanistan.',
      ],
      model,
    );
    expect(result.topic).toBe(false);
  });

  it('returns nothing for empty or unrelated text', () => {
    expect(analyzeBlocks([], model)).toMatchObject({ topic: false, events: [] });
    expect(analyzeBlocks(['A recipe for lentil soup with cumin and lemon.'], model)).toMatchObject({ topic: false, score: 0 });
  });
});

describe('a page on a clash no event fits', () => {
  // Made up: a report dated after the dataset's last entry.
  const page = [
    'Pakistani and Afghan forces exchange fire at Torkham',
    'Pakistani and Afghan Taliban border forces exchanged fire at the Torkham crossing on Wednesday night, officials on both sides said.',
    'A Pakistani security official said two soldiers were wounded; a Taliban spokesman in Nangarhar accused Pakistan of firing first.',
  ];
  const report = reportOfBlocks(page, { published: '2026-11-20' });
  const result = detectPage(report, model.gate, () => model) ?? offTopic();

  it('shows no event and names the border places it gives, most named first, for the search', () => {
    expect(result.unknownEvent).toBe(true);
    expect(result.events).toEqual([]);
    expect(result.places).toEqual(['Torkham', 'Nangarhar']);
  });
  it('gives no places when an event is shown', () => expect(analyzeBlocks(seed, model).places).toBeUndefined());
  it('lists as closest only events begun by its publication day', () => {
    const begun = result.closest?.map((id) => model.events.find((e) => e.id === id)!.start) ?? [];
    expect(begun.length).toBeGreaterThan(0);
    expect(begun.every((start) => start <= '2026-11-20')).toBe(true);
  });
});

describe('an undated page that names a village of one clash once, at a crossing several share', () => {
  // Made up: Ghorki is the August 2024 Torkham clash's village; said once, it does not show that clash.
  const page = [
    'Afghan and Pakistani forces trade fire at Torkham',
    'Afghan Taliban and Pakistani border forces traded fire overnight near Ghorki at the Torkham crossing, officials on both sides said.',
  ];
  const result = detectPage(reportOfBlocks(page), model.gate, () => model) ?? offTopic();
  it('shows no event but puts that clash closest', () => {
    expect(result.events).toEqual([]);
    expect(result.closest?.[0]).toBe('2024-08-12-torkham-clash');
  });
  it('the place search lists it first, the rest in the search order', () => {
    const search = createDatasetSearch(dataset);
    const plain = search('Torkham').map((e) => e.id);
    const ordered = closestFirst(search('Torkham'), result.closest).map((e) => e.id);
    expect(ordered[0]).toBe('2024-08-12-torkham-clash');
    expect([...ordered].sort()).toEqual([...plain].sort());
  });
});
