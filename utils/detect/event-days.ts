// Event days and page dates as day numbers (days since 1970, UTC): an event's span, the years a page's date may lie
// in, the weekdays an event fell on.
import type { DatasetEvent } from '../dataset/types';
import { type DateMention, weekdayOf } from './dates';

const DAY_MS = 86_400_000;
/** Longer than this, an event is a campaign or a count over a period: its dates say less. */
export const LONG_EVENT_DAYS = 31;
/** Longer than this, an event is a campaign of several strikes or talks over weeks. */
export const CAMPAIGN_DAYS = 7;
/** Further apart than this, two events are not the news of the same weeks. */
export const FAR_DAYS = 31;
/** An event whose last day is at most this many days after its first is a single clash: on the publication day, the news of the day. */
export const SHORT_EVENT_DAYS = 3;
/** An event that ended this many days before publication is what a page on later news recalls. */
const RECALLED_AFTER_DAYS = 2;
export const toDay = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS;
/** Days from an event's first day to its last (0 for an event of one day). */
export const spanDays = (event: DatasetEvent) => toDay(event.end) - toDay(event.start);
/** A day as an ISO date or already as its day number. */
const dayNumber = (day: string | number) => (typeof day === 'number' ? day : toDay(day));
/** A short event running on the day. */
export const shortAndRunningOn = (event: DatasetEvent, day: string | number) =>
  spanDays(event) <= SHORT_EVENT_DAYS && toDay(event.start) <= dayNumber(day) && dayNumber(day) <= toDay(event.end);
/** An event that ended long enough before the day to be what a page of that day recalls. */
export const endedWellBefore = (event: DatasetEvent, day: string | number) => dayNumber(day) - toDay(event.end) >= RECALLED_AFTER_DAYS;
export const pad = (n: number) => String(n).padStart(2, '0');
/** The day number of a year, month and day. */
export const dayOf = (year: number, month: number, day: number) => toDay(`${year}-${pad(month)}-${pad(day)}`);
/** A date written with its year, or whose weekday pins its year: as good as a full date. */
export const statesYear = (d: DateMention) => !!((d.year && !d.relative) || d.pinnedYear !== undefined);
/**
 * The years a page's date may lie in: its own, the publication year, the one its weekday pins, or else either
 * year of the event it is weighed against.
 */
export const yearsOf = (d: DateMention, publishedYear: number | undefined, event: DatasetEvent) =>
  d.year
    ? [d.year]
    : publishedYear
      ? [publishedYear]
      : d.pinnedYear
        ? [d.pinnedYear]
        : [Number(event.start.slice(0, 4)), Number(event.end.slice(0, 4))];
/** The weekdays (0 = Sunday) an event's days fell on, or its first `days` days. */
export const weekdaysOf = (event: DatasetEvent, days = spanDays(event) + 1) => {
  const [year, month, day] = event.start.slice(0, 10).split('-').map(Number) as [number, number, number];
  const first = weekdayOf({ year, month, day });
  return new Set(Array.from({ length: Math.min(days, spanDays(event) + 1) }, (_, i) => (first + i) % 7));
};
/** Whether two events ran within a week (or `days`) of each other. */
export const nearInTime = (a: DatasetEvent, b: DatasetEvent, days = CAMPAIGN_DAYS) =>
  toDay(a.start) <= toDay(b.end) + days && toDay(a.end) >= toDay(b.start) - days;
