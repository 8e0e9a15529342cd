import { describe, expect, it } from 'vitest';
import { langOfLocale, resolveLanguage, translator } from '@/lib/i18n';
import { catalog } from '@/lib/i18n/catalog';
import { defineMessages, toChromeMessages } from '@/lib/i18n/define';

describe('UI language', () => {
  it('follows a French browser in any French locale, English otherwise', () => {
    expect(langOfLocale('fr-CA')).toBe('fr');
    expect(langOfLocale('FR')).toBe('fr');
    expect(langOfLocale('de-DE')).toBe('en');
    expect(langOfLocale(undefined)).toBe('en');
  });

  it('lets the setting override the browser', () => {
    expect(resolveLanguage('en', 'fr-FR')).toBe('en');
    expect(resolveLanguage('auto', 'fr-FR')).toBe('fr');
  });

  it('translates with values filled in', () => {
    expect(translator('fr')('errorGeneric', { message: 'oups' })).toBe('Un problème est survenu : oups');
    expect(translator('en')('errorGeneric', { message: 'oops' })).toBe('Something went wrong: oops');
  });
});

describe('the catalog', () => {
  it('has every string in French and in English', () => {
    for (const [key, pair] of Object.entries(catalog)) {
      expect(pair.en.trim(), key).not.toBe('');
      expect(pair.fr.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, pair] of Object.entries(catalog)) {
      expect(names(pair.fr), key).toEqual(names(pair.en));
    }
  });

  it('uses keys that the extension i18n mechanism accepts', () => {
    for (const key of Object.keys(catalog)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('is written out as _locales messages with named placeholders', () => {
    const messages = defineMessages({ hello: { en: 'Hello {name}, $5 off', fr: 'Bonjour {name}' } });
    expect(toChromeMessages(messages, 'en')).toEqual({
      hello: { message: 'Hello $NAME$, $$5 off', placeholders: { name: { content: '$1' } } },
    });
  });
});
