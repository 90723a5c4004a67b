import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { publishedDay } from '../detect/published-day';
import { aroundYears, dateClues } from './date-clues';
import { publishedDate, urlDate } from './published-date';

const doc = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('publishedDate', () => {
  it('reads meta tags, keeping the day the page wrote', () => {
    expect(publishedDate(doc('<meta property="article:published_time" content="2025-10-16T01:10:00+05:00">'))).toBe('2025-10-16');
  });
  it('reads JSON-LD datePublished, then <time>', () => {
    expect(
      publishedDate(doc('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-10-16T09:10:00+05:00"}</script>')),
    ).toBe('2025-10-16');
    expect(publishedDate(doc('<body><time datetime="2025-12-05T19:40:00">5 Dec</time></body>'))).toBe('2025-12-05');
  });
  it('reads a dated canonical URL', () => {
    expect(publishedDate(doc('<link rel="canonical" href="https://v1.afintl.com/202512059393">'))).toBe('2025-12-05');
  });
  it('reads a dateline, Solar Hijri included', () => {
    expect(publishedDate(doc('<body><span class="date">Published: May 9, 2025</span></body>'))).toBe('2025-05-09');
    expect(publishedDate(doc('<body><span class="date">انتشار: شنبه ۱۶ حوت ۱۴۰۴</span></body>'))).toBe('2026-03-07');
  });
  it('reads the dateline of a plain-text page, one of its first lines', () => {
    const d = doc('<body><pre>Border clash renewed in Kurram\nParachinar, 14 October 2025\n\nFighting went on overnight.</pre></body>');
    Object.defineProperty(d, 'contentType', { value: 'text/plain' });
    expect(publishedDate(d)).toBe('2025-10-14');
  });
  it('gives nothing for a page without a date', () => {
    expect(publishedDate(doc('<body><p>Nothing here</p></body>'))).toBeUndefined();
  });
});

describe('dateClues and publishedDay', () => {
  it('hands on the declared day alone, else the short lines with digits, read where the date grammar is', () => {
    expect(dateClues(doc('<meta name="date" content="2025-10-16"><p>12 October 2025</p>'))).toEqual({ declared: '2025-10-16' });
    const clues = dateClues(doc('<body><h1>Заголовок</h1><div>17 марта 2026 / 15:11</div><p>Текст.</p></body>'));
    expect(clues.declared).toBeUndefined();
    expect(clues.lines).toEqual(['17 марта 2026 / 15:11']);
    expect(publishedDay(clues)).toBe('2026-03-17');
  });
  it('hands on the text around each year, only when a line may be a yearless dateline', () => {
    const body = `<p>Kabul, 5 Dec (Pajhwok)</p><script>var x = 1;</script>${'<p>Residents left the villages near the border.</p>'.repeat(20)}<p>The firing began on 3 December 2025.</p>`;
    const page = doc(`<body>${body}</body>`);
    const clues = dateClues(page);
    expect(clues.text).toBe(aroundYears((page.body.textContent ?? '').slice(0, 20_000)));
    expect(clues.text).toContain('3 December 2025');
    expect(clues.text!.length).toBeLessThan(100);
    expect(publishedDay(clues)).toBe('2025-12-05');
    expect(dateClues(doc('<body><p>No digits up here.</p></body>')).text).toBeUndefined();
  });
  it('keeps the stretches around years, merged where they touch, and nothing else', () => {
    const text = `${'x'.repeat(100)} 12 October 2025 and 13 October 2025 ${'y'.repeat(100)} ۵ عقرب ۱۴۰۴ ${'z'.repeat(100)}`;
    const stretches = aroundYears(text).split('\n');
    expect(stretches).toHaveLength(2);
    expect(stretches[0]).toContain('12 October 2025 and 13 October 2025');
    expect(stretches[1]).toContain('۵ عقرب ۱۴۰۴');
    expect(aroundYears('no year here, only 12 and 345')).toBe('');
  });
  it('reads nothing from broken clues', () => {
    const broken = { declared: '2025-13-45', marked: [null, 7], lines: 'x', addresses: {}, modified: 3 } as unknown as Parameters<
      typeof publishedDay
    >[0];
    expect(publishedDay(broken)).toBeUndefined();
    expect(publishedDay(undefined)).toBeUndefined();
  });
});

describe('urlDate', () => {
  it('reads the usual URL shapes', () => {
    expect(urlDate('https://example.com/2025/10/16/story')).toBe('2025-10-16');
    expect(urlDate('https://www.aljazeera.net/news/2026/2/24/x')).toBe('2026-02-24');
    expect(urlDate('https://en.dailypakistan.com.pk/06-Dec-2025/heavy-fire')).toBe('2025-12-06');
    expect(urlDate('https://example.com/a/33560410.html')).toBeUndefined();
  });

  it('reads a day run on into a story number, and a day-first path', () => {
    expect(urlDate('https://example.com/politik/20170507315672814-story/')).toBe('2017-05-07');
    expect(urlDate('https://example.com/23/12/2017/27341')).toBe('2017-12-23');
    expect(urlDate('https://example.com/12/23/2017/27341')).toBe('2017-12-23');
  });

  it("reads the BBC's story day (YYMMDD) under its year and month, only when they agree", () => {
    expect(urlDate('https://www.bbc.com/urdu/pakistan/2012/03/120314_kurram_firing_sq')).toBe('2012-03-14');
    expect(urlDate('https://example.com/news/2012/03/120914_story')).toBeUndefined();
  });

  it('reads a day from a query parameter named for it, year first or day first', () => {
    expect(urlDate('https://example.com/news/view.aspx?cdate=28082025&id=c70')).toBe('2025-08-28');
    expect(urlDate('https://example.com/story?pubdate=20251016')).toBe('2025-10-16');
    // Eight digits in a parameter that is no date, or no day at all, are not one.
    expect(urlDate('https://example.com/story?id=28082025')).toBeUndefined();
    expect(urlDate('https://example.com/story?date=99999999')).toBeUndefined();
    // A parameter for another day (a modification, an expiry) is not the publication day.
    expect(urlDate('https://example.com/story?update=20251016')).toBeUndefined();
    expect(urlDate('https://example.com/story?expdate=20251016')).toBeUndefined();
  });
});
