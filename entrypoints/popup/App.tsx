// The popup: for one tab (?tabId=N, else the active tab), the matched events and their competing figures;
// a search over the whole dataset; and the few controls a reader needs on the spot.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EventCard } from '@/components/EventCard';
import { EvidenceList } from '@/components/EvidenceList';
import { SearchBox } from '@/components/SearchBox';
import type { ReportContext } from '@/components/FigureTable';
import { t } from '@/components/i18n';
import { loadDismissals, loadSettings, updateDismissals, updateSettings, watchSettings } from '@/components/settings-store';
import { loadDataset } from '@/utils/dataset/load';
import { eventById } from '@/utils/dataset/queries';
import type { DatasetEvent } from '@/utils/dataset/types';
import type { Evidence } from '@/utils/detect/types';
import { dismissedOn, withDismissal, type Dismissals } from '@/utils/dismissals';
import type { TabView, ToBackground, ToContent } from '@/utils/messages';
import { DEFAULT_SETTINGS, isPaused, siteKey, withSitePaused, type Settings } from '@/utils/settings';

const dataset = loadDataset();
const meta = { version: dataset.version, asOf: dataset.asOf };
const report: ReportContext = { homepage: browser.runtime.getManifest().homepage_url, datasetVersion: dataset.version };

async function targetTabId(params: URLSearchParams): Promise<number | undefined> {
  const given = Number(params.get('tabId'));
  if (Number.isInteger(given) && given >= 0 && params.has('tabId')) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const urlOf = (view: TabView | 'loading'): string | undefined =>
  view === 'loading' ? undefined : view.kind === 'result' ? view.state.url : view.url;

export function App({ params }: { params: URLSearchParams }) {
  const [tabId, setTabId] = useState<number>();
  const [view, setView] = useState<TabView | 'loading'>('loading');
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [dismissals, setDismissals] = useState<Dismissals>({});

  const loadView = async (id: number) => {
    try {
      const message: ToBackground = { type: 'get-view', tabId: id };
      setView(((await browser.runtime.sendMessage(message)) as TabView | undefined) ?? { kind: 'not-scanned', reason: 'error' });
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
    const message: ToContent = { type: 'show-evidence', location: { block: e.block, start: e.start, end: e.end } };
    void browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  };

  const pageUrl = urlOf(view);
  const setDismissed = async (eventId: string, dismissed: boolean) => {
    if (!pageUrl || tabId === undefined) return;
    setDismissals(await updateDismissals((d) => withDismissal(d, pageUrl, eventId, dismissed)));
    const message: ToBackground = { type: 'dismissals-changed', tabId };
    await browser.runtime.sendMessage(message).catch(() => undefined);
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

  const query = params.get('q') ?? '';
  return (
    <main class="popup">
      <header class="popup__header">
        <h1>
          <span class="popup__logo" aria-hidden="true">
            ◎
          </span>{' '}
          {t('popupTitle')}
        </h1>
        <button type="button" class="button button--quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settingsLink')}
        </button>
      </header>
      <SearchBox dataset={dataset} initialQuery={query} report={report} />
      <TabResult view={view} onShow={showEvidence} dismissed={pageUrl ? dismissedOn(dismissals, pageUrl) : new Set()} onDismiss={setDismissed} lookup={!!query} />
      <section class="controls" aria-label={t('controlsLabel')}>
        <label class="controls__toggle">
          <input type="checkbox" checked={settings.highlight} onChange={(e) => void toggleHighlight((e.target as HTMLInputElement).checked)} data-setting="highlight" />
          {t('highlightToggle')}
        </label>
        {site && (
          <button type="button" class="button button--quiet" onClick={() => void togglePause()} data-action="pause" aria-pressed={paused}>
            {paused ? t('resumeSite', site) : t('pauseSite', site)}
          </button>
        )}
      </section>
      <footer class="popup__footer">
        <p>{t('neutralNote')}</p>
        <p class="popup__version">{t('datasetVersion', [dataset.version, dataset.asOf])}</p>
      </footer>
    </main>
  );
}

/** In-popup links to each event card: move the view and the focus there. */
function jumpTo(id: string) {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

interface TabResultProps {
  view: TabView | 'loading';
  onShow: (e: Evidence) => void;
  dismissed: Set<string>;
  onDismiss: (eventId: string, dismissed: boolean) => void;
  lookup: boolean;
}

function TabResult({ view, onShow, dismissed, onDismiss, lookup }: TabResultProps) {
  const onPage = useMemo(() => {
    if (view === 'loading' || view.kind !== 'result') return new Set<string>();
    return new Set(view.state.result.figures.flatMap((f) => f.agreesWith.map((a) => a.claimId)));
  }, [view]);

  // Opened from "Look up" in a window of its own, the tab's result is secondary to the search.
  const heading = lookup ? <h2 class="section-title">{t('thisPageHeading')}</h2> : null;
  if (view === 'loading') return <p class="state" role="status">{t('stateLoading')}</p>;
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
  if (view.kind === 'off-topic' || !view.state.result.topic) {
    return (
      <>
        {heading}
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
  const matched = result.events.map((m) => ({ match: m, event: eventById(dataset, m.id) })).filter((x): x is { match: typeof x.match; event: DatasetEvent } => !!x.event);
  const shown = matched.filter((x) => !dismissed.has(x.event.id));
  const hidden = matched.filter((x) => dismissed.has(x.event.id));
  return (
    <section class="result" data-state="result" aria-label={t('thisPageHeading')}>
      {heading}
      {truncated && <p class="state state--note">{t('partlyRead')}</p>}
      {matched.length === 0 && (
        <p class="state" role="status">
          {t('stateTopicNoEvent')}
        </p>
      )}
      {shown.length > 0 && <p class="result__lead">{t('resultLead', String(shown.length))}</p>}
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
      {shown.length > 1 && (
        <nav class="jump" aria-label={t('jumpLabel')}>
          <ol>
            {shown.map(({ event }) => (
              <li key={event.id}>
                {/* A button, not an in-page link: every link in the popup leads to an http(s) source. */}
                <button type="button" class="button button--link jump__to" onClick={() => jumpTo(`page-${event.id}`)}>
                  {event.title}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {shown.map(({ match, event }) => (
        <div id={`page-${event.id}`} key={match.id} class="result__event" tabIndex={-1}>
          <EventCard
            event={event}
            onPage={onPage}
            report={report}
            meta={meta}
            idPrefix="page"
            actions={
              <button type="button" class="button" onClick={() => onDismiss(event.id, true)} data-action="dismiss" aria-label={t('dismissLabel', event.title)}>
                {t('dismiss')}
              </button>
            }
          >
            <EvidenceList evidence={match.evidence} figures={result.figures} event={event} onShow={onShow} />
          </EventCard>
        </div>
      ))}
    </section>
  );
}
