/**
 * The e2e harness (COMMON.md): the built extension in Chromium (playwright-core) and Firefox ESR
 * (puppeteer-core over WebDriver BiDi), on pages served under the platforms' real hostnames over local TLS.
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { assertUiLanguage } from './locale-check';
import type { BrowserName, LaunchOptions, Session } from './types';

export { FIREFOX_EXTENSION_UUID } from './firefox';
export { defaultExtensionDir, outputDir } from './paths';
export { waitForBadgesToSettle } from './settle';
export { SITE_HOSTS, startSiteServer } from './site-server';
export type * from './types';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/**
 * Starts a browser with the extension loaded, a fresh profile, the site server's hostnames mapped, and its
 * UI language set to `locale` (checked: the extension's i18n.getUILanguage() must follow).
 */
export async function launch(browser: BrowserName, options: LaunchOptions): Promise<Session> {
  const session = await (browser === 'chromium' ? launchChromium(options) : launchFirefox(options));
  await assertUiLanguage(session, options.locale ?? 'en');
  return session;
}
