// Detection on a whole document in one go: what the content script does in slices, done at once.
// The scanner and tests use it, so they exercise the very code the extension runs.
import { CandidateCollector } from '../detect/candidates';
import { analyzeCandidates, type DetectionModel } from '../detect/analyze';
import type { PageResult } from '../detect/types';
import { collectBlocks, publishedDate, readingRoot, type CollectOptions } from './collect-text';

export const MAX_PAGE_CHARS = 2_000_000;

export function analyzeDocument(doc: Document, model: DetectionModel, options: CollectOptions = {}): PageResult & { truncated: boolean } {
  const root = readingRoot(doc);
  if (!root) return { topic: false, score: 0, events: [], figures: [], truncated: false };
  const { blocks, truncated } = collectBlocks(root, { maxChars: MAX_PAGE_CHARS, ...options });
  const collector = new CandidateCollector(model.gate);
  const title = doc.title || undefined;
  if (title) collector.addBlock(title, -1);
  collector.addBlocks(blocks.map((b, index) => ({ text: b.text, index })));
  if (!collector.passes()) return { topic: false, score: 0, events: [], figures: [], truncated };
  const result = collector.result();
  const textLength = blocks.reduce((n, b) => n + b.text.length, 0);
  const published = publishedDate(doc);
  return {
    ...analyzeCandidates({ sentences: result.sentences, textLength, truncated: truncated || result.truncated, title, ...(published ? { published } : {}) }, model),
    truncated,
  };
}
