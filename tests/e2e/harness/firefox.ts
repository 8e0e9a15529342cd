import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { assertBuilt, defaultExtensionDir, FIREFOX_PATH } from './paths';
import { puppeteerPage } from './puppeteer-page';
import { makeSession } from './session';
import type { LaunchOptions, Session, SiteServer } from './types';

/** A fixed internal UUID, so the extension's origin is known before it is installed. */
export const FIREFOX_EXTENSION_UUID = '6f1c2a5e-3b7d-4c8e-9a0f-7d5e4b3c2a1f';
const LOCALES = { en: 'en-US', fr: 'fr-FR' } as const;

async function geckoId(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Firefox cannot remap DNS from the command line: a PAC script sends the platforms' hostnames to the
 * site server's CONNECT proxy (which tunnels to the HTTPS server) and everything else nowhere.
 */
function proxyAutoConfig(server: SiteServer): string {
  const script = `function FindProxyForURL(url, host) {
  var hosts = ${JSON.stringify(Object.fromEntries(server.hosts.map((h) => [h, true])))};
  return hosts[host.toLowerCase()] ? "PROXY 127.0.0.1:${server.proxyPort}" : "DIRECT";
}`;
  return `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(script)}`;
}

/** Firefox ESR over WebDriver BiDi with the build installed as a temporary add-on. */
export async function launchFirefox(options: LaunchOptions): Promise<Session> {
  const extensionDir = options.extensionDir ?? defaultExtensionDir('firefox');
  assertBuilt(extensionDir, 'firefox');
  const locale = LOCALES[options.locale ?? 'en'];
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    acceptInsecureCerts: true,
    defaultViewport: options.viewport ?? { width: 1280, height: 900 },
    // Needed to open moz-extension:// pages over BiDi (Firefox 153).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [await geckoId(extensionDir)]: FIREFOX_EXTENSION_UUID,
      }),
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': proxyAutoConfig(options.server),
      'intl.locale.requested': locale,
      'intl.accept_languages': `${locale}, ${locale.slice(0, 2)}`,
    },
  });
  try {
    await browser.installExtension(extensionDir);
    return makeSession({
      browser: 'firefox',
      extensionOrigin,
      async newPage(url) {
        const page = puppeteerPage(await browser.newPage(), extensionOrigin);
        await page.goto(url);
        return page;
      },
      async closeBrowser() {
        await browser.close();
      },
    });
  } catch (error) {
    await browser.close();
    throw error;
  }
}
