// @vitest-environment node
// The detection targets on the hand-written corpus (tests/fixtures/pages), and invariants on the real-page
// corpus (tests/eval, when present). `npm run eval` prints the details and the per-split measures.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../utils/dataset/load';
import { evaluateCorpus, evaluateReal, readLabels } from '../../scripts/lib/evaluate';

describe('labelled corpus', () => {
  const report = evaluateCorpus();

  it('has at least 40 pages with every kind the issue asks for', () => {
    expect(report.pages).toBeGreaterThanOrEqual(40);
    const kinds = new Set(report.outcomes.map((o) => o.label.kind));
    for (const kind of ['positive', 'lookalike', 'mixed', 'other-language']) expect(kinds).toContain(kind);
  });
  it('finds the topic: recall at least 0.95', () => expect(report.recall).toBeGreaterThanOrEqual(0.95));
  it('stays silent on look-alikes: false-positive rate at most 0.05', () =>
    expect(report.lookalikeFalsePositiveRate).toBeLessThanOrEqual(0.05));
  it('names the right event first: at least 0.9', () => expect(report.topEventAccuracy).toBeGreaterThanOrEqual(0.9));
});

// The real pages are committed on main by the lead; in a worktree without them these checks are skipped.
describe.skipIf(readLabels().length === 0)('real-page corpus invariants', () => {
  const dataset = loadDataset();
  const starts = new Map(dataset.events.map((e) => [e.id, e.start]));
  const outcomes = evaluateReal(dataset);

  it('never shows an event that began after the page was published (a day of slack: time zones)', () => {
    // A page stamped 18 March in UTC can be the 19th in Kabul: the detector allows one day, and so does this.
    const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const late = outcomes.flatMap((o) =>
      o.published ? o.events.filter((id) => starts.get(id)! > dayAfter(o.published!.slice(0, 10))) : [],
    );
    expect(late).toEqual([]);
  });
  it('reads the publication date of at least 9 HTML pages in 10', () => {
    const html = outcomes.filter((o) => o.label.file.endsWith('.html'));
    const right = html.filter((o) => (o.label.published ?? null) === o.published).length;
    expect(right / html.length).toBeGreaterThanOrEqual(0.9);
  });
  it('marks on-topic pages without a shown event as unknown events, and only those', () => {
    for (const o of outcomes) expect(o.unknownEvent).toBe(o.topic && o.events.length === 0);
  });
});
