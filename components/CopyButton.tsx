// "Copy with sources": the event's competing figures, claimants, dates and links, in one click.
// text/plain gets Markdown that reads as plain text; text/html the same with links (see utils/dataset/cite.ts).
import { useState } from 'preact/hooks';
import type { DatasetEvent } from '@/utils/dataset/types';
import { citeEvent } from '@/utils/dataset/cite';
import { citeLabels } from '@/utils/browser/i18n';
import { t } from '@/utils/browser/i18n';

async function writeClipboard(markdown: string, html: string): Promise<void> {
  try {
    const Item = (globalThis as unknown as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
    if (!Item) throw new Error('no ClipboardItem');
    await navigator.clipboard.write([
      new Item({ 'text/plain': new Blob([markdown], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
    ]);
  } catch {
    await navigator.clipboard.writeText(markdown);
  }
}

export function CopyButton({ event, meta }: { event: DatasetEvent; meta: { version: string; asOf: string } }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    const { markdown, html } = citeEvent(event, meta, citeLabels);
    try {
      await writeClipboard(markdown, html);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    setTimeout(() => setStatus('idle'), 4000);
  };
  return (
    <span class="copy">
      <button type="button" class="button button--primary" onClick={copy} data-action="copy">
        {t('copyWithSources')}
      </button>
      <span class="copy__status" role="status" aria-live="polite">
        {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}
