// @vitest-environment node
// The detection targets on the labelled corpus (tests/fixtures/pages). `npm run eval` prints the details.
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../scripts/lib/evaluate';

describe('labelled corpus', () => {
  const report = evaluateCorpus();

  it('has at least 40 pages with every kind the issue asks for', () => {
    expect(report.pages).toBeGreaterThanOrEqual(40);
    const kinds = new Set(report.outcomes.map((o) => o.label.kind));
    for (const kind of ['positive', 'lookalike', 'mixed', 'other-language']) expect(kinds).toContain(kind);
  });
  it('finds the topic: recall at least 0.95', () => expect(report.recall).toBeGreaterThanOrEqual(0.95));
  it('stays silent on look-alikes: false-positive rate at most 0.05', () => expect(report.lookalikeFalsePositiveRate).toBeLessThanOrEqual(0.05));
  it('names the right event first: at least 0.9', () => expect(report.topEventAccuracy).toBeGreaterThanOrEqual(0.9));
});
