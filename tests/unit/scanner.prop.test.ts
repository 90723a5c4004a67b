// @vitest-environment node
// Property-based tests of the scanner path: random, malformed and deeply nested HTML through
// scripts/lib/read-page.ts (happy-dom) and utils/page (collect-text, analyze-document), the very code
// `npm run scan` and the content script run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/utils/dataset/load';
import { buildModel } from '@/utils/detect/analyze';
import { analyzeDocument } from '@/utils/page/analyze-document';
import { MAX_PAGE_CHARS } from '@/utils/page/reading-root';
import { collectBlocks, readingRoot } from '@/utils/page/collect-text';
import { lineBreaksToSpaces } from '@/utils/text/normalize';
import { pageDocument } from '../../scripts/lib/read-page';
import { checkResult, hostileText } from './arbitraries';

const model = buildModel(loadDataset());
const SECRET = 'QQSECRETQQ';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const BLOCK = ['p', 'div', 'section', 'article', 'main', 'li', 'td', 'blockquote', 'h2', 'figcaption'];
const INLINE = ['span', 'b', 'i', 'a', 'em', 'bdi', 'bdo dir="rtl"', 'font', 'x-custom', 'mark'];
const ATTRS = ['', '', '', ' class="c"', ' dir="rtl"', ' lang="ur"', ' style="color:red"', ' title="<p>x</p>"', ' data-x="&quot;"'];
/** Containers whose text nobody reads: what they hold must never reach a block. */
const SKIPPED = ['template', 'noscript', 'script', 'style', 'textarea', 'code', 'pre', 'svg', 'button', 'select'];
const HIDDEN = [' hidden', ' aria-hidden="true"', ' style="display:none"', ' style="visibility: hidden"'];

type Html = string;
const { tree } = fc.letrec<{ tree: Html; node: Html }>((tie) => ({
  tree: fc.array(tie('node'), { maxLength: 5 }).map((nodes) => nodes.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText(12).map(escape),
    fc
      .tuple(fc.constantFrom(...BLOCK, ...INLINE), fc.constantFrom(...ATTRS), tie('tree'))
      .map(([tag, attr, inner]) => `<${tag}${attr}>${inner}</${tag.split(' ')[0]}>`),
    fc.tuple(fc.constantFrom(...SKIPPED), hostileText(6).map(escape)).map(([tag, text]) => `<${tag}>${SECRET} ${text}</${tag}>`),
    fc.tuple(fc.constantFrom(...HIDDEN), hostileText(6).map(escape)).map(([attr, text]) => `<div${attr}>${SECRET} ${text}</div>`),
    fc.constantFrom(
      '<br>',
      '<hr>',
      '<img src=x onerror="alert(1)">',
      '<!-- comment <p> -->',
      '&nbsp;',
      '&#x200b;',
      '&#8238;',
      '</p>',
      '<p>',
      '</div></div>',
      '<table><tr><td>',
      '<![CDATA[x]]>',
      '<iframe srcdoc="<p>x</p>"></iframe>',
    ),
  ),
}));

const NOISE = [
  '<br>',
  '<hr>',
  '<img src=x onerror="alert(1)">',
  '<!-- <p> -->',
  '&nbsp;',
  '&#x200b;',
  '&#8238;',
  '<p>',
  '</p>',
  '</div></div>',
  '<table><tr><td>',
  '<iframe srcdoc="<p>x</p>"></iframe>',
  '<span dir="rtl">Library news.</span>',
  '<template><p>Kabul</p></template>',
  '<b><i>unclosed',
];

/** Markup that is deeply nested, unclosed, or both. */
const deep = fc
  .tuple(fc.integer({ min: 1, max: 1500 }), fc.constantFrom('div', 'span', 'p', 'b', 'li', 'table'), fc.boolean(), hostileText(10))
  .map(([depth, tag, close, text]) => `${`<${tag}>`.repeat(depth)}${escape(text)}${close ? `</${tag}>`.repeat(depth) : ''}`);

