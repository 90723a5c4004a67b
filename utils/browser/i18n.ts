// UI strings come from _locales through browser.i18n, so the extension can be translated; and the shared
// display rules (utils/display/rules.ts) bound to those translations.
import { browser } from 'wxt/browser';
import type { CiteLabels } from '../dataset/cite';
import { COLUMN_LABEL, SIDE_LABEL, metricLabel as metricLabelWith } from '../display/rules';

export { messageKey } from '../display/rules';

export function t(name: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(name as never, substitutions as never) || name;
}

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
