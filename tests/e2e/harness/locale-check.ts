import type { Locale, Session } from './types';

const LANGUAGE_PACKS = {
  chromium: 'the Debian package chromium-l10n (/usr/lib/chromium/locales/fr.pak)',
  firefox: 'the Debian package firefox-esr-l10n-fr (a langpack in /usr/lib/firefox-esr/browser/extensions/)',
} as const;

/**
 * The browser falls back to English without its language pack, and the test would then check the wrong
 * thing: fail at launch instead, naming what to install.
 */
export async function assertUiLanguage(session: Session, locale: Locale): Promise<void> {
  // `@@ui_locale` is the locale the extension's messages really come from; getUILanguage() alone can be
  // an emulated value (Playwright's `locale` option overrides it in Chromium).
  const uiLanguage = await session.evaluateInBackground(() => {
    type I18nApi = { i18n: { getUILanguage(): string; getMessage(name: string): string } };
    const scope = globalThis as unknown as { browser?: I18nApi; chrome?: I18nApi };
    const api = scope.browser ?? scope.chrome;
    return api ? `${api.i18n.getMessage('@@ui_locale')} ${api.i18n.getUILanguage()}` : '';
  });
  if (!uiLanguage.split(' ').every((tag) => tag.toLowerCase().startsWith(locale))) {
    await session.close();
    throw new Error(
      `${session.browser} was asked for the UI language "${locale}" but the extension sees "${uiLanguage}". ` +
        `Install ${LANGUAGE_PACKS[session.browser]}.`,
    );
  }
}
