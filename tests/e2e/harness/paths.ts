import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserName } from './types';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const WWW_ROOT = resolve(REPO_ROOT, 'tests/e2e/www');

/** Where the builds are: `$TACT_OUT_DIR` (parallel work, CI) or WXT's default `.output`. */
export function outputDir(): string {
  return resolve(REPO_ROOT, process.env.TACT_OUT_DIR || '.output');
}

export function defaultExtensionDir(browser: BrowserName): string {
  return resolve(outputDir(), browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
}

export function assertBuilt(dir: string, browser: BrowserName): void {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    const flag = browser === 'firefox' ? ' -b firefox' : '';
    throw new Error(`No ${browser} build in ${dir}: run \`npx wxt build${flag}\` first.`);
  }
}

export const CHROMIUM_PATH = process.env.TACT_CHROMIUM || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.TACT_FIREFOX || '/usr/bin/firefox-esr';
