// @vitest-environment node
// Undated pages: what ties them to their event when they give no date (round 25U; real pages: npm run eval).
import { describe, expect, it } from 'vitest';
import { modelWithout as without, shownIds as shown } from './probe-pages';

describe('a flag meeting, held at any crossing after a clash', () => {
  it('names no clash: a page on firing at Chaman is not shown the Kharlachi clashes, whose sources tell of one', () => {
    const blocks = [
      'Soldier killed in firing at Chaman border',
      'A Pakistani soldier was killed when Afghan forces opened fire at the Chaman crossing, officials said.',
      'Pakistani and Afghan commanders later held a flag meeting at Chaman, and the crossing stayed closed.',
    ];
    expect(shown(blocks)).not.toContain('2022-11-20-kharlachi-borki-clashes');
  });
});

describe('an undated page giving a clash count beside the weekday the clash began', () => {
  const page = (weekday: string) => [
    'Afghan fire at Chaman kills six civilians, army says',
    `Pakistan's army said Afghan forces opened fire on ${weekday} at the Chaman crossing in Balochistan, killing 6 civilians.`,
    'Officials in Kandahar confirmed a clash on the border.',
  ];

  it('is shown the clash at its places whose claims give the count and which began that weekday', () => {
    expect(shown(page('Sunday'))[0]).toBe('2022-12-chaman-shelling');
  });

  it('is shown nothing for another weekday', () => {
    expect(shown(page('Tuesday'))).toEqual([]);
  });

  it('is shown no other clash at the crossing when that clash is missing', () => {
    expect(shown(page('Sunday'), without('2022-12-chaman-shelling'))).toEqual([]);
  });
});
