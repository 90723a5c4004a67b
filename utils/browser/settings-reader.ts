// The content script's view of the settings: read straight from storage.local, without WXT's storage
// helpers (17 kB more on every page). The popup and options write them through
// utils/browser/settings-store.ts; a value stored by an older version is repaired by parseSettings here
// and migrated by the first extension page that reads it.
import { browser } from 'wxt/browser';
import { SETTINGS_KEY, parseSettings, type Settings } from '@/utils/settings';

export async function readSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored?.[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  });
}
