// Scrolls to a sentence and flashes it. Prefers the CSS Custom Highlight API (the page's DOM stays
// untouched); falls back to a brief outline on the sentence's element.
const FLASH = 'durand-lens-flash';
const FLASH_MS = 2200;

export function flashRange(range: Range): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const highlights = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightCtor = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (highlights && HighlightCtor) {
    highlights.set(FLASH, new HighlightCtor(range));
    setTimeout(() => highlights.delete(FLASH), FLASH_MS);
    return;
  }
  if (!element) return;
  const previous = element.style.outline;
  element.style.outline = '3px solid #d97706';
  setTimeout(() => (element.style.outline = previous), FLASH_MS);
}
