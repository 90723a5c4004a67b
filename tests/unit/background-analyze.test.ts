// The background's analysis of what the page reader hands it must equal the Node path's (`npm run scan`, eval):
// on a short page the reader hands on every block untested, and the background keeps those with anchor words.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/entrypoints/background/detector';
import { loadDataset } from '@/utils/dataset/load';
import { buildModel } from '@/utils/detect/analyze';
import { analyzeDocument } from '@/utils/page/analyze-document';
import type { PageResult } from '@/utils/detect/types';
import { PageScanner } from '@/utils/page/page-scanner';
import { publishedDate } from '@/utils/page/published-date';

const model = buildModel(loadDataset());
const DIR = 'tests/fixtures/pages';
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html'));

/** What the reader hands the background for the page now in `document`, analysed there, beside the Node path's. */
async function bothPaths() {
  const scanner = new PageScanner('data-durand-lens');
  await scanner.scan(document.body);
  const report = scanner.takeReport({ title: document.title || undefined, published: publishedDate(document) });
  const ours = report ? analyze(report) : undefined;
  const node = analyzeDocument(document, model);
  const shown = (r?: PageResult) => ({ topic: r?.topic ?? false, events: r?.events.map((e) => e.id) ?? [], unknown: !!r?.unknownEvent });
  return { ours: shown(ours), node: shown(node) };
}

describe('the background, handed what the page reader keeps', () => {
  it.each(pages)('%s: same topic and events as the Node path', async (file) => {
    document.documentElement.innerHTML = readFileSync(`${DIR}/${file}`, 'utf8').replace(/^<!doctype html>/i, '');
    const { ours, node } = await bothPaths();
    expect(ours).toEqual(node);
  });

  it('leaves out a long paragraph without anchor words, as the Node path does: its weekday does not date the clash', async () => {
    // The reader hands on this short page whole. Beside a named block, a long one without names is read only for a
    // day its weekday pins; the Node path never sees it (over 300 characters, no anchor word), nor must the background.
    const traders = 'Traders counted their losses and waited for the road to open again. '.repeat(4);
    document.body.innerHTML = `<p>Pakistani and Afghan forces exchanged heavy fire at Torkham, officials said.</p><p>${traders}The shooting began on Monday, 20 February, before dawn.</p>`;
    const { ours, node } = await bothPaths();
    expect(ours).toEqual(node);
    expect(ours.events).not.toContain('2023-02-20-torkham-firefight');
  });
});
