import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Worker } from 'playwright-core';
import { assertBuilt, CHROMIUM_PATH, defaultExtensionDir } from './paths';
import { playwrightPage } from './playwright-page';
import { makeSession } from './session';
import type { LaunchOptions, LooseFunction, PageFunction, Session } from './types';

const LOCALES = { en: 'en-US', fr: 'fr-FR' } as const;

/** Chromium with the unpacked build, a fresh profile, and every platform hostname mapped to the site server. */
export async function launchChromium(options: LaunchOptions): Promise<Session> {
  const extensionDir = options.extensionDir ?? defaultExtensionDir('chromium');
  assertBuilt(extensionDir, 'chromium');
  const locale = LOCALES[options.locale ?? 'en'];
  const profile = await mkdtemp(join(tmpdir(), 'tact-chromium-'));
  const hostRules = options.server.hosts.map((h) => `MAP ${h} 127.0.0.1:${options.server.port}`).join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
    // On Linux Chromium takes its UI language (chrome.i18n.getUILanguage) from LANGUAGE, not only --lang.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8` },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${locale}`,
      `--host-resolver-rules=${hostRules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    const currentWorker = () => context.serviceWorkers().find(isOurs) ?? worker;
    return makeSession({
      browser: 'chromium',
      extensionOrigin,
      async newPage(url) {
        const page = playwrightPage(await context.newPage());
        await page.goto(url);
        return page;
      },
      evaluateInWorker: <Result, Arg>(fn: PageFunction<Arg, Result>, arg?: Arg) =>
        currentWorker().evaluate(fn as LooseFunction, arg) as Promise<Result>,
      async closeBrowser() {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    });
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
