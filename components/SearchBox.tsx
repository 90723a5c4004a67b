// Search over the whole dataset, for when the page was missed or to look anything up.
import { useMemo, useState } from 'preact/hooks';
import type { Dataset } from '@/utils/dataset/types';
import { createDatasetSearch } from '@/utils/dataset/search';
import { EventCard } from './EventCard';
import { t } from './i18n';

export function SearchBox({ dataset, initialQuery = '' }: { dataset: Dataset; initialQuery?: string }) {
  const [query, setQuery] = useState(initialQuery);
  const search = useMemo(() => createDatasetSearch(dataset), [dataset]);
  const results = useMemo(() => search(query), [search, query]);
  return (
    <section class="search" role="search">
      <label class="search__label" for="search-input">
        {t('searchLabel')}
      </label>
      <input
        id="search-input"
        type="search"
        value={query}
        placeholder={t('searchPlaceholder')}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {query.trim() && (
        <div class="search__results" aria-live="polite">
          {results.length === 0 ? <p class="state state--muted">{t('searchNoResults')}</p> : results.map((e) => <EventCard key={e.id} event={e} />)}
        </div>
      )}
    </section>
  );
}
