// The in-page card: the figures of the events a marked sentence belongs to. Built with plain DOM calls
// and textContent (page and dataset text never become markup); no UI framework, so the content script
// stays small on the many pages that never show it.
import { COLUMNS, comparisonRows, figureText, isSafeLink, type ColumnId } from '@/utils/dataset/queries';
import { foldSeries } from '@/utils/dataset/series';
import type { Claim, DatasetEvent } from '@/utils/dataset/types';
import type { PageFigure } from '@/utils/detect/types';

export type Translate = (name: string, substitutions?: string | string[]) => string;

const COLUMN_LABEL: Record<ColumnId, string> = { pakistan: 'columnPakistan', 'afghan-taliban': 'columnAfghanTaliban', 'un-independent': 'columnUnIndependent' };
const messageKey = (prefix: string, value: string) => `${prefix}_${value.replace(/-/g, '_')}`;
const MAX_ROWS = 3;

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

function claimCell(claim: Claim | undefined, tally: number, t: Translate): HTMLElement {
  const td = el('td');
  if (!claim) {
    td.append(el('span', 'none', '—'));
    return td;
  }
  td.append(el('strong', 'figure', figureText(claim)));
  td.append(el('span', 'who', claim.claimant));
  const when = el('span', 'when', `${claim.date}${tally > 1 ? ` · ${t('tallyLatestOf', String(tally))}` : ''} · `);
  when.append(sourceLink(claim));
  td.append(when);
  return td;
}

/** One event's most-compared figures: the latest per side, for the first rows of the comparison. */
function eventTable(event: DatasetEvent, t: Translate): HTMLElement {
  const section = el('section', 'event');
  section.append(el('h2', 'title', event.title));
  section.append(el('p', 'meta', event.start === event.end ? event.start : `${event.start} – ${event.end}`));
  const rows = comparisonRows(event).slice(0, MAX_ROWS);
  if (rows.length === 0) {
    section.append(el('p', 'meta', t('cardNoFigures')));
    return section;
  }
  const table = el('table');
  const head = el('tr');
  head.append(el('th'));
  for (const c of COLUMNS) {
    const th = el('th', `side side--${c.id}`, t(COLUMN_LABEL[c.id]));
    th.scope = 'col';
    head.append(th);
  }
  table.append(el('thead'));
  table.tHead!.append(head);
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    const th = el('th', 'metric', t(messageKey('metric', row.metric)));
    th.scope = 'row';
    const losses = row.losses !== 'none' && row.losses !== 'militants' ? t(messageKey('losses', row.losses)) : '';
    if (losses) th.append(el('span', 'losses', ` (${losses})`));
    tr.append(th);
    for (const c of COLUMNS) {
      const first = foldSeries(row.cells[c.id])[0];
      tr.append(claimCell(first?.claim, first?.history.length ?? 0, t));
    }
    body.append(tr);
  }
  table.append(body);
  section.append(table);
  return section;
}

/** "The page's 13 is the figure UNAMA gave on 2026-02-27 (UN and independent)." */
function tieLine(figure: PageFigure, events: DatasetEvent[], t: Translate): HTMLElement | undefined {
  const claims = events.flatMap((e) => e.claims);
  const claim = figure.agreesWith.map((a) => claims.find((c) => c.id === a.claimId)).find((c): c is Claim => !!c);
  if (!claim) return undefined;
  const column = COLUMNS.find((c) => (c.sides as readonly string[]).includes(claim.side));
  const p = el('p', 'tie');
  p.append(el('mark', undefined, figure.text));
  p.lastElementChild!.setAttribute('dir', 'auto');
  p.append(` ${t('cardRepeats', [column ? t(COLUMN_LABEL[column.id]) : claim.side, claim.claimant, claim.date])}`);
  return p;
}

export function fillCard(card: HTMLElement, events: DatasetEvent[], figures: PageFigure[], t: Translate): void {
  card.replaceChildren();
  card.append(el('p', 'brand', t('cardBrand')));
  for (const f of figures) {
    const line = tieLine(f, events, t);
    if (line) card.append(line);
  }
  for (const event of events.slice(0, 2)) card.append(eventTable(event, t));
  card.append(el('p', 'more', t('cardMore')));
}

export function fillCardMessage(card: HTMLElement, text: string): void {
  card.replaceChildren(el('p', 'brand', text));
}
