// From the gate's hits to the few sentences worth a closer look.
import type { Term } from '../dataset/types';
import { foldForMatch, lineBreaksToSpaces } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { readDates } from './dates';
import { gatePasses, type Gate } from './gate';
import type { CandidateSentence, Candidates, GateHit, PageReport } from './types';

export const MAX_CANDIDATES = 200;
// Digits of any script: JavaScript's \d is ASCII only, and "۵ جدی" or "6 नवंबर" give their day in others.
const DIGIT = /\p{Nd}/u;
/**
 * Blocks without names kept for their dates, per page: a composite page (a list of stories, a sidebar of
 * links, each with its date) must not have its dates decide the event.
 */
const MAX_DATED_BLOCKS = 1;
/** Up to this long, a block without names that gives a date is a dateline ("Peshawar, September 6"). */
const DATELINE_CHARS = 80;
/**
 * Sentences of a block that holds no name, kept beside a named block for their date: a dateline's, or a day
 * whose weekday pins its year ("on Wednesday, 5 Jadi"). Other dates in a longer paragraph may be background
 * ("since 10 October") or a meeting to come: without a name beside them they are not read.
 */
const dateSentences = (text: string) =>
  splitSentences(text).filter((span) => {
    const sentence = text.slice(span.start, span.end);
    if (!DIGIT.test(sentence)) return false;
    const dates = readDates(foldForMatch(sentence));
    return text.length <= DATELINE_CHARS ? dates.length > 0 : dates.some((d) => d.pinnedYear !== undefined);
  });

/** Collects, block by block, the sentences that hold gazetteer names. Feed it blocks in page order. */
export class CandidateCollector {
  private sentences: CandidateSentence[] = [];
  /** Sentences ever added: tells "something new" even after the list was trimmed. */
  added = 0;
  private trimmed = false;
  private readonly leanings = new Set<Term['leaning']>();
  private blockCount = 0;

  /** `undated`: the page declares no publication date, so the dates beside its named blocks are worth reading. */
  constructor(
    private readonly gate: Gate,
    private readonly undated = false,
  ) {}

  /** Adds one block of text; returns true when it held any name. */
  addBlock(raw: string, block = this.blockCount): boolean {
    this.blockCount = Math.max(this.blockCount, block + 1);
    // The page hands text as its nodes hold it; line breaks become spaces here, for the few blocks with anchor words.
    const text = lineBreaksToSpaces(raw);
    const hits = this.gate.scan(text);
    if (hits.length === 0) {
      // A block without names right after a named one may give its day ("Wednesday, 5 Jadi"); one right before
      // it, its dateline ("Peshawar, September 6"). Only their dates are kept, and only beside a named block.
      if (!this.undated) return false;
      if (this.lastNamedBlock === block - 1) this.pushDates(block, text);
      else this.unnamedBefore = { block, text };
      return false;
    }
    if (this.unnamedBefore?.block === block - 1) this.pushDates(this.unnamedBefore.block, this.unnamedBefore.text);
    this.unnamedBefore = undefined;
    // The title (block -1) is no neighbour of the first block: it is read from the page's head.
    if (block >= 0) this.lastNamedBlock = block;
    for (const hit of hits) this.leanings.add(hit.leaning);
    const spans = splitSentences(text);
    let h = 0;
    for (let i = 0; i < spans.length && h < hits.length; i++) {
      const span = spans[i]!;
      const inside: GateHit[] = [];
      while (h < hits.length && hits[h]!.start < span.end) {
        if (hits[h]!.start >= span.start) inside.push(shift(hits[h]!, -span.start, span.end - span.start));
        h++;
      }
      if (inside.length === 0) continue;
      // The sentence before a named one may give its date or figure ("Firing began on 7 September."), unless already kept.
      const before = spans[i - 1];
      if (before && DIGIT.test(text.slice(before.start, before.end)) && this.lastKept !== `${block}:${before.start}`)
        this.push({ block, start: before.start, end: before.end, text: text.slice(before.start, before.end), hits: [] });
      this.push({ block, start: span.start, end: span.end, text: text.slice(span.start, span.end), hits: inside });
      // The sentence after a named one often carries its figure ("Three others were wounded.").
      const next = spans[i + 1];
      if (next && DIGIT.test(text.slice(next.start, next.end)) && !(h < hits.length && hits[h]!.start < next.end)) {
        this.push({ block, start: next.start, end: next.end, text: text.slice(next.start, next.end), hits: [] });
      }
    }
    return true;
  }

