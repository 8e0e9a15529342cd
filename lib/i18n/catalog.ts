/**
 * Every UI string of the extension. The build writes them to `_locales/<lang>/messages.json` (the
 * extension's i18n mechanism, used by the manifest); the UI reads the same catalog at run time so the CM
 * can override the browser's language in the settings.
 */
import type { Dictionary } from './define';
import { coreMessages } from './messages/core';

export const catalog = {
  ...coreMessages,
} satisfies Dictionary;

export type MessageKey = keyof typeof catalog;
