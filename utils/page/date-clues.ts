// When a page was published, as its DOM gives it: the day it declares in markup (meta tags, JSON-LD
// datePublished, <time>, a dated URL), else the short texts a dateline may be read from. Only ISO days and
// dated paths are read here; dates written in words ("17 марта 2026", "۸ جدی ۱۴۰۳") are read where the
// date grammar lives (utils/detect/published-day.ts): the reader that runs in pages stays half the size.
import { isoDay, plausibleDay } from '../detect/iso-day';
import type { DateClues } from '../detect/types';
import { plainTextPre } from './reading-root';

const ISO_DAY = /^(\d{4})-(\d\d)-(\d\d)/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The day as the page wrote it (its own time zone): "2025-10-16T01:10+05:00" is 16 October to its readers. */
const dayOf = (value: string | null | undefined): string | undefined => {
  const m = value ? ISO_DAY.exec(value.trim()) : null;
  return m && plausibleDay(m[0]) ? m[0] : undefined;
};
/** A date needs a day's digits, in any script: texts without one are not sent to be read. */
const HAS_DIGIT = /\p{Nd}/u;

const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
  'meta[property="og:published_time"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

/** datePublished anywhere in the page's JSON-LD (a NewsArticle, or inside @graph). */
function jsonLdDate(doc: Document, key = 'datePublished'): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // Read as text, not parsed: a date is a date even in JSON a site got slightly wrong.
    const m = new RegExp(`"${key}"\\s*:\\s*"([^"]+)"`).exec(script.textContent ?? '');
    const day = dayOf(m?.[1]);
    if (day) return day;
  }
  return undefined;
}

/** A date in the path of a URL: /2025/10/16/, /2025-10-16/, /20251016…; the page's own address first. */
export function urlDate(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  let query: URLSearchParams;
  try {
    ({ pathname: path, searchParams: query } = new URL(url, 'https://x.invalid/'));
  } catch {
    return undefined;
  }
  // "/06-Dec-2025/": day, month name, year.
  const named = /\/(\d{1,2})-([A-Za-z]{3})[a-z]*-((?:19|20)\d\d)(?:\/|$)/.exec(path);
  const month = named ? MONTHS.indexOf(named[2]!.toLowerCase()) + 1 : 0;
  if (named && month > 0) return isoDay(Number(named[3]), month, Number(named[1]));
  const parts =
    /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path) ??
    // "/20170507315672814-…": Sputnik runs its story number on after the day.
    /(?:^|[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\d{0,10}(?:[/_.-]|$))/.exec(path) ??
    // "…-2802886-2025-10-14": a slug that ends in the ISO day.
    /[_-]((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/.]|$)/.exec(path);
  if (parts) return isoDay(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  // "/2011/06/110628_…": the BBC's language services name a story by its day (YYMMDD) under its year and month; the
  // day's year and month must be the folders' own.
  const shortDay = /\/((?:19|20)(\d\d))\/(0[1-9]|1[0-2])\/(\d\d)(\d\d)(0[1-9]|[12]\d|3[01])[_-]/.exec(path);
  if (shortDay && shortDay[2] === shortDay[4] && shortDay[3] === shortDay[5])
    return isoDay(Number(shortDay[1]), Number(shortDay[3]), Number(shortDay[6]));
  // "/23/12/2017/": day first, as Pakistani sites write it (month first only when the day cannot be a month).
  const dayFirst = /\/(\d\d?)\/(\d\d?)\/((?:19|20)\d\d)(?:\/|$)/.exec(path);
  if (dayFirst) {
    const [d, m] = Number(dayFirst[2]) > 12 ? [dayFirst[2], dayFirst[1]] : [dayFirst[1], dayFirst[2]];
    return isoDay(Number(dayFirst[3]), Number(m), Number(d));
  }
  return queryDate(query);
}

/** A parameter named for the publication day; not `update`, `enddate` or `expdate`, which name other days. */
const PUBLICATION_DATE_PARAM = /^(?:c|p|pub|publish(?:ed)?|publication|news|article|post)?[_-]?date$/i;

/**
 * A day in a query parameter named for it ("view.aspx?cdate=28082025"): eight digits, year first when they
 * begin with one, else day first, as Arab and European sites write it.
 */
function queryDate(query: URLSearchParams): string | undefined {
  for (const [name, value] of query) {
    if (!PUBLICATION_DATE_PARAM.test(name)) continue;
    const yearFirst = /^((?:19|20)\d\d)(\d\d)(\d\d)$/.exec(value);
    const dayFirst = /^(\d\d)(\d\d)((?:19|20)\d\d)$/.exec(value);
    const day =
      (yearFirst && isoDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]))) ||
      (dayFirst && isoDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])));
    if (day) return day;
  }
  return undefined;
}

