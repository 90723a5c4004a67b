// Where settings and dismissals are stored (local storage, through WXT's storage helpers), and the one
// way every part of the extension reads them: parsed, so a corrupt value never reaches the UI.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION, parseSettings, type Settings } from '@/utils/settings';
import { parseDismissals, type Dismissals } from '@/utils/dismissals';

const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // Version n's migration turns version n-1's stored value into version n's; parseSettings repairs the rest.
  migrations: {},
});

const dismissalsItem = storage.defineItem<unknown>('local:dismissed', { fallback: {} });

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return parseSettings(undefined);
  }
}

/** Reads, changes and writes the settings; returns what was written. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}

export async function loadDismissals(): Promise<Dismissals> {
  try {
    return parseDismissals(await dismissalsItem.getValue());
  } catch {
    return {};
  }
}

export async function updateDismissals(change: (current: Dismissals) => Dismissals): Promise<Dismissals> {
  const next = change(await loadDismissals());
  await dismissalsItem.setValue(next);
  return next;
}