  /**
   * Adds blocks (in page order). The page hands on only blocks with an anchor word, and the gate tests the
   * pattern itself before anything else, so each block meets the pattern once here.
   */
  addBlocks(blocks: readonly { text: string; index: number }[]): void {
    for (const b of blocks) this.addBlock(b.text, b.index);
  }

  private lastNamedBlock = -2;
  private unnamedBefore: { block: number; text: string } | undefined;
  /** Blocks without names kept for their dates: the first beside a named block is the article's own. */
  private datedBlocks = 0;
  private pushDates(block: number, text: string): void {
    if (this.datedBlocks >= MAX_DATED_BLOCKS) return;
    const spans = dateSentences(text);
    if (spans.length > 0) this.datedBlocks++;
    for (const span of spans) this.push({ block, start: span.start, end: span.end, text: text.slice(span.start, span.end), hits: [] });
  }

  /** Blocks the kept sentences come from (a page reader keeps only those blocks' nodes). */
  blocksInUse(): Set<number> {
    return new Set(this.sentences.map((s) => s.block));
  }

  // On a page that never stops adding named sentences (an endless live feed), the list is trimmed to the
  // sentences that would be sent anyway, so memory stays bounded.
  private lastKept = '';
  private push(sentence: CandidateSentence): void {
    this.lastKept = `${sentence.block}:${sentence.start}`;
    this.sentences.push(sentence);
    this.added++;
    if (this.sentences.length > 4 * MAX_CANDIDATES) {
      this.sentences = this.result().sentences;
      this.trimmed = true;
    }
  }

  /** True once the page has named both sides, or the border: worth sending on. */
  passes(): boolean {
    return gatePasses(this.leanings);
  }

  /** The candidates, capped: sentences naming more sides first, then in page order. */
  result(): { sentences: CandidateSentence[]; truncated: boolean } {
    if (this.sentences.length <= MAX_CANDIDATES) return { sentences: [...this.sentences], truncated: this.trimmed };
    const sides = (s: CandidateSentence) => new Set(s.hits.map((h) => h.leaning)).size;
    const kept = [...this.sentences]
      .map((s, i) => ({ s, i }))
      .sort((a, b) => sides(b.s) - sides(a.s) || a.i - b.i)
      .slice(0, MAX_CANDIDATES)
      .sort((a, b) => a.i - b.i)
      .map(({ s }) => s);
    return { sentences: kept, truncated: true };
  }
}

/**
 * A page's report (its blocks that hold anchor words, or all its blocks) to the candidate sentences, or
 * null when the page does not name both sides of the border. The background does this with what the
 * content script sends; the scanner and tests with a whole document: the same code either way.
 */
export function candidatesOf(gate: Gate, report: PageReport): Candidates | null {
  const { title, published } = report;
  const collector = new CandidateCollector(gate, !published);
  collector.addBlocks(report.blocks);
  if (!collector.passes()) return null;
  const { sentences, truncated } = collector.result();
  return {
    sentences,
    textLength: report.textLength,
    truncated: report.truncated || truncated,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
  };
}

/** A hit relative to its sentence, clipped to it (a name can straddle a cut in a very long sentence). */
const shift = (hit: GateHit, by: number, length: number): GateHit => ({
  ...hit,
  start: hit.start + by,
  end: Math.min(hit.end + by, length),
});
