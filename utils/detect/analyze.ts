// The whole detection, from the blocks a page handed on to a page result. The content script only picks
// the blocks with anchor words (anchors.ts); this part runs where the dataset is loaded (background, scanner, tests).
import type { Dataset, DatasetEvent, Term } from '../dataset/types';
import { foldForMatch } from '../text/normalize';
import { closedOnWeekdays, daysShut, saysClosed } from './closure-clues';
import { readDates, weekdaysNamed } from './dates';
import { readFigures, type FigureOnPage } from './figures';
import { FuzzyNames, nameWords, type NameEntry } from './fuzzy-names';
import { createGate, type Gate } from './gate';
import { gateData } from './gate-data';
import { endedWellBefore, figureAgrees, keyForm, placeNameParts, shortAndRunningOn, scoreEvents, type EventKey } from './score-events';
import { containsKey } from './key-match';
import { closestEvents, placesInOrder, type PlaceToSearch } from './closest-events';
import { keySpellings, type KeySpellings } from './key-spellings';
import { PAUSE } from './pause-words';
import { speaksOfRepublic } from './republic-era';
import { speaksOfArmourHit } from './armour-words';
import { saysBeganToday } from './began-today';
import { RENEWAL } from './renewal-words';
import { reportsDeclaration } from './threat-words';
import { namesTruce, saysTruceEnded } from './truce-ended';
import { BETWEEN_WORDS, ENVOY_WORDS, matches, TALK_WORDS, wordPattern } from './vocabulary';
import { judgeTopic, sentenceSignals, isClashSentence, type SentenceSignals } from './score-topic';
import type { Candidates, CandidateSentence, EventMatch, PageFigure, PageResult } from './types';

const MAX_EVENTS = 4;
const TALKS = wordPattern(TALK_WORDS);
const ENVOY = wordPattern(ENVOY_WORDS);
const BETWEEN = wordPattern(BETWEEN_WORDS);
const MAX_EVIDENCE = 5;
const MIN_EVENT_SCORE = 3;
/** An event the page names by its own terms needs less besides. */
const NAMED_EVENT_SCORE = 2;
const STRONG_EVENT_SCORE = 7;
/** An event the page repeats a figure of, from this score (2 showed neighbours' figures: small counts recur). */
const FIGURE_EVENT_SCORE = 2.5;
/** From this score, when none of the page's other counted figures contradicts the event's claims. */
const CLEAN_FIGURE_EVENT_SCORE = 2.2;
const SECOND_FIGURE_EVENT_SCORE = 2;
/** An event the page gives a day of, and names a place of, needs less besides. */
const DATED_EVENT_SCORE = 2.5;

export interface DetectionModel {
  gate: Gate;
  terms: Map<string, Term>;
  events: readonly DatasetEvent[];
  eventKeys: Map<string, EventKey[]>;
  fuzzy: FuzzyNames;
  /** Event keys that are spellings of a gazetteer term: a hit on the term in any script is a hit on the key. */
  termKeys: Map<string, { eventId: string; key: string }[]>;
  /** Event keys, in any spelling, that name a truce of the event's own (the 48-hour ceasefire, the Eid pause). */
  truceKeys: Set<string>;
  /** Gazetteer places on the border (not venues) that no event holds under any of their names: clashes the dataset lacks. */
  unheldPlaces: Set<string>;
  /** Venues (neutral places) that are no event's key: talks the dataset lacks. */
  unheldVenues: Set<string>;
  /** Event keys that name a truce by its length ("48 hour ceasefire"), with that length in hours. */
  timedTruces: { eventId: string; key: string; named: RegExp }[];
}

