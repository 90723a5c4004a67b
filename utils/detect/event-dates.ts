// How the dates a page gives fall inside an event, or say the page reports another time.
import type { DatasetEvent } from '../dataset/types';
import type { DateMention } from './dates';
import { dayOf, LONG_EVENT_DAYS, pad, spanDays, statesYear, toDay, yearsOf } from './event-days';

/** Days mentioned this long before publication are background: they do not contradict an event. */
const BACKGROUND_DAYS = 60;

/**
 * How well the page's dates fall inside the event. `telling` leaves out the publication day itself (a
 * dateline, "today"): it says when the page was written, not which event it reports.
 */
export function dateScore(
  event: DatasetEvent,
  dates: DateMention[],
  publishedYear?: number,
  published?: number,
): { score: number; telling: number; written: number; days: number[]; reason?: string } {
  const start = toDay(event.start);
  const end = toDay(event.end);
  // A date inside a long span (a quarterly count) says less than one inside a two-day clash.
  const precision = end - start <= LONG_EVENT_DAYS ? 1 : 0.35;
  let score = 0;
  let telling = 0;
  // Telling dates written out (a day, a month), not worked out from a weekday.
  let written = 0;
  let reason: string | undefined;
  const days: number[] = [];
  const seen = new Set<string>();
  for (const d of dates) {
    // A day the page puts before its news ("before this, on 11 October") is what it recalls, not what it reports.
    if (d.earlier) continue;
    const id = `${d.year}-${d.month}-${d.day}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const stated = statesYear(d);
    for (const y of new Set(yearsOf(d, publishedYear, event))) {
      if (d.day !== undefined) {
        const day = dayOf(y, d.month, d.day);
        if (day >= start && day <= end) {
          // The publication day itself (a dateline, "today") says less: the publication bonus already counts it.
          score += (stated ? 3 : 2) * precision * (day === published ? 0.5 : 1);
          if (day !== published) {
            telling++;
            if (!d.relative) written++;
            days.push(day);
          }
          reason ??= `date ${y}-${pad(d.month)}-${pad(d.day)}`;
        }
      } else {
        const first = toDay(`${y}-${pad(d.month)}-01`);
        if (first <= end && first + 30 >= start) {
          score += precision;
          telling++;
          written++;
          reason ??= `month ${y}-${pad(d.month)}`;
        }
      }
    }
  }
  return { score: Math.min(score, 9), telling, written, days, reason };
}

/** Whether the page gives days (other than its publication day) and none lies within three days of the event. */
export function datesElsewhere(event: DatasetEvent, dates: DateMention[], publishedYear?: number, published?: number): boolean {
  const start = toDay(event.start) - 3;
  const end = toDay(event.end) + 3;
  const during = published !== undefined && published >= toDay(event.start) && published <= toDay(event.end) + 1;
  // A count over months is released after its period ends ("the report published on Sunday"): the day its claims
  // were made is its release, not another clash. Any other day after it may be a new clash, which it cannot be.
  const released =
    spanDays(event) > LONG_EVENT_DAYS
      ? new Set(event.claims.filter((c) => c.date && toDay(c.date) > toDay(event.end)).map((c) => toDay(c.date)))
      : undefined;
  let any = false;
  for (const d of dates) {
    if (d.day === undefined || d.earlier) continue;
    for (const y of yearsOf(d, publishedYear, event)) {
      const day = dayOf(y, d.month, d.day);
      if (day === published) continue;
      // A day long before publication (an archive photo's caption, a past round recalled) is background.
      if (published !== undefined && day < published - BACKGROUND_DAYS) continue;
      // Published while the event ran: a day before it began is what led up to it ("after the Kabul blasts of 9 October").
      if (during && day < start) continue;
      if (released?.has(day)) continue;
      any = true;
      if (day >= start && day <= end) return false;
    }
  }
  return any;
}
