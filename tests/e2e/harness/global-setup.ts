import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { outputDir } from './paths';

/** E2E tests load the built extension: fail at once, with the command to run, when a build is missing. */
export default function checkBuilds(): void {
  const out = outputDir();
  const missing = [
    { dir: join(out, 'chrome-mv3'), command: 'npx wxt build' },
    { dir: join(out, 'firefox-mv2'), command: 'npx wxt build -b firefox' },
  ].filter(({ dir }) => !existsSync(join(dir, 'manifest.json')));
  if (missing.length > 0) {
    const prefix = process.env.TACT_OUT_DIR ? `TACT_OUT_DIR=${process.env.TACT_OUT_DIR} ` : '';
    throw new Error(
      `The e2e tests need the built extension. Missing: ${missing.map((m) => m.dir).join(', ')}.\n` +
        `Build it first: ${missing.map((m) => prefix + m.command).join(' && ')}`,
    );
  }
}