/** An event key that names a truce by its length: "48 hour ceasefire". */
const TIMED_TRUCE = /^(\d+) hour (?:ceasefire|truce)$/;
/**
 * A Turkish sentence naming a truce of so many hours: Turkish writes the case ending onto "ateşkes" and may give the
 * hours after it ("48 saatlik geçici ateşkesin", "ateşkes, 48 saat sürecek"), which no fixed spelling of the key
 * "48 hour ceasefire" covers. The two side by side (two words between at most): not "48 hours after the truce broke".
 * The other languages' spellings are listed in assets/key-spellings.
 */
const turkishTruceOf = (hours: string) =>
  new RegExp(`(?<![\\p{N}])${hours}\\s*saat\\p{L}*(?:\\s+\\p{L}+){0,2}\\s+ateskes|(?<![\\p{L}])ateskes\\p{L}*,?\\s+${hours}\\s*saat`, 'u');

/** A term's name without its gloss: "Behsud (Nangarhar)" is Behsud. */
const withoutGloss = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');
/** A place of the gazetteer on the border: not a venue (neutral), and not one of the two countries (its leaning's name). */
const borderPlace = (term: Term | undefined): term is Term =>
  term?.kind === 'place' && term.leaning !== 'neutral' && keyForm(term.name) !== term.leaning;

/** Words and phrases that point to an event: its terms and the parts of its place names, in every spelling. */
export function keysOf(event: DatasetEvent, spellings: KeySpellings): { key: string; group: string; term?: boolean; spells?: string }[] {
  const keys = new Map<string, string>();
  const terms = new Set(event.terms.map(keyForm));
  // Spellings of one name form a group that counts once: "Behsud/Bihsud", "counter-offensive"/"counteroffensive".
  for (const t of event.terms) keys.set(keyForm(t), keyForm(t).replace(/ /g, ''));
  for (const p of event.places) {
    const group = keyForm(p.split('(')[0]!);
    for (const k of placeNameParts(p)) {
      // A gloss that says where, not a name ("Palosin (Afghan side)"), is no key.
      if (/\bside\b/.test(k)) continue;
      if (k.length >= 4 && !keys.has(k)) keys.set(k, p.includes('/') ? group : k.replace(/ /g, ''));
    }
  }
  const english = [...keys].map(([key, group]) => ({ key, group, ...(terms.has(key) ? { term: true } : {}) }));
  // A key's spellings in other scripts are the same name: one group, a term when the key is one.
  const spelled = english.flatMap((k) =>
    (spellings.get(k.key) ?? []).map((s) => ({ ...k, key: keyForm(s), spells: k.key })).filter((s) => !keys.has(s.key)),
  );
  return [...english, ...spelled];
}

/**
 * The weekdays said in a sentence that gives a count of 5 or more of what was counted, or in the one before it: "19
 * Pakistani soldiers killed … on Saturday" says on which day of the week those were killed.
 */
function weekdaysBesideCounts(figures: FigureOnPage[], sentences: readonly CandidateSentence[], folded: string[]): Set<number> {
  const days = new Set<number>();
  sentences.forEach((s, i) => {
    const counted = figures.some(
      (f) => f.metric && f.value >= 5 && f.block === s.block && f.start >= s.start && f.end <= s.start + s.text.length,
    );
    if (counted) for (const text of folded.slice(Math.max(0, i - 1), i + 1)) for (const w of weekdaysNamed(text)) days.add(w);
  });
  return days;
}

