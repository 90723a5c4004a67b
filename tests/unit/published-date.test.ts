// The publication date a page declares, in markup or as a plain dateline near its top.
import { describe, expect, it } from 'vitest';
import { publishedDate, urlDate } from '@/utils/page/published-date';

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('publishedDate', () => {
  it('reads the meta tag first', () => {
    const doc = page('<meta property="article:published_time" content="2025-10-16T01:10+05:00"><p>12 October 2025</p>');
    expect(publishedDate(doc)).toBe('2025-10-16');
  });

  it('reads a slug that ends in the ISO day', () => {
    expect(urlDate('https://www.example.in/india/video/some-story-ytvd-2802886-2025-10-14')).toBe('2025-10-14');
  });

  it('reads a plain-text dateline near the top', () => {
    expect(publishedDate(page('<h1>Заголовок</h1><div>17 марта 2026 / 15:11</div><p>Текст.</p>'))).toBe('2026-03-17');
    expect(publishedDate(page('<h1>عنوان</h1><p>التاريخ : 22/02/2026</p><p>نص</p>'))).toBe('2026-02-22');
    expect(publishedDate(page('<p class="printed">Printed in Dawn, 23 February 2023</p>'))).toBe('2023-02-23');
  });

  it('never takes a worked-out day for the publication date (a Solar date without a year)', () => {
    expect(publishedDate(page('<h1>عنوان</h1><p class="date">شنبه ۸ جدی</p><p>متن</p>'))).toBeUndefined();
    expect(publishedDate(page('<h1>عنوان</h1><div>۸ جدی</div><p>متن</p>'))).toBeUndefined();
  });

  it('does not take a date from a long line of prose or from far down the page', () => {
    const prose = '<p>Officials said on 12 October 2025 that the border crossing would stay closed until further notice.</p>';
    expect(publishedDate(page(prose))).toBeUndefined();
    const far = `${'<p>A paragraph without any date in it.</p>'.repeat(20)}<p>1 May 2024</p>`;
    expect(publishedDate(page(far))).toBeUndefined();
  });

  it('reads a dateline below a long navigation bar', () => {
    const nav = `<nav><ul>${'<li><span>Section</span></li>'.repeat(30)}</ul></nav>`;
    expect(publishedDate(page(`${nav}<h1>Headline</h1><p>5 December 2025</p><p>Text.</p>`))).toBe('2025-12-05');
  });

  it('gives a yearless dateline the year of the dated address or of a recent date the page states', () => {
    const body = '<p>Kabul, 5 Dec (Pajhwok)</p><p>The firing began on 3 December 2025, officials said on Friday.</p>';
    expect(publishedDate(page(body))).toBe('2025-12-05');
    const addressed = page('<link rel="canonical" href="https://example.com/2025/12/story"><p>Kabul, 5 Dec (Pajhwok)</p>');
    expect(publishedDate(addressed)).toBe('2025-12-05');
  });

  it('leaves a yearless dateline undated when the page gives no recent year', () => {
    expect(publishedDate(page('<p>Kabul, 5 Dec (Pajhwok)</p><p>No year anywhere.</p>'))).toBeUndefined();
    // An event recalled from years before is not the page's year.
    expect(
      publishedDate(page('<p>Kabul, 5 Dec (Pajhwok)</p><p>The report recalls the shelling of the border villages on 11 March 2022.</p>')),
    ).toBeUndefined();
  });
});
