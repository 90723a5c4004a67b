import type { Side } from '@/utils/dataset/types';
import type { ColumnId } from '@/utils/dataset/queries';
import { COLUMNS } from '@/utils/dataset/queries';
import type { CiteLabels } from '@/utils/dataset/cite';
import { messageKey, t } from './i18n';

/** Message names of the sides, for "repeats Pakistan's figure" and legends. */
export const SIDE_LABEL: Record<Side, string> = {
  pakistan: 'sidePakistan',
  'afghan-taliban': 'sideAfghanTaliban',
  un: 'sideUn',
  independent: 'sideIndependent',
  other: 'sideOther',
};

/** Message names of the popup's three columns. */
export const COLUMN_LABEL: Record<ColumnId, string> = {
  pakistan: 'columnPakistan',
  'afghan-taliban': 'columnAfghanTaliban',
  'un-independent': 'columnUnIndependent',
};

export const columnOfSide = (side: Side): ColumnId | undefined => COLUMNS.find((c) => (c.sides as readonly Side[]).includes(side))?.id;

/** "Soldiers killed (Afghan side)". */
export function metricLabel(metric: string, losses: string): string {
  const name = t(messageKey('metric', metric));
  return losses !== 'none' && losses !== 'militants' ? `${name} (${t(messageKey('losses', losses))})` : name;
}

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
