// "On this page": the page's own sentences that matched, with the page's figures marked and tied to the
// side whose figure they repeat. A sentence is a button: it scrolls the page to it and flashes it.
import type { DatasetEvent, Claim } from '@/utils/dataset/types';
import { figureText } from '@/utils/dataset/queries';
import type { PageFigure, Evidence } from '@/utils/detect/types';
import { COLUMN_LABEL, columnOfSide, SIDE_LABEL } from '@/utils/display/rules';
import { t } from '@/utils/browser/i18n';

function claimsOf(figure: PageFigure, event: DatasetEvent): Claim[] {
  const ids = new Set(figure.agreesWith.map((a) => a.claimId));
  return event.claims.filter((c) => ids.has(c.id));
}

const sideName = (claim: Claim) => {
  const column = columnOfSide(claim.side);
  return column ? t(COLUMN_LABEL[column]) : t(SIDE_LABEL[claim.side]);
};

/** The sentence with the page's figures in it wrapped in <mark>; offsets are within the page block. */
function Sentence({ evidence, figures }: { evidence: Evidence; figures: PageFigure[] }) {
  const parts: preact.ComponentChild[] = [];
  let at = 0;
  const text = evidence.text;
  if (text.length !== evidence.end - evidence.start) return <>{text}</>;
  for (const f of [...figures].sort((a, b) => a.start - b.start)) {
    const from = f.start - evidence.start;
    const to = f.end - evidence.start;
    if (from < at || to > text.length) continue;
    parts.push(text.slice(at, from));
    parts.push(
      <mark key={f.start} class={`evidence__figure${f.agreesWith.length ? ' evidence__figure--tied' : ''}`}>
        {text.slice(from, to)}
      </mark>,
    );
    at = to;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

export function EvidenceList({
  evidence,
  figures,
  event,
  onShow,
}: {
  evidence: Evidence[];
  figures: PageFigure[];
  event: DatasetEvent;
  onShow: (e: Evidence) => void;
}) {
  if (evidence.length === 0) return null;
  const headingId = `evidence-${event.id}`;
  return (
    <section class="evidence" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('onThisPage')}</h3>
      <p class="evidence__hint">{t('evidenceHint')}</p>
      <ul>
        {evidence.map((e) => {
          const here = figures.filter((f) => f.block === e.block && f.start >= e.start && f.end <= e.end);
          const ties = here.flatMap((f) => {
            const claims = claimsOf(f, event);
            return claims.length ? [{ figure: f, claims }] : [];
          });
          return (
            <li key={`${e.block}-${e.start}`}>
              {e.block < 0 ? (
                // The page's title: nowhere on the page to show it.
                <span class="evidence__sentence evidence__sentence--title" dir="auto" data-block={e.block}>
                  <Sentence evidence={e} figures={here} />
                </span>
              ) : (
                <button type="button" class="evidence__sentence" dir="auto" onClick={() => onShow(e)} data-block={e.block}>
                  <Sentence evidence={e} figures={here} />
                </button>
              )}
              {ties.length > 0 && (
                <ul class="evidence__ties">
                  {ties.map(({ figure, claims }) => (
                    <li key={figure.start} class="evidence__tie">
                      <mark class="evidence__figure evidence__figure--tied" dir="auto">
                        {figure.text}
                      </mark>{' '}
                      {t('pageRepeatsWho', [
                        [...new Set(claims.map(sideName))].join(' / '),
                        claims
                          .slice(0, 2)
                          .map((c) => `${c.claimant}, ${c.date}: ${figureText(c)}`)
                          .join('; '),
                      ])}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
