// A page's publication day from the clues its DOM gives (utils/page/date-clues.ts): the declared day, else a
// date a site marks as the date, else a plain-text dateline near the top, else the day it was last modified.
// Here, not in the page, because reading "17 марта 2026" or "Kabul, 5 Dec" takes the date grammar.
import { foldForMatch } from '../text/normalize';
import { readDates } from './dates';
import { isoDay, plausibleDay } from './iso-day';
import type { DateClues } from './types';

/** How long before a yearless dateline the latest date its page states may lie, for that date's year to be its. */
const RECENT_DAYS = 31;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** A full date (day and year) in a short text, or undefined. */
function fullDateIn(text: string): string | undefined {
  const full = readDates(foldForMatch(text)).find((d) => d.year && d.day && !d.relative);
  return full ? isoDay(full.year!, full.month, full.day!) : undefined;
}

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
function yearFor(clues: DateClues, dayMonth: { month: number; day: number }): number | undefined {
  for (const url of strings(clues.addresses)) {
    const m = /\/((?:19|20)\d\d)\/(0?[1-9]|1[0-2])\//.exec(url);
    if (m && Number(m[2]) === dayMonth.month) return Number(m[1]);
  }
  const text = typeof clues.text === 'string' ? foldForMatch(clues.text) : '';
  const full = readDates(text).filter((d) => d.year && d.day && !d.relative);
  if (!full.length) return undefined;
  const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
  const latest = full.reduce((a, b) => (utc(b.year!, b.month, b.day!) > utc(a.year!, a.month, a.day!) ? b : a));
  // The dateline's day in that year, on or after the latest stated date and within weeks of it (the news of
  // the day, not a recalled event years old that happened to fall earlier in the same year).
  const gap = utc(latest.year!, dayMonth.month, dayMonth.day) - utc(latest.year!, latest.month, latest.day!);
  return gap >= 0 && gap <= RECENT_DAYS * 86_400_000 ? latest.year : undefined;
}

/** A plain-text dateline among the page's top lines: a full date, or a day and month whose year can be told. */
function datelineIn(clues: DateClues): string | undefined {
  for (const line of strings(clues.lines)) {
    const day = fullDateIn(line);
    if (day) return day;
    const dayMonth = yearlessDayIn(line);
    const year = dayMonth && yearFor(clues, dayMonth);
    const iso = dayMonth && year ? isoDay(year, dayMonth.month, dayMonth.day) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

/** An ISO day from the message, or undefined: clues cross from the page and are checked like any input. */
const dayIn = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) && plausibleDay(value) ? value : undefined);

/** The page's publication day (ISO), or undefined when its clues give none. */
export function publishedDay(clues: DateClues | undefined): string | undefined {
  if (!clues) return undefined;
  const declared = dayIn(clues.declared);
  if (declared) return declared;
  for (const text of strings(clues.marked)) {
    const day = fullDateIn(text);
    if (day) return day;
  }
  return datelineIn(clues) ?? dayIn(clues.modified);
}
