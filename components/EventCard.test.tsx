import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadDataset } from '@/utils/dataset/load';
import { eventById } from '@/utils/dataset/queries';
import { chartRows } from './FigureChart';
import { EventCard } from './EventCard';

const dataset = loadDataset();
const ghazab = eventById(dataset, '2026-02-27-operation-ghazab-lil-haq')!;
const meta = { version: dataset.version, asOf: dataset.asOf };

describe('chartRows', () => {
  test('compares the latest figure of each side that gave one', () => {
    const row = chartRows(ghazab).find((r) => r.key === 'soldiers_killed-afghanistan')!;
    expect(row.bars.map((b) => [b.column, b.low])).toEqual([
      ['pakistan', 641],
      ['afghan-taliban', 28],
    ]);
  });
  test('no chart where only one side counted', () => {
    for (const event of dataset.events) for (const row of chartRows(event)) expect(row.bars.length).toBeGreaterThanOrEqual(2);
  });
});

describe('EventCard', () => {
  // The fake browser has no i18n; message names stand in for the English strings.
  browser.i18n.getMessage = ((name: string) => name) as typeof browser.i18n.getMessage;
  const root = document.createElement('div');
  render(
    <EventCard
      event={ghazab}
      meta={meta}
      report={{ homepage: 'https://github.com/durand-lens/durand-lens', datasetVersion: dataset.version }}
    />,
    root,
  );

  test('every outside link is http(s), opens a new tab and sends no referrer', () => {
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(10);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });
  test('a running tally is folded: the latest figure shown, its points behind a disclosure', () => {
    const pakistan = [...root.querySelectorAll('.figlist .fig[data-column="pakistan"] .fig__figure')].map((e) => e.textContent);
    expect(pakistan).toContain('641');
    expect(pakistan).not.toContain('297');
    const row = [...root.querySelectorAll('.figlist .fig[data-column="pakistan"]')].find(
      (r) => r.querySelector('.fig__figure')?.textContent === '641',
    )!;
    const tally = row.querySelector('details.tally')!;
    // Tarar's campaign tally: eight dated points, from the 133 of 27 February to the 641.
    const points = [...tally.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(points).toHaveLength(8);
    expect(points.some((p) => p.includes('133'))).toBe(true);
  });
  test('a report link per figure, prefilled with the claim id', () => {
    const report = root.querySelector<HTMLAnchorElement>('a.fig__report')!;
    expect(new URL(report.href).pathname).toBe('/durand-lens/durand-lens/issues/new');
    expect(new URL(report.href).searchParams.get('title')).toMatch(/^Figure check: 2026-02-27-operation-ghazab-lil-haq\/c\d+$/);
  });
  test('the chart is an SVG image with a text alternative', () => {
    const svg = root.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).toMatch(/641/);
  });
});

describe('EventCard at a glance', () => {
  browser.i18n.getMessage = ((name: string) => name) as typeof browser.i18n.getMessage;
  const root = document.createElement('div');
  render(<EventCard event={ghazab} meta={meta} />, root);

  test('without a page, the most disputed figures lead; everything else is collapsed', () => {
    expect(root.querySelector('[data-glance="disputed"] .glance__line')).not.toBeNull();
    const details = [...root.querySelectorAll('details')];
    expect(details.length).toBeGreaterThan(3);
    expect(details.filter((d) => d.open)).toEqual([]);
  });
  test('one figure per row: a side in words and a shape, a short claimant, the figure', () => {
    const row = root.querySelector('.glance .fig')!;
    expect(row.querySelector('.fig__shape')!.textContent).toMatch(/^[■▲●◆]$/);
    expect(row.querySelector('.fig__side')!.textContent).toMatch(/side/);
    expect(row.querySelector('.fig__who')!.textContent!.length).toBeLessThanOrEqual(28);
    expect(row.querySelector('.fig__grade')!.getAttribute('data-grade')).toBeTruthy();
  });
});

describe('FigureLine', () => {
  browser.i18n.getMessage = ((name: string, subs?: string | string[]) =>
    `${name}:${[subs ?? []].flat().join('|')}`) as typeof browser.i18n.getMessage;
  test('"also said by" when the dataset lists who repeated the figure', async () => {
    const { FigureLine } = await import('./FigureLine');
    const claim = {
      ...ghazab.claims.find((c) => c.metric !== 'statement')!,
      repeatedBy: [
        { claimant: 'Someone Else', date: '2026-03-01', source: { publisher: 'P', url: 'https://example.org/a', date: '2026-03-01' } },
      ],
    };
    const root = document.createElement('ul');
    render(<FigureLine claim={claim} event={ghazab} />, root);
    expect(root.querySelector('.fig__repeats')!.textContent).toBe('alsoSaidBy:Someone Else (2026-03-01)');
  });
  test('a grade names who gave the figures behind it, never claim ids', async () => {
    const { FigureLine } = await import('./FigureLine');
    const { gradeClaim } = await import('@/utils/dataset/grade');
    const graded = ghazab.claims.find((c) => gradeClaim(c, ghazab).by.length > 0)!;
    const root = document.createElement('ul');
    render(<FigureLine claim={graded} event={ghazab} />, root);
    const text = root.querySelector('.fig__grade')!.textContent!;
    expect(text).toMatch(/gradeBy:/);
    expect(text).not.toMatch(/\/c\d+/);
  });
});
