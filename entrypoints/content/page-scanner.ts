// Reads a page's text in slices, feeds the gate, and remembers only the blocks that held names
// (so evidence can be found again on the page, and nothing else is kept).
import { CandidateCollector } from '@/utils/detect/candidates';
import type { Gate } from '@/utils/detect/gate';
import type { Candidates, TextLocation } from '@/utils/detect/types';
import { visibleTextBlocks, type TextBlock } from '@/utils/page/collect-text';
import { drainInSlices } from '@/utils/page/sliced-walk';

/** Past this much text a page is read in part; the popup says so. */
export const MAX_SCAN_CHARS = 2_000_000;
/** Blocks handed to the gate together (one pass over a stretch without names); small enough for a slice. */
const BATCH = 32;

export class PageScanner {
  private readonly collector: CandidateCollector;
  private readonly named = new Map<number, TextBlock>();
  private nextBlock = 0;
  private reported = 0;
  textLength = 0;
  truncated = false;

  constructor(gate: Gate, private readonly exclude: (el: Element) => boolean) {
    this.collector = new CandidateCollector(gate);
  }

  /** Reads a subtree (the page, or a part added later) without blocking the page. */
  async scan(root: Node): Promise<void> {
    if (this.truncated) return;
    const walk = visibleTextBlocks(root, { exclude: this.exclude, maxChars: MAX_SCAN_CHARS - this.textLength });
    let batch: (TextBlock & { index: number })[] = [];
    const flush = () => {
      for (const block of this.collector.addBlocks(batch)) this.named.set(block.index, block);
      batch = [];
    };
    const end = await drainInSlices(walk, (block) => {
      batch.push({ ...block, index: this.nextBlock++ });
      this.textLength += block.text.length;
      if (batch.length >= BATCH) flush();
    });
    flush();
    if (end.truncated) this.truncated = true;
  }

  get passedGate(): boolean {
    return this.collector.passes();
  }

  /** Candidates to report, or null when nothing new passed the gate since the last report. */
  takeCandidates(meta: { title?: string; published?: string }): Candidates | null {
    if (!this.collector.passes()) return null;
    const { sentences, truncated } = this.collector.result();
    if (this.collector.added === this.reported) return null;
    this.reported = this.collector.added;
    // Let go of the nodes of blocks whose sentences were trimmed away.
    const inUse = this.collector.blocksInUse();
    for (const block of this.named.keys()) if (!inUse.has(block)) this.named.delete(block);
    return { sentences, textLength: this.textLength, truncated: truncated || this.truncated, ...meta };
  }

  /** A DOM range for a place in the text, if its nodes are still on the page. */
  rangeFor(location: TextLocation): Range | null {
    const block = this.named.get(location.block);
    if (!block) return null;
    const at = (offset: number) => {
      const part = [...block.parts].reverse().find((p) => p.offset <= offset);
      return part && part.node.isConnected ? { node: part.node, offset: Math.min(offset - part.offset, part.node.length) } : null;
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
