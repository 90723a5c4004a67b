// One figure on one row: the side (name and shape, so it reads without colour), a short claimant and
// the figure, aligned. One click opens its grade, the full claimant, the date and the source.
import type { Claim, DatasetEvent } from '@/utils/dataset/types';
import { figureText, isSafeLink } from '@/utils/dataset/queries';
import { problemReportUrl } from '@/utils/dataset/cite';
import { gradeClaim } from '@/utils/dataset/grade';
import { columnOfSide, messageKey, shapeOf, shortClaimant, sideLabelKey } from '@/utils/display/rules';
import { citeLabels } from '@/utils/browser/i18n';
import { t } from '@/utils/browser/i18n';

export interface ReportContext {
  homepage?: string;
  datasetVersion: string;
}

/** Who else repeated a figure; the dataset may add it to a claim. */
type Repeat = { claimant: string; office?: string; date: string; source: Claim['source'] };
const repeatsOf = (claim: Claim): Repeat[] => (claim as Claim & { repeatedBy?: Repeat[] }).repeatedBy ?? [];

export function SourceLink({ source }: { source: Claim['source'] }) {
  return isSafeLink(source.url) ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.url}>
      {source.publisher}
    </a>
  ) : (
    <span>{source.publisher}</span>
  );
}

function ReportLink({ event, claim, report }: { event: DatasetEvent; claim: Claim; report?: ReportContext }) {
  const href = report?.homepage ? problemReportUrl(report.homepage, event, claim, report.datasetVersion, citeLabels) : undefined;
  if (!href) return null;
  const label = t('reportProblemLabel', [figureText(claim), claim.claimant]);
  return (
    <a class="fig__report" href={href} target="_blank" rel="noopener noreferrer" aria-label={label} title={label}>
      {t('reportShort')}
    </a>
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
            <time dateTime={c.date}>{c.date}</time> <strong>{figureText(c)}</strong> · <SourceLink source={c.source} />
          </li>
        ))}
      </ol>
    </details>
  );
}

export interface FigureLineProps {
  claim: Claim;
  event: DatasetEvent;
  /** Every point of the claim's running tally, oldest first. */
  history?: Claim[];
  onPage?: boolean;
  report?: ReportContext;
  /** For statements: the paraphrase stands where the figure would. */
  statement?: boolean;
}

export function FigureLine({ claim, event, history = [claim], onPage, report, statement }: FigureLineProps) {
  const column = columnOfSide(claim.side) ?? 'other';
  const { grade, by } = gradeClaim(claim, event);
  // The grade names who gave the figures behind it, as the reader knows them: claimants, not claim ids.
  const byWhom = [...new Set(by.flatMap((id) => event.claims.filter((c) => c.id === id).map((c) => shortClaimant(c.claimant))))];
  const full = claim.office ? `${claim.claimant}, ${claim.office}` : claim.claimant;
  const figure = statement ? '' : figureText(claim);
  const repeats = repeatsOf(claim);
  return (
    <li class={`fig fig--${column}${onPage ? ' fig--on-page' : ''}`} data-claim-id={claim.id} data-column={column}>
      <details class="fig__details">
        <summary class="fig__summary" title={full}>
          <span class="fig__side">
            <span class="fig__shape" aria-hidden="true">
              {shapeOf(claim.side)}
            </span>{' '}
            {t(sideLabelKey(claim.side))}
          </span>
          <span class="fig__who">{statement ? claim.summary : shortClaimant(claim.claimant)}</span>
          {onPage ? <span class="fig__on-page">{t('figureOnPage')}</span> : null}
          {figure ? <span class={`fig__figure${/[a-z]/i.test(figure) ? ' fig__figure--words' : ''}`}>{figure}</span> : null}
        </summary>
        <div class="fig__more">
          <p class={`fig__grade grade grade--${grade}`} data-grade={grade}>
            {t('gradeLabel', t(messageKey('grade', grade)))}
            {byWhom.length ? ` · ${t('gradeBy', byWhom.join(', '))}` : ''}
          </p>
          <p class="fig__claimant">{statement ? `${full}: ${claim.summary}` : full}</p>
          <p class="fig__when">
            <time dateTime={claim.date}>{claim.date}</time> · {claim.channel} · <SourceLink source={claim.source} />
            {report?.homepage ? (
              <>
                {' · '}
                <ReportLink event={event} claim={claim} report={report} />
              </>
            ) : null}
          </p>
          {repeats.length > 0 && <p class="fig__repeats">{t('alsoSaidBy', repeats.map((r) => `${r.claimant} (${r.date})`).join('; '))}</p>}
          {history.length > 1 && <Tally points={history} />}
        </div>
      </details>
    </li>
  );
}
