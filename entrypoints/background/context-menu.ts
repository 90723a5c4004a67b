// "Look up in Durand Lens" on selected text: opens the popup's search with the selection.
import { browser } from 'wxt/browser';

const MENU_ID = 'durand-lens-lookup';

export function registerContextMenu(): void {
  // Firefox for Android has no context menus: the lookup stays in the popup's search.
  if (!browser.contextMenus) return;
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus
      .removeAll()
      .then(() => browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('lookUpSelection'), contexts: ['selection'] }));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    const query = info.selectionText.trim().slice(0, 100);
    const params = new URLSearchParams({ q: query, ...(tab?.id !== undefined ? { tabId: String(tab.id) } : {}) });
    void browser.windows
      .create({ url: browser.runtime.getURL(`/popup.html?${params}` as '/popup.html'), type: 'popup', width: 500, height: 640 })
      .catch(() => browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?${params}` as '/popup.html') }));
  });
}
