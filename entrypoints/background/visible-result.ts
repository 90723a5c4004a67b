// What the user sees of a tab's result: the stored detection, through their sensitivity and with the
// events they dismissed on that page taken out. The badge and the page's marks follow it.
import { browser } from 'wxt/browser';
import { loadDismissals, loadSettings } from '@/utils/browser/settings-store';
import { dismissedOn, withoutDismissed } from '@/utils/dismissals';
import type { PageResult } from '@/utils/detect/types';
import type { TabState } from '@/utils/messages';
import { askTab } from '@/utils/browser/messaging';
import { applySensitivity, isPaused } from '@/utils/settings';
import { showBadge } from './badge';
import { loadTabState } from '@/utils/browser/tab-state';
import { injectMarks } from './stages';

export async function sensitiveResult(state: TabState): Promise<PageResult> {
  return applySensitivity(state.result, (await loadSettings()).sensitivity);
}

export async function visibleResult(state: TabState): Promise<PageResult | undefined> {
  const settings = await loadSettings();
  if (isPaused(settings, state.url)) return undefined;
  const result = applySensitivity(state.result, settings.sensitivity);
  return withoutDismissed(result, dismissedOn(await loadDismissals(), state.url));
}

/** Recounts the badge of a tab and hands its page the result to mark. */
export async function refreshTab(tabId: number): Promise<void> {
  const state = await loadTabState(tabId);
  if (!state) return;
  const result = await visibleResult(state);
  await showBadge(tabId, result);
  if (!result) return;
  // Highlighting turned on, or a result that now has something to mark: the marks' code first.
  if (result.topic && (await loadSettings()).highlight) await injectMarks(tabId, 0, state.documentId);
  await askTab(tabId, { type: 'page-result', result });
}

/** After a settings change: every tab with a result. */
export async function refreshAllTabs(): Promise<void> {
  const all = await browser.storage.session.get(null).catch(() => ({}) as Record<string, unknown>);
  const ids = Object.keys(all).flatMap((k) => (/^tab:\d+$/.test(k) ? [Number(k.slice(4))] : []));
  await Promise.all(ids.map(refreshTab));
}
