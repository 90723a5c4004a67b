// The benchmark's pages, built the same way on every run: synthetic prose from a seeded PRNG, and
// the clash article from the test fixtures. Each page comes with the visible text a reader sees.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeHtml, Prose } from './prose';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
const read = (path: string) => readFileSync(FIXTURES + path, 'utf8');

export interface BenchPage {
  name: string;
  html: string;
  /** Whether the page should pass the gate (both sides named). */
  onTopic: boolean;
  /** For the mutating case: paragraphs the page appends, one every `intervalMs`. */
  appends?: { paragraphs: string[]; intervalMs: number; parentSelector: string };
}

/** The news-site page of the fixtures (header, nav, rail, cookie notice, footer), its article swapped. */
function newsPage(title: string, articleInner: string): string {
  const template = read('site/clash-article.html');
  const start = template.indexOf('<article id="story">');
  const end = template.indexOf('</article>', start);
  return (
    template.slice(0, start).replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)} | The Meridian Post</title>`) +
    `<article id="story">\n${articleInner}\n` +
    template.slice(end)
  );
}

const words = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

function articleParagraphs(html: string): string[] {
  const body = /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? html;
  return [...body.matchAll(/<p\b[^>]*>[\s\S]*?<\/p>/g)].map((m) => m[0]);
}

export function emptyPage(): BenchPage {
  return {
    name: 'empty',
    html: '<!doctype html><html><head><meta charset="utf-8"><title></title></head><body></body></html>',
    onTopic: false,
  };
}

export function offTopicArticle(targetWords = 1500): BenchPage {
  const prose = new Prose(1);
  const headline = prose.headline();
  const paragraphs = prose.paragraphsOfWords(targetWords);
  const inner =
    `<h1>${escapeHtml(headline)}</h1>\n<p class="byline">By a staff reporter</p>\n` +
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return {
    name: 'news-offtopic-1500w',
    html: newsPage(headline, inner),
    onTopic: false,
  };
}

/** The fixture clash article, its body lengthened with paragraphs of fixture reports of the same event. */
export function clashArticle(targetWords = 1500): BenchPage {
  const base = read('site/clash-article.html');
  const start = base.indexOf('<article id="story">') + '<article id="story">'.length;
  const end = base.indexOf('</article>', start);
  let inner = base.slice(start, end);
  const extra = [
    ...articleParagraphs(read('site/seed-article.html')),
    ...articleParagraphs(read('pages/pos-2026-02-26-taliban-counteroffensive-wire.html')),
    ...articleParagraphs(read('pages/pos-2026-02-26-taliban-counteroffensive-liveblog.html')),
  ];
  for (const p of extra) {
    if (words(inner) >= targetWords) break;
    inner += '\n' + p;
  }
  return {
    name: 'news-clash-1500w',
    html: base.slice(0, start) + inner + base.slice(end),
    onTopic: true,
  };
}

export function textPage(bytes: number, label: string): BenchPage {
  const prose = new Prose(bytes);
  const paragraphs = prose.paragraphsOfBytes(bytes);
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Minutes of the council, collected</title></head><body>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</body></html>`;
  return { name: `text-${label}`, html, onTopic: false };
}

/** A live page: three paragraphs at load, then one more every 100 ms for 30 s. */
export function mutatingPage(durationMs = 30_000, intervalMs = 100): BenchPage {
  const prose = new Prose(7);
  const count = Math.round(durationMs / intervalMs);
  const paragraphs = Array.from({ length: count }, (_, i) => `${String(i + 1).padStart(3, '0')} · ${prose.paragraph()}`);
  const inner =
    `<h1>Live: council budget night</h1>\n` +
    new Prose(8)
      .paragraphsOfWords(120)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('\n') +
    '\n<div id="updates"></div>';
  const script = `<script>
(() => {
  const updates = ${JSON.stringify(paragraphs)};
  let i = 0;
  const timer = setInterval(() => {
    if (i >= updates.length) { clearInterval(timer); document.documentElement.dataset.benchDone = '1'; return; }
    const p = document.createElement('p');
    p.textContent = updates[i++];
    document.getElementById('updates').appendChild(p);
  }, ${intervalMs});
})();
</script>`;
  const html = newsPage('Live: council budget night', inner).replace('</body>', `${script}\n</body>`);
  return {
    name: 'live-append-30s',
    html,
    onTopic: false,
    appends: { paragraphs, intervalMs, parentSelector: '#updates' },
  };
}

export function staticPages(): BenchPage[] {
  return [emptyPage(), offTopicArticle(), clashArticle(), textPage(1_000_000, '1MB'), textPage(10_000_000, '10MB')];
}
