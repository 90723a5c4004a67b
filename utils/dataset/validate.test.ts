import { describe, expect, it } from 'vitest';
import claimsFile from '../../assets/claims.json';
import { loadDataset } from './load';
import type { Claim, DatasetEvent } from './types';
import { validateDataset } from './validate';

type Data = { version: string; asOf: string; events: DatasetEvent[]; terms?: unknown[] };

/** A fresh deep copy of the real claims file. */
const good = (): Data => structuredClone(claimsFile) as unknown as Data;
const byId = (d: Data, id: string) => d.events.find((e) => e.id === id)!;
/** The first fact-sheet event (2022-04-15..17; its claims are all from the Afghan side but one) and its first claim. */
const firstEvent = (d: Data): DatasetEvent => byId(d, '2022-04-khost-kunar-strikes');
const firstClaim = (d: Data): Claim => firstEvent(d).claims[0]!;

/** Applies a mutation to a copy and returns the errors. */
function errorsAfter(mutate: (d: Data) => void): string[] {
  const d = good();
  mutate(d);
  return validateDataset(d);
}

describe('the real dataset', () => {
  it('validates with its terms', () => {
    expect(validateDataset(loadDataset())).toEqual([]);
  });
  it('validates as the bare claims file', () => {
    expect(validateDataset(good())).toEqual([]);
  });
  it('has at least the 21 fact-sheet events, sorted by start date', () => {
    const d = good();
    expect(d.events.length).toBeGreaterThanOrEqual(21);
    const starts = d.events.map((e) => e.start);
    expect([...starts].sort()).toEqual(starts);
  });
});

describe('seed event and key claims', () => {
  const d = good();
  const seed = byId(d, '2026-02-26-taliban-counteroffensive');
  const tarar = seed.claims.filter((c) => c.claimant === 'Attaullah Tarar');

  it('holds Tarar: 2 Pakistani soldiers killed on 2026-02-26', () => {
    const c = tarar.find((x) => x.metric === 'soldiers_killed');
    expect(c).toMatchObject({ side: 'pakistan', losses: 'pakistan', low: 2, high: 2, qualifier: 'exact', date: '2026-02-26' });
  });
  it('holds Tarar: 3 Pakistani soldiers wounded on 2026-02-26', () => {
    const c = tarar.find((x) => x.metric === 'soldiers_wounded');
    expect(c).toMatchObject({ side: 'pakistan', losses: 'pakistan', low: 3, date: '2026-02-26' });
  });
  it("holds Mujahid's claims of bases taken and soldiers killed or captured", () => {
    const muj = seed.claims.filter((c) => c.claimant === 'Zabihullah Mujahid');
    expect(muj.some((c) => c.metric === 'posts_captured' && c.qualifier === 'several')).toBe(true);
    expect(muj.some((c) => c.metric === 'soldiers_killed_or_captured')).toBe(true);
  });
  it('holds UNAMA: 13 civilians killed in the 2026-02-21 event', () => {
    const ev = byId(d, '2026-02-21-nangarhar-paktika-strikes');
    const c = ev.claims.find((x) => x.claimant === 'UNAMA' && x.metric === 'civilians_killed');
    expect(c).toMatchObject({ side: 'un', losses: 'civilians-afghanistan', low: 13 });
  });
  it("keeps Tarar's Ghazab lil-Haq tally as one rising series", () => {
    const ev = byId(d, '2026-02-27-operation-ghazab-lil-haq');
    // Dated order (ids follow entry order, not date order: the 27 Feb point joined later).
    const s = ev.claims
      .filter((c) => c.series === 'tarar-ghazab-afghan-killed')
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    expect(s.length).toBeGreaterThanOrEqual(8);
    expect(s[0]).toMatchObject({ low: 133, date: '2026-02-27' });
    const lows = s.map((c) => c.low!);
    expect([...lows].sort((a, b) => a - b)).toEqual(lows);
  });
});

