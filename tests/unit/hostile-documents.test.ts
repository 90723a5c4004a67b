// @vitest-environment happy-dom
// The hostile pages of the browser suite (tests/browser/lib/hostile-pages.mjs), here through the
// scanner path (happy-dom), plus the content script's parts that a hostile page stresses: the sliced
// walk, the page scanner and its cap, open shadow roots, and the mutation watcher's limits.
import { afterEach, describe, expect, it } from 'vitest';
import terms from '@/assets/terms.json';
import { ALL_BLOCKS_CHARS, PageScanner, MAX_REPORT_CHARS } from '@/utils/page/page-scanner';
import { blocksWithAnchors } from '@/utils/detect/anchors';
import { MAX_PAGE_CHARS } from '@/utils/page/reading-root';
import { watchPage } from '@/utils/page/page-watcher';
import { loadDataset } from '@/utils/dataset/load';
import type { Term } from '@/utils/dataset/types';
import { buildModel } from '@/utils/detect/analyze';
import { gateData } from '@/utils/detect/gate-data';
import { createGate } from '@/utils/detect/gate';
import { candidatesOf } from '@/utils/detect/candidates';
import { analyzeDocument } from '@/utils/page/analyze-document';
import { collectBlocks, readingRoot, visibleBlocksWithAnchors } from '@/utils/page/collect-text';
import { publishedDate } from '@/utils/page/published-date';
import { drainInSlices } from '@/utils/page/sliced-walk';
import { pageDocument } from '../../scripts/lib/read-page';
// @ts-expect-error -- plain JavaScript shared with the browser suite, no types
import * as hostile from '../browser/lib/hostile-pages.mjs';
import { checkResult } from './arbitraries';

const model = buildModel(loadDataset());
const gate = createGate(gateData(terms as Term[]));

function scan(html: string, options?: { maxChars?: number }) {
  const doc = pageDocument(html);
  const result = analyzeDocument(doc, model, options);
  const root = readingRoot(doc);
  const { blocks } = collectBlocks(root!, { maxChars: options?.maxChars ?? MAX_PAGE_CHARS });
  checkResult(result, (i) => (i === -1 ? doc.title : blocks[i]?.text));
  return { result, blocks, doc };
}

const REFERENCE = scan(hostile.clashPage()).result;
const ids = (r: { events: { id: string }[] }) => r.events.map((e) => e.id);

describe('hostile pages through the scanner path', () => {
  it('the reference clash page is on topic', () => {
    expect(REFERENCE.topic).toBe(true);
    expect(REFERENCE.events.length).toBeGreaterThan(0);
  });

  it('a huge page is read in part, says so, and still finds the story at its top', () => {
    // The browser suite loads the full 10 MB / 200,000 nodes; here 3,000 nodes, with the cap scaled down.
    const { result } = scan(hostile.hugePage({ nodes: 3_000 }), { maxChars: 50_000 });
    expect(result.truncated).toBe(true);
    expect(result.topic).toBe(true);
    expect(ids(result)).toEqual(ids(REFERENCE));
  });

  it('a huge page that is not about the clashes is read in part and judged off topic', () => {
    const { result } = scan(hostile.hugePage({ nodes: 3_000, topic: false }), { maxChars: 50_000 });
    expect(result).toMatchObject({ topic: false, truncated: true, events: [] });
  });

  it('5,000 levels of nested markup: read, and no stack overflow (happy-dom querySelector recursed)', () => {
    for (const tag of ['div', 'b']) {
      const { result } = scan(hostile.deepMarkupPage(5000, tag));
      expect(result.topic).toBe(true);
      expect(ids(result)).toEqual(ids(REFERENCE));
    }
  });

  it('5,000 levels built through the DOM (no parser limit): the walk reaches the bottom', () => {
    let node: Element = document.body;
    for (let i = 0; i < 5000; i++) node = node.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
    for (const t of hostile.CLASH_PARAGRAPHS as string[]) node.appendChild(document.createElement('p')).textContent = t;
    const { blocks } = collectBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(hostile.CLASH_PARAGRAPHS);
    expect(readingRoot(document)).toBe(document.body);
    expect(publishedDate(document)).toBeUndefined();
  });

  it('right-to-left text, bidi controls and the same story in English: on topic', () => {
    const { result, blocks } = scan(hostile.rtlPage());
    expect(result.topic).toBe(true);
    expect(blocks.some((b) => b.text.includes('جھڑپوں'))).toBe(true);
  });

  it('zero-width characters in names, stacked combining marks: the same events as the clean page', () => {
    const { result } = scan(hostile.invisiblePage());
    expect(result.topic).toBe(true);
    for (const id of ids(REFERENCE)) expect(ids(result)).toContain(id);
  });

  it('the story only in template, noscript, hidden (also by a stylesheet), aria-hidden, textarea and script: not read, off topic', () => {
    const { result, blocks } = scan(hostile.unreadablePage());
    expect(result.topic).toBe(false);
    // The walk steps over what markup hides; what a stylesheet hides is asked about after it, for the
    // blocks with anchor words, and none of them is handed on.
    expect(visibleBlocksWithAnchors(blocks)).toEqual([]);
    expect(
      blocks
        .filter((b) => !b.parts.some((p) => p.node.parentElement?.closest('.folded')))
        .map((b) => b.text)
        .join(' '),
    ).not.toMatch(/Taliban|Pakistan/);
  });

  it('template and noscript beside the story are skipped', () => {
    const { result, blocks } = scan(hostile.templateNoscriptPage());
    expect(ids(result)).toEqual(ids(REFERENCE));
    expect(blocks.map((b) => b.text).join(' ')).not.toMatch(/Template|enable JavaScript/);
  });

  it('markup in the page text stays text, in evidence too', () => {
    const { result } = scan(hostile.markupInTextPage());
    const evidence = result.events.flatMap((e) => e.evidence.map((x) => x.text));
    expect(evidence.some((t) => t.includes(hostile.MARKUP_IN_TEXT))).toBe(true);
  });

  it('the self-rewriting page, as saved, is on topic (its scripts never run in the scanner)', () => {
    expect(ids(scan(hostile.rewritingPage()).result)).toEqual(ids(REFERENCE));
  });
});

