import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/database';
import { readSettings } from '@/lib/db/settings-store';
import { resolveLanguage, type Translate, translator } from '@/lib/i18n';
import type { Lang } from '@/lib/model';

interface I18n {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'en', t: translator('en') });

/** The language of the extension pages: the CM's setting, else the browser's. `lang` forces it (tests). */
export function I18nProvider({ children, lang }: { children: ReactNode; lang?: Lang }) {
  const setting = useLiveQuery(async () => (await readSettings(getDb())).uiLanguage, [], undefined);
  const resolved: Lang = lang ?? resolveLanguage(setting ?? 'auto', browser.i18n.getUILanguage());
  const value = useMemo(() => ({ lang: resolved, t: translator(resolved) }), [resolved]);
  useEffect(() => {
    document.documentElement.lang = resolved;
  }, [resolved]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
