// The dataset and fuse.js live here, built once per background start, and only when a page needs them.
import { buildModel, analyzeCandidates, type DetectionModel } from '@/utils/detect/analyze';
import type { Candidates, PageResult } from '@/utils/detect/types';
import type { DatasetEvent } from '@/utils/dataset/types';
import { loadDataset } from '@/utils/dataset/load';
import { TOPIC_THRESHOLD } from '@/utils/settings';

let model: DetectionModel | undefined;

/** Analysed at the most sensitive threshold; the user's sensitivity is applied when the result is shown. */
export function analyze(candidates: Candidates): PageResult {
  model ??= buildModel(loadDataset());
  return analyzeCandidates(candidates, model, { minTopicScore: Math.min(...Object.values(TOPIC_THRESHOLD)) });
}

/** The events with these ids, for the in-page card (a handful, never the whole dataset). */
export function eventsByIds(ids: readonly string[]): DatasetEvent[] {
  const wanted = new Set(ids.slice(0, 8));
  return loadDataset().events.filter((e) => wanted.has(e.id));
}
