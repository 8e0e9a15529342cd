/**
 * The one message protocol between content scripts, extension pages and the background.
 * Each entry maps a message name to its request and its response; nothing else travels.
 */
import type { Brand, Charter, Interaction, Lang, Settings, Severity, Template } from '../model';
import type { Platform } from '../platforms';
import type { SerializedCharter } from '../risk/serialize';
import type { Verdict } from '../risk/types';

/** What a content script needs to judge a page and answer on it. */
export interface PageContext {
  brand: Brand | null;
  charter: Charter | null;
  templates: Template[];
  settings: Settings;
  /** The UI language after resolving `auto` against the browser. */
  uiLanguage: Lang;
  /** The CM silenced Tact on this page or this whole site (popup): no highlights, badges, picker or guard. */
  silenced: boolean;
  /** Bumped whenever brands, charters, templates or settings change. */
  revision: number;
}

export type NewInteraction = Omit<Interaction, 'id' | 'at' | 'brandId'> & {
  at?: number;
  brandId?: string | null;
};

export interface TodayFigures {
  day: string;
  byPlatform: Partial<Record<Platform, { replied: number; moderated: number; inserted: number }>>;
  replied: number;
  moderated: number;
  riskySeen: number;
}

/** A tab whose content script asked the background for its page context. */
export interface TabStatus {
  tabId: number;
  url: string;
  platform: Platform;
  /** Epoch milliseconds of the tab's last getPageContext. */
  contextRequestedAt: number;
}

export interface Protocol {
  /** Content script start-up and refresh: the brand that owns this URL, its charter and templates. */
  getPageContext(req: { url: string }): PageContext;
  /**
   * A charter compiled once by the background, for a tab to adopt instead of compiling it again;
   * null when there is no such charter (any more).
   */
  getCompiledCharter(req: {
    charterId: string;
    updatedAt: number;
    /** `drafts`: the charter as the reply box guard applies it (lib/insertion/draft-guard). */
    variant?: 'comments' | 'drafts';
  }): SerializedCharter | null;
  /**
   * Judges a tab's comments against a charter compiled in the background: a verdict per text, in order, null
   * for a clean one; null for the whole answer when that charter revision is gone.
   */
  judgeTexts(req: { charterId: string; updatedAt: number; texts: string[] }): Array<Verdict | null> | null;
  /** Log one action; `replied` logged for a permalink that has an `inserted` record turns it into a reply. */
  logInteraction(req: NewInteraction): { id: string };
  /** The content script reports how many risky comments the tab shows, for the toolbar badge. */
  reportPageRisk(req: { count: number; highest: Severity; riskyKeys?: string[] }): { ok: true };
  /** Today's figures for the popup. */
  getTodayFigures(req: { now?: number }): TodayFigures;
  /** Silence or un-silence Tact on a page or a whole site. */
  setSilenced(req: { scope: 'page' | 'site'; url: string; silenced: boolean }): { silenced: boolean };
  /** The checklist or the reminder setting changed: schedule today's reminders and the rollover again. */
  rescheduleReminders(req: Record<string, never>): { scheduled: number };
  /** Seeds the starter content again (options page "restore starter content"). */
  restoreStarterContent(req: { replace: boolean }): { added: number };
  /** Whether a tab's content script has started (asked for its page context); null when not seen. */
  getTabStatus(req: { tabId?: number; url?: string }): TabStatus | null;
}

export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = Parameters<Protocol[K]>[0];
export type ResponseOf<K extends MessageName> = ReturnType<Protocol[K]>;

export interface Envelope<K extends MessageName = MessageName> {
  tact: 1;
  name: K;
  data: RequestOf<K>;
}

export type Reply<K extends MessageName = MessageName> =
  | { ok: true; value: ResponseOf<K> }
  | { ok: false; error: string };

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { tact?: unknown }).tact === 1 &&
    typeof (message as { name?: unknown }).name === 'string'
  );
}
