import { describe, expect, it } from 'vitest';
import { compatible, figureRange, gradeClaim, latestInSeries } from './grade';
import { loadDataset } from './load';
import type { Claim, DatasetEvent } from './types';

let n = 0;
/** A claim with harmless defaults: Pakistani soldiers killed, exact figure. */
function claim(over: Partial<Claim>): Claim {
  n += 1;
  return {
    id: `e/c${String(n).padStart(2, '0')}`,
    claimant: 'Someone',
    side: 'pakistan',
    metric: 'soldiers_killed',
    losses: 'pakistan',
    low: 1,
    high: 1,
    qualifier: 'exact',
    date: '2026-01-01',
    channel: 'statement',
    source: { publisher: 'P', url: 'https://example.org/x', date: '2026-01-01' },
    summary: 's',
    verification: { on: '2026-12-06', status: 'confirmed', checkedAt: 'https://example.org/x' },
    ...over,
  };
}
const event = (...claims: Claim[]): DatasetEvent => ({ id: 'e', title: 't', start: '2026-01-01', end: '2026-01-31', places: [], summary: 's', terms: [], claims });
const exact = (v: number) => ({ low: v, high: v, qualifier: 'exact' as const });

describe('figureRange and compatible', () => {
  it('reads qualifiers as ranges', () => {
    expect(figureRange(claim({ low: 10, high: null, qualifier: 'at-least' }))).toEqual({ lo: 10, hi: Infinity });
    expect(figureRange(claim({ low: 200, high: null, qualifier: 'more-than' }))).toEqual({ lo: 201, hi: Infinity });
    expect(figureRange(claim({ low: 55, high: 55, qualifier: 'up-to' }))).toEqual({ lo: 0, hi: 55 });
    expect(figureRange(claim({ low: 400, high: 400, qualifier: 'about' }))).toEqual({ lo: 360, hi: 440 });
    expect(figureRange(claim({ low: null, high: null, qualifier: 'none-given', figureText: 'heavy losses' }))).toBeNull();
    expect(figureRange(claim({ metric: 'statement', losses: 'none', low: null, high: null, qualifier: 'none-given' }))).toBeNull();
  });
  it('finds two figures compatible when one number satisfies both', () => {
    expect(compatible(claim({ low: 400, high: 400, qualifier: 'about' }), claim(exact(408)))).toBe(true);
    expect(compatible(claim({ low: 400, high: 400, qualifier: 'about' }), claim(exact(450)))).toBe(false);
    expect(compatible(claim({ low: null, high: null, qualifier: 'several' }), claim(exact(0)))).toBe(false);
    expect(compatible(claim({ low: null, high: null, qualifier: 'dozens' }), claim(exact(30)))).toBe(true);
    expect(compatible(claim({ low: null, high: null, qualifier: 'none-given', figureText: 'x' }), claim(exact(3)))).toBeNull();
  });
});

