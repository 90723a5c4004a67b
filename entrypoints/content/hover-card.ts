// The in-page card, in the popup's pattern: the paragraph's own figure first, whose it is, then the other
// sides' figures one line each, with the gap. Built with plain DOM calls and textContent (page and dataset
// text never become markup); no UI framework, so the content script stays small on pages that never show it.
import { figureText, isSafeLink } from '@/utils/dataset/queries';
import type { Claim, DatasetEvent } from '@/utils/dataset/types';
import type { PageFigure } from '@/utils/detect/types';
import { disputedLines, pageFigureLines, type Gap, type GlanceLine } from '@/utils/display/glance';
import {
  columnOfSide,
  dateRange,
  messageKey,
  metricLabel,
  shapeOf,
  shortClaimant,
  sideLabelKey,
  type Translate,
} from '@/utils/display/rules';
import { gradeClaim } from '@/utils/dataset/grade';

export type { Translate };

const n = (v: number) => v.toLocaleString('en');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function sourceLink(claim: Claim): HTMLElement {
  if (!isSafeLink(claim.source.url)) return el('span', undefined, claim.source.publisher);
  const a = el('a', undefined, claim.source.publisher);
  a.href = claim.source.url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

/** "■ Pakistan  Attaullah Tarar  2" and, under it, the figure's grade, its date and source. */
function figureRow(claim: Claim, event: DatasetEvent, tally: number, onPage: boolean, t: Translate): HTMLElement {
  const li = el('li', `fig fig--${columnOfSide(claim.side) ?? 'other'}`);
  li.dataset.claimId = claim.id;
  const side = el('span', 'side');
  side.append(el('span', 'shape', shapeOf(claim.side)), ` ${t(sideLabelKey(claim.side))}`);
  side.firstElementChild!.setAttribute('aria-hidden', 'true');
  const who = el('span', 'who', shortClaimant(claim.claimant));
  who.title = claim.office ? `${claim.claimant}, ${claim.office}` : claim.claimant;
  li.append(side, who);
  if (onPage) li.append(el('span', 'on-page', t('figureOnPage')));
  li.append(el('strong', 'figure', figureText(claim)));
  const { grade } = gradeClaim(claim, event);
  const when = el('span', 'when');
  const gradeLabel = el('span', 'grade', t(messageKey('grade', grade)));
  gradeLabel.dataset.grade = grade;
  when.append(gradeLabel, ` · ${claim.date}${tally > 1 ? ` · ${t('tallyLatestOf', String(tally))}` : ''} · `, sourceLink(claim));
  li.append(when);
  return li;
}

const gapText = (gap: Gap, t: Translate) =>
  gap.ratio === undefined ? t('glanceGapZero', [n(gap.high), n(gap.low)]) : t('glanceGap', [n(gap.high), n(gap.low), String(gap.ratio)]);

function glanceLine(line: GlanceLine, event: DatasetEvent, t: Translate): HTMLElement {
  const li = el('li', 'line');
  const head = el('p', 'head');
  head.append(el('span', 'metric', line.metric ? metricLabel(t, line.metric, line.losses ?? 'none') : ''));
  if (line.gap) head.append(el('span', 'gap', gapText(line.gap, t)));
  li.append(head);
  if (line.page) {
    const says = el('p', 'says', t('glancePageSays', line.page.text));
    says.setAttribute('dir', 'auto');
    if (!line.own) says.append(' ', el('strong', undefined, t('glanceUnclaimed')));
    li.append(says);
  }
  const list = el('ul', 'figs');
  if (line.own) list.append(figureRow(line.own.claim, event, line.own.history.length, false, t));
  for (const o of line.others) list.append(figureRow(o.claim, event, o.history.length, o.onPage, t));
  li.append(list);
  if (line.own && line.others.length === 0) li.append(el('p', 'meta', t('glanceNoOther')));
  return li;
}

/** One event: its title and dates, then the paragraph's figures (or, without one, the most disputed). */
function eventGlance(event: DatasetEvent, figures: PageFigure[], t: Translate): HTMLElement {
  const section = el('section', 'event');
  section.dataset.eventId = event.id;
  section.append(el('h2', 'title', event.title));
  section.append(el('p', 'meta', dateRange(event)));
  const fromPage = pageFigureLines(event, figures);
  const lines = fromPage.length ? fromPage : disputedLines(event);
  if (lines.length === 0) {
    section.append(el('p', 'meta', t('cardNoFigures')));
    return section;
  }
  section.append(
    el('p', 'kind', t(fromPage.length ? 'glanceTitle' : lines.some((l) => l.gap) ? 'glanceDisputedTitle' : 'glanceClaimedTitle')),
  );
  const list = el('ol', 'lines');
  for (const line of lines) list.append(glanceLine(line, event, t));
  section.append(list);
  return section;
}

export function fillCard(card: HTMLElement, events: DatasetEvent[], figures: PageFigure[], t: Translate): void {
  card.replaceChildren();
  card.append(el('p', 'brand', t('cardBrand')));
  const [first, ...rest] = events;
  if (first) card.append(eventGlance(first, figures, t));
  if (rest.length) card.append(el('p', 'more', `${t('moreEvents', String(rest.length))} ${rest.map((e) => e.title).join(' · ')}`));
  card.append(el('p', 'more', t('cardMore')));
}

export function fillCardMessage(card: HTMLElement, text: string): void {
  card.replaceChildren(el('p', 'brand', text));
}
