import { describe, expect, it } from 'vitest';
import { collectBlocks, readingRoot, visibleBlocksWithAnchors } from './collect-text';

const doc = (html: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
const story = 'The story itself, long enough to be the article. '.repeat(20);

describe('readingRoot', () => {
  it('reads the one long article among teaser articles', () => {
    const d = doc(`<article><p>Teaser one</p></article><article id="story"><p>${story}</p></article><article><p>Teaser two</p></article>`);
    expect(readingRoot(d)?.id).toBe('story');
  });
  it('reads the whole page when posts are alike (a live blog)', () => {
    const d = doc(`<main id="m"><article><p>${story}</p></article><article><p>${story}</p></article></main>`);
    expect(readingRoot(d)?.id).toBe('m');
  });
});

describe('collectBlocks', () => {
  it('skips scripts, styles, hidden parts, form fields and code, and keeps blocks apart', () => {
    const d = doc(`<p>First <b>para</b>graph.</p><script>var x = "Taliban";</script><style>p{}</style>
      <div hidden>hidden text</div><p style="display:none">none</p><textarea>typed</textarea><pre>code</pre><p>Second.</p>`);
    expect(collectBlocks(d.body).blocks.map((b) => b.text)).toEqual(['First paragraph.', 'Second.']);
  });
  it('leaves out the navigation and sidebars of a page read whole, but not an article header', () => {
    const d = doc(`<header><nav>Home</nav></header><article><header><h1>Headline</h1></header><p>Post.</p></article>
      <article><p>Post two.</p></article><aside><p>Sidebar: border clashes</p></aside><div role="complementary"><p>Related</p></div><footer>Footer</footer>`);
    expect(collectBlocks(d.body).blocks.map((b) => b.text)).toEqual(['Headline', 'Post.', 'Post two.']);
    expect(collectBlocks(d.body.querySelector('aside')!).blocks.map((b) => b.text)).toEqual(['Sidebar: border clashes']);
  });
  it('never reads elements it is told to exclude (our own UI)', () => {
    const d = doc(`<p>Page.</p><div data-durand-lens><p>Our card</p></div>`);
    expect(collectBlocks(d.body, { excludeAttribute: 'data-durand-lens' }).blocks.map((b) => b.text)).toEqual(['Page.']);
  });
  it('maps each block back to its text nodes', () => {
    const d = doc(`<p>One <i>two</i> three</p>`);
    const [block] = collectBlocks(d.body).blocks;
    for (const part of block!.parts) expect(block!.text.slice(part.offset, part.offset + part.node.data.length)).toBe(part.node.data);
  });
  it('reads a plain-text document (one <pre>) line by line, each line mapped back into its text node', () => {
    const d = doc('<pre></pre>');
    Object.defineProperty(d, 'contentType', { value: 'text/plain' });
    const pre = d.querySelector('pre')!;
    // A browser may hand a long text to the <pre> as several text nodes: a line can span two.
    pre.append('Headline without a stop\nKabul, 5 Dec\n\nFirst para', 'graph goes on.\nLast line');
    const root = readingRoot(d)!;
    expect(root).toBe(pre);
    const { blocks } = collectBlocks(root);
    expect(blocks.map((b) => [b.index, b.text])).toEqual([
      [0, 'Headline without a stop'],
      [1, 'Kabul, 5 Dec'],
      [2, 'First paragraph goes on.'],
      [3, 'Last line'],
    ]);
    for (const block of blocks)
      for (const [i, part] of block.parts.entries()) {
        const end = block.parts[i + 1]?.offset ?? block.text.length;
        expect(part.node.data.slice(Math.max(0, -part.offset), end - part.offset)).toBe(block.text.slice(Math.max(0, part.offset), end));
      }
  });
  it('stops at the character budget and says so', () => {
    const d = doc('<p>abc</p>'.repeat(100));
    expect(collectBlocks(d.body, { maxChars: 30 }).truncated).toBe(true);
  });
});

describe('visibleBlocksWithAnchors', () => {
  const texts = (html: string) => {
    const d = doc(`<style>.sr{display:none}</style>${html}`);
    return visibleBlocksWithAnchors(collectBlocks(d.body).blocks).map((b) => b.text);
  };
  it('keeps only blocks with anchor words, in what a stylesheet leaves visible', () => {
    expect(
      texts('<p>Kabul said <span class="sr">Pakistan hidden</span>it was calm.</p><p>Weather.</p><div class="sr"><p>Taliban</p></div>'),
    ).toEqual(['Kabul said it was calm.']);
  });
  it('drops a block whose anchor word is only in hidden text, and keeps offsets true after rebuilding', () => {
    expect(texts('<p>Calm <span class="sr">Kabul</span>day.</p>')).toEqual([]);
    const d = doc('<style>.sr{display:none}</style><p>In <b>Kabul</b><i class="sr">x</i> and <b>Khost</b>.</p>');
    const [block] = visibleBlocksWithAnchors(collectBlocks(d.body).blocks);
    for (const part of block!.parts) expect(block!.text.slice(part.offset, part.offset + part.node.data.length)).toBe(part.node.data);
    expect(block!.text).toBe('In Kabul and Khost.');
  });
});
