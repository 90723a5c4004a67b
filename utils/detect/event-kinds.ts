// Kinds of dataset event: talks or a truce, a round of talks, a clash of days.
import type { DatasetEvent } from '../dataset/types';
import { LONG_EVENT_DAYS, spanDays } from './event-days';

/** Event terms that mark talks or a truce rather than a clash. */
const DIPLOMACY_TERMS = /ceasefire|mediation|pause|talks/;
/** Talks, a mediation or a truce, by its terms. */
export const isDiplomacy = (event: DatasetEvent) => event.terms.some((t) => DIPLOMACY_TERMS.test(t));
/** A clash of days: not talks or a truce, not a count or a campaign over months. */
export const clashOfDays = (o: DatasetEvent) => !isDiplomacy(o) && spanDays(o) <= LONG_EVENT_DAYS;
/** A round of talks or a truce: its terms say so, and its claims count no losses (a clash ended by a ceasefire is none). */
export const isRound = (event: DatasetEvent) => isDiplomacy(event) && event.claims.every((c) => c.metric === 'statement');
