import type { MessageName, RequestOf, ResponseOf } from '../../../lib/messaging/protocol';
import {
  databaseInfoInContext,
  readTableInContext,
  sendMessageInContext,
  writeSettingsInContext,
} from './extension-scripts';
import type { BrowserName, PageFunction, Session, TestPage } from './types';

const DB_NAME = 'tact';
const REVISION_KEY = 'tact:revision';
/** Any page of the extension gives its origin's IndexedDB, storage and runtime messaging. */
const UTILITY_PAGE = 'popup.html';

export interface Driver {
  browser: BrowserName;
  extensionOrigin: string;
  newPage(url: string): Promise<TestPage>;
  /** Chromium: the service worker. Firefox: undefined (an extension page stands in). */
  evaluateInWorker?: <Result, Arg>(fn: PageFunction<Arg, Result>, arg?: Arg) => Promise<Result>;
  closeBrowser(): Promise<void>;
}

/** The browser-independent half of a Session, built on a driver. */
export function makeSession(driver: Driver): Session {
  let utilityPage: Promise<TestPage> | undefined;
  const inExtensionPage = async <Result, Arg>(fn: PageFunction<Arg, Result>, arg?: Arg) => {
    utilityPage ??= driver.newPage(`${driver.extensionOrigin}/${UTILITY_PAGE}`);
    return (await utilityPage).evaluate(fn, arg);
  };
  const evaluateInBackground = <Result, Arg = undefined>(fn: PageFunction<Arg, Result>, arg?: Arg) =>
    driver.evaluateInWorker ? driver.evaluateInWorker(fn, arg) : inExtensionPage(fn, arg);

  return {
    browser: driver.browser,
    extensionOrigin: driver.extensionOrigin,
    newPage: (url) => driver.newPage(url),
    openExtensionPage: (path) => driver.newPage(`${driver.extensionOrigin}/${path.replace(/^\//, '')}`),
    evaluateInBackground,
    readDatabase: async <Row>(table: string) =>
      (await evaluateInBackground(readTableInContext, { name: DB_NAME, table })) as Row[],
    databaseInfo: () => evaluateInBackground(databaseInfoInContext, DB_NAME),
    writeSettings: (patch) =>
      evaluateInBackground(writeSettingsInContext, { name: DB_NAME, patch, revisionKey: REVISION_KEY }),
    sendMessage: async <K extends MessageName>(name: K, data: RequestOf<K>) =>
      (await inExtensionPage(sendMessageInContext, { name, data })) as ResponseOf<K>,
    async close() {
      await driver.closeBrowser();
    },
  };
}