describe('gradeClaim', () => {
  it('is single-source when nobody else gives the metric', () => {
    const a = claim({});
    const other = claim({ side: 'afghan-taliban', claimant: 'Mujahid', metric: 'soldiers_wounded', ...exact(9) });
    expect(gradeClaim(a, event(a, other))).toEqual({ grade: 'single-source', by: [] });
  });
  it('is confirmed when the other side gives a compatible figure for the same metric and losses', () => {
    const a = claim({ ...exact(2) });
    const b = claim({ side: 'afghan-taliban', claimant: 'Mujahid', low: 2, high: null, qualifier: 'at-least' });
    expect(gradeClaim(a, event(a, b))).toEqual({ grade: 'confirmed', by: [b.id] });
  });
  it('ignores figures for other losses or other metrics', () => {
    const a = claim({ ...exact(2) });
    const b = claim({ side: 'afghan-taliban', claimant: 'Mujahid', losses: 'afghanistan', ...exact(50) });
    expect(gradeClaim(a, event(a, b)).grade).toBe('single-source');
  });
  it('is corroborated when an independent or UN count is compatible', () => {
    const a = claim({ side: 'afghan-taliban', claimant: 'Mujahid', metric: 'civilians_killed', losses: 'civilians-afghanistan', ...exact(46) });
    const u = claim({ side: 'un', claimant: 'UNAMA', metric: 'civilians_killed', losses: 'civilians-afghanistan', low: null, high: null, qualifier: 'dozens' });
    expect(gradeClaim(a, event(a, u))).toEqual({ grade: 'corroborated', by: [u.id] });
  });
  it('does not let the same side corroborate or confirm', () => {
    const a = claim({ ...exact(12) });
    const b = claim({ claimant: 'Other Pakistani', ...exact(12) });
    expect(gradeClaim(a, event(a, b)).grade).toBe('single-source');
  });
  it('is contested when the other side gives an incompatible figure', () => {
    const a = claim({ ...exact(2) });
    const b = claim({ side: 'afghan-taliban', claimant: 'MoND', ...exact(55) });
    expect(gradeClaim(a, event(a, b))).toEqual({ grade: 'contested', by: [b.id] });
    expect(gradeClaim(b, event(a, b))).toEqual({ grade: 'contested', by: [a.id] });
  });
  it('is contested when an independent count is incompatible', () => {
    const a = claim({ side: 'afghan-taliban', claimant: 'Haqmal', metric: 'civilians_killed', losses: 'civilians-afghanistan', ...exact(15) });
    const h = claim({ side: 'independent', claimant: 'Hospital', metric: 'civilians_killed', losses: 'civilians-afghanistan', ...exact(29) });
    expect(gradeClaim(a, event(a, h))).toEqual({ grade: 'contested', by: [h.id] });
  });
  it('is contested when the other side explicitly denies without a number', () => {
    const a = claim({ side: 'afghan-taliban', claimant: 'Mujahid', ...exact(58) });
    const d = claim({ claimant: 'Official', low: null, high: null, qualifier: 'none-given', figureText: 'Taliban figure rejected as exaggerated' });
    const vague = claim({ claimant: 'Official 2', low: null, high: null, qualifier: 'none-given', figureText: 'heavy losses' });
    expect(gradeClaim(a, event(a, d, vague))).toEqual({ grade: 'contested', by: [d.id] });
  });
  it('prefers contested over confirmed', () => {
    const a = claim({ ...exact(2) });
    const yes = claim({ side: 'afghan-taliban', claimant: 'A', low: 1, high: null, qualifier: 'at-least' });
    const no = claim({ side: 'afghan-taliban', claimant: 'B', ...exact(55) });
    expect(gradeClaim(a, event(a, yes, no))).toEqual({ grade: 'contested', by: [no.id] });
  });
  it('is revised when the same claimant later gives the same metric and losses, and that wins over contested', () => {
    const early = claim({ claimant: 'Tarar', losses: 'afghanistan', ...exact(133), date: '2026-01-02' });
    const late = claim({ claimant: 'Tarar', losses: 'afghanistan', ...exact(297), date: '2026-01-03' });
    const rival = claim({ side: 'afghan-taliban', claimant: 'Khwarazmi', losses: 'afghanistan', ...exact(28), date: '2026-01-04' });
    const ev = event(early, late, rival);
    expect(gradeClaim(early, ev)).toEqual({ grade: 'revised', by: [late.id] });
    expect(gradeClaim(late, ev)).toEqual({ grade: 'contested', by: [rival.id] });
  });
  it('orders same-day points only inside one series', () => {
    const a = claim({ claimant: 'Tarar', series: 's', ...exact(297), date: '2026-01-03' });
    const b = claim({ claimant: 'Tarar', series: 's', ...exact(331), date: '2026-01-03' });
    const c = claim({ claimant: 'AFP', side: 'independent', metric: 'bodies_seen', losses: 'civilians-afghanistan', ...exact(30), date: '2026-01-03' });
    const d = claim({ claimant: 'AFP', side: 'independent', metric: 'bodies_seen', losses: 'civilians-afghanistan', ...exact(65), date: '2026-01-03' });
    const ev = event(a, b, c, d);
    expect(gradeClaim(a, ev)).toEqual({ grade: 'revised', by: [b.id] });
    expect(gradeClaim(c, ev).grade).toBe('single-source');
  });
  it('does not let a figure outside a series revise a point of it', () => {
    const total = claim({ claimant: 'Khwarazmi', series: 'cumulative', low: 150, high: null, qualifier: 'more-than', date: '2026-01-03' });
    const outpost = claim({ claimant: 'Khwarazmi', ...exact(30), date: '2026-01-06' });
    expect(gradeClaim(total, event(total, outpost)).grade).toBe('single-source');
  });
  it('never compares a sub-total with the aggregate that contains it', () => {
    const agg = claim({ side: 'un', claimant: 'UNAMA', metric: 'civilians_killed', losses: 'civilians-afghanistan', low: 70, high: null, qualifier: 'at-least' });
    const part = claim({ side: 'independent', claimant: 'Local', metric: 'civilians_killed', losses: 'civilians-afghanistan', ...exact(35), within: agg.id });
    agg.contains = [part.id];
    expect(gradeClaim(part, event(agg, part)).grade).toBe('single-source');
    expect(gradeClaim(agg, event(agg, part)).grade).toBe('single-source');
  });
  it("compares one observer's bodies seen with nobody else's", () => {
    const afp = claim({ side: 'independent', claimant: 'AFP', metric: 'bodies_seen', losses: 'civilians-afghanistan', low: 30, high: null, qualifier: 'at-least' });
    const ngo = claim({ side: 'independent', claimant: 'Emergency', metric: 'bodies_seen', losses: 'civilians-afghanistan', ...exact(3) });
    expect(gradeClaim(ngo, event(afp, ngo)).grade).toBe('single-source');
  });
});