describe('open shadow roots', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('reads open roots, nested ones too, and not closed ones; at most 50 roots', () => {
    document.body.innerHTML = '<p>Top.</p><div id="a"></div><div id="c"></div>';
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<p>Open one.</p><div id="b"></div>';
    a.getElementById('b')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Nested open.</p>';
    document.getElementById('c')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Closed.</p>';
    expect(collectBlocks(document.body).blocks.map((b) => b.text)).toEqual(['Top.', 'Open one.', 'Nested open.']);

    for (let i = 0; i < 120; i++) {
      const host = document.body.appendChild(document.createElement('div'));
      host.attachShadow({ mode: 'open' }).innerHTML = `<p>Root ${i}.</p>`;
    }
    const texts = collectBlocks(document.body).blocks.map((b) => b.text);
    expect(texts.filter((t) => t.startsWith('Root ')).length).toBeLessThanOrEqual(50);
  });
});

describe('content script parts under stress', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('drainInSlices yields to the page between slices and returns the walk result', async () => {
    let clock = 0;
    function* walk() {
      for (let i = 0; i < 2_000; i++) yield i;
      return 'done';
    }
    let seen = 0;
    const end = await drainInSlices(
      walk(),
      () => void seen++,
      8,
      () => (clock += 1),
    );
    expect(seen).toBe(2_000);
    expect(end).toBe('done');
  });

  it('PageScanner reads a page, hands on its blocks, maps evidence back to the DOM, and stops at its cap', async () => {
    const paragraphs = hostile.CLASH_PARAGRAPHS as string[];
    document.body.innerHTML = ['<p>A recipe for lentil soup.</p>', ...paragraphs.map((p) => `<p>${p}</p>`)].join('');
    const scanner = new PageScanner('data-durand-lens');
    await scanner.scan(document.body);
    expect(scanner.hasBlocks).toBe(true);
    const report = scanner.takeReport({})!;
    expect(report.truncated).toBe(false);
    // A short page is handed on whole; the background keeps the blocks with anchor words.
    expect(report.blocks.map((b) => b.text)).toEqual(['A recipe for lentil soup.', ...paragraphs]);
    expect(blocksWithAnchors(report.blocks).map((b) => b.text)).not.toContain('A recipe for lentil soup.');
    // What the page adds later is tested here: a live page's new paragraphs do not pile up in the report.
    const added = document.body.appendChild(document.createElement('p'));
    added.textContent = 'Comments are closed.';
    await scanner.scan(added);
    expect(scanner.takeReport({})).toBeNull();
    const candidates = candidatesOf(gate, report)!;
    expect(candidates.sentences.length).toBeGreaterThan(0);
    for (const s of candidates.sentences) expect(scanner.rangeFor(s)?.toString()).toBe(s.text);
    expect(scanner.takeReport({})).toBeNull(); // nothing new since

    const big = document.body.appendChild(document.createElement('div'));
    const line = 'x'.repeat(9_999);
    big.innerHTML = `<p>${line}</p>`.repeat(Math.ceil(MAX_PAGE_CHARS / 10_000) + 5);
    await scanner.scan(big);
    expect(scanner.truncated).toBe(true);
    expect(scanner.textLength).toBeLessThanOrEqual(MAX_PAGE_CHARS + 10_000);
    const before = scanner.textLength;
    await scanner.scan(big); // capped: reads nothing more
    expect(scanner.textLength).toBe(before);
  });

  it('PageScanner hands on the only block of a page (a plain-text page is one <pre>)', async () => {
    document.body.innerHTML = '<pre>Pakistani and Afghan forces exchanged fire at Torkham.</pre>';
    const scanner = new PageScanner('data-durand-lens');
    await scanner.scan(document.body.firstElementChild!);
    expect(scanner.takeReport({})?.blocks.map((b) => b.text)).toEqual(['Pakistani and Afghan forces exchanged fire at Torkham.']);
  });

  it('PageScanner hands on only the blocks with anchor words of a long page', async () => {
    const filler = Array.from({ length: 40 }, (_, i) => `<p>Library note ${i}: ${'shelf '.repeat(200)}</p>`).join('');
    document.body.innerHTML = `${filler}<p>Pakistani and Afghan forces exchanged fire at Torkham.</p><p>Weather: mild.</p>`;
    const scanner = new PageScanner('data-durand-lens');
    await scanner.scan(document.body);
    expect(scanner.textLength).toBeGreaterThan(ALL_BLOCKS_CHARS);
    const texts = scanner.takeReport({})!.blocks.map((b) => b.text);
    expect(texts).toContain('Pakistani and Afghan forces exchanged fire at Torkham.');
    expect(texts.join('\n').length).toBeLessThan(ALL_BLOCKS_CHARS + 2_000);
    expect(texts).not.toContain('Weather: mild.');
  });

  it('PageScanner hands on a dateline beside its story even where a batch of blocks ends', async () => {
    // A long page's blocks are tested 32 at a time: for every split, the short dated block and its story are seen together.
    for (const before of [30, 31, 32, 33]) {
      const filler = Array.from({ length: before }, (_, i) => `<p>Library note ${i}: ${'shelf '.repeat(200)}</p>`).join('');
      document.body.innerHTML = `${filler}<p>Peshawar, September 6</p><p>Pakistani and Afghan forces exchanged fire at Torkham.</p>`;
      const scanner = new PageScanner('data-durand-lens');
      await scanner.scan(document.body);
      const texts = scanner.takeReport({})!.blocks.map((b) => b.text);
      expect(texts, `after ${before} blocks`).toEqual(['Peshawar, September 6', 'Pakistani and Afghan forces exchanged fire at Torkham.']);
    }
  });

  it('PageScanner keeps at most MAX_REPORT_CHARS of blocks with anchor words, and says the page was read in part', async () => {
    const line = `Pakistan ${'y'.repeat(990)}`;
    document.body.innerHTML = `<p>${line}</p>`.repeat(Math.ceil(MAX_REPORT_CHARS / line.length) + 20);
    const scanner = new PageScanner('data-durand-lens');
    await scanner.scan(document.body);
    const report = scanner.takeReport({})!;
    expect(report.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(MAX_REPORT_CHARS);
    expect(report.blocks.length).toBeGreaterThan(100);
    expect(report.truncated).toBe(true);
  });

  it('PageScanner leaves out only the block too large to keep, and goes on reading after it', async () => {
    const paragraphs = hostile.CLASH_PARAGRAPHS as string[];
    document.body.innerHTML = `<p>Kabul said so.</p><div>Pakistan ${'z '.repeat(MAX_REPORT_CHARS / 2 + 10)}</div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`;
    const scanner = new PageScanner('data-durand-lens');
    await scanner.scan(document.body);
    const report = scanner.takeReport({})!;
    expect(report.truncated).toBe(true);
    expect(report.blocks.map((b) => b.text)).toEqual(['Kabul said so.', ...paragraphs]);
    expect(candidatesOf(gate, report)).not.toBeNull();
  });

  it('watchPage works in a bounded number of batches of bounded size on a page that never stops changing', async () => {
    const calls: number[] = [];
    const feed = document.body.appendChild(document.createElement('div'));
    const watch = watchPage(document.body, {
      delayMs: 5,
      maxBatches: 4,
      isOwnUi: () => false,
      onNavigate: () => undefined,
      onAdded: async (nodes) => void calls.push(nodes.length),
    });
    const timer = setInterval(() => {
      for (let i = 0; i < 200; i++) feed.appendChild(document.createElement('p')).textContent = `update ${i}`;
    }, 1);
    await new Promise((r) => setTimeout(r, 300));
    clearInterval(timer);
    watch.stop();
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThanOrEqual(4);
    for (const n of calls) expect(n).toBeLessThanOrEqual(500);
  });
});
