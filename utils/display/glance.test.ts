import { describe, expect, test } from 'vitest';
import { loadDataset } from '../dataset/load';
import { eventById } from '../dataset/queries';
import type { PageFigure } from '../detect/types';
import { disputedLines, gapOf, pageFigureLines } from './glance';
import { ageInDays, dateRange, eventIdOfClaim, shortClaimant, showsLosses, withoutFragment } from './rules';

const dataset = loadDataset();
const counteroffensive = eventById(dataset, '2026-02-26-taliban-counteroffensive')!;
const figure = (text: string, value: number, extra: Partial<PageFigure>): PageFigure => ({
  text,
  value,
  qualifier: 'exact',
  block: 1,
  start: 0,
  end: text.length,
  agreesWith: [],
  ...extra,
});

describe('pageFigureLines', () => {
  test("the seed's story: Pakistan's 2 soldiers against the Taliban's 55, 27 times apart", () => {
    const lines = pageFigureLines(counteroffensive, [
      figure('two Pakistani soldiers', 2, {
        metric: 'soldiers_killed',
        losses: 'pakistan',
        agreesWith: [{ claimId: `${counteroffensive.id}/c07`, side: 'pakistan' }],
      }),
      figure('55 Pakistani soldiers', 55, {
        start: 40,
        metric: 'soldiers_killed',
        losses: 'pakistan',
        agreesWith: [{ claimId: `${counteroffensive.id}/c11`, side: 'afghan-taliban' }],
      }),
    ]);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line!.own!.claim.claimant).toBe('Attaullah Tarar');
    expect(line!.others.map((o) => [o.column, o.claim.low, o.onPage])).toEqual([['afghan-taliban', 55, true]]);
    expect(line!.gap).toEqual({ high: 55, low: 2, ratio: 27 });
  });
  test('a figure nobody claimed is kept, with no claimant', () => {
    const [line] = pageFigureLines(counteroffensive, [
      figure('40 Pakistani soldiers', 40, { metric: 'soldiers_killed', losses: 'pakistan' }),
    ]);
    expect(line!.own).toBeUndefined();
    expect(line!.others.length).toBeGreaterThan(0);
  });
  test('figures of another event are left to that event', () => {
    expect(pageFigureLines(counteroffensive, [figure('13', 13, { agreesWith: [{ claimId: 'other-event/c01', side: 'un' }] })])).toEqual([]);
  });
});

describe('disputedLines', () => {
  test('at most three, widest gap first, each with two sides or more', () => {
    for (const event of dataset.events) {
      const lines = disputedLines(event);
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const l of lines) if (l.gap) expect(l.others.length).toBeGreaterThanOrEqual(2);
      // Every event with a number shows at least one line.
      const numeric = event.claims.some((c) => c.metric !== 'statement' && c.low !== null && c.side !== 'other');
      expect(lines.length > 0).toBe(numeric);
    }
  });
});

describe('display rules', () => {
  test('gaps are rounded down, never overstated', () => {
    expect(gapOf([55, 2])).toEqual({ high: 55, low: 2, ratio: 27 });
    expect(gapOf([5, 2])).toEqual({ high: 5, low: 2, ratio: 2.5 });
    expect(gapOf([3, 0])).toEqual({ high: 3, low: 0 });
    expect(gapOf([3, 3])).toBeUndefined();
  });
  test('short claimants keep the name and drop the aside', () => {
    expect(shortClaimant('Afghan Ministry of National Defence')).toBe('Afghan MoD');
    expect(shortClaimant('ISPR (Inter-Services Public Relations)')).toBe('ISPR');
    expect(shortClaimant('Pakistani security sources (via Dawn)')).toBe('Pakistani security sources');
    expect(shortClaimant('TOLOnews security sources / Afghan MoD')).toBe('TOLOnews security sources');
    expect(shortClaimant('Attaullah Tarar')).toBe('Attaullah Tarar');
    for (const e of dataset.events) for (const c of e.claims) expect(shortClaimant(c.claimant).length).toBeLessThanOrEqual(28);
  });
  test('dates, ids, urls, ages, losses', () => {
    expect(dateRange({ start: '2026-02-26', end: '2026-02-27' })).toBe('2026-02-26 – 2026-02-27');
    expect(dateRange({ start: '2026-02-26', end: '2026-02-26' })).toBe('2026-02-26');
    expect(eventIdOfClaim('2026-02-26-taliban-counteroffensive/c07')).toBe('2026-02-26-taliban-counteroffensive');
    expect(withoutFragment('https://a.example/x?y=1#z')).toBe('https://a.example/x?y=1');
    expect(ageInDays('2026-03-18', new Date('2026-12-06T03:00:00Z'))).toBe(263);
    expect(showsLosses('militants')).toBe(false);
    expect(showsLosses('pakistan')).toBe(true);
  });
});
