// What the full reader answers when the background or popup asks about its page.
import type { ToContent } from '@/utils/messages';
import type { PageSession } from './page-session';

export async function answerMessage(session: PageSession, message: ToContent): Promise<unknown> {
  switch (message.type) {
    case 'scan-status':
      return session.status();
    case 'show-evidence':
      return { shown: session.flash(message.location) };
    case 'page-result':
      session.show(message.result);
      return undefined;
    case 'settings':
      session.applySettings(message.settings);
      return undefined;
    default:
      return undefined;
  }
}
