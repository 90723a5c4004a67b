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

  it('does not take a date from a long line of prose or from far down the page', () => {
    const prose = '<p>Officials said on 12 October 2025 that the border crossing would stay closed until further notice.</p>';
    expect(publishedDate(page(prose))).toBeUndefined();
    const far = `${'<p>A paragraph without any date in it.</p>'.repeat(20)}<p>1 May 2024</p>`;
    expect(publishedDate(page(far))).toBeUndefined();
  });
});
