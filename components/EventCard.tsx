// One matched event: what happened, and the figures each side gave for it.
import type { DatasetEvent } from '@/utils/dataset/types';
import { statementsOf } from '@/utils/dataset/queries';
import { ClaimFigure, FigureTable } from './FigureTable';
import { t } from './i18n';

const dateRange = (e: DatasetEvent) => (e.start === e.end ? e.start : `${e.start} – ${e.end}`);

export function EventCard({ event, onPage = new Set<string>() }: { event: DatasetEvent; onPage?: Set<string> }) {
  const statements = statementsOf(event);
  return (
    <article class="event" aria-labelledby={`title-${event.id}`} data-event-id={event.id}>
      <h2 id={`title-${event.id}`} class="event__title">
        {event.title}
      </h2>
      <p class="event__meta">
        <span>{dateRange(event)}</span>
        {event.places.length ? <span> · {event.places.slice(0, 5).join(', ')}</span> : null}
      </p>
      <p class="event__summary">{event.summary}</p>
      <FigureTable event={event} onPage={onPage} />
      {statements.length > 0 && (
        <details class="event__statements">
          <summary>{t('statements')}</summary>
          {statements.map((c) => (
            <div key={c.id} class="statement">
              <span class="statement__text">{c.figureText ?? c.summary}</span>
              <ClaimFigure claim={c} />
            </div>
          ))}
        </details>
      )}
    </article>
  );
}
