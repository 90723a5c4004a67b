// Test support for the made-up pages of the probe tests (lookalike-probes, adversarial-probes, mined-causes): a page
// is judged the content script's way, from its blocks to the verdict, with the bundled dataset. Imported by tests only.
import { loadDataset } from '../dataset/load';
import { buildModel, type DetectionModel } from './analyze';
import { detectPage, offTopic, reportOfBlocks } from './detect-page';

/** A made-up page: its headline and its paragraphs. */
export interface Probe {
  name: string;
  title: string;
  blocks: readonly string[];
}

const dataset = loadDataset();
const model = buildModel(dataset);

/** The model built without one event: what a page of that event is shown when the dataset lacks it. */
export const modelWithout = (id: string): DetectionModel =>
  buildModel({ ...dataset, events: dataset.events.filter((e) => e.id !== id) }, model.gate);

/** The ids of the events a page of these blocks (its first the headline) is shown, first first. */
export const shownIds = (blocks: readonly string[], m: DetectionModel = model) =>
  (detectPage(reportOfBlocks([...blocks]), m.gate, () => m) ?? offTopic()).events.map((e) => e.id);

/** The verdict on a page with this headline and these paragraphs. */
export const judge = (title: string, blocks: readonly string[]) =>
  detectPage(reportOfBlocks([title, ...blocks], { title }), model.gate, () => model) ?? offTopic();
