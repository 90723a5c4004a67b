// The dataset and fuse.js live here, built once per background start, and only when a page needs them.
import { buildModel, type DetectionModel } from '@/utils/detect/analyze';
import { blocksWithAnchors } from '@/utils/detect/anchors';
import { detectPage } from '@/utils/detect/detect-page';
import { createGate, type Gate } from '@/utils/detect/gate';
import { gateData } from '@/utils/detect/gate-data';
import type { PageReport, PageResult } from '@/utils/detect/types';
import type { Dataset, DatasetEvent } from '@/utils/dataset/types';
import { loadDataset } from '@/utils/dataset/load';
import { TOPIC_THRESHOLD } from '@/utils/settings';

let dataset: Dataset | undefined;
let gate: Gate | undefined;
let model: DetectionModel | undefined;
/** Assembled once per background start, when first needed. */
const data = () => (dataset ??= loadDataset());

/**
 * A page's report to its result, or undefined when the page does not name both sides of the border
 * (most pages that mention the region: the fuse.js model is not even built for them). Analysed at the
 * most sensitive threshold; the user's sensitivity is applied when the result is shown.
 */
export function analyze(report: PageReport): PageResult | undefined {
  gate ??= createGate(gateData(data().terms));
  const gateOfData = gate;
  // The reader hands on a short page's blocks all, untested (see PageScanner): the blocks with anchor words, and
  // their datelines, are chosen here, as utils/page/analyze-document.ts does for a whole document.
  const blocks = blocksWithAnchors(report.blocks);
  return detectPage({ ...report, blocks }, gateOfData, () => (model ??= buildModel(data(), gateOfData)), {
    minTopicScore: Math.min(...Object.values(TOPIC_THRESHOLD)),
  });
}

/** The events with these ids, for the in-page card (a handful, never the whole dataset). */
export function eventsByIds(ids: readonly string[]): DatasetEvent[] {
  const wanted = new Set(ids.slice(0, 8));
  return data().events.filter((e) => wanted.has(e.id));
}