/** The day the page declares in markup, or undefined. */
function declaredDay(doc: Document): string | undefined {
  for (const s of META) {
    const day = dayOf(doc.querySelector(s)?.getAttribute('content'));
    if (day) return day;
  }
  const fromJsonLd = jsonLdDate(doc);
  if (fromJsonLd) return fromJsonLd;
  const time = doc.querySelector(
    'time[datetime][itemprop="datePublished"], time[datetime][pubdate], article time[datetime], time[datetime]',
  );
  const fromTime = dayOf(time?.getAttribute('datetime'));
  if (fromTime) return fromTime;
  const addresses = [
    doc.URL,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const url of addresses) {
    const day = urlDate(url);
    if (day) return day;
  }
  return undefined;
}

/** Texts of the elements a site marks as the date ("date", "time", "publish" in its class), that hold a digit. */
function markedTexts(doc: Document): string[] {
  const marked = doc.querySelectorAll(
    '[class*="date" i], [class*="publish" i], [class*="time" i], [id*="date" i], .dateline, .byline, .meta',
  );
  return [...marked]
    .slice(0, 20)
    .map((el) => leadingText(el, 200))
    .filter((text) => text.trim() && HAS_DIGIT.test(text));
}

/** Blocks at the top of a page looked at for a plain-text dateline, and how long such a line may be. */
const TOP_BLOCKS = 12;
const DATELINE_CHARS = 60;
/** How much of the page's text a yearless dateline's year may be read from, and how much of it around each year. */
const YEAR_TEXT_CHARS = 20_000;
const AROUND_YEAR_CHARS = 40;

/** Page furniture above an article (navigation, a site banner, sidebars): not the page's own lines. */
const FURNITURE = 'nav, aside, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], body > header';

/**
 * Short lines among the first blocks of the page's own text (navigation and banners are not counted) that
 * hold a digit: where a plain-text dateline ("17 марта 2026 / 15:11", "Kabul, 5 Dec (Pajhwok)") would be.
 * A line of prose that mentions a date is longer; only a line that is mostly a date may count.
 */
function topLines(doc: Document, body: HTMLElement): string[] {
  // A plain-text page's lines are its blocks.
  const pre = plainTextPre(doc);
  if (pre)
    return leadingText(pre, TOP_BLOCKS * 400)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(0, TOP_BLOCKS)
      .filter((line) => line.length <= DATELINE_CHARS && HAS_DIGIT.test(line));
  const lines: string[] = [];
  let seen = 0;
  for (const el of body.querySelectorAll('time, p, div, span, li, h1, h2, h3, h4, h5, h6, small, td, header, address')) {
    if (el.children.length > 0 && el.tagName !== 'TIME') continue;
    const text = (el.textContent ?? '').trim();
    if (!text || el.closest(FURNITURE)) continue;
    if (++seen > TOP_BLOCKS) break;
    if (text.length <= DATELINE_CHARS && HAS_DIGIT.test(text)) lines.push(text);
  }
  return lines;
}

/** The first `max` characters of an element's text (its textContent), without building the whole of it. */
function leadingText(el: Element, max: number): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let n = walker.nextNode(); n && text.length < max; n = walker.nextNode()) text += (n as Text).data;
  return text.slice(0, max);
}

/**
 * The stretches of a text around each year it names (four digits of any script, "2025", "۱۴۰۴"), joined by line
 * breaks: a full date (day, month and year) lies within them, and the rest of the page's text stays in the page.
 */
export function aroundYears(text: string): string {
  const stretches: [number, number][] = [];
  for (const m of text.matchAll(/\p{Nd}{4}/gu)) {
    const start = Math.max(0, m.index - AROUND_YEAR_CHARS);
    const end = Math.min(text.length, m.index + m[0].length + AROUND_YEAR_CHARS);
    const last = stretches.at(-1);
    if (last && start <= last[1]) last[1] = end;
    else stretches.push([start, end]);
  }
  return stretches.map(([start, end]) => text.slice(start, end)).join('\n');
}

/** What the page gives of its publication date: the declared day alone when it has one. */
export function dateClues(doc: Document): DateClues {
  try {
    const declared = declaredDay(doc);
    if (declared) return { declared };
    const lines = doc.body ? topLines(doc, doc.body) : [];
    const modified =
      dayOf(doc.querySelector('meta[property="article:modified_time"]')?.getAttribute('content')) ?? jsonLdDate(doc, 'dateModified');
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    return {
      marked: markedTexts(doc),
      lines,
      addresses: [doc.URL, ...(canonical ? [canonical] : [])],
      // Only a line that may be a yearless dateline needs the dates its year is read from.
      ...(lines.length && doc.body ? { text: aroundYears(leadingText(doc.body, YEAR_TEXT_CHARS)) } : {}),
      ...(modified ? { modified } : {}),
    };
  } catch {
    // A tree too deep to query (happy-dom overflows on thousands of levels) has no date we can read.
    return {};
  }
}
