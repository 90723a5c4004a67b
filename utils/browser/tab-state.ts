// Per-tab results, kept in session storage so they survive a service-worker restart, and dropped
// when the tab navigates or closes.
import { browser } from 'wxt/browser';
import type { TabState } from '@/utils/messages';

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function loadTabState(tabId: number): Promise<TabState | undefined> {
  try {
    const stored = await browser.storage.session.get(key(tabId));
    const state = stored[key(tabId)] as TabState | undefined;
    // Anything malformed (an older version's shape, a broken write) counts as no result.
    return state &&
      typeof state.url === 'string' &&
      typeof state.documentId === 'string' &&
      state.result &&
      Array.isArray(state.result.events)
      ? state
      : undefined;
  } catch {
    return undefined;
  }
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
