// The user's settings: their shape, defaults, and the repair of whatever storage hands back.
// Pure: the storage items that hold them live in utils/browser/settings-store.ts.
import type { PageResult } from './detect/types';

export const SENSITIVITIES = ['low', 'normal', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export interface Settings {
  /** Mark the matched sentences on the page, with a marker that opens the figures. */
  highlight: boolean;
  /** How readily a page counts as reporting the clashes. */
  sensitivity: Sensitivity;
  /** Sites (host names) where the extension reads nothing. */
  pausedSites: string[];
}

/** Where they are kept in storage.local. */
export const SETTINGS_KEY = 'settings';

/** Bumped with a migration in utils/browser/settings-store.ts whenever the stored shape changes. */
export const SETTINGS_VERSION = 1;

// Highlighting is on by default: it only ever shows on the few pages that report the clashes, it leaves
// the page's text and layout alone, and it is how a reader finds the figures without opening the popup.
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ highlight: true, sensitivity: 'normal', pausedSites: [] });

/** Most sites a user can pause; beyond it the oldest are dropped. */
export const MAX_PAUSED_SITES = 1000;

/**
 * The page's topic score needed for each sensitivity. `normal` is the detector's own threshold
 * (measured on the labelled corpus); `low` asks for pages chiefly about the clashes; `high` also shows
 * pages where a look-alike story weakens the evidence. The background analyses with the lowest
 * threshold, so each setting applies at once to results already in hand.
 */
export const TOPIC_THRESHOLD: Record<Sensitivity, number> = { low: 0.75, normal: 0.4, high: 0.25 };

/** Settings from anything storage returned: each valid field kept, each broken or missing one defaulted. */
export function parseSettings(raw: unknown): Settings {
  const o = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    highlight: typeof o.highlight === 'boolean' ? o.highlight : DEFAULT_SETTINGS.highlight,
    sensitivity: (SENSITIVITIES as readonly unknown[]).includes(o.sensitivity)
      ? (o.sensitivity as Sensitivity)
      : DEFAULT_SETTINGS.sensitivity,
    pausedSites: Array.isArray(o.pausedSites) ? normalizeSites(o.pausedSites) : [],
  };
}

function normalizeSites(list: unknown[]): string[] {
  const sites = list.map((s) => (typeof s === 'string' ? siteKey(s) : undefined)).filter((s): s is string => !!s);
  return [...new Set(sites)].slice(-MAX_PAUSED_SITES);
}

/** The site a URL or host name belongs to, as a pause is kept: lower-case host name, without "www.". */
export function siteKey(urlOrHost: string): string | undefined {
  const text = urlOrHost.trim();
  if (!text) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return undefined;
  }
  host = host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return /^[a-z0-9.[\]:-]+$/.test(host) && host.length <= 253 ? host : undefined;
}

/** Whether the extension is paused on the page: its site or a site it is a subdomain of is paused. */
export function isPaused(settings: Pick<Settings, 'pausedSites'>, url: string): boolean {
  // Asked on every page: most users pause nothing, and then no address needs parsing.
  if (settings.pausedSites.length === 0) return false;
  const site = siteKey(url);
  if (!site || !/^https?:/i.test(url)) return false;
  return settings.pausedSites.some((p) => site === p || site.endsWith(`.${p}`));
}

export function withSitePaused(settings: Settings, url: string, paused: boolean): Settings {
  const site = siteKey(url);
  if (!site) return settings;
  // Resuming a subdomain resumes the paused parent too: otherwise the button would seem to do nothing.
  const others = settings.pausedSites.filter((p) => p !== site && (paused || !site.endsWith(`.${p}`)));
  return { ...settings, pausedSites: paused ? normalizeSites([...others, site]) : others };
}

/** The result as the user's sensitivity sees it: a page under the threshold is not about the topic. */
export function applySensitivity(result: PageResult, sensitivity: Sensitivity): PageResult {
  const topic = result.topic && result.score >= TOPIC_THRESHOLD[sensitivity];
  if (topic === result.topic) return result;
  return topic ? { ...result, topic } : { ...result, topic, events: [], figures: [] };
}

/** The settings as one page's full reader needs them. It reads no storage: the background hands them over. */
export interface ReaderSettings {
  highlight: boolean;
  paused: boolean;
}

/** What holds for the reader of the page at `url`. */
export const readerSettings = (settings: Settings, url: string): ReaderSettings => ({
  highlight: settings.highlight,
  paused: isPaused(settings, url),
});
