#!/usr/bin/env node
/**
 * `npm run demo [-- --fr] [-- --no-build]`: builds the Chrome extension and opens Chromium with it on a local imitation of a
 * post on X (demo/, served as https://x.com/tact_demo/status/1 on this machine only).
 * With a display: a window that stays open until Ctrl+C. Without one: headless, writes screenshots of the
 * page and of the popup to demo-output/ and exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_URL = 'https://x.com/tact_demo/status/1';
const locale = process.argv.includes('--fr') ? 'fr' : 'en';
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
const outDir = process.env.TACT_OUT_DIR || '.output';

function build() {
  console.log(`Building the Chrome extension into ${outDir}/chrome-mv3 …`);
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error('The build failed: see the messages above.');
    process.exit(result.status ?? 1);
  }
}

/** Waits until Tact has judged the replies (contract 2 markers), or gives up quietly after `timeout`. */
async function settle(page, timeout) {
  await page
    .waitFor(
      () => document.querySelectorAll('article[data-testid="tweet"][data-tact-risk]').length >= 12,
      undefined,
      {
        timeout,
      },
    )
    .catch(() => console.log('(No Tact markers on the replies yet: taking the screenshots as the page is.)'));
  await new Promise((done) => setTimeout(done, 500));
}

async function main() {
  if (!process.argv.includes('--no-build')) build();
  // The harness (TypeScript) serves the demo under x.com and starts Chromium with the build.
  register();
  const { launch, startSiteServer } = await import('../tests/e2e/harness/index.ts');
  const server = await startSiteServer({ hostRoots: { 'x.com': join(root, 'demo') } });
  const session = await launch('chromium', {
    server,
    locale,
    headless: !headed,
    viewport: { width: 1280, height: 900 },
  });
  const stop = async () => {
    await session.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  };
  try {
    const page = await session.newPage(DEMO_URL);
    if (headed) {
      console.log(`Tact is loaded in Chromium on ${DEMO_URL} (a local page). Press Ctrl+C to quit.`);
      await new Promise((done) => {
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
      });
      return;
    }
    await settle(page, 8000);
    const folder = join(root, 'demo-output');
    await mkdir(folder, { recursive: true });
    const files = {
      page: join(folder, 'demo-page.png'),
      badge: join(folder, 'demo-badge.png'),
      composer: join(folder, 'demo-reply-box.png'),
      popup: join(folder, 'demo-popup.png'),
    };
    // Badges are drawn for the comments near the viewport: make the whole thread visible for the full-page shot.
    await page.setViewport({ width: 1280, height: 2100 });
    await new Promise((done) => setTimeout(done, 800));
    await page.screenshot(files.page, { fullPage: true });
    await page.setViewport({ width: 1280, height: 900 });
    // A badge opened: why the comment is risky, the clause's action and its approved replies.
    await page.evaluate(() =>
      document.querySelectorAll('[data-tact-risk="high"]')[0]?.scrollIntoView({ block: 'start' }),
    );
    await page.click('tact-badge button').catch(() => undefined);
    await new Promise((done) => setTimeout(done, 400));
    await page.screenshot(files.badge);
    // A focused reply box is where Tact offers its templates.
    await page.focus('[data-testid="tweetTextarea_0"]');
    await new Promise((done) => setTimeout(done, 600));
    await page.screenshot(files.composer);
    const popup = await session.openExtensionPage('popup.html');
    await popup.setViewport({ width: 380, height: 600 });
    await popup.getByRole('heading', { name: 'Tact' }).catch(() => undefined);
    await new Promise((done) => setTimeout(done, 300));
    await popup.screenshot(files.popup);
    console.log(`Screenshots written to ${folder}:`);
    for (const file of Object.values(files)) console.log(`  ${relative(root, file)}`);
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