/** The detection model; `gate` when the caller has already built it from the same terms (the background does). */
export function buildModel(
  dataset: Pick<Dataset, 'events' | 'terms'>,
  gate: Gate = createGate(gateData(dataset.terms)),
  spellings: KeySpellings = keySpellings(),
): DetectionModel {
  const perEventGroups = new Map(dataset.events.map((e) => [e.id, keysOf(e, spellings)]));
  const perEvent = new Map([...perEventGroups].map(([id, keys]) => [id, keys.map((k) => k.key)]));
  const eventKeys = new Map<string, EventKey[]>();
  // A term of an event that is another spelling of a gazetteer name (Friendship Gate for Chaman, Landi Kotal
  // for Khyber) is a place shared with other stories: not specific to the event.
  const names = new Set(dataset.terms.map((t) => keyForm(t.name)));
  // An operation's or a person's variants are spellings of that one name, not broader places.
  const gazetteer = new Set(
    dataset.terms
      .filter((t) => t.kind === 'place')
      .flatMap((t) => t.variants.map(keyForm))
      .filter((k) => !names.has(k)),
  );
  // An operation's name is the own name of the event its title gives it to; in another event's terms (a breach of a
  // pause within the operation) it names the campaign around that event, not the event.
  const operations = new Set(
    dataset.terms
      .filter((t) => t.kind === 'operation')
      .flatMap((t) => [t.name, t.name.replace(/^operation\s+/i, ''), ...t.variants])
      .map(keyForm),
  );
  const titles = new Map(dataset.events.map((e) => [e.id, keyForm(e.title)]));
  const ownName = (id: string, name: string) => !operations.has(name) || titles.get(id)!.includes(name);
  const eventsWithKey = new Map<string, number>();
  for (const keys of perEvent.values()) for (const k of keys) eventsWithKey.set(k, (eventsWithKey.get(k) ?? 0) + 1);
  // Events that hold a key as a name of their own: an operation named as the campaign around another event is still
  // the operation's name alone.
  const ownersOfKey = new Map<string, number>();
  for (const [id, keys] of perEventGroups)
    for (const k of keys) if (ownName(id, k.spells ?? k.key)) ownersOfKey.set(k.key, (ownersOfKey.get(k.key) ?? 0) + 1);
  for (const [id, keys] of perEventGroups)
    eventKeys.set(
      id,
      keys.map(({ key, group, term, spells }) => ({
        key,
        group,
        weight: 1 / (ownName(id, spells ?? key) ? ownersOfKey : eventsWithKey).get(key)!,
        ...(term && !gazetteer.has(spells ?? key) && ownName(id, spells ?? key) ? { term } : {}),
        ...(spells ? { spells } : {}),
      })),
    );

  // Fuzzy matching is per word, so only one-word names and keys can be matched that way: a word of
  // "Pakistani Taliban" alone is not the TTP.
  const oneWord = (s: string) => {
    const words = nameWords(s);
    return words.length === 1 && words[0] === keyForm(s) ? words[0] : undefined;
  };
  const entries: NameEntry[] = [];
  for (const term of dataset.terms)
    for (const v of [term.name, ...term.variants]) {
      const word = /^[\x00-\x7f]+$/.test(v) ? oneWord(v) : undefined;
      if (word) entries.push({ word, ref: { termId: term.id, key: word } });
    }
  for (const [eventId, keys] of perEvent) for (const key of keys) if (oneWord(key)) entries.push({ word: key, ref: { eventId, key } });

  const termKeys = new Map<string, { eventId: string; key: string }[]>();
  for (const term of dataset.terms) {
    // Only the term's own name: a hit on "Paktika" (whose variants list Barmal and Urgun) is not a hit on Urgun.
    // The name bare of its gloss or kind ("Behsud (Nangarhar)", "Operation Ghazab lil-Haq") is the same name.
    const bare = withoutGloss(term.name).replace(/^operation\s+/i, '');
    const spellings = new Set([keyForm(term.name), keyForm(bare)]);
    const found = [...perEvent].flatMap(([eventId, keys]) => keys.filter((k) => spellings.has(k)).map((key) => ({ eventId, key })));
    if (found.length) termKeys.set(term.id, found);
  }

  const allKeys = new Set([...eventKeys.values()].flatMap((keys) => keys.map((k) => k.key)));
  const unheldPlaces = new Set(
    dataset.terms
      .filter((t) => borderPlace(t) && !termKeys.has(t.id) && ![t.name, ...t.variants].some((n) => allKeys.has(keyForm(n))))
      .map((t) => t.id),
  );
  const unheldVenues = new Set(
    dataset.terms.filter((t) => t.kind === 'place' && t.leaning === 'neutral' && !termKeys.has(t.id)).map((t) => t.id),
  );

  return {
    gate,
    terms: new Map(dataset.terms.map((t) => [t.id, t])),
    events: dataset.events,
    eventKeys,
    fuzzy: new FuzzyNames(entries),
    termKeys,
    timedTruces: [...eventKeys].flatMap(([eventId, keys]) =>
      keys.flatMap(({ key, spells }) => {
        const hours = spells ? undefined : TIMED_TRUCE.exec(key)?.[1];
        return hours ? [{ eventId, key, named: turkishTruceOf(hours) }] : [];
      }),
    ),
    truceKeys: new Set([...eventKeys.values()].flatMap((keys) => keys.filter((k) => namesTruce(k.spells ?? k.key)).map((k) => k.key))),
    unheldPlaces,
    unheldVenues,
  };
}

