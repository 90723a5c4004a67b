// Scrolls to a sentence and flashes it. Prefers the CSS Custom Highlight API (the page's text and layout
// stay untouched); falls back to a brief outline on the sentence's element.
import { FLASH_HIGHLIGHT, setHighlight } from './highlight';

const FLASH_MS = 2200;

export function flashRange(range: Range): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (setHighlight(FLASH_HIGHLIGHT, [range])) {
    setTimeout(() => setHighlight(FLASH_HIGHLIGHT, []), FLASH_MS);
    return;
  }
  if (!element) return;
  const previous = element.style.outline;
  element.style.outline = '3px solid #d97706';
  setTimeout(() => (element.style.outline = previous), FLASH_MS);
}
