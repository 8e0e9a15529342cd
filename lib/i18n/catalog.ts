/**
 * Every UI string of the extension. The build writes them to `_locales/<lang>/messages.json` (the
 * extension's i18n mechanism, used by the manifest); the UI reads the same catalog at run time so the CM
 * can override the browser's language in the settings.
 */
import type { Dictionary } from './define';
import { composerMessages } from './messages/composer';
import { coreMessages } from './messages/core';
import { highlightsMessages } from './messages/highlights';
import { optionsMessages } from './messages/options';
import { popupMessages } from './messages/popup';

export const catalog = {
  ...coreMessages,
  ...highlightsMessages,
  ...composerMessages,
  ...optionsMessages,
  ...popupMessages,
} satisfies Dictionary;

export type MessageKey = keyof typeof catalog;
