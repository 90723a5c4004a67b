// When a page was published, from what it declares: meta tags, JSON-LD datePublished, <time>, a dated
// URL (canonical or og:url), else a dateline near the top. An article cannot report later events, and
// "on Tuesday" means the Tuesday before it: detection needs this day.
import { readDates } from '../detect/dates';
import { foldForMatch } from '../text/normalize';

const ISO_DAY = /^(\d{4})-(\d\d)-(\d\d)/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');
/** Days a publication date may lie ahead of today's clock (time zones), beyond which it is a typo or a trap. */
const plausible = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return y >= 1995 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
};
/** The day as the page wrote it (its own time zone): "2025-10-16T01:10+05:00" is 16 October to its readers. */
const dayOf = (value: string | null | undefined): string | undefined => {
  const m = value ? ISO_DAY.exec(value.trim()) : null;
  return m && plausible(m[0]) ? m[0] : undefined;
};

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
  try {
    path = new URL(url, 'https://x.invalid/').pathname;
  } catch {
    return undefined;
  }
  // "/06-Dec-2025/": day, month name, year.
  const named = /\/(\d{1,2})-([A-Za-z]{3})[a-z]*-((?:19|20)\d\d)(?:\/|$)/.exec(path);
  const month = named ? MONTHS.indexOf(named[2]!.toLowerCase()) + 1 : 0;
  if (named && month > 0) {
    const day = `${named[3]}-${pad(month)}-${pad(Number(named[1]))}`;
    return plausible(day) ? day : undefined;
  }
  const parts =
    /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\d{0,8}(?:[/_.-]|$))/.exec(path) ??
    // "…-2802886-2025-10-14": a slug that ends in the ISO day.
    /[_-]((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/.]|$)/.exec(path);
  if (!parts) return undefined;
  const day = `${parts[1]}-${pad(Number(parts[2]))}-${pad(Number(parts[3]))}`;
  return plausible(day) ? day : undefined;
}

/** A dateline: a full date in an element a site marks as the date ("date", "time", "publish" in its class). */
function datelineDate(doc: Document): string | undefined {
  const marked = doc.querySelectorAll(
    '[class*="date" i], [class*="publish" i], [class*="time" i], [id*="date" i], .dateline, .byline, .meta',
  );
  for (const el of [...marked].slice(0, 20)) {
    const text = (el.textContent ?? '').slice(0, 200);
    const day = text.trim() ? fullDateIn(text) : undefined;
    if (day) return day;
  }
  return undefined;
}

/** A full date (day and year) in a short text, or undefined. */
function fullDateIn(text: string): string | undefined {
  const full = readDates(foldForMatch(text)).find((d) => d.year && d.day && !d.relative);
  if (!full) return undefined;
  const day = `${full.year}-${pad(full.month)}-${pad(full.day!)}`;
  return plausible(day) ? day : undefined;
}

/** Blocks at the top of a page looked at for a plain-text dateline, and how long such a line may be. */
const TOP_BLOCKS = 12;
const DATELINE_CHARS = 60;

/** Page furniture above an article (navigation, a site banner, sidebars): not the page's own lines. */
const FURNITURE = 'nav, aside, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], body > header';

/** How long before a yearless dateline the latest date its page states may lie, for that date's year to be its. */
const RECENT_DAYS = 31;

/** A day and month without a year ("Kabul, 5 Dec (Pajhwok)"), as a dateline writes them. */
function yearlessDayIn(text: string): { month: number; day: number } | undefined {
  const d = readDates(foldForMatch(text)).find((m) => m.day && !m.year && !m.relative);
  return d ? { month: d.month, day: d.day! } : undefined;
}

/**
 * The year of a dateline that gives none: from the page's own address when it holds the year and that
 * month ("/2025/12/"), else from the latest full date the page's text states, when the dateline's day in
 * that year falls on it or within a month after it. Otherwise the year stays unknown.
 */
function yearFor(doc: Document, dayMonth: { month: number; day: number }): number | undefined {
  const addresses = [doc.URL, doc.querySelector('link[rel="canonical"]')?.getAttribute('href')];
  for (const url of addresses) {
    const m = url ? /\/((?:19|20)\d\d)\/(0?[1-9]|1[0-2])\//.exec(url) : null;
    if (m && Number(m[2]) === dayMonth.month) return Number(m[1]);
  }
  const text = foldForMatch((doc.body?.textContent ?? '').slice(0, 20_000));
  const full = readDates(text).filter((d) => d.year && d.day && !d.relative);
  if (!full.length) return undefined;
  const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
  const latest = full.reduce((a, b) => (utc(b.year!, b.month, b.day!) > utc(a.year!, a.month, a.day!) ? b : a));
  // The dateline's day in that year, on or after the latest stated date and within weeks of it (the news of
  // the day, not a recalled event years old that happened to fall earlier in the same year).
  const gap = utc(latest.year!, dayMonth.month, dayMonth.day) - utc(latest.year!, latest.month, latest.day!);
  return gap >= 0 && gap <= RECENT_DAYS * 86_400_000 ? latest.year : undefined;
}

/**
 * A plain-text dateline near the top ("17 марта 2026 / 15:11", "التاريخ : 22/02/2026", "Printed in Dawn,
 * 23 February 2023", "Kabul, 5 Dec (Pajhwok)"): a short line, among the first blocks of the page's own text
 * (navigation and banners are not counted), that holds a date. A line of prose that mentions a date is
 * longer; only a line that is mostly a date counts.
 */
function plainDateline(doc: Document): string | undefined {
  const body = doc.body;
  if (!body) return undefined;
  let seen = 0;
  for (const el of body.querySelectorAll('time, p, div, span, li, h1, h2, h3, h4, h5, h6, small, td, header, address')) {
    if (el.children.length > 0 && el.tagName !== 'TIME') continue;
    const text = (el.textContent ?? '').trim();
    if (!text || el.closest(FURNITURE)) continue;
    if (++seen > TOP_BLOCKS) break;
    if (text.length > DATELINE_CHARS) continue;
    const day = fullDateIn(text);
    if (day) return day;
    const dayMonth = yearlessDayIn(text);
    const year = dayMonth && yearFor(doc, dayMonth);
    if (dayMonth && year) {
      const iso = `${year}-${pad(dayMonth.month)}-${pad(dayMonth.day)}`;
      if (plausible(iso)) return iso;
    }
  }
  return undefined;
}

/** The page's declared publication date as an ISO day, or undefined when it gives none. */
export function publishedDate(doc: Document): string | undefined {
  try {
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
    // Last, a page that says only when it was modified: near enough for news, which is rarely edited long after.
    return (
      datelineDate(doc) ??
      plainDateline(doc) ??
      dayOf(doc.querySelector('meta[property="article:modified_time"]')?.getAttribute('content')) ??
      jsonLdDate(doc, 'dateModified')
    );
  } catch {
    // A tree too deep to query (happy-dom overflows on thousands of levels) has no date we can read.
    return undefined;
  }
}