// Capitalised Latin words: the ones that may be names a list did not foresee.
const NAME_LIKE = /\b[A-Z][a-z\u00c0-\u024f'’-]{5,}\b/g;

export interface SentenceReading {
  signals: SentenceSignals[];
  /** eventId -> event keys seen anywhere in the candidates. */
  keyHits: Map<string, Set<string>>;
  /** Per sentence: eventId -> keys seen in it. */
  sentenceKeys: Map<string, Set<string>>[];
  folded: string[];
}

/** Names per sentence: the gate's exact hits plus fuzzy spellings of names and event keys. */
export function readSentences(sentences: readonly CandidateSentence[], model: DetectionModel): SentenceReading {
  const folded = sentences.map((s) => foldForMatch(s.text));
  const keyed = sentences.map((s) => keyForm(s.text));
  const keyHits = new Map<string, Set<string>>();
  const sentenceKeys: Map<string, Set<string>>[] = [];
  const signals = sentences.map((s, i) => {
    const termIds = new Set(s.hits.map((h) => h.termId));
    const leanings = new Set(s.hits.map((h) => h.leaning));
    const keysHere = new Map<string, Set<string>>();
    // A truce the sentence says had run out is what came before its news: its name ties the sentence to no event.
    const truceEnded = saysTruceEnded(folded[i]!);
    const addKey = (eventId: string, key: string) => {
      if (truceEnded && model.truceKeys.has(key)) return;
      if (!keyHits.has(eventId)) keyHits.set(eventId, new Set());
      keyHits.get(eventId)!.add(key);
      if (!keysHere.has(eventId)) keysHere.set(eventId, new Set());
      keysHere.get(eventId)!.add(key);
    };
    for (const m of s.text.matchAll(NAME_LIKE)) {
      // Words the gate already read stay as read: "Taliban" in "Pakistani Taliban" is the TTP.
      if (s.hits.some((h) => m.index >= h.start && m.index < h.end)) continue;
      for (const entry of model.fuzzy.lookup(m[0])) {
        if (entry.ref.termId) {
          const term = model.terms.get(entry.ref.termId)!;
          termIds.add(term.id);
          leanings.add(term.leaning);
        }
        if (entry.ref.eventId) addKey(entry.ref.eventId, entry.ref.key);
      }
    }
    for (const [eventId, keys] of model.eventKeys) for (const { key } of keys) if (containsKey(keyed[i]!, key)) addKey(eventId, key);
    for (const { eventId, key, named } of model.timedTruces) if (named.test(folded[i]!)) addKey(eventId, key);
    for (const id of termIds) for (const { eventId, key } of model.termKeys.get(id) ?? []) addKey(eventId, key);
    sentenceKeys.push(keysHere);
    return sentenceSignals(folded[i]!, termIds, leanings);
  });
  // A paragraph is one story: "The Pakistani strikes…" reports a clash when its paragraph names Nangarhar.
  const byBlock = new Map<number, SentenceSignals[]>();
  sentences.forEach((s, i) => byBlock.set(s.block, [...(byBlock.get(s.block) ?? []), signals[i]!]));
  for (const group of byBlock.values()) {
    const termIds = new Set(group.flatMap((g) => [...g.termIds]));
    const leanings = new Set(group.flatMap((g) => [...g.leanings]));
    for (const g of group) Object.assign(g, { termIds, leanings });
  }
  return { signals, keyHits, sentenceKeys, folded };
}

export interface AnalyzeOptions {
  /** Topic score from which a page counts as on topic (default 0.4, measured on the labelled corpus). */
  minTopicScore?: number;
}

/** The gazetteer places (not venues, not the two countries) the sentences name: each as its spellings, folded like keys. */
function placesNamed(model: DetectionModel, sentences: readonly CandidateSentence[]): string[][] {
  const ids = new Set(sentences.flatMap((s) => s.hits.map((h) => h.termId)));
  return [...ids]
    .map((id) => model.terms.get(id))
    .filter(borderPlace)
    .map((t) => [withoutGloss(t.name), ...t.variants].map(keyForm));
}

/** How many times the sentences name each border place. */
function borderPlaceCounts(model: DetectionModel, sentences: readonly CandidateSentence[]): Map<Term, number> {
  const counts = new Map<Term, number>();
  for (const s of sentences)
    for (const h of s.hits) {
      const term = model.terms.get(h.termId);
      if (borderPlace(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  return counts;
}

/**
 * The border places the sentences name most often (all of them when tied), each as its spellings in key form: where
 * the page's news happened, more surely than a place it names once. Kabul and the Durand Line count only on a page
 * naming no other: any report names the seat of government for the side itself ("Kabul and Islamabad blamed each
 * other"), and the Line is the whole border, not where on it.
 */
function mostNamedPlaces(model: DetectionModel, sentences: readonly CandidateSentence[]): string[][] {
  const counts = borderPlaceCounts(model, sentences);
  if (counts.size > 1) for (const t of counts.keys()) if (NOT_WHERE.has(t.id)) counts.delete(t);
  const most = Math.max(0, ...counts.values());
  return [...counts].filter(([, n]) => n === most).map(([t]) => [withoutGloss(t.name), ...t.variants].map(keyForm));
}

const NOT_WHERE = new Set(['kabul', 'durand-line']);

/**
 * The places named in sentences that say a crossing closed, in key form: each name as written and the name of its
 * place in the gazetteer ("Kharlachi" is written as itself, though the gazetteer spells it as Kurram's).
 */
function placesClosed(model: DetectionModel, sentences: readonly CandidateSentence[], folded: readonly string[]): Set<string> {
  return new Set(
    sentences.flatMap((s, i) =>
      saysClosed(folded[i]!)
        ? s.hits.flatMap((h) => [keyForm(s.text.slice(h.start, h.end)), keyForm(withoutGloss(model.terms.get(h.termId)?.name ?? ''))])
        : [],
    ),
  );
}

/**
 * The border places the sentences name, by their dataset names, most named first, each with the events that hold it
 * among their keys: what to search for when no event fits.
 */
function placesToSearch(model: DetectionModel, sentences: readonly CandidateSentence[]): PlaceToSearch[] {
  const places = new Map<string, PlaceToSearch & { events: Set<string>; count: number }>();
  for (const [term, n] of borderPlaceCounts(model, sentences)) {
    const name = withoutGloss(term.name);
    const place = places.get(name) ?? { name, events: new Set<string>(), where: !NOT_WHERE.has(term.id), count: 0 };
    place.count += n;
    for (const { eventId } of model.termKeys.get(term.id) ?? []) place.events.add(eventId);
    places.set(name, place);
  }
  return [...places.values()].sort((a, b) => b.count - a.count).slice(0, MAX_PLACES_TO_SEARCH);
}
const MAX_PLACES_TO_SEARCH = 3;

/**
 * Whose civilians a count is, when the page does not say ("چھ شہری جاں بحق"): Pakistan's in a sentence naming
 * places on its side only (Chaman, Balochistan, Kurram), otherwise Afghanistan's, where most strikes fall.
 */
function civiliansSide(f: FigureOnPage, s: CandidateSentence, model: DetectionModel): Pick<FigureOnPage, 'losses'> {
  if (f.losses || !f.metric?.startsWith('civilians')) return {};
  const places = s.hits.map((h) => model.terms.get(h.termId)).filter((t) => t?.kind === 'place' && !COUNTRIES.has(t.id));
  const pakistani = places.length > 0 && places.every((t) => t!.leaning === 'pakistan');
  return { losses: pakistani ? 'civilians-pakistan' : 'civilians-afghanistan' };
}
const COUNTRIES = new Set(['pakistan', 'afghanistan']);

export function analyzeCandidates(candidates: Candidates, model: DetectionModel, options: AnalyzeOptions = {}): PageResult {
  const sentences = candidates.sentences;
  const { signals, keyHits, sentenceKeys, folded } = readSentences(sentences, model);
  const title = keyForm(candidates.title ?? '');

  const figuresRead: FigureOnPage[] = sentences.flatMap((s) =>
    readFigures(s.text).map((f) => ({
      ...f,
      block: s.block,
      start: s.start + f.start,
      end: s.start + f.end,
      ...civiliansSide(f, s, model),
    })),
  );

  // 2. Events: names, dates, figures and publication date.
  // The title folded like the sentences already are: the dates and the renewal words are read over both.
  const titleAndSentences = [foldForMatch(candidates.title ?? ''), ...folded];
  const dates = readDates(titleAndSentences.join(' \n '), candidates.published);
  // The headline names the page's main event: its keys count twice.
  const titleKeys = new Map<string, Set<string>>();
  for (const [eventId, keys] of model.eventKeys)
    titleKeys.set(eventId, new Set(keys.filter(({ key }) => containsKey(title, key)).map((k) => k.key)));
  const keyCounts = new Map<string, Map<string, number>>();
  for (const perSentence of sentenceKeys)
    for (const [eventId, keys] of perSentence) {
      const counts = keyCounts.get(eventId) ?? new Map<string, number>();
      for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
      keyCounts.set(eventId, counts);
    }
  // An envoy counts as talks when going between the two sides, not when summoned or condemning an attack.
  const talkSentences = folded.filter((f) => matches(TALKS, f) || (matches(ENVOY, f) && matches(BETWEEN, f))).length;
  const republicSaid = titleAndSentences.map(speaksOfRepublic);
  const republic = republicSaid.some(Boolean);
  const scored = scoreEvents(model.events, model.eventKeys, {
    keyHits,
    titleKeys,
    dates,
    figures: figuresRead,
    published: candidates.published,
    talkSentences,
    pause: titleAndSentences.some((f) => ((PAUSE.lastIndex = 0), PAUSE.test(f))),
    clashSentences: signals.filter(isClashSentence).length,
    unheldPlace: sentences.some((s) => s.hits.some((h) => model.unheldPlaces.has(h.termId))),
    places: placesNamed(model, sentences),
    mostNamedPlaces: mostNamedPlaces(model, sentences),
    beganToday: titleAndSentences.some(saysBeganToday),
    renewal: titleAndSentences.some((f, i) => (i === 0 || isClashSentence(signals[i - 1]!)) && ((RENEWAL.lastIndex = 0), RENEWAL.test(f))),
    keyCounts,
    sentenceKeys,
    republic,
    titleClash: sentences.some((s, i) => s.block < 0 && isClashSentence(signals[i]!)),
    titleDeclares: reportsDeclaration(titleAndSentences[0]!),
    weekdays: candidates.published ? undefined : weekdaysBesideCounts(figuresRead, sentences, folded),
    armour: titleAndSentences.some((f, i) => (i === 0 || isClashSentence(signals[i - 1]!)) && speaksOfArmourHit(f)),
    allWeekdays: candidates.published ? undefined : new Set(titleAndSentences.flatMap((f) => [...weekdaysNamed(f)])),
    daysShut: candidates.published ? undefined : Math.max(0, ...titleAndSentences.map((f) => daysShut(f) ?? 0)) || undefined,
    closedOn: candidates.published ? undefined : closedOnWeekdays(titleAndSentences),
    closedAt: candidates.published ? undefined : placesClosed(model, sentences, folded),
  });
  const top = scored[0]?.raw ?? 0;

  // 3. The verdict: a page that names an event very specifically is about it even when it also
  // mentions a look-alike story (a strike that killed cricketers is not a cricket story).
  // For the topic, the Republic is read in the title or the sentence's own paragraph: an aside recalling "an Afghan
  // president" does not make today's clash report one of the Republic.
  const republicBlocks = new Set(sentences.filter((_, i) => republicSaid[i + 1]).map((s) => s.block));
  const republicHere = sentences.map((s) => republicSaid[0] === true || republicBlocks.has(s.block));
  const verdict = judgeTopic(signals, top >= STRONG_EVENT_SCORE, options.minTopicScore, republicHere);
  const published = candidates.published && /^\d{4}-\d\d-\d\d/.test(candidates.published) ? candidates.published.slice(0, 10) : null;
  if (!verdict.topic)
    return {
      topic: false,
      score: verdict.score,
      events: [],
      figures: [],
      published,
      ...(verdict.lookalike ? { lookalike: verdict.lookalike } : {}),
    };

  // Only events the page gives evidence of beyond a shared place (a date, a figure, a specific name) are
  // shown; an event the page repeats a figure of is kept even when named less: the reader wants that figure tied.
  const fitting = scored.filter((s) => s.fits);
  const best = fitting[0]?.raw ?? 0;
  const strong = (s: (typeof fitting)[number]) =>
    s.raw >= (s.named ? NAMED_EVENT_SCORE : s.dated && s.placed ? DATED_EVENT_SCORE : MIN_EVENT_SCORE) && s.raw >= best * 0.35;
  // Beside an event shown on its own evidence, one whose figure the page repeats is shown from a lower score.
  const figureBar = fitting.some(strong) ? SECOND_FIGURE_EVENT_SCORE : CLEAN_FIGURE_EVENT_SCORE;
  // Just above the bar, a figure tie also needs the page's other counted figures not to contradict the event.
  const figureTied = (s: (typeof fitting)[number]) =>
    s.claimIds.size > 0 && s.raw >= figureBar && (s.raw >= FIGURE_EVENT_SCORE || s.conflicts === 0);
  // A page on talks that names a venue (a neutral place of the gazetteer) that no event of the dataset holds reports
  // a round the dataset lacks: the earlier rounds it names, and dates, are its background.
  const unheldVenue = sentences.some((s) => s.hits.some((h) => model.unheldVenues.has(h.termId)));
  const chosen = fitting
    .filter((s) => strong(s) || figureTied(s))
    .filter((s) => !(unheldVenue && s.talks))
    .slice(0, MAX_EVENTS);
  // A page about talks reports the latest round it names: a report on the Riyadh talks recalls Doha and
  // Istanbul, while a report on Doha cannot name rounds that came after it. So does a page that names rounds
  // or truces by their own names, however few of its sentences speak of talks (a call that mentions the Eid
  // pause and the Qatar–Türkiye mediation before it). Only rounds and truces take part: a clash known by the
  // ceasefire that ended it ("the 48-hour ceasefire") is no round of talks.
  const onTalks = (s: (typeof chosen)[number]) => (s.talks || s.named) && s.round;
  const latestTalks = chosen
    .filter((s) => onTalks(s) && (s.named || strong(s)))
    .sort((a, b) => b.event.start.localeCompare(a.event.start))[0];
  if (latestTalks && chosen[0] && onTalks(chosen[0]) && chosen[0] !== latestTalks)
    chosen.unshift(...chosen.splice(chosen.indexOf(latestTalks), 1));
  // The news of the day first: a page published on a day of a short clash it is shown reports that clash, and an event
  // shown beside it that ended two days or more before is what led to it (the Kabul strike a border fight answered),
  // however specifically the page names or dates it. Not when the page repeats its counts and none of the day's clash:
  // then it is a late report of the earlier one (a weekend's tolls told on the day a new round began).
  const lead = chosen[0];
  if (published && lead && !onTalks(lead) && endedWellBefore(lead.event, published)) {
    const ofTheDay = chosen.find((s) => !s.round && shortAndRunningOn(s.event, published));
    if (ofTheDay && ofTheDay !== lead && (lead.claimIds.size === 0 || ofTheDay.claimIds.size > 0))
      chosen.unshift(...chosen.splice(chosen.indexOf(ofTheDay), 1));
  }

  const events: EventMatch[] = chosen.map((s) => ({
    id: s.event.id,
    score: Math.round((s.raw / (s.raw + 4)) * 1000) / 1000,
    evidence: evidenceFor(
      s.event.id,
      sentences,
      sentenceKeys,
      signals.map(isClashSentence),
      s.figures.map((i) => figuresRead[i]!),
    ),
    reasons: [...new Set(s.reasons)].slice(0, 8),
  }));

  // 3. Figures on the page, tied to the claims of the chosen events they agree with.
  const claims = chosen.flatMap((s) => s.event.claims);
  const figures: PageFigure[] = figuresRead.map((figure) => {
    const { verb: _verb, ...f } = figure;
    return { ...f, agreesWith: claims.filter((c) => figureAgrees(figure, c)).map((c) => ({ claimId: c.id, side: c.side })) };
  });
  // On topic, but no event fits well enough: say so rather than show a wrong one.
  if (events.length) return { topic: true, score: verdict.score, events, figures, published };
  const closest = closestEvents(scored, published);
  const places = placesInOrder(placesToSearch(model, sentences), closest);
  return {
    topic: true,
    score: verdict.score,
    events,
    figures,
    published,
    unknownEvent: true,
    ...(places.length ? { places } : {}),
    ...(closest.length ? { closest } : {}),
  };
}

/** The sentences that tie the page to an event: its names and figures first, then clash sentences. */
function evidenceFor(
  eventId: string,
  sentences: CandidateSentence[],
  keys: Map<string, Set<string>>[],
  clash: boolean[],
  figures: FigureOnPage[],
) {
  const holdsFigure = (s: CandidateSentence) => figures.some((f) => f.block === s.block && f.start >= s.start && f.end <= s.end);
  // A sentence said twice (the headline as the title and as the page's first line, a pull quote) is evidence
  // once: where it stands on the page, which the reader can be shown, rather than in the title.
  const seen = new Set<string>();
  const inTitle = (x: { s: CandidateSentence }) => (x.s.block < 0 ? 1 : 0);
  const picked = sentences
    .map((s, i) => ({ s, i, weight: (keys[i]!.get(eventId)?.size ?? 0) * 2 + (holdsFigure(s) ? 3 : 0) + (clash[i] ? 1 : 0) }))
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight || inTitle(a) - inTitle(b) || a.i - b.i)
    .filter((x) => !seen.has(x.s.text) && !!seen.add(x.s.text))
    .slice(0, MAX_EVIDENCE)
    .sort((a, b) => a.i - b.i);
  return picked.map(({ s }) => ({ block: s.block, start: s.start, end: s.end, text: s.text }));
}
