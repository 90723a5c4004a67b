// Loads the dataset: the claims file (assets/claims.json) plus the terms (assets/terms.json).
// Pure: no Node or DOM APIs; the JSON is bundled by Vite (and by tsx in scripts).
import claimsFile from '../../assets/claims.json';
import termsFile from '../../assets/terms.json';
import type { Claim, Dataset, DatasetEvent, Term } from './types';

/** Shape of assets/claims.json: a Dataset without its terms. */
export interface ClaimsFile {
  version: string;
  asOf: string;
  events: DatasetEvent[];
}

/** Joins a claims file and a terms array into one Dataset (no validation; see validate.ts). */
export function assembleDataset(claims: unknown, terms: unknown): Dataset {
  const c = claims as ClaimsFile;
  return { version: c.version, asOf: c.asOf, events: c.events, terms: Array.isArray(terms) ? (terms as Term[]) : [] };
}

/** The bundled dataset. */
export function loadDataset(): Dataset {
  return assembleDataset(claimsFile, termsFile);
}

// The export form of the dataset: one JSON document with a fixed key order and every optional key present.
function exportClaim(c: Claim) {
  return {
    id: c.id,
    claimant: c.claimant,
    office: c.office ?? null,
    side: c.side,
    metric: c.metric,
    losses: c.losses,
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
    figureText: c.figureText ?? null,
    date: c.date,
    channel: c.channel,
    source: { publisher: c.source.publisher, url: c.source.url, date: c.source.date },
    summary: c.summary,
    series: c.series ?? null,
    verification: { ...c.verification },
  };
}

function exportEvent(e: DatasetEvent) {
  return {
    id: e.id,
    title: e.title,
    start: e.start,
    end: e.end,
    places: [...e.places],
    summary: e.summary,
    terms: [...e.terms],
    oneSided: e.oneSided === true,
    closedCrossings: [...(e.closedCrossings ?? [])],
    // The flag the export has always carried, now read from the crossings.
    closesCrossing: (e.closedCrossings?.length ?? 0) > 0,
    claims: e.claims.map(exportClaim),
  };
}

export function exportDataset(d: Dataset) {
  return { version: d.version, asOf: d.asOf, events: d.events.map(exportEvent), terms: d.terms };
}

export function countClaims(d: { events: { claims: unknown[] }[] }): number {
  return d.events.reduce((n, e) => n + e.claims.length, 0);
}
