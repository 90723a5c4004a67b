// One event: its title and dates, the figures at a glance, and everything else (all figures, running
// tallies, statements, what happened) one click away, collapsed.
import type { ComponentChildren } from 'preact';
import type { DatasetEvent } from '@/utils/dataset/types';
import { statementsOf } from '@/utils/dataset/queries';
import { disputedLines } from '@/utils/display/glance';
import { FigureLine, type ReportContext } from './FigureLine';
import { FigureList } from './FigureList';
import { FigureChart } from './FigureChart';
import { CopyButton } from './CopyButton';
import { Glance } from './Glance';
import { t } from '@/utils/browser/i18n';

export interface EventCardProps {
  event: DatasetEvent;
  onPage?: Set<string>;
  report?: ReportContext;
  meta: { version: string; asOf: string };
  /** The first-screen lines; the event's most disputed figures when not given. */
  glance?: ComponentChildren;
  /** Right under the title (e.g. the other events matched, to switch to). */
  afterTitle?: ComponentChildren;
  /** Shown in the card's action row next to "Copy with sources" (e.g. "Not about this"). */
  actions?: ComponentChildren;
  /** Shown after the collapsed sections (e.g. "On this page"). */
  children?: ComponentChildren;
  /** Leave the title out when a surrounding disclosure already shows it. */
  hideTitle?: boolean;
  idPrefix?: string;
}

export function EventCard({
  event,
  onPage = new Set<string>(),
  report,
  meta,
  glance,
  afterTitle,
  actions,
  children,
  hideTitle,
  idPrefix = 'event',
}: EventCardProps) {
  const statements = statementsOf(event);
  const titleId = `${idPrefix}-title-${event.id}`;
  const numeric = event.claims.length - statements.length;
  return (
    <article
      class="event"
      aria-labelledby={hideTitle ? undefined : titleId}
      aria-label={hideTitle ? event.title : undefined}
      data-event-id={event.id}
    >
      {!hideTitle && (
        <h2 id={titleId} class="event__title" title={event.title} tabIndex={-1}>
          {event.title}
        </h2>
      )}
      <p class={`event__meta${hideTitle ? ' visually-hidden' : ''}`}>
        <time dateTime={event.start}>{event.start}</time>
        {event.end !== event.start ? (
          <>
            {' – '}
            <time dateTime={event.end}>{event.end}</time>
          </>
        ) : null}
      </p>
      {afterTitle}
      {glance ?? (
        <Glance event={event} lines={disputedLines(event)} mode="disputed" report={report} idPrefix={idPrefix} asHeading={!hideTitle} />
      )}
      {event.oneSided && <p class="state state--note">{t('oneSided')}</p>}
      <details class="event__more event__figures">
        <summary>{t('allFigures', String(numeric))}</summary>
        <FigureChart event={event} />
        <FigureList event={event} onPage={onPage} report={report} />
      </details>
      {statements.length > 0 && (
        <details class="event__more event__statements">
          <summary>{t('statementsCount', String(statements.length))}</summary>
          <ul class="figs">
            {statements.map((c) => (
              <FigureLine key={c.id} claim={c} event={event} report={report} statement={c.metric === 'statement'} />
            ))}
          </ul>
        </details>
      )}
      <details class="event__more event__summary">
        <summary>{t('whatHappened')}</summary>
        <p>{event.summary}</p>
        {event.places.length ? <p class="event__places">{event.places.join(', ')}</p> : null}
      </details>
      {children}
      <div class="event__actions">
        <CopyButton event={event} meta={meta} />
        {actions}
      </div>
    </article>
  );
}
