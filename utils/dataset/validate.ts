// Validation of the claims dataset. Pure TypeScript: no Node, DOM or package APIs.
// validateDataset() returns human-readable errors; an empty array means the data is valid.
import { CROSSINGS, METRICS, PARTIES, QUALIFIERS, SIDES } from './types';

/** Claimant names that say the figure is ours, not someone's statement. */
const DERIVED_CLAIMANT = /\b(derived|computed|calculated|our (own )?(sum|count|total|estimate)|sum of|dataset)\b/i;
/** A figure written as a sum ("30 + 65") is arithmetic, not a statement. */
const SUM_IN_FIGURE = /\d\s*\+\s*\d/;

/** Identifying terms per event. */
export const MIN_TERMS = 3;
export const MAX_TERMS = 10;

/** Qualifiers that carry a number (low must be set). */
export const NUMERIC_QUALIFIERS = ['exact', 'at-least', 'more-than', 'about', 'up-to', 'range'] as const;
/** Qualifiers that are words only (low and high must be null). */
export const WORD_QUALIFIERS = ['several', 'dozens', 'hundreds', 'none-given'] as const;

const VERIFICATION_STATUSES = ['confirmed', 'corrected', 'not-refound'] as const;
const TERM_KINDS = ['person', 'organisation', 'place', 'operation', 'term'] as const;
const LEANINGS = ['afghanistan', 'pakistan', 'border', 'neutral'] as const;

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isHttpUrl(v: unknown): v is string {
  if (typeof v !== 'string' || !/^https?:\/\/[^\s/?#]+\.[^\s]*$/i.test(v)) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

const isCount = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0);

function checkString(errors: string[], where: string, obj: Obj, key: string, optional = false): void {
  const v = obj[key];
  if (v === undefined && optional) return;
  if (!isNonEmptyString(v)) errors.push(`${where}: "${key}" must be a non-empty string`);
}

function checkDate(errors: string[], where: string, obj: Obj, key: string): boolean {
  if (!isIsoDate(obj[key])) {
    errors.push(`${where}: "${key}" must be a date YYYY-MM-DD (got ${JSON.stringify(obj[key])})`);
    return false;
  }
  return true;
}

function checkStringArray(errors: string[], where: string, obj: Obj, key: string, min = 0): void {
  const v = obj[key];
  if (!Array.isArray(v) || v.some((x) => !isNonEmptyString(x))) {
    errors.push(`${where}: "${key}" must be an array of non-empty strings`);
  } else if (v.length < min) {
    errors.push(`${where}: "${key}" must have at least ${min} item(s)`);
  }
}

/** The crossings an event closed: left out when unknown, else known crossings, each once. */
function checkCrossings(errors: string[], where: string, v: unknown): void {
  if (v === undefined) return;
  if (!Array.isArray(v) || v.length === 0 || v.some((c) => !oneOf(CROSSINGS, c)))
    errors.push(`${where}: "closedCrossings" must be a non-empty array of ${CROSSINGS.join(', ')}`);
  else if (new Set(v).size < v.length) errors.push(`${where}: "closedCrossings" names a crossing twice`);
}

function validateClaim(errors: string[], claim: unknown, event: Obj, index: number, asOf: string | null): void {
  const eventId = typeof event.id === 'string' ? event.id : `event #${index}`;
  if (!isObj(claim)) {
    errors.push(`${eventId}: claim #${index + 1} is not an object`);
    return;
  }
  const where = `claim ${typeof claim.id === 'string' ? claim.id : `${eventId} #${index + 1}`}`;

  checkString(errors, where, claim, 'id');
  if (typeof claim.id === 'string' && typeof event.id === 'string' && !claim.id.startsWith(`${event.id}/`)) {
    errors.push(`${where}: id must start with its event id "${event.id}/"`);
  }
  if (!isNonEmptyString(claim.claimant) || DERIVED_CLAIMANT.test(claim.claimant)) {
    errors.push(`${where}: derived figure: no claimant (every figure must be someone's statement; ours are not data)`);
  }
  if (typeof claim.figureText === 'string' && SUM_IN_FIGURE.test(claim.figureText)) {
    errors.push(`${where}: derived figure: figureText adds numbers up ("${claim.figureText}"); enter each statement as its own claim`);
  }
  checkString(errors, where, claim, 'office', true);
  if (!oneOf(SIDES, claim.side)) errors.push(`${where}: unknown side ${JSON.stringify(claim.side)}`);
  if (!oneOf(METRICS, claim.metric)) errors.push(`${where}: unknown metric ${JSON.stringify(claim.metric)}`);
  if (!oneOf(PARTIES, claim.losses)) errors.push(`${where}: unknown losses ${JSON.stringify(claim.losses)}`);
  if (!oneOf(QUALIFIERS, claim.qualifier)) errors.push(`${where}: unknown qualifier ${JSON.stringify(claim.qualifier)}`);
  checkString(errors, where, claim, 'figureText', true);
  checkString(errors, where, claim, 'channel');
  checkString(errors, where, claim, 'summary');
  checkString(errors, where, claim, 'series', true);
  if (claim.retrospective !== undefined && typeof claim.retrospective !== 'boolean') {
    errors.push(`${where}: "retrospective" must be a boolean`);
  }

  // Figures.
  const { low, high, qualifier } = claim;
  if (!('low' in claim) || !isCount(low)) errors.push(`${where}: "low" must be a non-negative integer or null`);
  if (!('high' in claim) || !isCount(high)) errors.push(`${where}: "high" must be a non-negative integer or null`);
  if (typeof low === 'number' && typeof high === 'number' && low > high) errors.push(`${where}: low ${low} > high ${high}`);
  if (oneOf(NUMERIC_QUALIFIERS, qualifier) && low === null) errors.push(`${where}: qualifier "${qualifier}" needs a number in "low"`);
  if (oneOf(WORD_QUALIFIERS, qualifier) && (low !== null || high !== null)) {
    errors.push(`${where}: qualifier "${qualifier}" is a word and must have low and high null`);
  }
  if (qualifier === 'exact' && low !== high) errors.push(`${where}: qualifier "exact" needs low === high (got ${low}, ${high})`);
  if (qualifier === 'range' && (high === null || low === high)) errors.push(`${where}: qualifier "range" needs a high above low`);
  if ((qualifier === 'at-least' || qualifier === 'more-than') && high !== null) {
    errors.push(`${where}: qualifier "${qualifier}" is open-ended; high must be null`);
  }
  if ((qualifier === 'about' || qualifier === 'up-to') && low !== high) {
    errors.push(`${where}: qualifier "${qualifier}" keeps the stated number in both low and high`);
  }
  if (claim.metric === 'statement' && (low !== null || high !== null)) errors.push(`${where}: metric "statement" carries no number`);
  if ((claim.metric === 'statement' || qualifier === 'none-given') && !isNonEmptyString(claim.figureText)) {
    errors.push(`${where}: a statement or "none-given" figure needs "figureText" saying what was stated`);
  }

  // Dates.
  // The event's dates must cover its claims: nothing before the start, and after the end only a
  // claim marked `retrospective` (a later statement, release or report).
  if (checkDate(errors, where, claim, 'date') && isIsoDate(event.start) && isIsoDate(event.end)) {
    const date = claim.date as string;
    if (date < event.start)
      errors.push(
        `${where}: event ${String(event.id)} (${event.start}..${event.end}) does not cover the claim date ${date}: it is before the start`,
      );
    if (date > event.end && claim.retrospective !== true) {
      errors.push(
        `${where}: event ${String(event.id)} (${event.start}..${event.end}) does not cover the claim date ${date}; mark it "retrospective" if it is a later statement or report`,
      );
    }
    if (claim.retrospective === true && date <= event.end) errors.push(`${where}: "retrospective" but dated inside the event (${date})`);
    if (asOf && date > asOf) errors.push(`${where}: date ${date} is after the dataset's asOf ${asOf}`);
  }

  // Source.
  const source = claim.source;
  if (!isObj(source)) {
    errors.push(`${where}: "source" must be an object`);
  } else {
    checkString(errors, `${where} source`, source, 'publisher');
    if (!isHttpUrl(source.url)) errors.push(`${where}: source url must be http(s) (got ${JSON.stringify(source.url)})`);
    checkDate(errors, `${where} source`, source, 'date');
  }

  // Verification.
  const v = claim.verification;
  if (!isObj(v)) {
    errors.push(`${where}: unchecked source: no "verification" record (say when and where the claim was checked)`);
  } else {
    checkDate(errors, `${where} verification`, v, 'on');
    if (!oneOf(VERIFICATION_STATUSES, v.status)) errors.push(`${where}: unknown verification status ${JSON.stringify(v.status)}`);
    if (v.checkedAt !== undefined && !isHttpUrl(v.checkedAt)) errors.push(`${where}: verification checkedAt must be an http(s) URL`);
    if ((v.status === 'confirmed' || v.status === 'corrected') && v.checkedAt === undefined) {
      errors.push(`${where}: a ${v.status} claim needs "checkedAt"`);
    }
    checkString(errors, `${where} verification`, v, 'note', true);
    if (v.status === 'not-refound' && !isNonEmptyString(v.note))
      errors.push(`${where}: unchecked source: a not-refound claim needs a note saying what was looked for`);
  }

  validateLinks(errors, where, claim);
}

/** Shape of `repeatedBy`, `contains` and `within`; whether the ids exist is checked once every claim is known. */
function validateLinks(errors: string[], where: string, claim: Obj): void {
  if (claim.repeatedBy !== undefined) {
    if (!Array.isArray(claim.repeatedBy) || claim.repeatedBy.length === 0) errors.push(`${where}: "repeatedBy" must be a non-empty array`);
    else
      claim.repeatedBy.forEach((r: unknown, i: number) => {
        const at = `${where} repeatedBy[${i}]`;
        if (!isObj(r)) return void errors.push(`${at}: must be an object`);
        checkString(errors, at, r, 'claimant');
        checkString(errors, at, r, 'office', true);
        checkString(errors, at, r, 'channel', true);
        if (r.side !== undefined && !oneOf(SIDES, r.side)) errors.push(`${at}: unknown side ${JSON.stringify(r.side)}`);
        checkDate(errors, at, r, 'date');
        const src = r.source;
        if (!isObj(src)) errors.push(`${at}: "source" must be an object`);
        else {
          checkString(errors, `${at} source`, src, 'publisher');
          if (!isHttpUrl(src.url)) errors.push(`${at}: source url must be http(s) (got ${JSON.stringify(src.url)})`);
          checkDate(errors, `${at} source`, src, 'date');
        }
      });
  }
  if (claim.contains !== undefined) {
    if (!Array.isArray(claim.contains) || claim.contains.length === 0 || claim.contains.some((x) => !isNonEmptyString(x))) {
      errors.push(`${where}: "contains" must be a non-empty array of claim ids`);
    } else if (claim.contains.includes(claim.id)) errors.push(`${where}: "contains" names the claim itself`);
  }
  if (claim.within !== undefined) {
    if (!isNonEmptyString(claim.within)) errors.push(`${where}: "within" must be a claim id`);
    else if (claim.within === claim.id) errors.push(`${where}: "within" names the claim itself`);
  }
}

/** A claimant's name without the outlet or role in brackets, and without ", citing …" / " / …" / " via …" tails. */
export function claimantKey(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .split(/,| \/ | via | citing /i)[0]!
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Checks that need the whole dataset: claimant sides, duplicate statements, and links between claims. */
function validateAcrossClaims(errors: string[], events: unknown[]): void {
  const claims = new Map<string, Obj>();
  const eventOf = new Map<string, string>();
  for (const e of events) {
    if (!isObj(e) || !Array.isArray(e.claims)) continue;
    for (const c of e.claims) {
      if (isObj(c) && typeof c.id === 'string') {
        claims.set(c.id, c);
        eventOf.set(c.id, String(e.id));
      }
    }
  }

  // One claimant speaks for one side everywhere (repeats included).
  const sideOf = new Map<string, { side: string; id: string }>();
  const checkSide = (name: unknown, side: unknown, id: string) => {
    if (!isNonEmptyString(name) || !oneOf(SIDES, side)) return;
    const key = claimantKey(name);
    const seen = sideOf.get(key);
    if (!seen) sideOf.set(key, { side, id });
    else if (seen.side !== side) {
      errors.push(`claim ${id}: side "${side}" contradicts claimant "${name}", who is "${seen.side}" in ${seen.id}`);
    }
  };
  for (const [id, c] of claims) {
    checkSide(c.claimant, c.side, id);
    if (Array.isArray(c.repeatedBy))
      for (const r of c.repeatedBy) if (isObj(r) && r.side !== undefined) checkSide(r.claimant, r.side, `${id} (repeatedBy)`);
  }

  // The same statement entered twice in one event.
  const statements = new Map<string, string>();
  for (const [id, c] of claims) {
    if (!isNonEmptyString(c.claimant)) continue;
    const key = [
      eventOf.get(id),
      claimantKey(c.claimant),
      c.metric,
      c.losses,
      c.low,
      c.high,
      c.low === null ? c.figureText : '',
      c.date,
    ].join('|');
    const first = statements.get(key);
    if (first)
      errors.push(
        `claim ${id}: duplicate statement: same claimant, metric, losses, figure and date as ${first} (use "repeatedBy" for another source)`,
      );
    else statements.set(key, id);
  }

  // contains / within point at real claims and agree with each other.
  for (const [id, c] of claims) {
    if (Array.isArray(c.contains)) {
      for (const part of c.contains) {
        const p = typeof part === 'string' ? claims.get(part) : undefined;
        if (!p) errors.push(`claim ${id}: "contains" names unknown claim ${String(part)}`);
        else if (p.within !== id) errors.push(`claim ${id}: contains ${String(part)}, whose "within" is not ${id}`);
      }
    }
    if (typeof c.within === 'string' && c.within !== id) {
      const agg = claims.get(c.within);
      if (!agg) errors.push(`claim ${id}: "within" names unknown claim ${c.within}`);
      else if (!Array.isArray(agg.contains) || !agg.contains.includes(id))
        errors.push(`claim ${id}: within ${c.within}, which does not list it in "contains"`);
    }
  }
}

function validateTerm(errors: string[], term: unknown, index: number, seen: Set<string>): void {
  if (!isObj(term)) {
    errors.push(`term #${index + 1} is not an object`);
    return;
  }
  const where = `term ${typeof term.id === 'string' ? term.id : `#${index + 1}`}`;
  checkString(errors, where, term, 'id');
  checkString(errors, where, term, 'name');
  if (!oneOf(TERM_KINDS, term.kind)) errors.push(`${where}: unknown kind ${JSON.stringify(term.kind)}`);
  if (!oneOf(LEANINGS, term.leaning)) errors.push(`${where}: unknown leaning ${JSON.stringify(term.leaning)}`);
  checkStringArray(errors, where, term, 'variants');
  if (typeof term.id === 'string') {
    if (seen.has(term.id)) errors.push(`duplicate term id ${term.id}`);
    seen.add(term.id);
  }
}

/** Checks a dataset (claims file or full Dataset) against utils/dataset/types.ts and the rules in docs/DATA.md. */
export function validateDataset(data: unknown): string[] {
  const errors: string[] = [];
  if (!isObj(data)) return ['dataset is not an object'];
  checkString(errors, 'dataset', data, 'version');
  const asOf = checkDate(errors, 'dataset', data, 'asOf') ? (data.asOf as string) : null;
  if (!Array.isArray(data.events)) return [...errors, 'dataset: "events" must be an array'];
  if (data.events.length === 0) errors.push('dataset: "events" is empty');
  if (data.terms !== undefined) {
    if (!Array.isArray(data.terms)) errors.push('dataset: "terms" must be an array');
    else {
      const seenTerms = new Set<string>();
      data.terms.forEach((t, i) => validateTerm(errors, t, i, seenTerms));
    }
  }

  const eventIds = new Set<string>();
  const claimIds = new Set<string>();
  const seriesEvent = new Map<string, string>();
  let previousStart = '';
  data.events.forEach((event: unknown, i: number) => {
    if (!isObj(event)) {
      errors.push(`event #${i + 1} is not an object`);
      return;
    }
    const where = `event ${typeof event.id === 'string' ? event.id : `#${i + 1}`}`;
    checkString(errors, where, event, 'id');
    if (typeof event.id === 'string') {
      if (eventIds.has(event.id)) errors.push(`duplicate event id ${event.id}`);
      eventIds.add(event.id);
    }
    checkString(errors, where, event, 'title');
    checkString(errors, where, event, 'summary');
    const startOk = checkDate(errors, where, event, 'start');
    const endOk = checkDate(errors, where, event, 'end');
    if (startOk && endOk && (event.start as string) > (event.end as string)) errors.push(`${where}: start is after end`);
    if (startOk) {
      if ((event.start as string) < previousStart) errors.push(`${where}: events are not sorted by start date`);
      previousStart = event.start as string;
    }
    checkStringArray(errors, where, event, 'places');
    checkStringArray(errors, where, event, 'terms', MIN_TERMS);
    if (Array.isArray(event.terms) && event.terms.length > MAX_TERMS) errors.push(`${where}: "terms" has more than ${MAX_TERMS} items`);
    if (event.oneSided !== undefined && typeof event.oneSided !== 'boolean') errors.push(`${where}: "oneSided" must be a boolean`);
    checkCrossings(errors, where, event.closedCrossings);
    if (event.closesCrossing !== undefined) errors.push(`${where}: "closesCrossing" is gone: name the crossings in "closedCrossings"`);
    if (!Array.isArray(event.claims)) {
      errors.push(`${where}: "claims" must be an array`);
      return;
    }
    if (event.claims.length === 0) errors.push(`${where}: has no claims`);

    const sides = new Set<string>();
    const series = new Map<string, string>();
    event.claims.forEach((claim: unknown, j: number) => {
      validateClaim(errors, claim, event, j, asOf);
      if (!isObj(claim)) return;
      if (typeof claim.id === 'string') {
        if (claimIds.has(claim.id)) errors.push(`duplicate claim id ${claim.id}`);
        claimIds.add(claim.id);
      }
      if (typeof claim.side === 'string') sides.add(claim.side);
      if (typeof claim.series === 'string') {
        const key = `${String(claim.metric)}/${String(claim.losses)}`;
        const prev = series.get(claim.series);
        if (prev !== undefined && prev !== key) {
          errors.push(`claim ${String(claim.id)}: series "${claim.series}" mixes metrics (${prev} vs ${key})`);
        }
        series.set(claim.series, key);
        const owner = seriesEvent.get(claim.series);
        if (owner !== undefined && owner !== event.id) {
          errors.push(`claim ${String(claim.id)}: series "${claim.series}" is already used in event ${owner}`);
        }
        seriesEvent.set(claim.series, String(event.id));
      }
    });
    if (event.claims.length > 0 && sides.size === 1 && event.oneSided !== true) {
      errors.push(`${where}: all claims come from one side (${[...sides][0]}) but the event is not marked "oneSided": true`);
    }
    if (sides.size > 1 && event.oneSided === true) {
      errors.push(`${where}: marked "oneSided" but its claims come from ${sides.size} sides`);
    }
  });
  validateAcrossClaims(errors, data.events);
  return errors;
}
