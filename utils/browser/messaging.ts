// Sending the messages of utils/messages.ts: the reply comes back typed by the request's `type`.
import { browser } from 'wxt/browser';
import type { BackgroundMessages, BackgroundReply, ContentMessages, ContentReply, ToBackground, ToContent } from '../messages';

/** Asks the background; rejects when it cannot be reached (restarting, or this script cut off by an update). */
export function askBackground<M extends ToBackground>(message: M): Promise<BackgroundReply<M['type'] & keyof BackgroundMessages>> {
  return browser.runtime.sendMessage(message) as Promise<BackgroundReply<M['type'] & keyof BackgroundMessages>>;
}

/** Asks a tab's full reader; undefined when the tab has none (a page stage 1 found nothing on, a closed tab). */
export async function askTab<M extends ToContent>(
  tabId: number,
  message: M,
): Promise<ContentReply<M['type'] & keyof ContentMessages> | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as ContentReply<M['type'] & keyof ContentMessages>;
  } catch {
    return undefined;
  }
}
