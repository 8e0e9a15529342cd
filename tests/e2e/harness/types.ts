/**
 * The e2e harness contract (COMMON.md): tests written against these types run unchanged in Chromium
 * (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi).
 */

import type { MessageName, RequestOf, ResponseOf } from '../../../lib/messaging/protocol';

export type BrowserName = 'chromium' | 'firefox';

export interface SiteServer {
  /** Port of the HTTPS server (Chromium maps every hostname to it). */
  port: number;
  /** Port of the plain HTTP proxy that tunnels CONNECT to the HTTPS server (Firefox uses it through a PAC script). */
  proxyPort: number;
  /** The hostnames served, e.g. `x.com`, `www.reddit.com`. */
  hosts: readonly string[];
  close(): Promise<void>;
}

export interface SiteServerOptions {
  /** Folder holding one sub-folder per hostname; default tests/e2e/www. */
  root?: string;
  /** Serve a hostname from another folder, e.g. `{ 'x.com': 'demo' }` for the demo. */
  hostRoots?: Record<string, string>;
}

export type Locale = 'en' | 'fr';

export interface LaunchOptions {
  server: SiteServer;
  /** The browser's UI language; default `en`. */
  locale?: Locale;
  /** The unpacked build; default `${TACT_OUT_DIR || '.output'}/chrome-mv3` or `/firefox-mv2`. */
  extensionDir?: string;
  /** Headed run (the demo with a display); default headless. */
  headless?: boolean;
  /** Window / viewport size of new pages; default 1280x900. */
  viewport?: { width: number; height: number };
}

export interface WaitOptions {
  /** Milliseconds; default 10000. */
  timeout?: number;
}

/** The drivers serialise the function: its static type only matters to the caller. */
export type LooseFunction = (arg: unknown) => unknown;

/** A serialisable function evaluated in a page's main world (or the background). */
export type PageFunction<Arg, Result> = (arg: Arg) => Result | Promise<Result>;

/** An element found by role and accessible name: enough to act on it and assert on it. */
export interface TestElement {
  click(): Promise<void>;
  focus(): Promise<void>;
  textContent(): Promise<string>;
  getAttribute(name: string): Promise<string | null>;
  isVisible(): Promise<boolean>;
}

export interface RoleQuery {
  /** Accessible name; a string matches exactly (after trimming), a RegExp is tested. */
  name?: string | RegExp;
}

export interface TestPage {
  readonly browser: BrowserName;
  url(): string;
  /** Navigates and waits for `load`; extension pages in Firefox wait for the document to be complete. */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page's main world. */
  evaluate<Result, Arg = undefined>(fn: PageFunction<Arg, Result>, arg?: Arg): Promise<Result>;
  /** Polls `fn` in the page until it returns a truthy value, which is returned. */
  waitFor<Result, Arg = undefined>(
    fn: PageFunction<Arg, Result>,
    arg?: Arg,
    options?: WaitOptions,
  ): Promise<Result>;
  /** Waits for a CSS selector (piercing open shadow roots) to be attached. */
  waitForSelector(selector: string, options?: WaitOptions): Promise<void>;
  /** Clicks the first element matching a CSS selector; the selector pierces open shadow roots. */
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Types text with the keyboard into the focused element. */
  type(text: string): Promise<void>;
  /** Presses a key or chord: 'Enter', 'ArrowDown', 'Escape', 'Alt+Shift+T', 'Control+a'. */
  press(keys: string): Promise<void>;
  /** The element with this ARIA role and accessible name, waited for (visible) up to the timeout. */
  getByRole(role: string, query?: RoleQuery, options?: WaitOptions): Promise<TestElement>;
  /** How many elements have this role and name right now (0 when none: for asserting absence). */
  countByRole(role: string, query?: RoleQuery): Promise<number>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseInfo {
  /** Dexie's version number (IndexedDB's version divided by 10, Dexie's convention). */
  version: number;
  idbVersion: number;
  tables: string[];
}

export interface Session {
  readonly browser: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` (no trailing slash). */
  readonly extensionOrigin: string;
  /** Opens a new tab on `url` (waits for load). */
  newPage(url: string): Promise<TestPage>;
  /** Opens an extension page, e.g. `popup.html` or `options.html#/templates`, once its document is complete. */
  openExtensionPage(path: string): Promise<TestPage>;
  /**
   * Evaluates in the extension's background context (Chromium service worker). Firefox's background page
   * is not reachable over BiDi: there it runs in a hidden extension page, which shares the background's
   * origin (IndexedDB, storage, runtime messaging) but not its globals.
   */
  evaluateInBackground<Result, Arg = undefined>(fn: PageFunction<Arg, Result>, arg?: Arg): Promise<Result>;
  /** All rows of a table of the extension's IndexedDB `tact` (read without Dexie). */
  readDatabase<Row = unknown>(table: string): Promise<Row[]>;
  /** The `tact` database's version and table names, or null when it does not exist. */
  databaseInfo(): Promise<DatabaseInfo | null>;
  /** Sends one message of the typed protocol (lib/messaging/protocol.ts) as an extension page would. */
  sendMessage<K extends MessageName>(name: K, data: RequestOf<K>): Promise<ResponseOf<K>>;
  /**
   * Writes settings rows ({key, value}) into the `settings` table and bumps the revision, so content
   * scripts refresh. Extension pages opened afterwards see the change; open ones do not (Dexie's live
   * queries only observe writes made through Dexie): reload or reopen them.
   */
  writeSettings(patch: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}
