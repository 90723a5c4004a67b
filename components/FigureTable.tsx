// The competing figures of one event: one row per thing counted, one column per side. A running tally
// shows its latest figure, with every dated point behind a disclosure.
import type { Claim, DatasetEvent } from '@/utils/dataset/types';
import { COLUMNS, comparisonRows, figureText, isSafeLink } from '@/utils/dataset/queries';
import { foldSeries, type CellEntry } from '@/utils/dataset/series';
import { problemReportUrl } from '@/utils/dataset/cite';
import { citeLabels, COLUMN_LABEL } from './labels';
import { messageKey, t } from './i18n';

export interface ReportContext {
  homepage?: string;
  datasetVersion: string;
}

export function SourceLink({ claim }: { claim: Claim }) {
  return isSafeLink(claim.source.url) ? (
    <a href={claim.source.url} target="_blank" rel="noopener noreferrer" title={claim.source.url}>
      {claim.source.publisher}
    </a>
  ) : (
    <span>{claim.source.publisher}</span>
  );
}

function ReportLink({ event, claim, report }: { event: DatasetEvent; claim: Claim; report?: ReportContext }) {
  const href = report?.homepage ? problemReportUrl(report.homepage, event, claim, report.datasetVersion, citeLabels) : undefined;
  if (!href) return null;
  return (
    <a class="claim__report" href={href} target="_blank" rel="noopener noreferrer" aria-label={t('reportProblemLabel', [figureText(claim), claim.claimant])} title={t('reportProblemLabel', [figureText(claim), claim.claimant])}>
      {t('reportShort')}
    </a>
  );
}

export function ClaimFigure({ claim, highlighted, event, report, tally }: { claim: Claim; highlighted?: boolean; event?: DatasetEvent; report?: ReportContext; tally?: Claim[] }) {
  return (
    <div class={`claim${highlighted ? ' claim--on-page' : ''}`} data-claim-id={claim.id}>
      <span class="claim__figure">{figureText(claim)}</span>
      {highlighted ? <span class="claim__on-page">{t('onPageTag')}</span> : null}
      <span class="claim__who">
        {claim.claimant}
        {claim.office ? <span class="claim__office">, {claim.office}</span> : null}
      </span>
      <span class="claim__when">
        <time dateTime={claim.date}>{claim.date}</time>
        {' · '}
        {claim.channel}
        {' · '}
        <SourceLink claim={claim} />
        {event && report?.homepage ? (
          <>
            {' · '}
            <ReportLink event={event} claim={claim} report={report} />
          </>
        ) : null}
      </span>
      {tally && tally.length > 1 && <Tally points={tally} />}
    </div>
  );
}

/** Every dated point of a running tally, oldest first, each with its source. */
function Tally({ points }: { points: Claim[] }) {
  return (
    <details class="tally">
      <summary>{t('tallyToggle', String(points.length))}</summary>
      <ol class="tally__points">
        {points.map((c) => (
          <li key={c.id}>
            <time dateTime={c.date}>{c.date}</time> <strong>{figureText(c)}</strong> · <SourceLink claim={c} />
          </li>
        ))}
      </ol>
    </details>
  );
}

function Cell({ entries, onPage, event, report }: { entries: CellEntry[]; onPage: Set<string>; event: DatasetEvent; report?: ReportContext }) {
  if (entries.length === 0) return <span class="figures__none" aria-label={t('noClaim')}>—</span>;
  return (
    <>
      {entries.map(({ claim, history }) => (
        <ClaimFigure key={claim.id} claim={claim} event={event} report={report} tally={history} highlighted={history.some((c) => onPage.has(c.id))} />
      ))}
    </>
  );
}

export function FigureTable({ event, onPage, report }: { event: DatasetEvent; onPage: Set<string>; report?: ReportContext }) {
  const rows = comparisonRows(event);
  if (rows.length === 0) return <p class="state state--muted">{t('noFiguresOnlyStatements')}</p>;
  return (
    <table class="figures">
      <caption class="visually-hidden">{t('tableCaption', event.title)}</caption>
      <thead>
        <tr>
          <th scope="col" class="figures__metric">
            <span class="visually-hidden">{t('tableMetric')}</span>
          </th>
          {COLUMNS.map((c) => (
            <th scope="col" key={c.id} class={`figures__side figures__side--${c.id}`}>
              {t(COLUMN_LABEL[c.id])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.metric}-${row.losses}`}>
            <th scope="row" class="figures__metric">
              {t(messageKey('metric', row.metric))}
              {row.losses !== 'none' && row.losses !== 'militants' ? <span class="figures__losses"> ({t(messageKey('losses', row.losses))})</span> : null}
            </th>
            {COLUMNS.map((c) => (
              <td key={c.id} data-column={c.id}>
                <Cell entries={foldSeries(row.cells[c.id])} onPage={onPage} event={event} report={report} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

