import { catalog } from '@/lib/i18n/catalog';
import type { Lang } from '@/lib/model';

/**
 * Catalog strings that tell French from English on sight: whole, without placeholders, long enough not
 * to hide inside other words, and different in the two languages.
 */
export function telltaleStrings(lang: Lang): string[] {
  return Object.values(catalog)
    .filter((pair) => pair.en !== pair.fr && !pair[lang].includes('{') && pair[lang].length >= 6)
    .map((pair) => pair[lang]);
}

/** How many telltale strings of each language a page shows. */
export interface LanguageCount {
  en: number;
  fr: number;
}
