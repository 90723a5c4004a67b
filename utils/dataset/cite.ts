// "Copy with sources" and "Report a problem": an event's competing figures as text a reader can paste,
// and a prefilled issue for one figure. Pure; the popup supplies translated labels.
//
// The clipboard gets two flavours of the same citation: text/plain carries Markdown written to read
// well as plain text too (every source URL spelled out), and text/html carries the same list with links
// for editors that paste rich text (docs, mail). Where rich clipboard writes fail, the Markdown alone.
import { COLUMNS, comparisonRows, figureText, isSafeLink, statementsOf, type ColumnId } from './queries';
import { foldSeries } from './series';
import type { Claim, DatasetEvent, Metric, Party, Side } from './types';

export interface CiteLabels {
  column: (id: ColumnId) => string;
  side: (side: Side) => string;
  metric: (metric: Metric, losses: Party) => string;
  noFigure: string;
  statements: string;
  /** "latest of N updates" for a running tally. */
  tally: (count: number) => string;
  /** The closing line: figures are claims, not verified counts; dataset version and date. */
  footer: (version: string, asOf: string) => string;
}

const LOSSES_EN: Partial<Record<Party, string>> = {
  pakistan: 'Pakistani side',
  afghanistan: 'Afghan side',
  'civilians-afghanistan': 'in Afghanistan',
  'civilians-pakistan': 'in Pakistan',
  both: 'both sides',
};

/** English labels, for tests and for the scanner. */
export const ENGLISH_LABELS: CiteLabels = {
  column: (id) => ({ pakistan: 'Pakistan', 'afghan-taliban': 'Afghan Taliban', 'un-independent': 'UN and independent' })[id],
  side: (side) =>
    ({ pakistan: 'Pakistan', 'afghan-taliban': 'Afghan Taliban', un: 'UN', independent: 'Independent', other: 'Other' })[side],
  metric: (metric, losses) => {
    const name = metric.replace(/_/g, ' ');
    const whose = LOSSES_EN[losses];
    return `${name[0]!.toUpperCase()}${name.slice(1)}${whose ? ` (${whose})` : ''}`;
  },
  noFigure: 'no figure',
  statements: 'Statements without a figure',
  tally: (n) => `latest of ${n} updates`,
  footer: (version, asOf) =>
    `Each figure is what the named side claimed, not a verified count. Durand Lens dataset ${version}, figures as of ${asOf}.`,
};

export interface Citation {
  /** Markdown that reads as plain text: for text/plain. */
  markdown: string;
  /** The same, as an HTML fragment: for text/html. */
  html: string;
}

interface Line {
  label: string;
  figure?: string;
  claim?: Claim;
  history?: Claim[];
}

interface Section {
  heading: string;
  lines: Line[];
}

function sectionsOf(event: DatasetEvent, labels: CiteLabels): Section[] {
  const sections: Section[] = comparisonRows(event).map((row) => ({
    heading: labels.metric(row.metric, row.losses),
    lines: COLUMNS.flatMap((c): Line[] => {
      const entries = foldSeries(row.cells[c.id]);
      if (entries.length === 0) return [{ label: labels.column(c.id) }];
      return entries.map((e) => ({ label: labels.column(c.id), figure: figureText(e.claim), claim: e.claim, history: e.history }));
    }),
  }));
  const statements = statementsOf(event);
  if (statements.length) {
    sections.push({
      heading: labels.statements,
      lines: statements.map((c) => ({ label: labels.side(c.side), figure: c.figureText ?? c.summary, claim: c })),
    });
  }
  return sections;
}

const dates = (e: DatasetEvent) => (e.start === e.end ? e.start : `${e.start} – ${e.end}`);

/** Backslash-escapes what Markdown would read as formatting. */
export const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
const markdownUrl = (url: string) => url.replace(/[()\s]/g, (c) => encodeURIComponent(c));

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function who(claim: Claim): string {
  return `${claim.claimant}${claim.office ? ` (${claim.office})` : ''}, ${claim.date}, ${claim.channel}`;
}

function tallyText(history: Claim[], labels: CiteLabels): string | undefined {
  if (history.length < 2) return undefined;
  return `${labels.tally(history.length)}: ${history.map((c) => `${c.date} ${figureText(c)}`).join('; ')}`;
}

