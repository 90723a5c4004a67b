// The popup: for one tab (?tabId=N, else the active tab), what the page says and who says otherwise, at
// a glance; everything else one click away. Search sits behind an icon; it opens first for "Look up" (?q=).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EventCard } from '@/components/EventCard';
import { EvidenceList } from '@/components/EvidenceList';
import { Glance } from '@/components/Glance';
import { SearchBox } from '@/components/SearchBox';
import type { ReportContext } from '@/components/FigureLine';
import { t } from '@/utils/browser/i18n';
import { loadDismissals, loadSettings, updateDismissals, updateSettings, watchSettings } from '@/utils/browser/settings-store';
import { loadDataset } from '@/utils/dataset/load';
import { eventById } from '@/utils/dataset/queries';
import type { DatasetEvent } from '@/utils/dataset/types';
import type { EventMatch, Evidence, PageResult } from '@/utils/detect/types';
import { disputedLines, pageFigureLines } from '@/utils/display/glance';
import { ageInDays, dateRange } from '@/utils/display/rules';
import { dismissedOn, withDismissal, type Dismissals } from '@/utils/dismissals';
import type { TabView } from '@/utils/messages';
import { askBackground, askTab } from '@/utils/browser/messaging';
import { DEFAULT_SETTINGS, isPaused, siteKey, withSitePaused, type Settings } from '@/utils/settings';

const dataset = loadDataset();
const meta = { version: dataset.version, asOf: dataset.asOf };
const report: ReportContext = { homepage: browser.runtime.getManifest().homepage_url, datasetVersion: dataset.version };
const datasetAge = String(ageInDays(dataset.asOf));

async function targetTabId(params: URLSearchParams): Promise<number | undefined> {
  const given = Number(params.get('tabId'));
  if (Number.isInteger(given) && given >= 0 && params.has('tabId')) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** On a page no event fits: the events it came closest to, which the search of a place it names lists first. */
const closestOf = (view: TabView | 'loading'): string[] | undefined =>
  view !== 'loading' && view.kind === 'result' && view.state.result.unknownEvent ? view.state.result.closest : undefined;

const urlOf = (view: TabView | 'loading'): string | undefined =>
  view === 'loading' ? undefined : view.kind === 'result' ? view.state.url : view.url;

export function App({ params }: { params: URLSearchParams }) {
  const query = params.get('q') ?? '';
  const [tabId, setTabId] = useState<number>();
  const [view, setView] = useState<TabView | 'loading'>('loading');
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [dismissals, setDismissals] = useState<Dismissals>({});
  const [searchOpen, setSearchOpen] = useState(!!query);
  const [searchFocus, setSearchFocus] = useState(false);
  // What the search box starts with: the looked-up text (?q=), or a place the reader picked on an unknown-event page.
  const [searchSeed, setSearchSeed] = useState(query);

  const loadView = async (id: number) => {
    try {
      setView((await askBackground({ type: 'get-view', tabId: id })) ?? { kind: 'not-scanned', reason: 'error' });
    } catch {
      setView({ kind: 'not-scanned', reason: 'error' });
    }
  };

  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadDismissals().then(setDismissals);
    const unwatch = watchSettings(setSettings);
    void (async () => {
      const id = await targetTabId(params);
      setTabId(id);
      if (id === undefined) return setView({ kind: 'not-scanned', reason: 'error' });
      await loadView(id);
    })();
    return unwatch;
  }, []);

  const showEvidence = (e: Evidence) => {
    if (tabId === undefined) return;
    void askTab(tabId, { type: 'show-evidence', location: { block: e.block, start: e.start, end: e.end } });
  };

  const pageUrl = urlOf(view);
  const setDismissed = async (eventId: string, dismissed: boolean) => {
    if (!pageUrl || tabId === undefined) return;
    setDismissals(await updateDismissals((d) => withDismissal(d, pageUrl, eventId, dismissed)));
    await askBackground({ type: 'dismissals-changed', tabId }).catch(() => undefined);
  };

  const site = pageUrl && /^https?:/.test(pageUrl) ? siteKey(pageUrl) : undefined;
  const paused = !!pageUrl && isPaused(settings, pageUrl);
  const togglePause = async () => {
    if (!pageUrl) return;
    const next = await updateSettings((s) => withSitePaused(s, pageUrl, !paused));
    setSettings(next);
    if (isPaused(next, pageUrl)) setView({ kind: 'not-scanned', reason: 'paused', url: pageUrl });
    else if (tabId !== undefined) {
      // The page's content script reads the page again on resume; ask once it has had a moment.
      setView('loading');
      setTimeout(() => void loadView(tabId), 900);
    }
  };
  const toggleHighlight = async (on: boolean) => setSettings(await updateSettings((s) => ({ ...s, highlight: on })));
  const openSearch = (seed?: string) => {
    if (seed !== undefined) setSearchSeed(seed);
    setSearchOpen(true);
    setSearchFocus(true);
  };

  return (
    <>
      <header class="bar">
        <h1 class="bar__title">
          <span class="bar__logo" aria-hidden="true">
            ◎
          </span>{' '}
          {t('popupTitle')}
        </h1>
        <button
          type="button"
          class="icon-button"
          aria-expanded={searchOpen}
          aria-controls="search-panel"
          aria-label={t(searchOpen ? 'closeSearch' : 'openSearch')}
          title={t(searchOpen ? 'closeSearch' : 'openSearch')}
          data-action="search"
          onClick={() => (searchOpen ? setSearchOpen(false) : openSearch())}
        >
          <SearchIcon />
        </button>
        <button
          type="button"
          class="icon-button"
          aria-label={t('openSettings')}
          title={t('openSettings')}
          data-action="settings"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <GearIcon />
        </button>
      </header>
      <main class="popup">
        <div id="search-panel" hidden={!searchOpen}>
          {searchOpen && (
            // Keyed by its seed: a place picked while the box is open starts it afresh.
            <SearchBox
              key={searchSeed}
              dataset={dataset}
              initialQuery={searchSeed}
              lookup={!!query && searchSeed === query}
              listOnly={searchSeed !== query}
              closest={searchSeed !== query ? closestOf(view) : undefined}
              report={report}
              autoFocus={searchFocus}
            />
          )}
        </div>
        <TabResult
          view={view}
          onShow={showEvidence}
          dismissed={pageUrl ? dismissedOn(dismissals, pageUrl) : new Set()}
          onDismiss={setDismissed}
          lookup={!!query}
          onSearch={openSearch}
        />
      </main>
      <footer class="popup__footer">
        <section class="controls" aria-label={t('controlsLabel')}>
          <label class="controls__toggle">
            <input
              type="checkbox"
              checked={settings.highlight}
              onChange={(e) => void toggleHighlight((e.target as HTMLInputElement).checked)}
              data-setting="highlight"
            />
            {t('highlightToggle')}
          </label>
          {site && (
            <button type="button" class="button button--quiet" onClick={() => void togglePause()} data-action="pause" aria-pressed={paused}>
              {paused ? t('resumeSite', site) : t('pauseSite', site)}
            </button>
          )}
        </section>
        <p>{t('neutralNote')}</p>
        <p class="popup__version" data-as-of={dataset.asOf} data-age-days={datasetAge}>
          {t('datasetAge', [dataset.version, dataset.asOf, datasetAge])}
        </p>
      </footer>
    </>
  );
}

function SearchIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" stroke-width="2" />
      <path d="M10 10l4 4" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
    </svg>
  );
}

function GearIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="2.4" fill="none" stroke="currentColor" stroke-width="1.8" />
      <path
        d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
      />
    </svg>
  );
}

interface TabResultProps {
  view: TabView | 'loading';
  onShow: (e: Evidence) => void;
  dismissed: Set<string>;
  onDismiss: (eventId: string, dismissed: boolean) => void;
  lookup: boolean;
  onSearch: (seed?: string) => void;
}

type Matched = { match: EventMatch; event: DatasetEvent };

/**
 * On topic, but no event fits: no figures are shown. Two causes look alike here, so the popup says which one is
 * likely: a page dated after the dataset's last entry reports a clash the dataset cannot hold yet; otherwise the
 * clash may be missing, or the page may say too little (no date, places several clashes share) to tell which it is.
 */
function UnknownEvent({ onSearch, result }: { onSearch: (seed?: string) => void; result: PageResult }) {
  const newer = !!result.published && result.published > dataset.asOf;
  return (
    <div class="state state--note" role="status" data-state="unknown-event" data-cause={newer ? 'newer' : 'unsure'}>
      <p class="state__title">{t('unknownEventTitle')}</p>
      <p>
        {newer
          ? t('unknownEventNewerHint', [result.published!, dataset.asOf, datasetAge])
          : t('unknownEventHint', [dataset.asOf, datasetAge])}
      </p>
      {/* The places the page names: one click lists the dataset's events there, for the reader to judge. */}
      {result.places?.length ? (
        <p class="state__places">
          {t('unknownEventPlaces')}{' '}
          {result.places.map((place) => (
            <button key={place} type="button" class="button" onClick={() => onSearch(place)} data-action="unknown-search-place">
              {place}
            </button>
          ))}
        </p>
      ) : null}
      <button type="button" class="button" onClick={() => onSearch()} data-action="unknown-search">
        {t('openSearch')}
      </button>
    </div>
  );
}

