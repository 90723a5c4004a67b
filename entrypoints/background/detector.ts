// The dataset and fuse.js live here, built once per background start, and only when a page needs them.
import { buildModel, analyzeCandidates, type DetectionModel } from '@/utils/detect/analyze';
import type { Candidates, PageResult } from '@/utils/detect/types';
import { loadDataset } from '@/utils/dataset/load';

let model: DetectionModel | undefined;

export function analyze(candidates: Candidates): PageResult {
  model ??= buildModel(loadDataset());
  return analyzeCandidates(candidates, model);
}
