/**
 * Bundles each editor test page (tests/e2e/www/_shared/editors/src/<name>.ts|tsx) with the real npm editor
 * library into tests/e2e/www/_shared/editors/dist/<name>.html + .js. Run before the e2e tests:
 *   node tests/e2e/editors/build.mjs
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../www/_shared/editors');
const src = join(root, 'src');
const dist = join(root, 'dist');

/** Draft.js needs React 18 (findDOMNode); every other page uses the project's React. */
const REACT18 = { react: 'react18', 'react-dom': 'react-dom18' };

const pages = (await readdir(src))
  .filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts') && !file.startsWith('page.'))
  .map((file) => file.replace(/\.tsx?$/, ''));

await mkdir(dist, { recursive: true });
await Promise.all(
  pages.map(async (name) => {
    const entry = (await readdir(src)).find((file) => file.replace(/\.tsx?$/, '') === name);
    await build({
      entryPoints: [join(src, entry)],
      outfile: join(dist, `${name}.js`),
      bundle: true,
      format: 'iife',
      target: 'es2020',
      jsx: 'automatic',
      minify: true,
      logLevel: 'warning',
      alias: name === 'draft' ? REACT18 : {},
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    });
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body><script src="./${name}.js"></script></body></html>\n`;
    await writeFile(join(dist, `${name}.html`), html);
  }),
);
console.log(`editor pages built: ${pages.join(', ')} → ${dist}`);
