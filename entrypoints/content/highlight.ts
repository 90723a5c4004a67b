// Marks the matched sentences with the CSS Custom Highlight API: the page's DOM and layout stay as they
// were, and removing the mark is one call. Browsers without the API get no marks (the markers remain).
export const MATCH_HIGHLIGHT = 'durand-lens-match';

type HighlightRegistry = Map<string, unknown>;
const registry = () => (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
const HighlightCtor = () => (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;

export const canHighlight = () => !!registry() && !!HighlightCtor();

export function highlightRanges(ranges: Range[]): void {
  const highlights = registry();
  const Ctor = HighlightCtor();
  if (!highlights || !Ctor) return;
  if (ranges.length === 0) highlights.delete(MATCH_HIGHLIGHT);
  else highlights.set(MATCH_HIGHLIGHT, new Ctor(...ranges));
}

export function clearHighlights(): void {
  registry()?.delete(MATCH_HIGHLIGHT);
}
