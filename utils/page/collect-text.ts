// Visible, readable text of a DOM subtree, block by block in reading order. Works on any DOM
// (the browser's, or happy-dom's in the scanner). Skips what a reader does not read.
import { blocksWithAnchors, holdsAnchor } from '../detect/anchors';

import { plainTextPre } from './reading-root';

export { readingRoot } from './reading-root';

// tagName is upper case for HTML elements, lower case for SVG/MathML and in XHTML documents: the sets hold
// both, so no per-element case conversion is needed.
const bothCases = (tags: string[]) => new Set([...tags, ...tags.map((t) => t.toLowerCase())]);

/** Elements whose content is never prose: code, media, forms, and the page's machinery. */
const SKIP_TAGS = bothCases([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);
/** Elements that start a new block of text. */
const BLOCK_TAGS = bothCases([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'DT',
  'DD',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'NAV',
  'MAIN',
  'BODY',
  'UL',
  'OL',
  'TABLE',
  'TR',
  'FORM',
  'FIGURE',
  'DETAILS',
  'SUMMARY',
  'ADDRESS',
  'BR',
  'HR',
]);

export interface TextBlock {
  /** The text nodes' text as it is, line breaks included (cheaper on every page; the background makes them spaces, see lineBreaksToSpaces). */
  text: string;
  /** Its place in reading order, from 0 (the page scanner numbers on across the parts it reads): how results point back at it. */
  index: number;
  /**
   * The text nodes the block is made of, and where each starts in `text` (negative when the block begins inside
   * the node, as a line of a plain-text page does): evidence maps back through them.
   */
  parts: { node: Text; offset: number }[];
}

export interface CollectOptions {
  /** Stop after this many characters (a huge page is read in part, and says so). */
  maxChars?: number;
  /** Elements with this attribute are left out entirely, such as the extension's own UI hosts. */
  excludeAttribute?: string;
  /** Follow open shadow roots, to this many at most. */
  maxShadowRoots?: number;
}

const MAX_CLIMB = 40;

/** Page furniture: navigation, sidebars, headers and footers of the page (not of one article). */
const CHROME_TAGS = bothCases(['ASIDE', 'NAV', 'HEADER', 'FOOTER']);
const CHROME_ROLES = new Set(['complementary', 'navigation', 'banner', 'contentinfo']);

/**
 * Whether an element is page furniture. Only asked when the whole body is read (no single article or main):
 * there a sidebar of clash headlines or a "read more" list must not decide what the page is about.
 */
function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName)) {
    // An article's own header holds its headline and date: keep it.
    return !(
      (el.tagName === 'HEADER' || el.tagName === 'FOOTER' || el.tagName === 'header' || el.tagName === 'footer') &&
      el.parentElement?.closest('article')
    );
  }
  const role = el.getAttribute('role');
  return role !== null && CHROME_ROLES.has(role);
}

function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Walks the subtree and yields blocks of text. A generator, so callers can spread the work over
 * several tasks (the content script) or drain it at once (the scanner).
 */
export function* visibleTextBlocks(root: Node, options: CollectOptions = {}): Generator<TextBlock, { truncated: boolean }> {
  const maxChars = options.maxChars ?? Infinity;
  let shadowBudget = options.maxShadowRoots ?? 50;
  let total = 0;
  let index = 0;
  const doc = root.ownerDocument ?? (root as Document);
  if (root === plainTextPre(doc)) return yield* plainTextLines(root, maxChars);

  // Reading the whole body (no single article or main): its navigation and sidebars are left out.
  const wholeBody = root === doc.body;
  const rejected = (el: Element): boolean => {
    if (SKIP_TAGS.has(el.tagName)) return true;
    if (wholeBody && CHROME_TAGS.has(el.tagName) && isChrome(el)) return true;
    // Most elements have no attributes: nothing marks them as ours or hidden.
    if (!el.hasAttributes()) return false;
    if (options.excludeAttribute && el.hasAttribute(options.excludeAttribute)) return true;
    if (wholeBody && isChrome(el)) return true;
    return hiddenByMarkup(el);
  };

  const pendingRoots: Node[] = [root];
  let current: TextBlock | null = null;
  let currentOwner: Element | null = null;
  let lastParent: Element | null = null;
  let lastOwner: Element | null = null;

  while (pendingRoots.length) {
    const start = pendingRoots.shift()!;
    // No filter callback: the browser would call into script for every node. A rejected element's
    // subtree is stepped over instead.
    const walker = doc.createTreeWalker(start, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 1) {
        if (rejected(node as Element)) {
          if (!stepOver(walker, start)) break;
          continue;
        }
        const shadow = (node as Element).shadowRoot;
        if (shadow && shadowBudget-- > 0) pendingRoots.push(shadow);
        continue;
      }
      const text = node as Text;
      const value = text.data;
      if (!/\S/.test(value)) continue;
      // Text nodes in a row mostly share a parent: climb to the block only when the parent changes.
      const parent = text.parentElement;
      const owner: Element | null = parent === lastParent ? lastOwner : blockOwner(text);
      lastParent = parent;
      lastOwner = owner;
      if (!current || owner !== currentOwner) {
        if (current) yield current;
        current = { text: '', index: index++, parts: [] };
        currentOwner = owner;
      }
      current.parts.push({ node: text, offset: current.text.length });
      current.text += value;
      total += value.length;
      if (total >= maxChars) {
        yield current;
        return { truncated: true };
      }
    }
  }
  if (current) yield current;
  return { truncated: false };
}