function TabResult({ view, onShow, dismissed, onDismiss, lookup, onSearch }: TabResultProps) {
  const [selected, setSelected] = useState<string>();
  const titleFocus = useRef(false);
  const onPage = useMemo(() => {
    if (view === 'loading' || view.kind !== 'result') return new Set<string>();
    return new Set(view.state.result.figures.flatMap((f) => f.agreesWith.map((a) => a.claimId)));
  }, [view]);
  useEffect(() => {
    if (!titleFocus.current || !selected) return;
    titleFocus.current = false;
    document.getElementById(`page-title-${selected}`)?.focus();
  }, [selected]);

  // Opened from "Look up" in a window of its own, the tab's result is secondary to the search.
  const heading = lookup ? <h2 class="section-title">{t('thisPageHeading')}</h2> : null;
  if (view === 'loading')
    return (
      <p class="state" role="status">
        {t('stateLoading')}
      </p>
    );
  if (view.kind === 'not-scanned') {
    const key = { restricted: 'stateRestricted', 'no-access': 'stateNoAccess', error: 'stateError', paused: 'statePaused' }[view.reason];
    return (
      <>
        {heading}
        <p class="state state--muted" role="status" data-state={`not-scanned-${view.reason}`}>
          {t(key)}
        </p>
      </>
    );
  }
  const unknown = view.kind === 'result' && (view.state.result as PageResult & { unknownEvent?: boolean }).unknownEvent === true;
  if (view.kind === 'off-topic' || !view.state.result.topic) {
    return (
      <>
        {heading}
        {unknown && <UnknownEvent onSearch={onSearch} result={view.state.result} />}
        <div class="state state--empty" role="status" data-state="off-topic">
          <p class="state__title">{t('stateOffTopic')}</p>
          <p>{t('stateOffTopicHint')}</p>
          {(view.kind === 'off-topic' ? view.truncated : view.state.truncated) && (
            <p class="state__note" data-state="partly-read">
              {t('partlyRead')}
            </p>
          )}
        </div>
      </>
    );
  }
  const { result, truncated } = view.state;
  const matched = result.events.map((m) => ({ match: m, event: eventById(dataset, m.id) })).filter((x): x is Matched => !!x.event);
  const shown = matched.filter((x) => !dismissed.has(x.event.id));
  const hidden = matched.filter((x) => dismissed.has(x.event.id));
  const current = shown.find((x) => x.event.id === selected) ?? shown[0];
  const others = shown.filter((x) => x !== current);
  const select = (id: string) => {
    titleFocus.current = true;
    setSelected(id);
  };
  return (
    <section class="result" data-state="result" aria-label={t('thisPageHeading')}>
      {heading}
      {unknown && <UnknownEvent onSearch={onSearch} result={view.state.result} />}
      {truncated && <p class="state state--note">{t('partlyRead')}</p>}
      {matched.length === 0 && !unknown && (
        <p class="state" role="status">
          {t('stateTopicNoEvent')}
        </p>
      )}
      <div role="status" aria-live="polite" class="result__hidden">
        {hidden.map(({ event }) => (
          <p key={event.id} class="state state--note dismissed" data-dismissed={event.id}>
            {t('dismissedNotice', event.title)}{' '}
            <button type="button" class="button button--link" onClick={() => onDismiss(event.id, false)} data-action="undo">
              {t('undo')}
            </button>
          </p>
        ))}
      </div>
      {shown.length === 0 && hidden.length > 0 && <p class="state state--muted">{t('allDismissed')}</p>}
      {current && (
        <CurrentEvent
          key={current.event.id}
          current={current}
          others={others}
          result={result}
          onPage={onPage}
          onSelect={select}
          onShow={onShow}
          onDismiss={onDismiss}
        />
      )}
    </section>
  );
}

interface CurrentEventProps {
  current: Matched;
  others: Matched[];
  result: PageResult;
  onPage: Set<string>;
  onSelect: (id: string) => void;
  onShow: (e: Evidence) => void;
  onDismiss: (eventId: string, dismissed: boolean) => void;
}

function CurrentEvent({ current: { match, event }, others, result, onPage, onSelect, onShow, onDismiss }: CurrentEventProps) {
  const fromPage = pageFigureLines(event, result.figures);
  const lines = fromPage.length ? fromPage : disputedLines(event);
  const switcher = others.length > 0 && (
    <nav class="switch" aria-label={t('eventSwitchLabel')}>
      <span class="switch__count">{t('moreEvents', String(others.length))}</span>
      <ul class="switch__list">
        {others.map(({ event: other }) => (
          <li key={other.id}>
            <button
              type="button"
              class="switch__to"
              title={`${other.title} (${dateRange(other)})`}
              aria-label={t('switchEvent', other.title)}
              onClick={() => onSelect(other.id)}
              data-switch={other.id}
            >
              {other.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
  return (
    <div id={`page-${event.id}`} class="result__event">
      <EventCard
        event={event}
        onPage={onPage}
        report={report}
        meta={meta}
        idPrefix="page"
        afterTitle={switcher}
        glance={<Glance event={event} lines={lines} mode={fromPage.length ? 'page' : 'disputed'} report={report} idPrefix="page" />}
        actions={
          <button
            type="button"
            class="button"
            onClick={() => onDismiss(event.id, true)}
            data-action="dismiss"
            aria-label={t('dismissLabel', event.title)}
          >
            {t('dismiss')}
          </button>
        }
      >
        {match.evidence.length > 0 && (
          <details class="event__more event__evidence">
            <summary>{t('evidenceCount', String(match.evidence.length))}</summary>
            <EvidenceList evidence={match.evidence} figures={result.figures} event={event} onShow={onShow} />
          </details>
        )}
      </EventCard>
    </div>
  );
}
