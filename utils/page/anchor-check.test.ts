import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageHoldsAnchor, textHoldsAnchor, textOf, watchForAnchor } from './anchor-check';

const doc = (html: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
const filler = 'A long report about the weather and the markets this week. '.repeat(20);

describe('textHoldsAnchor', () => {
  it('finds an anchor word in any script the pattern holds', () => {
    expect(textHoldsAnchor('Clashes at Torkham overnight')).toBe(true);
    expect(textHoldsAnchor('طالبان نے کہا')).toBe(true);
    expect(textHoldsAnchor('A recipe for lemon cake')).toBe(false);
  });
  it('sees through soft hyphens, zero-width characters and accents', () => {
    expect(textHoldsAnchor('strikes in Nan\u00adgar\u200bhar')).toBe(true);
    expect(textHoldsAnchor('frappes au Pakistān')).toBe(true);
    expect(textHoldsAnchor('Crème brûlée à la française')).toBe(false);
  });
});

describe('pageHoldsAnchor', () => {
  it('reads the article, not a sidebar of headlines beside it', () => {
    const d = doc(`<article><p>${filler}</p></article><aside><a>Taliban attack border posts</a></aside>`);
    expect(pageHoldsAnchor(d)).toBe(false);
  });
  it('never reads scripts or styles', () => {
    const d = doc(`<p>${filler}</p><script>var topic = "Pakistan";</script><style>.kabul{}</style>`);
    expect(textOf(d.body)).not.toContain('Pakistan');
    expect(pageHoldsAnchor(d)).toBe(false);
  });
  it('hits on a page that reports the clashes', () => {
    expect(pageHoldsAnchor(doc(`<article><p>${filler} Pakistani jets struck Paktika.</p></article>`))).toBe(true);
  });
});

describe('watchForAnchor', () => {
  afterEach(() => vi.useRealTimers());
  it('hits when text with an anchor word is added soon after load', async () => {
    vi.useFakeTimers();
    const d = doc(`<p>${filler}</p>`);
    const onHit = vi.fn();
    watchForAnchor(d.body, onHit, { delayMs: 10 });
    d.body.append(Object.assign(d.createElement('p'), { textContent: 'Live: firing reported at Chaman' }));
    await vi.advanceTimersByTimeAsync(20);
    expect(onHit).toHaveBeenCalledTimes(1);
  });
  it('gives up after its last check, however long the page keeps changing', async () => {
    vi.useFakeTimers();
    const d = doc(`<p>${filler}</p>`);
    const onHit = vi.fn();
    watchForAnchor(d.body, onHit, { delayMs: 10, maxChecks: 3 });
    for (let i = 0; i < 5; i++) {
      d.body.append(Object.assign(d.createElement('p'), { textContent: `tick ${i}` }));
      await vi.advanceTimersByTimeAsync(20);
    }
    d.body.append(Object.assign(d.createElement('p'), { textContent: 'Taliban attack' }));
    await vi.advanceTimersByTimeAsync(20);
    expect(onHit).not.toHaveBeenCalled();
  });
});
