import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/utils/dataset/load';
import { gradeClaim } from '@/utils/dataset/grade';
import { eventById } from '@/utils/dataset/queries';
import { fillCard } from './hover-card';

const dataset = loadDataset();
const event = eventById(dataset, '2026-02-26-taliban-counteroffensive')!;
const t = (name: string, subs?: string | string[]) => `${name}:${[subs ?? []].flat().join('|')}`;

describe('the in-page card', () => {
  it('shows each figure with its grade, as the popup does', () => {
    const card = document.createElement('div');
    fillCard(card, [event], [], t);
    const rows = [...card.querySelectorAll<HTMLElement>('.fig')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const claim = event.claims.find((c) => c.id === row.dataset.claimId)!;
      const grade = row.querySelector<HTMLElement>('.grade')!;
      expect(grade.dataset.grade).toBe(gradeClaim(claim, event).grade);
      expect(grade.textContent).toBe(`grade_${grade.dataset.grade!.replace(/-/g, '_')}:`);
    }
  });
});
