import type { Side } from '@/utils/dataset/types';

/** Message names of the sides, for "repeats Pakistan's figure" and legends. */
export const SIDE_LABEL: Record<Side, string> = {
  pakistan: 'sidePakistan',
  'afghan-taliban': 'sideAfghanTaliban',
  un: 'sideUn',
  independent: 'sideIndependent',
  other: 'sideOther',
};
