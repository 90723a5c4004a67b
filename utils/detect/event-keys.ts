// An event's keys (its names, places and terms, in every spelling) and the form they are compared in.
import { foldForMatch } from '../text/normalize';
import { HAN } from './key-match';

const DOT_IN_HAN_NAME = new RegExp(`(?<=${HAN.source})\\s*[\\u00b7\\u2022\\u2027\\u30fb]\\s*(?=${HAN.source})`, 'g');

/**
 * The form keys and text are compared in: folded, hyphens and double quotes read as spaces ("Ghazab-lil-Haq"; a truce
 * whose name is cut by a quote mark, «وقف إطلاق النار» لمدة 48 ساعة), and no dot between the parts of a name in Han
 * characters, which the Chinese press writes or leaves out ("努尔·瓦利", "哈菲茲‧古爾").
 */
export const keyForm = (s: string) =>
  foldForMatch(s)
    .replace(/[-\u2010-\u2015"\u201c\u201d\u201e\u00ab\u00bb]+/g, ' ')
    .replace(DOT_IN_HAN_NAME, '')
    .replace(/\s+/g, ' ');

/** The names a place of the dataset gives, in key form: "Kharlachi and Borki (Kurram)" gives kharlachi, borki, kurram. */
export const placeNameParts = (place: string) => place.split(/[()/,;]|\bor\b|\band\b/).map(keyForm);

/** A key by its English spelling: the same name in every script of it. */
export const spelled = (k: EventKey) => k.spells ?? k.key;

export interface EventKey {
  key: string; // folded
  weight: number; // rarer across events => heavier
  group: string; // spellings of one name share a group, which counts once
  /** From the event's own terms (an operation, a person, a named site), not one of its places. */
  term?: boolean;
  /** The dataset's (English) key this one spells in another script or language. */
  spells?: string;
}

/** Event terms that any page on the clashes may use: they tie a page to no event in particular. */
export const GENERIC_TERMS = new Set([
  'ceasefire',
  'unama',
  'drone strikes',
  'mediation',
  'qatar',
  // A mediator of several rounds (Doha and Istanbul, the Eid pause): naming it names no round.
  'turkiye',
  'saudi arabia',
  'large scale offensive',
  // Provinces, districts and crossings that many clashes share, and words for the border's furniture.
  'torkham',
  'chaman',
  'spin boldak',
  'kurram',
  'khost',
  'paktika',
  'paktia',
  'kunar',
  'nangarhar',
  'kandahar',
  'khyber',
  'balochistan',
  'north waziristan',
  'durand line',
  'border fence',
  'fencing',
  'border post',
  'check post',
  'checkpoint',
  'frontier corps',
  'border closure',
  // Commanders meet under a flag at any crossing after a clash (Chaman, Torkham, Kurram): the meeting names none.
  'flag meeting',
  'zero line',
  'zero point',
  'ceasefire violation',
]);
/**
 * Event terms that name the event only in a headline: "open war", declared on the first day of the Ghazab lil-Haq
 * campaign, is recalled in the body of later reports (a strike weeks into it) and was threatened before (the Istanbul
 * talks); a headline that declares it reports the declaration (not one that warns of it, fears it or asks).
 */
export const HEADLINE_TERMS = new Set(['open war']);
