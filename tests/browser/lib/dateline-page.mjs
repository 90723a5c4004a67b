// A made-up report whose event only its dateline tells: dated 14 October 2025 it is the 14–16 October Kurram
// fighting; without the date, the 11 October offensive it recalls. The page declares no date in markup, so the
// date must come from its clues, read by the background (utils/detect/published-day.ts). The dateline sits above
// a byline, away from the story's blocks: the reader does not hand it on as text beside a named block.
const headline = 'Pakistani and Afghan Taliban forces clash again on the Kurram border';

export function datelinePage(withDateline) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${headline}</title></head><body><article>
${withDateline ? '<div>Parachinar, 14 October 2025</div>' : ''}
<p>By a staff reporter</p>
<h1>${headline}</h1>
<p>Fighting between Pakistani troops and Afghan Taliban fighters was renewed overnight along the border in Kurram, officials said.</p>
<p>The two sides had fought heavy clashes on 11 October, when Taliban fighters attacked Pakistani border posts.</p>
<p>Residents said shops and schools in the border villages stayed closed as the firing went on into the morning.</p>
</article></body></html>`;
}
/**
 * The same report as a plain-text page (served as text/plain, which a browser shows as one <pre>): its lines are
 * its blocks, the dateline its second line, below a headline with no full stop.
 */
export const datelineText = () =>
  [
    headline,
    'Parachinar, 14 October 2025',
    '',
    'Fighting between Pakistani troops and Afghan Taliban fighters was renewed overnight along the border in Kurram, officials said.',
    'The two sides had fought heavy clashes on 11 October, when Taliban fighters attacked Pakistani border posts.',
    'Residents said shops and schools in the border villages stayed closed as the firing went on into the morning.',
  ].join('\n');
export const PLAIN_TEXT = { 'content-type': 'text/plain; charset=utf-8' };
export const DATELINE_EVENT = '2025-10-15-spin-boldak-kurram';
export const RECALLED_EVENT = '2025-10-11-border-offensive';
