// Searching the whole dataset from the popup's search box (fuse.js over events and claims).
import Fuse from 'fuse.js';
import type { Dataset, DatasetEvent } from './types';

interface Doc {
  event: DatasetEvent;
  title: string;
  places: string;
  terms: string;
  people: string;
  summary: string;
}

export function createDatasetSearch(dataset: Dataset): (query: string) => DatasetEvent[] {
  const docs: Doc[] = dataset.events.map((event) => ({
    event,
    title: event.title,
    places: event.places.join(' '),
    terms: event.terms.join(' '),
    people: [...new Set(event.claims.map((c) => c.claimant))].join(' '),
    summary: event.summary,
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'terms', weight: 2 },
      { name: 'places', weight: 2 },
      { name: 'people', weight: 1.5 },
      { name: 'summary', weight: 1 },
    ],
    threshold: 0.3,
    ignoreLocation: true,
    useExtendedSearch: false,
  });
  return (query) => {
    // Short patterns only: fuse.js slows down sharply past 32 characters.
    const q = query.trim().slice(0, 32);
    return q ? fuse.search(q, { limit: 8 }).map((r) => r.item.event) : [];
  };
}

/**
 * Search results with the events a page came closest to first, in that order (`closest`: ids, best first), the
 * rest after them as the search ordered them. For a place offered on a page no event fits.
 */
export function closestFirst(results: readonly DatasetEvent[], closest: readonly string[] = []): DatasetEvent[] {
  const rank = (e: DatasetEvent) => {
    const i = closest.indexOf(e.id);
    return i < 0 ? closest.length : i;
  };
  // Array sort is stable: events the page did not come close to keep the search's order.
  return [...results].sort((a, b) => rank(a) - rank(b));
}
