// @vitest-environment node
// Review 25R3: undated pages the 25U ties read wrongly (made-up sentences).
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { buildModel } from './analyze';
import { detectPage, offTopic, reportOfBlocks } from './detect-page';

const model = buildModel(loadDataset());
const shown = (blocks: string[]) => (detectPage(reportOfBlocks(blocks), model.gate, () => model) ?? offTopic()).events.map((e) => e.id);

describe('an undated page giving a count beside the weekday of a statement, the strike a day before', () => {
  it('is not shown the clash that began on the statement day', () => {
    const blocks = [
      'Taliban say Pakistani strikes killed eight in Barmal',
      'Pakistani strikes on Thursday night killed 8 civilians in Barmal, Paktika, a Taliban spokesman said on Friday.',
    ];
    expect(shown(blocks)).not.toContain('2025-10-17-paktika-strikes');
  });
});