describe('the issue-16 corrections hold', () => {
  const d = good();
  const all = d.events.flatMap((e) => e.claims);
  it('files every TOLOnews report citing unnamed sources as independent', () => {
    const tolo = all.filter((c) => c.claimant.startsWith('TOLOnews'));
    expect(tolo.length).toBeGreaterThanOrEqual(3);
    expect(new Set(tolo.map((c) => c.side))).toEqual(new Set(['independent']));
  });
  it('keeps no relayed copy of a statement as a claim of its own', () => {
    expect(all.some((c) => c.claimant === 'Reuters-based summary')).toBe(false);
    const barmal = byId(d, '2024-12-barmal-strikes').claims.filter((c) => c.low === 46);
    expect(barmal).toHaveLength(1);
    expect(barmal[0]!.repeatedBy?.[0]?.claimant).toBe('Zabihullah Mujahid');
  });
  it('holds no derived sum of bodies for the Kabul hospital', () => {
    const bodies = byId(d, '2026-03-16-kabul-hospital-strike').claims.filter((c) => c.metric === 'bodies_seen');
    expect(bodies.map((c) => c.low).sort((a, b) => a! - b!)).toEqual([3, 30, 65]);
  });
  it("puts Pakistan's 27 Feb tally in Ghazab lil-Haq with both possible spokesmen", () => {
    const c = byId(d, '2026-02-27-operation-ghazab-lil-haq').claims.find((x) => x.low === 133)!;
    expect(c).toMatchObject({ claimant: 'Attaullah Tarar', series: 'tarar-ghazab-afghan-killed' });
    expect(c.repeatedBy?.map((r) => r.claimant)).toEqual(['Mosharraf Zaidi']);
    expect(byId(d, '2026-02-26-taliban-counteroffensive').claims.some((x) => x.low === 133)).toBe(false);
  });
  it('links the UNAMA quarterly sub-totals to their aggregate', () => {
    const agg = all.find((c) => c.id === '2025-q4-unama-count/c01')!;
    expect(agg.contains).toHaveLength(4);
    for (const id of agg.contains!) expect(all.find((c) => c.id === id)!.within).toBe(agg.id);
  });
  it("holds the 11 Dec 2022 Chaman figures of both sides and DG ISPR's 27 wounded", () => {
    const chaman = byId(d, '2022-12-chaman-shelling').claims.filter((c) => c.date === '2022-12-11');
    expect(new Set(chaman.map((c) => c.side))).toEqual(new Set(['pakistan', 'afghan-taliban']));
    expect(all.some((c) => c.claimant === 'Lt Gen Ahmed Sharif Chaudhry' && c.metric === 'soldiers_wounded' && c.low === 27)).toBe(true);
  });
});

