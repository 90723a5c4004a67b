// How far apart the sides' figures are: for each thing at least two sides counted, one bar per side at
// its latest figure, on a shared linear scale from zero. Inline SVG; the table below carries the detail.
import type { Claim, DatasetEvent } from '@/utils/dataset/types';
import { COLUMNS, comparisonRows, figureText, figureValue, type ColumnId } from '@/utils/dataset/queries';
import { foldSeries } from '@/utils/dataset/series';
import { COLUMN_LABEL } from '@/utils/display/rules';
import { metricLabel } from '@/utils/browser/i18n';
import { t } from '@/utils/browser/i18n';

const MAX_CHARTS = 3;
const WIDTH = 430;
const LABEL_W = 112;
const VALUE_W = 64;
const BAR_H = 14;
const GAP = 6;

interface Bar {
  column: ColumnId;
  claim: Claim;
  low: number;
  high: number;
}

export interface ChartRow {
  key: string;
  label: string;
  bars: Bar[];
}

/** The rows worth a chart: two or more sides gave a number. */
export function chartRows(event: DatasetEvent): ChartRow[] {
  return comparisonRows(event)
    .map((row) => ({
      key: `${row.metric}-${row.losses}`,
      label: metricLabel(row.metric, row.losses),
      bars: COLUMNS.flatMap((c): Bar[] => {
        // In the shared column the UN's own count stands for it when there is one; else the latest.
        const numeric = foldSeries(row.cells[c.id]).filter((e) => figureValue(e.claim) !== undefined);
        const latest = (numeric.find((e) => e.claim.side === 'un') ?? numeric[0])?.claim;
        if (!latest) return [];
        const low = figureValue(latest)!;
        return [{ column: c.id, claim: latest, low, high: Math.max(low, latest.high ?? low) }];
      }),
    }))
    .filter((r) => r.bars.length >= 2)
    .slice(0, MAX_CHARTS);
}

/** "274× apart", "the same figure", "0 against 12". */
function spread(bars: Bar[]): string {
  const values = bars.map((b) => b.low);
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return t('chartSame');
  if (min === 0) return t('chartZero', max.toLocaleString('en'));
  const ratio = max / min;
  return t('chartApart', ratio >= 10 ? Math.round(ratio).toLocaleString('en') : ratio.toFixed(1));
}

export function FigureChart({ event }: { event: DatasetEvent }) {
  const rows = chartRows(event);
  if (rows.length === 0) return null;
  return (
    <figure class="chart" aria-labelledby={`chart-${event.id}`}>
      <figcaption id={`chart-${event.id}`} class="chart__title">
        {t('chartTitle')}
      </figcaption>
      {rows.map((row) => {
        const max = Math.max(...row.bars.map((b) => b.high), 1);
        const scale = (WIDTH - LABEL_W - VALUE_W) / max;
        const height = row.bars.length * (BAR_H + GAP);
        const description = row.bars
          .map((b) => `${t(COLUMN_LABEL[b.column])}: ${figureText(b.claim)} (${b.claim.claimant}, ${b.claim.date})`)
          .join('; ');
        return (
          <div class="chart__row" key={row.key}>
            <p class="chart__label">
              <span>{row.label}</span> <span class="chart__spread">{spread(row.bars)}</span>
            </p>
            <svg
              class="chart__svg"
              viewBox={`0 0 ${WIDTH} ${height}`}
              width="100%"
              height={height}
              role="img"
              aria-label={`${row.label}. ${description}`}
            >
              {row.bars.map((b, i) => {
                const y = i * (BAR_H + GAP);
                const w = Math.max(2, b.low * scale);
                const extra = (b.high - b.low) * scale;
                return (
                  <g key={b.column} class={`chart__bar chart__bar--${b.column}`}>
                    <title>{`${t(COLUMN_LABEL[b.column])}: ${figureText(b.claim)} — ${b.claim.claimant}, ${b.claim.date}`}</title>
                    <text x={LABEL_W - 6} y={y + BAR_H - 3} text-anchor="end" class="chart__side">
                      {t(COLUMN_LABEL[b.column])}
                    </text>
                    <rect x={LABEL_W} y={y} width={w} height={BAR_H} rx="2" />
                    {extra > 0 && <rect x={LABEL_W + w} y={y} width={extra} height={BAR_H} rx="2" class="chart__range" />}
                    <text x={LABEL_W + w + Math.max(0, extra) + 5} y={y + BAR_H - 3} class="chart__value">
                      {figureText(b.claim)}
                    </text>
                  </g>
                );
              })}
            </svg>
          </div>
        );
      })}
      <p class="chart__note">{t('chartNote')}</p>
    </figure>
  );
}
