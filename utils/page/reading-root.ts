// Which part of a page is read, and how much of it. Small and import-free: the check that runs on every
// page (entrypoints/anchor-check.ts) uses it as well as the full reader.

/** Past this many characters a page is read in part, and says so. */
export const MAX_PAGE_CHARS = 2_000_000;

/** A plain-text document's one <pre>, as the browser shows it; null on any other page. */
export const plainTextPre = (doc: Document): Element | null =>
  doc.contentType === 'text/plain' && doc.body?.firstElementChild?.tagName === 'PRE' ? doc.body.firstElementChild : null;

/** Picks the subtree to read: the one article when a page has one, else main, else body. */
export function readingRoot(doc: Document): Element | null {
  // A plain-text document's <pre> is otherwise skipped as code: read it.
  const pre = plainTextPre(doc);
  if (pre) return pre;
  try {
    const bodies = doc.querySelectorAll('[itemprop="articleBody"]');
    if (bodies.length === 1 && (bodies[0]!.textContent ?? '').length >= 400) return bodies[0]!;
    // Many sites wrap each teaser in <article> too: the story is the one far longer than the others.
    // A feed or a live blog, whose posts are alike in length, is read whole.
    // An index loop, not a spread, a map and a sort: stage 1 runs this on every page, in a fresh world where each
    // iterator and array method is set up on first use (same-run A/B on the off-topic article: new / old 0.96 twice).
    const articles = doc.querySelectorAll('article');
    let longest: Element | undefined;
    let longestLength = 0;
    let secondLength = 0;
    for (let i = 0; i < articles.length; i++) {
      const length = (articles[i]!.textContent ?? '').length;
      if (length > longestLength) {
        secondLength = longestLength;
        longestLength = length;
        longest = articles[i];
      } else if (length > secondLength) secondLength = length;
    }
    if (longest && longestLength >= 400 && longestLength >= 3 * secondLength) return longest;
    const mains = doc.querySelectorAll('main, [role="main"]');
    if (mains.length === 1 && (mains[0]!.textContent ?? '').length >= 400) return mains[0]!;
  } catch {
    // A DOM that cannot be queried (happy-dom recurses, and overflows, on trees thousands of levels deep): read it all.
  }
  return doc.body;
}
