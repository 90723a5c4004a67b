// One event: what happened, how far apart the sides' figures are, and the figures each side gave.
import type { ComponentChildren } from 'preact';
import type { DatasetEvent } from '@/utils/dataset/types';
import { statementsOf } from '@/utils/dataset/queries';
import { ClaimFigure, FigureTable, type ReportContext } from './FigureTable';
import { FigureChart } from './FigureChart';
import { CopyButton } from './CopyButton';
import { SIDE_LABEL } from './labels';
import { t } from './i18n';

const dateRange = (e: DatasetEvent) => (e.start === e.end ? e.start : `${e.start} – ${e.end}`);

export interface EventCardProps {
  event: DatasetEvent;
  onPage?: Set<string>;
  report?: ReportContext;
  meta: { version: string; asOf: string };
  /** Shown in the card's action row next to "Copy with sources" (e.g. "Not about this"). */
  actions?: ComponentChildren;
  /** Shown after the figures (e.g. "On this page"). */
  children?: ComponentChildren;
  /** Leave the title out when a surrounding disclosure already shows it. */
  hideTitle?: boolean;
  idPrefix?: string;
}

export function EventCard({ event, onPage = new Set<string>(), report, meta, actions, children, hideTitle, idPrefix = 'event' }: EventCardProps) {
  const statements = statementsOf(event);
  const titleId = `${idPrefix}-title-${event.id}`;
  return (
    <article class="event" aria-labelledby={hideTitle ? undefined : titleId} aria-label={hideTitle ? event.title : undefined} data-event-id={event.id}>
      {!hideTitle && (
        <h2 id={titleId} class="event__title">
          {event.title}
        </h2>
      )}
      <p class="event__meta">
        <span class={hideTitle ? 'visually-hidden' : undefined}>
          <time dateTime={event.start}>{event.start}</time>
          {event.end !== event.start ? (
            <>
              {' – '}
              <time dateTime={event.end}>{event.end}</time>
            </>
          ) : null}
        </span>
        {event.places.length ? <span> · {event.places.slice(0, 6).join(', ')}{event.places.length > 6 ? ` ${t('morePlaces', String(event.places.length - 6))}` : ''}</span> : null}
      </p>
      <details class="event__summary">
        <summary>{t('whatHappened')}</summary>
        <p>{event.summary}</p>
      </details>
      {event.oneSided && <p class="state state--note">{t('oneSided')}</p>}
      <div class="event__actions">
        <CopyButton event={event} meta={meta} />
        {actions}
      </div>
      <FigureChart event={event} />
      <FigureTable event={event} onPage={onPage} report={report} />
      {statements.length > 0 && (
        <details class="event__statements">
          <summary>{t('statementsCount', String(statements.length))}</summary>
          <ul>
            {statements.map((c) => (
              <li key={c.id} class="statement">
                <span class="statement__side">{t(SIDE_LABEL[c.side])}:</span> <span class="statement__text">{c.figureText ?? c.summary}</span>
                <ClaimFigure claim={c} event={event} report={report} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {children}
    </article>
  );
}

export { dateRange };
