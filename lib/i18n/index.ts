import type { Lang } from '../model';
import { catalog, type MessageKey } from './catalog';
import { fillMessage } from './define';

export type { MessageKey };

/** `fr` for any French locale (fr, fr-FR, fr-CA…), `en` otherwise. */
export function langOfLocale(locale: string | undefined | null): Lang {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function resolveLanguage(setting: 'auto' | Lang, browserLocale: string | undefined): Lang {
  return setting === 'auto' ? langOfLocale(browserLocale) : setting;
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, values) => {
    const pair = catalog[key];
    return pair ? fillMessage(pair[lang], values) : key;
  };
}
