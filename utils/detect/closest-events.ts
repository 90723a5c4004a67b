// On a page no event fits: the order of the events the popup lists first for a place it offers, and of the places it
// offers. Neither is a match, only a list the reader picks from: these orders put the likelier event in view.
import type { ScoredEvent } from './score-events';

/** As many as the popup could list for the places it offers. */
const MAX_CLOSEST = 12;

/** A place the page names, as the popup offers it, with the events that hold it among their places or terms. */
export interface PlaceToSearch {
  name: string;
  events: ReadonlySet<string>;
  /** Whether the name says where on the border: not Kabul, which any report names, nor the Durand Line, the whole border. */
  where: boolean;
}

/** Stable: the items that pass first, each part in its own order. */
const firstThose = <T>(list: readonly T[], first: (x: T) => boolean) => [...list.filter(first), ...list.filter((x) => !first(x))];

/**
 * The events the page comes closest to — those it names a place or term of, or repeats a figure of, none begun after
 * it was published — best scored first (on tune pages the page's own event came first in the first place's list 4
 * times in 45 by the search's order, 11 by the score), with two tie-breaks of evidence:
 * - a clash at a place the page names that ran within a round of talks the page names comes first: a page telling of
 *   fire at a crossing as the talks opened reports the clash of those days, not an older one at the same crossing;
 * - an event tied only by a figure (the page names none of its places or terms) comes after those it names a place
 *   of: small counts recur from clash to clash, and the page says where its clash was.
 */
export function closestEvents(scored: readonly ScoredEvent[], published: string | null): string[] {
  const begun = scored.filter((s) => (s.placed || s.claimIds.size > 0) && !(published && s.event.start.slice(0, 10) > published));
  const round = begun.find((s) => s.round && s.placed);
  const duringRound = (s: ScoredEvent) =>
    !!round && !s.round && s.placed && s.event.start >= round.event.start && s.event.end <= round.event.end;
  return firstThose(firstThose(begun, duringRound), (s) => s.placed)
    .slice(0, MAX_CLOSEST)
    .map((s) => s.event.id);
}

/**
 * The places to offer, most named first (as given), except that Kabul and the Durand Line come after the others
 * unless the closest event that any of the places holds is at them: the first place's list opens with that event.
 */
export function placesInOrder(places: readonly PlaceToSearch[], closest: readonly string[]): string[] {
  const first = closest.find((id) => places.some((p) => p.events.has(id)));
  const saysWhere = (p: PlaceToSearch) => p.where || (first !== undefined && p.events.has(first));
  return firstThose(places, saysWhere).map((p) => p.name);
}
