// "Not about this": events a reader dismissed on a page, kept per page address, for the last pages only.
import { withoutFragment } from './display/rules';
import type { PageResult } from './detect/types';

/** Page address (without fragment) -> the dismissed event ids and when they were last changed. */
export type Dismissals = Record<string, { ids: string[]; at: number }>;

export const MAX_DISMISSED_PAGES = 500;

/** Dismissals are kept per page: its address without the fragment. */
export const pageKey = withoutFragment;

export function parseDismissals(raw: unknown): Dismissals {
  const out: Dismissals = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [url, entry] of Object.entries(raw as Record<string, unknown>)) {
    const e = entry as { ids?: unknown; at?: unknown } | null;
    if (!e || !Array.isArray(e.ids)) continue;
    const ids = e.ids.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length < 200);
    if (ids.length) out[pageKey(url)] = { ids: [...new Set(ids)], at: typeof e.at === 'number' && Number.isFinite(e.at) ? e.at : 0 };
  }
  return bounded(out);
}

export function dismissedOn(dismissals: Dismissals, url: string): Set<string> {
  return new Set(dismissals[pageKey(url)]?.ids ?? []);
}

/** Adds (or, with `dismissed` false, removes) one event's dismissal on a page; keeps the newest pages. */
export function withDismissal(dismissals: Dismissals, url: string, eventId: string, dismissed: boolean, now = Date.now()): Dismissals {
  const key = pageKey(url);
  const ids = new Set(dismissals[key]?.ids ?? []);
  if (dismissed) ids.add(eventId);
  else ids.delete(eventId);
  const next = { ...dismissals };
  if (ids.size) next[key] = { ids: [...ids], at: now };
  else delete next[key];
  return bounded(next);
}

function bounded(d: Dismissals): Dismissals {
  const keys = Object.keys(d);
  if (keys.length <= MAX_DISMISSED_PAGES) return d;
  const keep = keys.sort((a, b) => d[b]!.at - d[a]!.at).slice(0, MAX_DISMISSED_PAGES);
  return Object.fromEntries(keep.map((k) => [k, d[k]!]));
}

/** The result without the events dismissed on the page (and the page figures tied only to them). */
export function withoutDismissed(result: PageResult, dismissed: Set<string>): PageResult {
  if (dismissed.size === 0) return result;
  return { ...result, events: result.events.filter((e) => !dismissed.has(e.id)) };
}
