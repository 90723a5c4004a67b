// Which part of a page is read, and how much of it. Small and import-free: the check that runs on every
// page (entrypoints/anchor-check.ts) uses it as well as the full reader.

/** Past this many characters a page is read in part, and says so. */
export const MAX_PAGE_CHARS = 2_000_000;

/** A plain-text document's one <pre>, as the browser shows it; null on any other page. */
export const plainTextPre = (doc: Document): Element | null =>
  doc.contentType === 'text/plain' && doc.body?.firstElementChild?.tagName === 'PRE' ? doc.body.firstElementChild : null;

/** The subtree to read, and its text when picking it took that text already (an article or main, not the body). */
export interface ReadingRoot {
  root: Element | null;
  text?: string;
}

/** Picks the subtree to read: the one article when a page has one, else main, else body. */
export const readingRoot = (doc: Document): Element | null => pickReadingRoot(doc).root;

/** readingRoot, with the text it read to pick it. */
export function pickReadingRoot(doc: Document): ReadingRoot {
  // A plain-text document's <pre> is otherwise skipped as code: read it.
  const pre = plainTextPre(doc);
  if (pre) return { root: pre };
  try {
    const bodies = doc.querySelectorAll('[itemprop="articleBody"]');
    if (bodies.length === 1) {
      const text = bodies[0]!.textContent ?? '';
      if (text.length >= 400) return { root: bodies[0]!, text };
    }
    // Many sites wrap each teaser in <article> too: the story is the one far longer than the others.
    // A feed or a live blog, whose posts are alike in length, is read whole.
    // An index loop, not a spread, a map and a sort: stage 1 runs this on every page, in a fresh world where each
    // iterator and array method is set up on first use (same-run A/B on the off-topic article: new / old 0.96 twice).
    const articles = doc.querySelectorAll('article');
    let longest: Element | undefined;
    let longestText = '';
    let secondLength = 0;
    for (let i = 0; i < articles.length; i++) {
      const text = articles[i]!.textContent ?? '';
      if (text.length > longestText.length) {
        secondLength = longestText.length;
        longestText = text;
        longest = articles[i];
      } else if (text.length > secondLength) secondLength = text.length;
    }
    if (longest && longestText.length >= 400 && longestText.length >= 3 * secondLength) return { root: longest, text: longestText };
    const mains = doc.querySelectorAll('main, [role="main"]');
    if (mains.length === 1) {
      const text = mains[0]!.textContent ?? '';
      if (text.length >= 400) return { root: mains[0]!, text };
    }
  } catch {
    // A DOM that cannot be queried (happy-dom recurses, and overflows, on trees thousands of levels deep): read it all.
  }
  return { root: doc.body };
}
