// @vitest-environment node
// The bonus for one claimant's killed and wounded counts both repeated is for a pair with a small count in it: two
// large counts already tie the page by the rule for large counts, and get nothing more for coming from one claimant.
import { describe, expect, it } from 'vitest';
import type { Claim, DatasetEvent } from '../dataset/types';
import { loadDataset } from '../dataset/load';
import { buildModel } from './analyze';
import type { FigureOnPage } from './figures';
import { scoreEvents } from './score-events';

const dataset = loadDataset();
const model = buildModel(dataset);
const base = dataset.events.find((e) => e.id === '2025-12-05-chaman-spin-boldak-firing')!;
const keys = model.eventKeys.get(base.id)!;

/** The event, renamed, with civilians killed and wounded counted by the claimants given. */
function withCounts(id: string, [killedBy, killed]: [string, number], [woundedBy, wounded]: [string, number]): DatasetEvent {
  const [k, w] = base.claims as [Claim, Claim];
  return {
    ...base,
    id,
    claims: [
      { ...k, id: `${id}/c01`, claimant: killedBy, low: killed, high: null, qualifier: 'exact' },
      { ...w, id: `${id}/c02`, claimant: woundedBy, low: wounded, high: null, qualifier: 'exact' },
    ],
  };
}

const figure = (value: number, metric: 'civilians_killed' | 'civilians_wounded'): FigureOnPage => ({
  text: String(value),
  value,
  qualifier: 'exact',
  metric,
  losses: 'civilians-afghanistan',
  block: 0,
  start: 0,
  end: 1,
});

function scores(killed: number, wounded: number): { oneClaimant: number; twoClaimants: number } {
  const one = withCounts('one-claimant', ['Governor', killed], ['Governor', wounded]);
  const two = withCounts('two-claimants', ['Governor', killed], ['Hospital', wounded]);
  const place = new Set([keys[0]!.key]);
  const scored = scoreEvents(
    [one, two],
    new Map([
      [one.id, keys],
      [two.id, keys],
    ]),
    {
      keyHits: new Map([
        [one.id, place],
        [two.id, place],
      ]),
      dates: [],
      figures: [figure(killed, 'civilians_killed'), figure(wounded, 'civilians_wounded')],
    },
  );
  const raw = (id: string) => scored.find((s) => s.event.id === id)!.raw;
  return { oneClaimant: raw(one.id), twoClaimants: raw(two.id) };
}

describe("one claimant's killed and wounded counts", () => {
  it('score more than the same counts from two claimants when one of them is small', () => {
    const { oneClaimant, twoClaimants } = scores(4, 3);
    expect(oneClaimant).toBeGreaterThan(twoClaimants);
  });
  it('score the same as from two claimants when both are large', () => {
    const { oneClaimant, twoClaimants } = scores(12, 20);
    expect(oneClaimant).toBe(twoClaimants);
  });
});
