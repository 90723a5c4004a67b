import { describe, expect, it } from 'vitest';
import { exportDataset, loadDataset } from './load';

describe('exportDataset', () => {
  const exported = (id: string) => exportDataset(loadDataset()).events.find((e) => e.id === id)!;
  it('gives the crossings an event closed, and the flag read from them', () => {
    expect(exported('2024-09-19-ghulam-khan-clash')).toMatchObject({ closedCrossings: ['Ghulam Khan'], closesCrossing: true });
  });
  it('gives no crossings and no flag when no source says the event closed one', () => {
    expect(exported('2022-04-khost-kunar-strikes')).toMatchObject({ closedCrossings: [], closesCrossing: false });
  });
});
