// The first screen: up to three lines, each the page's figure (or, without one, a disputed figure),
// whose it is, the other sides' figures for the same thing and the size of the gap ("55 vs 2 — 27×").
import type { DatasetEvent } from '@/utils/dataset/types';
import type { Gap, GlanceLine } from '@/utils/display/glance';
import { FigureLine, type ReportContext } from './FigureLine';
import { metricLabel } from '@/utils/browser/i18n';
import { t } from '@/utils/browser/i18n';

const n = (v: number) => v.toLocaleString('en');

export function gapText(gap: Gap): string {
  return gap.ratio === undefined
    ? t('glanceGapZero', [n(gap.high), n(gap.low)])
    : t('glanceGap', [n(gap.high), n(gap.low), String(gap.ratio)]);
}

export interface GlanceProps {
  event: DatasetEvent;
  lines: GlanceLine[];
  /** 'page': the lines start from the page's own figures; 'disputed': the page stated none. */
  mode: 'page' | 'disputed';
  report?: ReportContext;
  idPrefix: string;
  /** A heading under the event's h2; plain text where the event has no heading of its own (search results). */
  asHeading?: boolean;
}

export function Glance({ event, lines, mode, report, idPrefix, asHeading = true }: GlanceProps) {
  const titleId = `${idPrefix}-glance-${event.id}`;
  const Title = asHeading ? 'h3' : 'p';
  return (
    <div class={`glance glance--${mode}`} data-glance={mode}>
      <Title id={titleId} class="glance__title">
        {t(mode === 'page' ? 'glanceTitle' : lines.some((l) => l.gap) ? 'glanceDisputedTitle' : 'glanceClaimedTitle')}
      </Title>
      {lines.length === 0 ? (
        <p class="glance__none">{t('glanceNoFigures')}</p>
      ) : (
        <ol class="glance__lines" aria-labelledby={titleId}>
          {lines.map((line) => (
            <li key={line.key} class="glance__line" data-metric={line.key}>
              <p class="glance__head">
                <span class="glance__metric">{line.metric ? metricLabel(line.metric, line.losses ?? 'none') : ''}</span>
                {line.gap ? <span class="glance__gap">{gapText(line.gap)}</span> : null}
              </p>
              {line.page && (
                <p class="glance__page">
                  {t('glancePageSays', '\u2068' + line.page.text + '\u2069')}
                  {!line.own && (
                    <>
                      {' '}
                      <strong class="glance__unclaimed">{t('glanceUnclaimed')}</strong>
                    </>
                  )}
                </p>
              )}
              <ul class="figs">
                {line.own && <FigureLine claim={line.own.claim} history={line.own.history} event={event} report={report} />}
                {line.others.map((o) => (
                  <FigureLine key={o.claim.id} claim={o.claim} history={o.history} event={event} report={report} onPage={o.onPage} />
                ))}
              </ul>
              {line.own && line.others.length === 0 && <p class="glance__none">{t('glanceNoOther')}</p>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
