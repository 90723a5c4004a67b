// The popup's words for sides, columns and metrics: the shared display rules (utils/display/rules.ts)
// with the extension's translations.
import type { CiteLabels } from '@/utils/dataset/cite';
import { COLUMN_LABEL, SIDE_LABEL, columnOfSide, metricLabel as metricLabelWith } from '@/utils/display/rules';
import { t } from './i18n';

export { COLUMN_LABEL, SIDE_LABEL, columnOfSide };

/** "Soldiers killed (Afghan side)". */
export const metricLabel = (metric: string, losses: string): string => metricLabelWith(t, metric, losses);

/** The citation's words, in the user's language. */
export const citeLabels: CiteLabels = {
  column: (id) => t(COLUMN_LABEL[id]),
  side: (side) => t(SIDE_LABEL[side]),
  metric: metricLabel,
  // Getters: read when a citation is made, not when the module loads.
  get noFigure() {
    return t('noClaim');
  },
  get statements() {
    return t('statements');
  },
  tally: (n) => t('tallyLatestOf', String(n)),
  footer: (version, asOf) => t('citeFooter', [version, asOf]),
};
