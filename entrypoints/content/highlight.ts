// Marks sentences with the CSS Custom Highlight API: the page's text and layout stay as they were, and
// removing a mark is one call. Browsers without the API get no marks (the markers remain).
export const MATCH_HIGHLIGHT = 'durand-lens-match';
export const FLASH_HIGHLIGHT = 'durand-lens-flash';
/**
 * On the page's root element only while a highlight of ours exists; style.css styles them under it.
 * Without it the ::highlight() rules would apply to every element of every page, and Chromium keeps
 * highlight style data for each (~130 kB on the benchmark's news page) where nothing is highlighted.
 */
const STYLE_ATTRIBUTE = 'data-durand-lens-highlights';

type HighlightRegistry = Map<string, unknown>;
const registry = () => (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
const HighlightCtor = () => (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;

/** Shows `ranges` as the named highlight, or removes it when there are none; false without the API. */
export function setHighlight(name: string, ranges: Range[]): boolean {
  const highlights = registry();
  const Ctor = HighlightCtor();
  if (!highlights || !Ctor) return false;
  if (ranges.length === 0) highlights.delete(name);
  else highlights.set(name, new Ctor(...ranges));
  const any = highlights.has(MATCH_HIGHLIGHT) || highlights.has(FLASH_HIGHLIGHT);
  const root = document.documentElement;
  if (any !== root.hasAttribute(STYLE_ATTRIBUTE)) root.toggleAttribute(STYLE_ATTRIBUTE, any);
  return true;
}

export function highlightRanges(ranges: Range[]): void {
  setHighlight(MATCH_HIGHLIGHT, ranges);
}

export function clearHighlights(): void {
  setHighlight(MATCH_HIGHLIGHT, []);
}
