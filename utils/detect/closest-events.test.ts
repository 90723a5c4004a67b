// @vitest-environment node
// The order of a silent page's list (closest-events.ts): made-up pages that no event fits, each with the tie-break
// that puts the likelier event where the reader sees it. Written for these tests, not taken from any page.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { closestFirst, createDatasetSearch } from '../dataset/search';
import { buildModel } from './analyze';
import { detectPage, offTopic, reportOfBlocks } from './detect-page';

const dataset = loadDataset();
const model = buildModel(dataset);
const search = createDatasetSearch(dataset);
const silent = (blocks: readonly string[]) => {
  const result = detectPage(reportOfBlocks(blocks), model.gate, () => model) ?? offTopic();
  expect(result.unknownEvent).toBe(true);
  return result;
};
/** The first three events the popup lists for the first place it offers. */
const firstThree = (result: { places?: string[]; closest?: string[] }) =>
  closestFirst(search(result.places![0]!), result.closest)
    .slice(0, 3)
    .map((e) => e.id);

describe('a page naming Kabul more often than the province the strikes hit', () => {
  const result = silent([
    'Pakistani jets strike Paktika, Kabul says',
    'Kabul said Pakistani aircraft bombed homes in Paktika overnight and at least eight people were killed.',
    'Kabul summoned the Pakistani envoy, and officials in Kabul warned of a response.',
  ]);
  it('offers the province first: Kabul says no where on the border, and the closest event is not at it', () => {
    expect(result.closest?.[0]).toBe('2024-03-khost-paktika-strikes');
    expect(result.places).toEqual(['Paktika', 'Kabul']);
    expect(firstThree(result)).toContain('2024-03-khost-paktika-strikes');
  });
});

describe('a page on strikes on Kabul that names a crossing once', () => {
  const result = silent([
    'Strikes on Kabul',
    'Pakistani aircraft struck targets in Kabul overnight, the Taliban government in Kabul said.',
    'Later the Torkham crossing was closed.',
  ]);
  it('still offers Kabul first: the closest event is at it', () => {
    expect(result.places).toEqual(['Kabul', 'Torkham']);
    expect(firstThree(result)).toContain('2025-10-kabul-strike');
  });
});

describe('a page on blasts in Kabul that gives a small count', () => {
  // Five dead is a count of the November 2022 Chaman firing too; the page names none of its places.
  const result = silent([
    'Blasts in Kabul after Pakistani strikes',
    'Two blasts shook Kabul on Wednesday night after what Pakistan called precision strikes.',
    'A Kabul hospital said five people were dead and forty wounded.',
  ]);
  it('lists the events at the place it names before one tied only by that count', () => {
    const ids = result.closest ?? [];
    expect(ids).toContain('2022-11-13-chaman-firing');
    expect(ids.indexOf('2022-11-13-chaman-firing')).toBeGreaterThan(ids.indexOf('2025-10-kabul-strike'));
    expect(firstThree(result)).not.toContain('2022-11-13-chaman-firing');
  });
});

// A weekday outside the clash's days keeps the page silent (round 25U ties it otherwise): the list still offers it first.
describe('a page on shelling at a crossing while a round of talks it names was held', () => {
  const result = silent([
    'Shelling in Spin Boldak during talks',
    'Pakistani forces shelled homes in Spin Boldak on Tuesday while the delegations met in Istanbul, Taliban officials said.',
    'Two people were killed and three wounded.',
  ]);
  it('lists first the clash at that crossing during the round, before older clashes there', () => {
    expect(result.closest?.[0]).toBe('2025-11-06-chaman-firing-istanbul-talks');
    expect(firstThree(result)[0]).toBe('2025-11-06-chaman-firing-istanbul-talks');
  });
});
