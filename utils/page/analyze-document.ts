// Detection on a whole document in one go: the report stage 2 builds in slices, built at once, and handed
// to the same detectPage the background calls. The scanner, eval, bench and tests use it, so they exercise
// the very code the extension runs.
import type { DetectionModel } from '../detect/analyze';
import { detectPage, offTopic } from '../detect/detect-page';
import type { PageResult } from '../detect/types';
import { collectBlocks, readingRoot, visibleBlocksWithAnchors, type CollectOptions } from './collect-text';
import { publishedDate } from './published-date';
import { MAX_PAGE_CHARS } from './reading-root';

export function analyzeDocument(doc: Document, model: DetectionModel, options: CollectOptions = {}): PageResult & { truncated: boolean } {
  const root = readingRoot(doc);
  if (!root) return { ...offTopic(), truncated: false };
  const { blocks, truncated } = collectBlocks(root, { maxChars: MAX_PAGE_CHARS, ...options });
  const title = doc.title || undefined;
  const report = {
    blocks: visibleBlocksWithAnchors(blocks),
    title,
    published: publishedDate(doc),
    textLength: blocks.reduce((n, b) => n + b.text.length, 0),
    truncated,
  };
  return { ...(detectPage(report, model.gate, () => model) ?? offTopic()), truncated };
}
