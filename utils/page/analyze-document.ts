// Detection on a whole document in one go: what the content script does in slices, done at once.
// The scanner and tests use it, so they exercise the very code the extension runs.
import { candidatesOf } from '../detect/candidates';
import { analyzeCandidates, type DetectionModel } from '../detect/analyze';
import type { PageResult } from '../detect/types';
import { collectBlocks, publishedDate, readingRoot, visibleBlocksWithAnchors, type CollectOptions } from './collect-text';

import { MAX_PAGE_CHARS } from './reading-root';

export function analyzeDocument(doc: Document, model: DetectionModel, options: CollectOptions = {}): PageResult & { truncated: boolean } {
  const root = readingRoot(doc);
  if (!root) return { topic: false, score: 0, events: [], figures: [], truncated: false };
  const { blocks, truncated } = collectBlocks(root, { maxChars: MAX_PAGE_CHARS, ...options });
  const title = doc.title || undefined;
  const candidates = candidatesOf(model.gate, {
    // The scanner also reads the title, as block -1; the extension reads only the visible text, where evidence can be shown.
    blocks: [...(title ? [{ index: -1, text: title }] : []), ...visibleBlocksWithAnchors(blocks)],
    title,
    published: publishedDate(doc),
    textLength: blocks.reduce((n, b) => n + b.text.length, 0),
    truncated,
  });
  if (!candidates) return { topic: false, score: 0, events: [], figures: [], truncated };
  return { ...analyzeCandidates(candidates, model), truncated };
}
