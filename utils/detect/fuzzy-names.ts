// fuse.js for the spellings no list can foresee: a transliteration or typo of a name or place
// ("Zabeehulla", "Khowarazmi", "Ningarhar"). Queried with single short words only: fuse.js splits
// patterns over 32 characters and slows down fast with long ones.
import Fuse from 'fuse.js';
import { foldForMatch } from '../text/normalize';

export interface NameEntry {
  word: string; // folded, one word
  /** What a hit on this word means: a gazetteer term or an event key. */
  ref: { termId?: string; eventId?: string; key: string };
}

// Frequent capitalised words that look like names to a fuzzy matcher.
const COMMON = new Set(
  'about after again against also among another because before being between border border-posts could during every first from further general government however islamic killed latest minister ministry military month months other people police president reported security several should since sources spokesman spokesperson statement strike strikes their there these those three through today under while would years'.split(
    ' ',
  ),
);

/** Words remembered between lookups, at most. */
const MAX_CACHED_WORDS = 5000;

export class FuzzyNames {
  private readonly fuse: Fuse<NameEntry>;
  private readonly exact = new Map<string, NameEntry[]>();
  private readonly cache = new Map<string, NameEntry[]>();

  constructor(entries: NameEntry[]) {
    const unique = new Map(entries.map((e) => [`${e.word}|${e.ref.termId ?? ''}|${e.ref.eventId ?? ''}|${e.ref.key}`, e]));
    entries = [...unique.values()];
    for (const e of entries) this.exact.set(e.word, [...(this.exact.get(e.word) ?? []), e]);
    this.fuse = new Fuse(entries, {
      keys: ['word'],
      includeScore: true,
      threshold: 0.22,
      ignoreLocation: true,
      minMatchCharLength: 4,
    });
  }

  /** Entries a word of page text stands for: exact first, fuzzy for words of 6+ letters. */
  lookup(rawWord: string): NameEntry[] {
    const word = foldForMatch(rawWord);
    const cached = this.cache.get(word);
    if (cached) return cached;
    let found = this.exact.get(word) ?? [];
    if (found.length === 0 && word.length >= 6 && word.length <= 32 && !COMMON.has(word)) {
      const results = this.fuse.search(word, { limit: 3 });
      // Close in length too: a long word merely containing a short name is not that name.
      found = results
        // and starting alike: transliterations keep the first letter (Mehsud is not Behsud); the
        // spellings that do not (Sabiullah) are listed as variants.
        .filter((r) => (r.score ?? 1) <= 0.22 && Math.abs(r.item.word.length - word.length) <= 2 && r.item.word[0] === word[0])
        .map((r) => r.item);
    }
    // The background lives for many pages: the cache starts afresh rather than growing without end.
    if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
    this.cache.set(word, found);
    return found;
  }
}

/** Splits names into words worth looking up (5+ letters, not common words). */
export function nameWords(name: string): string[] {
  return foldForMatch(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 5 && !COMMON.has(w));
}
