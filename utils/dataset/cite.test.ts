import { describe, expect, test } from 'vitest';
import { citeEvent, escapeHtml, escapeMarkdown, problemReportUrl } from './cite';
import { loadDataset } from './load';
import { eventById } from './queries';
import { foldSeries } from './series';
import type { DatasetEvent } from './types';

const dataset = loadDataset();
const ghazab = eventById(dataset, '2026-02-27-operation-ghazab-lil-haq')!;
const meta = { version: dataset.version, asOf: dataset.asOf };

describe('citeEvent', () => {
  const { markdown, html } = citeEvent(ghazab, meta);

  test('names every claimant with a date and spells out every source URL', () => {
    for (const claim of ghazab.claims) {
      if (claim.series && claim !== foldSeries(ghazab.claims.filter((c) => c.series === claim.series))[0]!.claim) continue;
      expect(markdown).toContain(escapeMarkdown(claim.claimant));
      expect(markdown).toContain(claim.source.url.replace(/[()\s]/g, encodeURIComponent));
    }
    expect(markdown).toContain('Pakistan: **641**');
  });

  test('a running tally shows its latest figure and every dated point', () => {
    expect(markdown).toMatch(/latest of 8 updates: 2026-02-27 133; 2026-02-28 297; .*2026-03-11 641/);
  });

  test('each side is a line, a side without a figure says so, and the footer carries version and date', () => {
    expect(markdown).toMatch(/- UN and independent: no figure/);
    expect(markdown).toContain(`dataset ${dataset.version}, figures as of ${dataset.asOf}`);
    expect(markdown.split('\n')[0]).toBe(`**${escapeMarkdown(ghazab.title)}**`);
  });

  test('HTML holds links and escapes text', () => {
    expect(html).toContain(`<a href="${escapeHtml(ghazab.claims[1]!.source.url)}">`);
    const hostile: DatasetEvent = {
      ...ghazab,
      title: '<img src=x onerror=alert(1)> [x](javascript:alert(1))',
      claims: [{ ...ghazab.claims[1]!, claimant: '<b>X</b>', source: { ...ghazab.claims[1]!.source, url: 'javascript:alert(1)' } }],
    };
    const c = citeEvent(hostile, meta);
    expect(c.html).not.toMatch(/<img|<b>|href="javascript/);
    expect(c.markdown).not.toMatch(/[^\\]\]\(javascript/);
    expect(c.markdown).toContain('\\<img');
  });
});

describe('problemReportUrl', () => {
  const claim = ghazab.claims[1]!;
  test('prefills claim id, event, figure and source on the project tracker', () => {
    const url = new URL(problemReportUrl('https://github.com/durand-lens/durand-lens', ghazab, claim, dataset.version)!);
    expect(url.origin + url.pathname).toBe('https://github.com/durand-lens/durand-lens/issues/new');
    const body = url.searchParams.get('body')!;
    expect(url.searchParams.get('title')).toContain(claim.id);
    expect(body).toContain(ghazab.id);
    expect(body).toContain('274');
    expect(body).toContain(claim.source.url);
  });
  test('no link without an http(s) homepage', () => {
    expect(problemReportUrl('', ghazab, claim, '1')).toBeUndefined();
    expect(problemReportUrl('javascript:alert(1)', ghazab, claim, '1')).toBeUndefined();
  });
});

describe('foldSeries', () => {
  test('folds a tally to its newest point and keeps the rest oldest first', () => {
    const tarar = ghazab.claims.filter((c) => c.side === 'pakistan' && c.metric === 'soldiers_killed' && c.losses === 'afghanistan');
    const entries = foldSeries(tarar);
    expect(entries.map((e) => e.claim.low)).toEqual([641, 274]);
    expect(entries[0]!.history.map((c) => c.date)).toEqual(['2026-02-27', '2026-02-28', '2026-02-28', '2026-02-28', '2026-03-01', '2026-03-03', '2026-03-08', '2026-03-11']);
  });
});