/**
 * A plain-text document, which the browser shows as one <pre>: each line is a block, as its reader sees a
 * paragraph (and as the scanner reads a .txt file), so a headline without a full stop does not run into the
 * sentence after it.
 */
function* plainTextLines(pre: Node, maxChars: number): Generator<TextBlock, { truncated: boolean }> {
  const walker = (pre.ownerDocument ?? (pre as Document)).createTreeWalker(pre, 0x4 /* SHOW_TEXT */);
  let index = 0;
  let total = 0;
  let line: TextBlock = { text: '', index, parts: [] };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.data;
    for (let from = 0; ; ) {
      const newline = value.indexOf('\n', from);
      const end = newline < 0 ? value.length : newline;
      if (end > from) {
        line.parts.push({ node, offset: line.text.length - from });
        line.text += value.slice(from, end);
      }
      // A line without its end yet goes on in the next text node.
      if (newline < 0) break;
      from = newline + 1;
      if (!/\S/.test(line.text)) {
        line = { text: '', index, parts: [] };
        continue;
      }
      yield line;
      total += line.text.length;
      if (total >= maxChars) return { truncated: true };
      line = { text: '', index: ++index, parts: [] };
    }
  }
  if (/\S/.test(line.text)) yield line;
  return { truncated: false };
}

/**
 * Moves the walker to the last node inside its current node's subtree, so that nextNode() goes on
 * after that subtree; false when nothing of `root` comes after it.
 */
function stepOver(walker: TreeWalker, root: Node): boolean {
  for (let node: Node | null = walker.currentNode; node && node !== root; node = walker.parentNode()) {
    if (walker.nextSibling()) {
      walker.previousNode();
      return true;
    }
  }
  return false;
}

function blockOwner(node: Node): Element | null {
  let el = node.parentElement;
  for (let i = 0; el && i < MAX_CLIMB; i++, el = el.parentElement) if (BLOCK_TAGS.has(el.tagName)) return el;
  return el;
}

/**
 * The blocks as a reader sees them: a block loses the parts a stylesheet hides (its text is rebuilt from the others,
 * offsets with it) and is kept if `keepRebuilt` says so of what is left. Whether an element is hidden is asked
 * (`checkVisibility`, which may make the browser compute styles) only here, for the blocks handed on, not for every
 * element of every page during the walk.
 */
export function shownParts(blocks: readonly TextBlock[], keepRebuilt = (text: string) => /\S/.test(text)): TextBlock[] {
  const shown = new Map<Element, boolean>();
  let canAsk = true;
  const isShown = (el: Element | null): boolean => {
    if (!el || !canAsk || typeof el.checkVisibility !== 'function') return true;
    let seen = shown.get(el);
    if (seen === undefined) {
      try {
        seen = el.checkVisibility();
      } catch {
        // A DOM that cannot tell (happy-dom recurses, and overflows, on trees thousands of levels deep):
        // the markup's own hiding was honoured in the walk; stop asking.
        canAsk = false;
        return true;
      }
      shown.set(el, seen);
    }
    return seen;
  };
  const out: TextBlock[] = [];
  for (const block of blocks) {
    if (block.parts.every((p) => isShown(p.node.parentElement))) {
      out.push(block);
      continue;
    }
    const rebuilt = { ...block, text: '', parts: [] as TextBlock['parts'] };
    block.parts.forEach((part, i) => {
      if (!isShown(part.node.parentElement)) return;
      rebuilt.parts.push({ node: part.node, offset: rebuilt.text.length });
      rebuilt.text += block.text.slice(part.offset, block.parts[i + 1]?.offset ?? block.text.length);
    });
    if (keepRebuilt(rebuilt.text)) out.push(rebuilt);
  }
  return out;
}

/** The blocks worth handing on: those with an anchor word in text a reader can see, and their datelines. */
export const visibleBlocksWithAnchors = (blocks: readonly TextBlock[]): TextBlock[] => shownParts(blocksWithAnchors(blocks), holdsAnchor);

/** Drains the walk: all blocks at once (for the scanner and tests). */
export function collectBlocks(root: Node, options?: CollectOptions): { blocks: TextBlock[]; truncated: boolean } {
  const blocks: TextBlock[] = [];
  const walk = visibleTextBlocks(root, options);
  for (let r = walk.next(); ; r = walk.next()) {
    if (r.done) return { blocks, truncated: r.value.truncated };
    blocks.push(r.value);
  }
}