describe('latestInSeries', () => {
  it('keeps the newest point of each claimant, metric and losses, newest first', () => {
    const t1 = claim({ claimant: 'Tarar', ...exact(133), date: '2026-01-02' });
    const t2 = claim({ claimant: 'Tarar', ...exact(297), date: '2026-01-05' });
    const w = claim({ claimant: 'Tarar', metric: 'soldiers_wounded', ...exact(200), date: '2026-01-02' });
    const k = claim({ claimant: 'Khwarazmi', side: 'afghan-taliban', ...exact(28), date: '2026-01-04' });
    expect(latestInSeries([t1, t2, w, k]).map((c) => c.id)).toEqual([t2.id, k.id, w.id]);
  });
  it('keeps two same-day figures that are not one series', () => {
    const a = claim({ claimant: 'AFP', ...exact(30) });
    const b = claim({ claimant: 'AFP', ...exact(65) });
    expect(latestInSeries([a, b])).toHaveLength(2);
  });
});

describe('grades of the real dataset', () => {
  const d = loadDataset();
  const gz = d.events.find((e) => e.id === '2026-02-27-operation-ghazab-lil-haq')!;
  const get = (id: string) => gz.claims.find((c) => c.id === `${gz.id}/${id}`)!;
  it("marks Tarar's earlier tallies revised and his latest contested by Kabul's count", () => {
    expect(gradeClaim(get('c28'), gz).grade).toBe('revised'); // 133 on 27 Feb
    expect(gradeClaim(get('c11'), gz)).toMatchObject({ grade: 'contested', by: expect.arrayContaining([`${gz.id}/c12`]) });
  });
  it("shows one latest point of UNAMA's civilian tally", () => {
    const unama = latestInSeries(gz.claims.filter((c) => c.claimant === 'UNAMA' && c.metric === 'civilians_killed'));
    expect(unama.map((c) => c.low)).toEqual([75]);
  });
  it('gives every claim a grade and names its evidence unless single-source', () => {
    for (const e of d.events) {
      for (const c of e.claims) {
        const g = gradeClaim(c, e);
        expect(g.by.length === 0).toBe(g.grade === 'single-source');
        for (const id of g.by) expect(e.claims.some((x) => x.id === id)).toBe(true);
      }
    }
  });
});
