// Reads a page's text in slices and keeps the blocks the background is handed (it finds the names): on a short page
// all of them, on a long one those that hold an anchor word. Their nodes are what evidence is found again by.
import type { PageReport, TextLocation } from '../detect/types';
import { blocksWithAnchors } from '../detect/anchors';
import { shownParts, visibleTextBlocks, type TextBlock } from './collect-text';
import { drainInSlices } from './sliced-walk';
import { MAX_PAGE_CHARS } from './reading-root';

/** At most this much text is kept and handed on; blocks past it are left out, and the page counts as read in part. */
export const MAX_REPORT_CHARS = 200_000;
/**
 * Up to this much of a page's text, on its first read, its blocks are handed on all, untested: the background
 * picks those with anchor words, with its pattern compiled and warm, while here each page compiled it anew (same-run traces of the clash
 * article: the reader's time ~7.3 → ~4.5 ms). Past it the page's blocks are tested here, so a long page's report stays
 * small. What a live page adds later is tested here too: its blocks would otherwise pile up in the report (and their
 * visibility be asked of every one), on a page that may never name the clashes again.
 */
export const ALL_BLOCKS_CHARS = 30_000;
/** Blocks tested together (one pass over a stretch without anchor words); small enough for a slice. */
const BATCH = 32;

export class PageScanner {
  private readonly kept = new Map<number, TextBlock>();
  private keptChars = 0;
  /** A block was left out (the cap): the report says the page was read in part. */
  private leftOut = false;
  private nextBlock = 0;
  /** The page's first read (see ALL_BLOCKS_CHARS); later reads are of what the page added. */
  private firstRead = true;
  private reported = 0;
  textLength = 0;
  truncated = false;

  /** `ownUiAttribute`: elements carrying it are our own UI, never read. */
  constructor(private readonly ownUiAttribute: string) {}

  /** Reads a subtree (the page, or a part added later) without blocking the page. */
  async scan(root: Node): Promise<void> {
    if (this.truncated) return;
    const walk = visibleTextBlocks(root, { excludeAttribute: this.ownUiAttribute, maxChars: MAX_PAGE_CHARS - this.textLength });
    let batch: TextBlock[] = [];
    // Blocks at the head of the batch that were tested already (the last of the previous batch).
    let tested = 0;
    const flush = () => {
      const handedOn = this.firstRead && this.textLength <= ALL_BLOCKS_CHARS ? batch : blocksWithAnchors(batch);
      for (const block of shownParts(handedOn)) this.keep(block);
      // The last block is tested again with the next batch: a dateline and its story must be seen side by side.
      batch = batch.slice(-1);
      tested = batch.length;
    };
    const end = await drainInSlices(walk, (block) => {
      // Numbered as blocks arrive, so two reads that overlap (mutations) never share a number.
      block.index = this.nextBlock++;
      batch.push(block);
      this.textLength += block.text.length;
      if (batch.length >= BATCH) flush();
    });
    if (batch.length > tested) flush();
    this.firstRead = false;
    if (end.truncated) this.truncated = true;
  }

  private keep(block: TextBlock): void {
    if (this.kept.has(block.index)) return;
    // One huge block must not crowd out the paragraphs after it: it alone is left out.
    if (this.keptChars + block.text.length > MAX_REPORT_CHARS) {
      this.leftOut = true;
      return;
    }
    this.kept.set(block.index, block);
    this.keptChars += block.text.length;
  }

  /** True once some block is kept: worth handing on. */
  get hasBlocks(): boolean {
    return this.kept.size > 0;
  }

  /** What to hand the background: every kept block so far, or null when nothing was kept since the last report. */
  takeReport(meta: Pick<PageReport, 'title' | 'published' | 'dateClues'>): PageReport | null {
    if (this.kept.size === this.reported) return null;
    this.reported = this.kept.size;
    const blocks = [...this.kept.values()].map(({ index, text }) => ({ index, text }));
    return { blocks, textLength: this.textLength, truncated: this.truncated || this.leftOut, ...meta };
  }

  /** A DOM range for a place in the text, if its nodes are still on the page. */
  rangeFor(location: TextLocation): Range | null {
    const block = this.kept.get(location.block);
    if (!block) return null;
    const at = (offset: number) => {
      const part = [...block.parts].reverse().find((p) => p.offset <= offset);
      return part?.node.isConnected ? { node: part.node, offset: Math.min(offset - part.offset, part.node.length) } : null;
    };
    const start = at(location.start);
    const end = at(location.end);
    if (!start || !end) return null;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  }
}
