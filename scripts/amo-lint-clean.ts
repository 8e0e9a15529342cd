import type { Plugin } from 'vite';

interface Rewrite {
  /** The end of the module's path under node_modules. */
  module: string;
  from: string;
  to: string;
  why: string;
}

/**
 * `web-ext lint` (the AMO linter) flags two library snippets that never run usefully in Tact, and a clean
 * lint is required. Each is rewritten at build time; when a library update changes the snippet the build
 * warns and the lint flags it again.
 */
const REWRITES: Rewrite[] = [
  {
    module: '/zod/v4/core/util.js',
    from: 'const F = Function;\n        new F("");\n        return true;',
    to: 'return false;',
    why: "zod's eval probe: an extension's CSP forbids eval, so zod always takes its eval-free path",
  },
  {
    module: '/react-dom/cjs/react-dom-client.production.js',
    from: '(domElement.innerHTML = key)',
    to: '(() => { throw Error("Tact renders no raw HTML: dangerouslySetInnerHTML is not supported"); })()',
    why: "React's dangerouslySetInnerHTML: Tact never renders raw HTML (biome forbids it in our code)",
  },
];

export function amoLintClean(): Plugin {
  return {
    name: 'tact-amo-lint-clean',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      const rewrites = REWRITES.filter((r) => path.endsWith(r.module));
      if (rewrites.length === 0) return null;
      let out = code;
      for (const rewrite of rewrites) {
        if (!out.includes(rewrite.from)) {
          this.warn(`${rewrite.module} changed; not rewritten (${rewrite.why})`);
          continue;
        }
        out = out.split(rewrite.from).join(rewrite.to);
      }
      return { code: out, map: null };
    },
  };
}
