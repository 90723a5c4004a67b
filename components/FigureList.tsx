// Every figure of one event, one per row, grouped by what was counted. A running tally shows its latest
// figure, with every dated point behind a disclosure.
import type { DatasetEvent } from '@/utils/dataset/types';
import { COLUMNS, comparisonRows } from '@/utils/dataset/queries';
import { foldSeries } from '@/utils/dataset/series';
import { FigureLine, type ReportContext } from './FigureLine';
import { metricLabel } from '@/utils/browser/i18n';
import { t } from '@/utils/browser/i18n';

export function FigureList({ event, onPage, report }: { event: DatasetEvent; onPage: Set<string>; report?: ReportContext }) {
  const rows = comparisonRows(event);
  if (rows.length === 0) return <p class="state state--muted">{t('noFiguresOnlyStatements')}</p>;
  return (
    <ul class="figlist" aria-label={t('tableCaption', event.title)}>
      {rows.map((row) => (
        <li key={`${row.metric}-${row.losses}`} class="figlist__row">
          <p class="figlist__metric">{metricLabel(row.metric, row.losses)}</p>
          <ul class="figs">
            {COLUMNS.flatMap((c) =>
              foldSeries(row.cells[c.id]).map(({ claim, history }) => (
                <FigureLine
                  key={claim.id}
                  claim={claim}
                  history={history}
                  event={event}
                  report={report}
                  onPage={history.some((h) => onPage.has(h.id))}
                />
              )),
            )}
          </ul>
        </li>
      ))}
    </ul>
  );
}
