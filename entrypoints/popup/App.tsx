// The popup: for one tab (?tabId=N, else the active tab), the matched events and their competing figures.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EventCard } from '@/components/EventCard';
import { EvidenceList } from '@/components/EvidenceList';
import { SearchBox } from '@/components/SearchBox';
import { t } from '@/components/i18n';
import { loadDataset } from '@/utils/dataset/load';
import { eventById } from '@/utils/dataset/queries';
import type { Evidence } from '@/utils/detect/types';
import type { TabView, ToBackground, ToContent } from '@/utils/messages';

const dataset = loadDataset();

async function targetTabId(params: URLSearchParams): Promise<number | undefined> {
  const given = Number(params.get('tabId'));
  if (Number.isInteger(given) && given >= 0 && params.has('tabId')) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App({ params }: { params: URLSearchParams }) {
  const [tabId, setTabId] = useState<number>();
  const [view, setView] = useState<TabView | 'loading'>('loading');

  useEffect(() => {
    void (async () => {
      const id = await targetTabId(params);
      setTabId(id);
      if (id === undefined) return setView({ kind: 'not-scanned', reason: 'error' });
      try {
        const message: ToBackground = { type: 'get-view', tabId: id };
        setView(((await browser.runtime.sendMessage(message)) as TabView | undefined) ?? { kind: 'not-scanned', reason: 'error' });
      } catch {
        setView({ kind: 'not-scanned', reason: 'error' });
      }
    })();
  }, []);

  const showEvidence = (e: Evidence) => {
    if (tabId === undefined) return;
    const message: ToContent = { type: 'show-evidence', location: { block: e.block, start: e.start, end: e.end } };
    void browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  };

  return (
    <main class="popup">
      <header class="popup__header">
        <h1>{t('popupTitle')}</h1>
      </header>
      <SearchBox dataset={dataset} initialQuery={params.get('q') ?? ''} />
      <TabResult view={view} onShow={showEvidence} />
      <footer class="popup__footer">
        <p>{t('neutralNote')}</p>
        <p class="popup__version">{t('datasetVersion', [dataset.version, dataset.asOf])}</p>
      </footer>
    </main>
  );
}

function TabResult({ view, onShow }: { view: TabView | 'loading'; onShow: (e: Evidence) => void }) {
  const onPage = useMemo(() => {
    if (view === 'loading' || view.kind !== 'result') return new Set<string>();
    return new Set(view.state.result.figures.flatMap((f) => f.agreesWith.map((a) => a.claimId)));
  }, [view]);

  if (view === 'loading') return <p class="state" role="status">{t('stateLoading')}</p>;
  if (view.kind === 'not-scanned') {
    const key = { restricted: 'stateRestricted', 'no-access': 'stateNoAccess', error: 'stateError', paused: 'statePaused' }[view.reason];
    return <p class="state state--muted" role="status" data-state={`not-scanned-${view.reason}`}>{t(key)}</p>;
  }
  if (view.kind === 'off-topic' || !view.state.result.topic) {
    return <p class="state state--muted" role="status" data-state="off-topic">{t('stateOffTopic')}</p>;
  }
  const { result, truncated } = view.state;
  const matched = result.events.map((m) => ({ match: m, event: eventById(dataset, m.id) })).filter((x) => x.event);
  return (
    <section class="result" data-state="result">
      {truncated && <p class="state state--note">{t('partlyRead')}</p>}
      {matched.length === 0 && <p class="state" role="status">{t('stateTopicNoEvent')}</p>}
      {matched.map(({ match, event }) => (
        <div key={match.id} class="result__event">
          <EventCard event={event!} onPage={onPage} />
          <EvidenceList evidence={match.evidence} figures={result.figures} onShow={onShow} />
        </div>
      ))}
    </section>
  );
}
