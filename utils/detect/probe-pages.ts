// Test support for the made-up pages of the probe tests (lookalike-probes, adversarial-probes, mined-causes): a page
// is judged the content script's way, from its blocks to the verdict, with the bundled dataset. Imported by tests only.
import { loadDataset } from '../dataset/load';
import { buildModel } from './analyze';
import { detectPage, offTopic, reportOfBlocks } from './detect-page';

/** A made-up page: its headline and its paragraphs. */
export interface Probe {
  name: string;
  title: string;
  blocks: readonly string[];
}

const model = buildModel(loadDataset());

/** The verdict on a page with this headline and these paragraphs. */
export const judge = (title: string, blocks: readonly string[]) =>
  detectPage(reportOfBlocks([title, ...blocks], { title }), model.gate, () => model) ?? offTopic();