describe('rejections', () => {
  const expectError = (mutate: (d: Data) => void, pattern: RegExp) => {
    const errors = errorsAfter(mutate);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(pattern);
  };

  it('rejects a non-object', () => {
    expect(validateDataset(null)).not.toEqual([]);
    expect(validateDataset([])).not.toEqual([]);
  });
  it('rejects a missing field', () => {
    expectError((d) => delete (firstClaim(d) as Partial<Claim>).claimant, /claimant/);
    expectError((d) => delete (firstEvent(d) as Partial<DatasetEvent>).title, /title/);
    expectError((d) => delete (firstClaim(d) as Partial<Claim>).verification, /verification/);
    expectError((d) => delete (firstClaim(d) as Partial<Claim>).low, /"low"/);
  });
  it('rejects an ill-typed field', () => {
    expectError((d) => ((firstClaim(d) as unknown as Record<string, unknown>).low = '41'), /"low"/);
    expectError((d) => ((firstEvent(d) as unknown as Record<string, unknown>).places = 'Khost'), /places/);
    expectError((d) => ((firstEvent(d) as unknown as Record<string, unknown>).oneSided = 'yes'), /oneSided/);
    expectError((d) => ((firstEvent(d) as unknown as Record<string, unknown>).closesCrossing = 1), /closesCrossing/);
    expectError((d) => ((firstClaim(d) as unknown as Record<string, unknown>).low = 2.5), /"low"/);
  });
  it('accepts the crossings an event closed and rejects bad ones', () => {
    const crossings = (v: unknown) => (d: Data) => ((firstEvent(d) as unknown as Record<string, unknown>).closedCrossings = v);
    expect(errorsAfter(crossings(['Torkham', 'Ghulam Khan']))).toEqual([]);
    expectError(crossings('Torkham'), /closedCrossings/);
    expectError(crossings([]), /closedCrossings/);
    expectError(crossings(['torkham']), /closedCrossings/);
    expectError(crossings(['Spin Boldak']), /closedCrossings/);
    expectError(crossings(['Chaman', 'Chaman']), /twice/);
    expectError((d) => ((firstEvent(d) as unknown as Record<string, unknown>).closesCrossing = true), /closesCrossing/);
  });
  it('rejects a source URL that is not http(s)', () => {
    expectError((d) => (firstClaim(d).source.url = 'ftp://example.com/x'), /http/);
    expectError((d) => (firstClaim(d).source.url = 'javascript:alert(1)'), /http/);
    expectError((d) => (firstClaim(d).source.url = 'not a url'), /http/);
  });
  it('rejects a claim dated before the event starts (the event must cover it)', () => {
    expectError((d) => (firstClaim(d).date = '2022-04-14'), /does not cover the claim date 2022-04-14: it is before the start/);
  });
  it('accepts claims on the first and last day of the event', () => {
    const d = good();
    firstEvent(d).claims[0]!.date = '2022-04-15';
    firstEvent(d).claims[1]!.date = '2022-04-17';
    expect(validateDataset(d)).toEqual([]);
  });
  it('rejects a claim dated after the event ends unless marked retrospective', () => {
    expectError((d) => (firstClaim(d).date = '2022-04-18'), /does not cover the claim date 2022-04-18/);
    const d = good();
    firstClaim(d).date = '2022-08-16';
    firstClaim(d).retrospective = true;
    expect(validateDataset(d)).toEqual([]);
  });
  it('rejects "retrospective" on a claim dated inside its event', () => {
    expectError((d) => (firstClaim(d).retrospective = true), /retrospective" but dated inside the event/);
  });
  it('rejects an unknown metric, side, losses or qualifier', () => {
    expectError((d) => ((firstClaim(d) as unknown as Record<string, unknown>).metric = 'pakistani_soldiers_killed'), /unknown metric/);
    expectError((d) => ((firstClaim(d) as unknown as Record<string, unknown>).side = 'taliban'), /unknown side/);
    expectError((d) => ((firstClaim(d) as unknown as Record<string, unknown>).losses = 'afghan'), /unknown losses/);
    expectError((d) => ((firstClaim(d) as unknown as Record<string, unknown>).qualifier = 'approx'), /unknown qualifier/);
  });
  it('rejects duplicate event ids', () => {
    expectError((d) => (byId(d, '2022-12-chaman-shelling').id = firstEvent(d).id), /duplicate event id/);
  });
  it('rejects duplicate claim ids', () => {
    expectError((d) => (firstEvent(d).claims[1]!.id = firstEvent(d).claims[0]!.id), /duplicate claim id/);
  });
  it('rejects low > high', () => {
    expectError((d) => Object.assign(firstClaim(d), { qualifier: 'range', low: 20, high: 15 }), /low 20 > high 15/);
  });
  it('rejects exact with low != high', () => {
    expectError((d) => Object.assign(firstClaim(d), { qualifier: 'exact', low: 41, high: 42 }), /exact/);
  });
  it('rejects a numeric qualifier with a null low', () => {
    for (const q of ['exact', 'at-least', 'more-than', 'about', 'up-to', 'range'] as const) {
      expectError((d) => Object.assign(firstClaim(d), { qualifier: q, low: null, high: null }), /needs a number/);
    }
  });
  it('rejects a word qualifier with a number', () => {
    for (const q of ['several', 'dozens', 'hundreds', 'none-given'] as const) {
      expectError((d) => Object.assign(firstClaim(d), { qualifier: q, low: 12, high: 12, figureText: 'x' }), /is a word/);
    }
  });
  it('rejects an event with claims from one side that is not marked oneSided', () => {
    expectError((d) => {
      const ev = firstEvent(d);
      for (const c of ev.claims) c.side = 'afghan-taliban';
      ev.oneSided = false;
    }, /one side/);
    expectError((d) => delete byId(d, '2025-q4-unama-count').oneSided, /one side/);
  });
  it('rejects oneSided on an event with several sides', () => {
    expectError((d) => (firstEvent(d).oneSided = true), /oneSided/);
  });
  it('rejects an empty summary', () => {
    expectError((d) => (firstEvent(d).summary = '  '), /summary/);
    expectError((d) => (firstClaim(d).summary = ''), /summary/);
  });
  it('rejects dates not written YYYY-MM-DD', () => {
    expectError((d) => (firstClaim(d).date = '2022-04'), /YYYY-MM-DD/);
    expectError((d) => (firstClaim(d).date = '17/04/2022'), /YYYY-MM-DD/);
    expectError((d) => (firstClaim(d).source.date = '2022-4-17'), /YYYY-MM-DD/);
    expectError((d) => (firstEvent(d).start = '2022-02-30'), /YYYY-MM-DD/);
    expectError((d) => (firstClaim(d).verification.on = 'today'), /YYYY-MM-DD/);
    expectError((d) => (d.asOf = '18 March 2026'), /YYYY-MM-DD/);
  });
  it('rejects a statement that carries a number or lacks figureText', () => {
    expectError((d) => Object.assign(firstClaim(d), { metric: 'statement', qualifier: 'exact', low: 1, high: 1 }), /statement/);
    expectError((d) => {
      const c = d.events.flatMap((e) => e.claims).find((x) => x.metric === 'statement')!;
      delete c.figureText;
    }, /figureText/);
  });
  it('rejects a claim id outside its event, unsorted events and bad verification', () => {
    expectError((d) => (firstClaim(d).id = 'other-event/c01'), /must start with its event id/);
    expectError((d) => d.events.reverse(), /not sorted/);
    expectError((d) => ((firstClaim(d).verification as unknown as Record<string, unknown>).status = 'ok'), /verification status/);
  });
});

describe('issue 16 rules', () => {
  const expectError = (mutate: (d: Data) => void, pattern: RegExp) => {
    const errors = errorsAfter(mutate);
    expect(errors.join('\n')).toMatch(pattern);
  };
  const claimById = (d: Data, id: string) => d.events.flatMap((e) => e.claims).find((c) => c.id === id)!;

  it('refuses a derived figure: no claimant, a claimant that is us, or a sum', () => {
    expectError((d) => (firstClaim(d).claimant = ''), /derived figure: no claimant/);
    expectError((d) => (firstClaim(d).claimant = 'Derived (sum of AFP counts)'), /derived figure: no claimant/);
    expectError((d) => (firstClaim(d).figureText = '30 + 65 bodies'), /derived figure: figureText adds numbers up/);
  });
  it("refuses a side that contradicts the claimant's side elsewhere", () => {
    expectError((d) => {
      const c = d.events.flatMap((e) => e.claims).filter((x) => x.claimant === 'Zabihullah Mujahid')[1]!;
      c.side = 'independent';
    }, /side "independent" contradicts claimant "Zabihullah Mujahid"/);
    // The outlet in brackets does not make another claimant.
    expectError((d) => {
      const c = d.events.flatMap((e) => e.claims).find((x) => x.claimant.startsWith('TOLOnews'))!;
      c.claimant = 'TOLOnews (officials)';
      c.side = 'afghan-taliban';
    }, /contradicts claimant "TOLOnews/);
  });
  it("refuses a repeat whose side contradicts the claimant's side", () => {
    expectError((d) => {
      const c = d.events.flatMap((e) => e.claims).find((x) => x.repeatedBy)!;
      c.repeatedBy![0]!.side = 'pakistan';
    }, /repeatedBy.*contradicts/);
  });
  it('refuses an event whose dates do not cover its claims', () => {
    expectError(
      (d) => (byId(d, '2022-12-chaman-shelling').start = '2022-12-12'),
      /2022-12-chaman-shelling \(2022-12-12\.\.2022-12-15\) does not cover/,
    );
    expectError((d) => (byId(d, '2022-12-chaman-shelling').end = '2022-12-14'), /does not cover the claim date 2022-12-15/);
  });
  it('refuses a duplicate statement in one event', () => {
    expectError((d) => {
      const e = firstEvent(d);
      e.claims.push({ ...structuredClone(e.claims[0]!), id: `${e.id}/c99` });
    }, /duplicate statement: same claimant, metric, losses, figure and date as 2022-04-khost-kunar-strikes\/c01/);
    // Same claimant and figure on another day is a new statement, not a duplicate.
    const d = good();
    const e = firstEvent(d);
    e.claims.push({ ...structuredClone(e.claims[0]!), id: `${e.id}/c99`, date: '2022-04-16' });
    expect(validateDataset(d)).toEqual([]);
  });
  it('refuses an unchecked source', () => {
    expectError((d) => delete (firstClaim(d) as Partial<Claim>).verification, /unchecked source: no "verification" record/);
    expectError((d) => {
      const v = firstClaim(d).verification;
      v.status = 'not-refound';
      delete v.checkedAt;
      delete v.note;
    }, /unchecked source: a not-refound claim needs a note/);
    expectError((d) => delete firstClaim(d).verification.checkedAt, /needs "checkedAt"/);
  });
  it('checks repeatedBy, contains and within', () => {
    expectError(
      (d) => (claimById(d, '2024-03-khost-paktika-strikes/c01').repeatedBy![0]!.source.url = 'ftp://x'),
      /repeatedBy\[0\]: source url/,
    );
    expectError((d) => (claimById(d, '2025-10-15-spin-boldak-kurram/c04').within = '2025-10-15-spin-boldak-kurram/c99'), /unknown claim/);
    expectError((d) => delete claimById(d, '2025-10-15-spin-boldak-kurram/c04').within, /whose "within" is not/);
    expectError((d) => (claimById(d, '2025-10-15-spin-boldak-kurram/c03').contains = []), /"contains" must be a non-empty array/);
  });
});