export function citeEvent(event: DatasetEvent, meta: { version: string; asOf: string }, labels: CiteLabels = ENGLISH_LABELS): Citation {
  const sections = sectionsOf(event, labels);
  const md: string[] = [
    `**${escapeMarkdown(event.title)}**`,
    escapeMarkdown(`${dates(event)}${event.places.length ? ` · ${event.places.join(', ')}` : ''}`),
    '',
  ];
  const html: string[] = [
    `<p><strong>${escapeHtml(event.title)}</strong><br>${escapeHtml(`${dates(event)}${event.places.length ? ` · ${event.places.join(', ')}` : ''}`)}</p>`,
  ];
  for (const section of sections) {
    md.push(`**${escapeMarkdown(section.heading)}**`);
    html.push(`<p><strong>${escapeHtml(section.heading)}</strong></p><ul>`);
    for (const line of section.lines) {
      if (!line.claim) {
        md.push(`- ${escapeMarkdown(line.label)}: ${escapeMarkdown(labels.noFigure)}`);
        html.push(`<li>${escapeHtml(line.label)}: <em>${escapeHtml(labels.noFigure)}</em></li>`);
        continue;
      }
      const { claim } = line;
      const safe = isSafeLink(claim.source.url);
      const tally = tallyText(line.history ?? [], labels);
      md.push(
        `- ${escapeMarkdown(line.label)}: **${escapeMarkdown(line.figure ?? '')}** — ${escapeMarkdown(who(claim))} — ` +
          (safe
            ? `[${escapeMarkdown(claim.source.publisher)}](${markdownUrl(claim.source.url)})`
            : escapeMarkdown(claim.source.publisher)) +
          (tally ? ` (${escapeMarkdown(tally)})` : ''),
      );
      html.push(
        `<li>${escapeHtml(line.label)}: <strong>${escapeHtml(line.figure ?? '')}</strong> — ${escapeHtml(who(claim))} — ` +
          (safe
            ? `<a href="${escapeHtml(claim.source.url)}">${escapeHtml(claim.source.publisher)}</a>`
            : escapeHtml(claim.source.publisher)) +
          (tally ? ` (${escapeHtml(tally)})` : '') +
          '</li>',
      );
    }
    md.push('');
    html.push('</ul>');
  }
  const footer = labels.footer(meta.version, meta.asOf);
  md.push(`_${escapeMarkdown(footer)}_`);
  html.push(`<p><em>${escapeHtml(footer)}</em></p>`);
  return { markdown: md.join('\n'), html: html.join('\n') };
}

/** Longest report address we build; browsers and GitHub both take far more, but a short body is kinder. */
const MAX_REPORT_URL = 6000;

/**
 * A prefilled "report a problem" issue for one figure on the project's tracker. Only a link: the user
 * opens it, reads it and decides; the extension sends nothing. No page address goes in it.
 */
export function problemReportUrl(
  homepage: string,
  event: DatasetEvent,
  claim: Claim,
  datasetVersion: string,
  labels: CiteLabels = ENGLISH_LABELS,
): string | undefined {
  if (!isSafeLink(homepage)) return undefined;
  const title = `Figure check: ${claim.id}`;
  const body = [
    `**Claim:** ${claim.id}`,
    `**Event:** ${event.title} (${event.id})`,
    `**Figure:** ${labels.metric(claim.metric, claim.losses)}: ${figureText(claim)} — ${claim.claimant}, ${claim.date} (${labels.side(claim.side)})`,
    `**Source:** ${claim.source.url}`,
    `**Dataset:** ${datasetVersion}`,
    '',
    '**What is wrong?**',
    '<!-- Describe the problem, with a link to a source that shows it. -->',
    '',
  ].join('\n');
  const url = `${homepage.replace(/\/+$/, '')}/issues/new?${new URLSearchParams({ title, body })}`;
  return url.length <= MAX_REPORT_URL
    ? url
    : `${homepage.replace(/\/+$/, '')}/issues/new?${new URLSearchParams({ title, body: body.slice(0, 2000) })}`;
}