const documentHtml = fc
  .tuple(
    fc.option(hostileText(6), { nil: undefined }),
    fc.oneof({ weight: 4, arbitrary: tree }, { weight: 1, arbitrary: deep }),
    fc.boolean(),
  )
  .map(
    ([title, body, doctype]) =>
      `${doctype ? '<!doctype html>' : ''}<html><head>${title !== undefined ? `<title>${escape(title)}</title>` : ''}</head><body>${body}</body></html>`,
  );

const HIDING = [...SKIPPED, '[hidden]', '[aria-hidden="true"]', '[style]'].join(',');
function secretMovedOut(doc: Document): boolean {
  const walker = doc.createTreeWalker(doc.documentElement, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n as Text).data.includes(SECRET) && !n.parentElement?.closest(HIDING)) return true;
  }
  return false;
}

/** The blocks analyzeDocument read (it is deterministic), and the title as block -1. */
function readBack(doc: Document) {
  const root = readingRoot(doc);
  const { blocks } = root ? collectBlocks(root, { maxChars: MAX_PAGE_CHARS }) : { blocks: [] };
  // Evidence quotes the text as the background reads it: line breaks as spaces.
  return { blocks, textOf: (i: number) => (i === -1 ? doc.title : blocks[i] && lineBreaksToSpaces(blocks[i].text)) };
}

describe('scanner path on random HTML (property)', () => {
  it('never throws, reads no hidden or skipped text, and maps every block back to its text nodes', () => {
    fc.assert(
      fc.property(documentHtml, (html) => {
        const doc = pageDocument(html);
        // happy-dom's parser can move text out of its element in broken table markup, where browsers keep
        // it in place: such a document tests the parser, not the reading.
        fc.pre(!secretMovedOut(doc));
        const result = analyzeDocument(doc, model);
        const { blocks, textOf } = readBack(doc);
        checkResult(result, textOf);
        for (const block of blocks) {
          expect(block.text).not.toContain(SECRET);
          let at = 0;
          for (const part of block.parts) {
            expect(part.offset).toBe(at);
            expect(block.text.slice(at, at + part.node.data.length)).toBe(part.node.data);
            at += part.node.data.length;
          }
          expect(at).toBe(block.text.length);
        }
      }),
      { numRuns: 40 },
    );
    // Generous: 40 random documents through happy-dom take seconds on a busy 2-core machine.
  }, 30_000);

  it('reads the story the same inside random wrappers, and never from hidden places', () => {
    const story =
      '<p>Pakistan confirmed the clashes. Its information minister, Attaullah Tarar, said on X that two Pakistani soldiers had been killed and three wounded.</p><p>Within hours, Pakistan launched what it called Operation Ghazab lil-Haq, with air strikes on targets inside Afghanistan.</p>';
    const reference = analyzeDocument(pageDocument(`<html><body>${story}</body></html>`), model);
    expect(reference.topic).toBe(true);
    fc.assert(
      // Noise of markup only: random words could tell another story (an earthquake, a cricket match) and rightly tip the verdict.
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...BLOCK, 'span', 'b'), fc.constantFrom(...ATTRS)), { maxLength: 30 }),
        fc.array(fc.constantFrom(...NOISE), { maxLength: 12 }).map((n) => n.join('')),
        fc.constantFrom(...SKIPPED),
        (wrappers, noise, hidden) => {
          const open = wrappers.map(([t, a]) => `<${t}${a}>`).join('');
          const close = wrappers
            .map(([t]) => `</${t}>`)
            .reverse()
            .join('');
          const visible = analyzeDocument(pageDocument(`<html><body>${open}${story}${close}${noise}</body></html>`), model);
          expect(visible.topic).toBe(true);
          const concealed = analyzeDocument(
            pageDocument(`<html><body><p>Library news.</p><${hidden}>${story}</${hidden}></body></html>`),
            model,
          );
          expect(concealed.topic).toBe(false);
        },
      ),
      { numRuns: 15 },
    );
  }, 30_000);
});
