// The competing figures of one event: one row per thing counted, one column per side.
import type { Claim, DatasetEvent } from '@/utils/dataset/types';
import { COLUMNS, comparisonRows, figureText, isSafeLink, type ColumnId } from '@/utils/dataset/queries';
import { messageKey, t } from './i18n';

const COLUMN_LABEL: Record<ColumnId, string> = {
  pakistan: 'columnPakistan',
  'afghan-taliban': 'columnAfghanTaliban',
  'un-independent': 'columnUnIndependent',
};

export function ClaimFigure({ claim, highlighted }: { claim: Claim; highlighted?: boolean }) {
  return (
    <div class={`claim${highlighted ? ' claim--on-page' : ''}`} data-claim-id={claim.id}>
      <span class="claim__figure">{figureText(claim)}</span>
      <span class="claim__who">
        {claim.claimant}
        {claim.office ? <span class="claim__office">, {claim.office}</span> : null}
      </span>
      <span class="claim__when">
        <time dateTime={claim.date}>{claim.date}</time>
        {' · '}
        {claim.channel}
        {' · '}
        {isSafeLink(claim.source.url) ? (
          <a href={claim.source.url} target="_blank" rel="noopener noreferrer" title={claim.source.url}>
            {claim.source.publisher}
          </a>
        ) : (
          claim.source.publisher
        )}
      </span>
    </div>
  );
}

export function FigureTable({ event, onPage }: { event: DatasetEvent; onPage: Set<string> }) {
  const rows = comparisonRows(event);
  if (rows.length === 0) return null;
  return (
    <table class="figures">
      <thead>
        <tr>
          <th scope="col" class="figures__metric"></th>
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
                {row.cells[c.id].length === 0 ? (
                  <span class="figures__none">—</span>
                ) : (
                  row.cells[c.id].map((claim) => <ClaimFigure key={claim.id} claim={claim} highlighted={onPage.has(claim.id)} />)
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
