// Search over the whole dataset, for when the page was missed or to look anything up. A query given
// by "Look up in Durand Lens" (?q=) is searched at once and its results come first.
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Dataset } from '@/utils/dataset/types';
import { closestFirst, createDatasetSearch } from '@/utils/dataset/search';
import { EventCard } from './EventCard';
import type { ReportContext } from './FigureLine';
import { dateRange } from '@/utils/display/rules';
import { t } from '@/utils/browser/i18n';

export function SearchBox({
  dataset,
  initialQuery = '',
  report,
  autoFocus,
  lookup = !!initialQuery,
  listOnly = false,
  closest,
}: {
  dataset: Dataset;
  initialQuery?: string;
  /** A looked-up text (?q=): its first result is marked as the best match. */
  lookup?: boolean;
  /**
   * A place picked on a page no event fits: its events are listed closed, none opened as if it were the match,
   * until the reader types.
   */
  listOnly?: boolean;
  /** With listOnly: the events the page came closest to (ids, best first), listed first for the picked place. */
  closest?: readonly string[];
  report?: ReportContext;
  autoFocus?: boolean;
}) {
  const [query, setQuery] = useState(initialQuery);
  const input = useRef<HTMLInputElement>(null);
  const search = useMemo(() => createDatasetSearch(dataset), [dataset]);
  // The picked place, as picked: its events the page came closest to come first (they fit it better, none well enough).
  const asPicked = listOnly && query === initialQuery;
  const ordered = asPicked && !!closest?.length;
  const results = useMemo(() => (ordered ? closestFirst(search(query), closest) : search(query)), [search, query, ordered, closest]);
  const meta = { version: dataset.version, asOf: dataset.asOf };
  // Before the first paint, so the first key typed after the click already lands in the box.
  useLayoutEffect(() => {
    if (initialQuery || autoFocus) input.current?.focus();
  }, []);
  const trimmed = query.trim();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <search> element is too new for the browsers' minimum versions; the role says the same.
    <section class={`search${lookup ? ' search--lookup' : ''}`} role="search" aria-label={t('searchLabel')}>
      <label class="search__label" for="search-input">
        {t('searchLabel')}
      </label>
      <div class="search__row">
        <input
          id="search-input"
          ref={input}
          type="search"
          value={query}
          placeholder={t('searchPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          dir="auto"
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              setQuery('');
            }
          }}
        />
      </div>
      <p class="search__count" role="status" aria-live="polite">
        {trimmed ? (results.length ? t('searchResults', [String(results.length), trimmed.slice(0, 32)]) : t('searchNoResults')) : ''}
      </p>
      {ordered && results.length > 1 && (
        <p class="search__order" data-order="closest">
          {t('searchClosestFirst')}
        </p>
      )}
      {trimmed && results.length > 0 && (
        <ol class="search__results">
          {results.map((e, i) => (
            <li key={e.id}>
              <details class="search__result" open={i === 0 && !asPicked}>
                <summary>
                  <span class="search__title">{e.title}</span>
                  <span class="search__dates">{dateRange(e)}</span>
                </summary>
                <EventCard event={e} meta={meta} report={report} hideTitle idPrefix="search" />
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
