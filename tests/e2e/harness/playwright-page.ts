import type { Locator, Page } from 'playwright-core';
import type { LooseFunction, PageFunction, RoleQuery, TestElement, TestPage, WaitOptions } from './types';

type AriaRole = Parameters<Page['getByRole']>[0];
const DEFAULT_TIMEOUT = 10_000;

function locatorElement(locator: Locator): TestElement {
  return {
    click: () => locator.click(),
    focus: () => locator.focus(),
    textContent: async () => (await locator.textContent()) ?? '',
    getAttribute: (name) => locator.getAttribute(name),
    isVisible: () => locator.isVisible(),
  };
}

/** TestPage over a Playwright page (Chromium). Playwright's CSS engine already pierces open shadow roots. */
export function playwrightPage(page: Page): TestPage {
  const byRole = (role: string, query: RoleQuery = {}) =>
    page.getByRole(role as AriaRole, query.name === undefined ? {} : { name: query.name, exact: true });
  return {
    browser: 'chromium',
    url: () => page.url(),
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: <Result, Arg>(fn: PageFunction<Arg, Result>, arg?: Arg) =>
      page.evaluate(fn as LooseFunction, arg) as Promise<Result>,
    async waitFor<Result, Arg>(fn: PageFunction<Arg, Result>, arg?: Arg, options: WaitOptions = {}) {
      const handle = await page.waitForFunction(fn as LooseFunction, arg, {
        timeout: options.timeout ?? DEFAULT_TIMEOUT,
        polling: 50,
      });
      const value = (await handle.jsonValue()) as Result;
      await handle.dispose();
      return value;
    },
    async waitForSelector(selector, options = {}) {
      await page
        .locator(selector)
        .first()
        .waitFor({ state: 'attached', timeout: options.timeout ?? DEFAULT_TIMEOUT });
    },
    click: (selector) => page.locator(selector).first().click(),
    focus: (selector) => page.locator(selector).first().focus(),
    type: (text) => page.keyboard.type(text),
    press: (keys) => page.keyboard.press(keys),
    async getByRole(role, query, options = {}) {
      const locator = byRole(role, query).first();
      await locator.waitFor({ state: 'visible', timeout: options.timeout ?? DEFAULT_TIMEOUT });
      return locatorElement(locator);
    },
    countByRole: (role, query) => byRole(role, query).count(),
    async screenshot(path, options = {}) {
      await page.screenshot({ path, fullPage: options.fullPage ?? false });
    },
    setViewport: (size) => page.setViewportSize(size),
    close: () => page.close(),
  };
}
