// What a page names of each event: the event's keys it gives, which of them few events share, which are the event's
// own terms, and how strongly they name it.
import type { DatasetEvent } from '../dataset/types';
import { type EventKey, GENERIC_TERMS, HEADLINE_TERMS, spelled } from './event-keys';
import type { EventEvidenceInput } from './page-facts';

export interface NamesOnPage {
  /** Whether the page names a place or term of the event, in its body or headline. */
  placed(o: DatasetEvent): boolean;
  /** The event's keys the page gives, in its body or headline. */
  given(o: DatasetEvent): EventKey[];
  /** A word any page on the clashes may use, or a headline term the headline does not declare. */
  generic(k: EventKey, o: DatasetEvent): boolean;
  /** A key few events share (places too), not a generic word. */
  fewShare(k: EventKey, o: DatasetEvent): boolean;
  /** One of the event's own terms, few events share and not a generic word. */
  ownTerm(k: EventKey, o: DatasetEvent): boolean;
  /** How strongly the page names the event by its own terms. */
  specific(o: DatasetEvent): number;
  /** The page names the event by its own terms with one one-word name only, not in the headline. */
  oneWordName(o: DatasetEvent): boolean;
  /** Groups of the event's names few events share that the page gives, in its body or headline. */
  rareGroups(o: DatasetEvent): number;
  /** How many sentences name the event by a name few events share. */
  namingSentences(o: DatasetEvent): number;
  /** Whether the event holds a place the page names most. */
  atMainPlace(o: DatasetEvent): boolean;
}

export function namesOnPage(keys: Map<string, EventKey[]>, input: EventEvidenceInput): NamesOnPage {
  const placed = (o: DatasetEvent) => (input.keyHits.get(o.id)?.size ?? 0) > 0 || (input.titleKeys?.get(o.id)?.size ?? 0) > 0;
  const given = (o: DatasetEvent) =>
    (keys.get(o.id) ?? []).filter((k) => input.keyHits.get(o.id)?.has(k.key) || input.titleKeys?.get(o.id)?.has(k.key));
  // "Open war" names an event only in a headline that declares it (event-keys.ts).
  const generic = (k: EventKey, o: DatasetEvent) =>
    GENERIC_TERMS.has(spelled(k)) || (HEADLINE_TERMS.has(spelled(k)) && (!input.titleKeys?.get(o.id)?.has(k.key) || !input.titleDeclares));
  const fewShare = (k: EventKey, o: DatasetEvent) => k.weight >= 0.5 && !generic(k, o);
  const ownTerm = (k: EventKey, o: DatasetEvent) => !!k.term && k.weight >= 1 && !generic(k, o);
  // A name of several words ("Noor Wali Mehsud", "Abdul Haq Square") or one in the headline counts 2, one word said
  // once 1 (it needs saying twice).
  const specific = (event: DatasetEvent) => {
    let specific = 0;
    for (const k of given(event).filter((k) => ownTerm(k, event)))
      specific +=
        input.titleKeys?.get(event.id)?.has(k.key) || spelled(k).includes(' ')
          ? 2
          : Math.min(input.keyCounts?.get(event.id)?.get(k.key) ?? 1, 2);
    return specific;
  };
  // A village, said twice.
  const oneWordName = (event: DatasetEvent) => {
    const own = given(event).filter((k) => ownTerm(k, event));
    const oneName = new Set(own.map((k) => k.group)).size === 1;
    return oneName && own.every((k) => !spelled(k).includes(' ') && !input.titleKeys?.get(event.id)?.has(k.key));
  };
  const rareGroups = (o: DatasetEvent) =>
    new Set(
      given(o)
        .filter((k) => fewShare(k, o))
        .map((k) => k.group),
    ).size;
  const namingSentences = (o: DatasetEvent) => {
    const rareKeys = given(o).filter((k) => fewShare(k, o));
    return (input.sentenceKeys ?? []).filter((perSentence) => rareKeys.some((k) => perSentence.get(o.id)?.has(k.key))).length;
  };
  const atMainPlace = (o: DatasetEvent) => {
    const names = new Set((keys.get(o.id) ?? []).map(spelled));
    return (input.mostNamedPlaces ?? []).some((spellings) => spellings.some((n) => names.has(n)));
  };
  return { placed, given, generic, fewShare, ownTerm, specific, oneWordName, rareGroups, namingSentences, atMainPlace };
}
