// The one way a page's report becomes a result. The background calls it with what stage 2 hands on; the
// scanner, eval, bench and tests call it through utils/page/analyze-document.ts, which builds the same
// report from a whole document.
import { analyzeCandidates, type AnalyzeOptions, type DetectionModel } from './analyze';
import { candidatesOf } from './candidates';
import type { Gate } from './gate';
import { publishedDay } from './published-day';
import type { PageReport, PageResult } from './types';

/** What a page that is not about the clashes gets. */
export const offTopic = (): PageResult => ({ topic: false, score: 0, events: [], figures: [] });

/**
 * A report to its result, or undefined when it names neither both sides nor the border: such a page has
 * no result, like a page without anchor words. `model` is asked for only past the gate, so fuse.js and
 * the event index are never built for pages that stop there.
 */
export function detectPage(report: PageReport, gate: Gate, model: () => DetectionModel, options?: AnalyzeOptions): PageResult | undefined {
  // A page that declares no date in markup hands on its clues: the date grammar lives here, not in the page.
  const published = report.published ?? publishedDay(report.dateClues);
  const candidates = candidatesOf(gate, { ...withTitleBlock(report), ...(published ? { published } : {}) });
  return candidates ? analyzeCandidates(candidates, model(), options) : undefined;
}

/**
 * The page's title read as a block of its own, numbered -1, before the page's text: a headline says what the
 * page is about (or that it is about a bombing inside Pakistan) even where the page's text does not repeat it.
 */
function withTitleBlock(report: PageReport): PageReport {
  if (!report.title?.trim()) return report;
  return { ...report, blocks: [{ index: -1, text: report.title }, ...report.blocks] };
}

/** A report of plain blocks, numbered in order (tests and tools that have text, not a page). */
export function reportOfBlocks(blocks: readonly string[], meta: { title?: string; published?: string } = {}): PageReport {
  return {
    blocks: blocks.map((text, index) => ({ index, text })),
    textLength: blocks.reduce((n, text) => n + text.length, 0),
    truncated: false,
    ...meta,
  };
}
