// UI strings come from _locales through browser.i18n, so the extension can be translated.
import { browser } from 'wxt/browser';

export { messageKey } from '@/utils/display/rules';

export function t(name: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(name as never, substitutions as never) || name;
}
