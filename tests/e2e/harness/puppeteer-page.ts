import type { ElementHandle, KeyInput, Page } from 'puppeteer-core';
import { findByRoleInShadowRoots } from './shadow-roles';
import type { LooseFunction, PageFunction, RoleQuery, TestElement, TestPage, WaitOptions } from './types';

const DEFAULT_TIMEOUT = 10_000;
const MODIFIERS = new Set(['Alt', 'Control', 'Meta', 'Shift']);

/**
 * Playwright's CSS pierces open shadow roots at every descendant combinator; Puppeteer needs `>>>` for
 * that. Rewrites `a b > c` as `:root >>> a >>> b > c` (selectors with Puppeteer syntax pass unchanged).
 */
export function piercingSelector(selector: string): string {
  if (selector.includes('>>>') || selector.startsWith('pierce/') || selector.includes('::-p-'))
    return selector;
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector.charAt(i);
    if (quote) {
      current += ch;
      if (ch === quote && selector.charAt(i - 1) !== '\\') quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === '[' || ch === '(') {
      depth++;
      current += ch;
    } else if (ch === ']' || ch === ')') {
      depth--;
      current += ch;
    } else if (ch === ',' && depth === 0) {
      return selector
        .split(',')
        .map((s) => piercingSelector(s.trim()))
        .join(', ');
    } else if (/\s/.test(ch) && depth === 0) {
      // A run of blanks is a descendant combinator unless an explicit combinator is next to it.
      let j = i;
      while (j + 1 < selector.length && /\s/.test(selector.charAt(j + 1))) j++;
      const next = selector.charAt(j + 1);
      const previous = current.trimEnd().slice(-1);
      if ('>+~'.includes(next) || '>+~'.includes(previous) || current.trim() === '') {
        current += ' ';
      } else {
        parts.push(current.trim());
        current = '';
      }
      i = j;
    } else {
      current += ch;
    }
  }
  parts.push(current.trim());
  return [':root', ...parts].join(' >>> ');
}

function ariaSelector(role: string, name: string | undefined): string {
  const attrs = [`[role="${role}"]`];
  if (name !== undefined) attrs.unshift(`[name="${name.replace(/(["\\])/g, '\\$1')}"]`);
  return `::-p-aria(${attrs.join('')})`;
}

function handleElement(handle: ElementHandle<Element>): TestElement {
  return {
    click: () => handle.click(),
    focus: () => handle.focus(),
    textContent: () => handle.evaluate((el) => el.textContent ?? ''),
    getAttribute: (name) => handle.evaluate((el, n) => el.getAttribute(n), name),
    isVisible: () => handle.isVisible(),
  };
}

/** The accessible name as a page script can approximate it, for RegExp names (BiDi matches names exactly). */
function approximateName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ')
      .trim();
  }
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0)
    return Array.from(labels, (l) => l.textContent ?? '')
      .join(' ')
      .trim();
  return (el.textContent || el.getAttribute('title') || el.getAttribute('placeholder') || '')
    .replace(/\s+/g, ' ')
    .trim();
}

async function findByRole(page: Page, role: string, query: RoleQuery): Promise<ElementHandle<Element>[]> {
  const found = await findByRoleInLightDom(page, role, query);
  return found.length > 0 ? found : findByRoleInShadowRoots(page, role, query);
}

async function findByRoleInLightDom(
  page: Page,
  role: string,
  query: RoleQuery,
): Promise<ElementHandle<Element>[]> {
  if (!(query.name instanceof RegExp)) return page.$$(ariaSelector(role, query.name));
  const pattern = query.name;
  const candidates = await page.$$(ariaSelector(role, undefined));
  const names = await Promise.all(candidates.map((c) => c.evaluate(approximateName)));
  return candidates.filter((_c, i) => pattern.test(names[i] ?? ''));
}

/** TestPage over a Puppeteer page (Firefox over WebDriver BiDi). */
export function puppeteerPage(page: Page, extensionOrigin: string): TestPage {
  const gotoPage = async (url: string) => {
    if (url.startsWith(extensionOrigin)) {
      // Firefox never reports the load of a moz-extension:// page over BiDi: start the navigation without
      // awaiting it (it would only time out) and wait for the document instead.
      void page.goto(url, { timeout: 3000 }).catch(() => undefined);
      // Polled by hand: a waitForFunction that meets the realm being replaced fails at once over BiDi.
      const deadline = Date.now() + DEFAULT_TIMEOUT;
      for (;;) {
        const loaded = await page
          .evaluate(
            (expected: string) => location.href === expected && document.readyState === 'complete',
            url,
          )
          .catch(() => false);
        if (loaded) return;
        if (Date.now() > deadline) throw new Error(`${url} did not load within ${DEFAULT_TIMEOUT} ms`);
        await new Promise((done) => setTimeout(done, 50));
      }
    } else {
      await page.goto(url, { waitUntil: 'load' });
    }
  };
  const wait = async <Result, Arg>(fn: PageFunction<Arg, Result>, arg?: Arg, options: WaitOptions = {}) => {
    const handle = await page.waitForFunction(
      fn as LooseFunction,
      { timeout: options.timeout ?? DEFAULT_TIMEOUT, polling: 50 },
      arg,
    );
    const value = (await handle.jsonValue()) as Result;
    await handle.dispose();
    return value;
  };
  return {
    browser: 'firefox',
    url: () => page.url(),
    goto: gotoPage,
    evaluate: <Result, Arg>(fn: PageFunction<Arg, Result>, arg?: Arg) =>
      page.evaluate(fn as LooseFunction, arg as Arg) as Promise<Result>,
    waitFor: wait,
    async waitForSelector(selector, options = {}) {
      await page.waitForSelector(piercingSelector(selector), { timeout: options.timeout ?? DEFAULT_TIMEOUT });
    },
    async click(selector) {
      const handle = await page.waitForSelector(piercingSelector(selector), {
        visible: true,
        timeout: DEFAULT_TIMEOUT,
      });
      if (!handle) throw new Error(`No element for ${selector}`);
      await handle.click();
      await handle.dispose();
    },
    async focus(selector) {
      const handle = await page.waitForSelector(piercingSelector(selector), { timeout: DEFAULT_TIMEOUT });
      if (!handle) throw new Error(`No element for ${selector}`);
      await handle.focus();
      await handle.dispose();
    },
    type: (text) => page.keyboard.type(text),
    async press(keys) {
      const parts = keys.split('+');
      const key = parts.pop() || '+';
      const modifiers = parts.filter((p) => MODIFIERS.has(p)) as KeyInput[];
      for (const modifier of modifiers) await page.keyboard.down(modifier);
      await page.keyboard.press(key as KeyInput);
      for (const modifier of modifiers.reverse()) await page.keyboard.up(modifier);
    },
    async getByRole(role, query = {}, options = {}) {
      const deadline = Date.now() + (options.timeout ?? DEFAULT_TIMEOUT);
      for (;;) {
        for (const handle of await findByRole(page, role, query)) {
          if (await handle.isVisible()) return handleElement(handle);
        }
        if (Date.now() > deadline) {
          throw new Error(`No visible element with role ${role} and name ${String(query.name ?? '(any)')}`);
        }
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    countByRole: async (role, query = {}) => (await findByRole(page, role, query)).length,
    async screenshot(path, options = {}) {
      await page.screenshot({ path, fullPage: options.fullPage ?? false });
    },
    setViewport: (size) => page.setViewport(size),
    close: () => page.close(),
  };
}
