import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkPage, LONG_TEXT_CHARS, textHoldsAnchor, watchForAnchor } from './anchor-check';

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
  it('sees through Arabic vowel marks, and a nukta letter typed as one character (round 20V)', () => {
    // "The Pakistani army", vocalised; "Afghanistan" in Hindi with फ़ and ग़ each typed as one character.
    expect(textHoldsAnchor('قَالَ الجَيْشُ البَاكِسْتَانِيُّ')).toBe(true);
    expect(textHoldsAnchor('\u0905\u095e\u095a\u093e\u0928\u093f\u0938\u094d\u0924\u093e\u0928')).toBe(true);
  });
});

describe('checkPage', () => {
  it('reads the article, not a sidebar of headlines beside it', async () => {
    const d = doc(`<article><p>${filler}</p></article><aside><a>Taliban attack border posts</a></aside>`);
    expect(await checkPage(d)).not.toBe('anchor');
  });
  it('never reads scripts or styles', async () => {
    const d = doc(`<p>${filler}</p><script>var topic = "Pakistan";</script><style>.kabul{}</style>`);
    expect(await checkPage(d)).not.toBe('anchor');
  });
  it('hits on a page that reports the clashes', async () => {
    expect(await checkPage(doc(`<article><p>${filler} Pakistani jets struck Paktika.</p></article>`))).toBe('anchor');
  });
  it('answers at once, without a promise, when the page is read in one slice', () => {
    expect(checkPage(doc(`<p>${filler} Strikes near Khost.</p>`))).toBe('anchor');
    expect(checkPage(doc(`<p>${filler}</p>`))).toBe('little-text');
  });
  it('runs no pattern on a page with no text yet (an app that renders later)', () => {
    const test = vi.spyOn(RegExp.prototype, 'test');
    try {
      expect(checkPage(doc('<div id="app"></div>'))).toBe('little-text');
      // happy-dom runs patterns of its own for the selectors: only ours is looked for.
      expect(test.mock.contexts.some((pattern) => (pattern as RegExp).source.includes('afghan'))).toBe(false);
    } finally {
      test.mockRestore();
    }
  });
  it('finds an anchor word far down a long page, read in several chunks and slices', async () => {
    const long = '<p>Nothing to see here, only the weather again. </p>'.repeat(3000);
    expect(await checkPage(doc(`${long}<p>Then the Torkham crossing closed.</p>`), 0)).toBe('anchor');
  });
  it('tells a page that already shows a long text from one with little text yet, which is worth watching', () => {
    const article = (chars: number) =>
      doc(`<article><p>${'Markets closed higher on the week. '.repeat(Math.ceil(chars / 35))}</p></article>`);
    expect(checkPage(article(LONG_TEXT_CHARS + 100))).toBe('none');
    expect(checkPage(article(LONG_TEXT_CHARS - 200))).toBe('little-text');
  });
  it('tests an article without scripts in one piece, walking none of its text nodes', () => {
    const d = doc(`<article><p>${filler}</p><p>Pakistani jets struck <b>Paktika</b>.</p></article>`);
    const walk = vi.spyOn(d, 'createTreeWalker');
    expect(checkPage(d)).toBe('anchor');
    expect(checkPage(doc(`<article><p>${filler}</p></article>`))).toBe('little-text');
    expect(walk).not.toHaveBeenCalled();
  });
  it('walks an article that holds a script, whose words are not prose', () => {
    const d = doc(`<article><p>${filler}</p><script>var section = "Pakistan";</script></article>`);
    expect(checkPage(d)).not.toBe('anchor');
  });
  it('stops at the page-size cap', async () => {
    const over = `<p>${'a quiet line of text. '.repeat(100_000)}</p><p>Taliban</p>`;
    expect(await checkPage(doc(over), 0)).toBe('none');
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
  it('leaves the page alone after its deadline', async () => {
    vi.useFakeTimers();
    const d = doc(`<p>${filler}</p>`);
    const onHit = vi.fn();
    watchForAnchor(d.body, onHit, { delayMs: 10, maxMs: 1000 });
    await vi.advanceTimersByTimeAsync(2000);
    d.body.append(Object.assign(d.createElement('p'), { textContent: 'Taliban attack' }));
    await vi.advanceTimersByTimeAsync(20);
    expect(onHit).not.toHaveBeenCalled();
  });
});
