// The toolbar badge, per tab: how many dataset events the page is about.
import { browser } from 'wxt/browser';
import type { PageResult } from '@/utils/detect/types';

// Dark enough that the white badge text meets WCAG AA on it.
const BADGE_COLOUR = '#9a3412';

const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export async function showBadge(tabId: number, result: PageResult | undefined): Promise<void> {
  const count = result?.topic ? result.events.length : 0;
  const text = result?.topic ? (count > 0 ? String(count) : '•') : '';
  try {
    await action().setBadgeText({ tabId, text });
    if (text) await action().setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    const title =
      count > 0
        ? browser.i18n.getMessage('badgeTitle', [String(count)])
        : browser.i18n.getMessage(text ? 'badgeTitleUnknown' : 'actionTitle');
    await action().setTitle({ tabId, title });
  } catch {
    // The tab closed meanwhile.
  }
}
