// "On this page": the page's own sentences that matched, with the figures it repeats.
import type { PageFigure, Evidence } from '@/utils/detect/types';
import { t } from './i18n';
import { SIDE_LABEL } from './labels';

export function EvidenceList({ evidence, figures, onShow }: { evidence: Evidence[]; figures: PageFigure[]; onShow: (e: Evidence) => void }) {
  if (evidence.length === 0) return null;
  return (
    <section class="evidence" aria-label={t('onThisPage')}>
      <h3>{t('onThisPage')}</h3>
      <ul>
        {evidence.map((e) => {
          const here = figures.filter((f) => f.block === e.block && f.start >= e.start && f.end <= e.end && f.agreesWith.length > 0);
          return (
            <li key={`${e.block}-${e.start}`}>
              <button type="button" class="evidence__sentence" dir="auto" onClick={() => onShow(e)}>
                {e.text}
              </button>
              {here.map((f) => (
                <span class="evidence__figure" key={f.start}>
                  “{f.text}” — {t('pageRepeats', t(SIDE_LABEL[f.agreesWith[0]!.side]))}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
