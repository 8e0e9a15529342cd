import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/model';
import { starterTemplates } from '@/lib/seed/templates';
import { rankTemplates } from '@/lib/templates/rank';

function template(overrides: Partial<Template> & { id: string }): Template {
  return {
    brandId: null,
    language: 'en',
    title: overrides.id,
    body: 'Body',
    tags: [],
    clauseIds: [],
    usageCount: 0,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

const base = { query: '', language: 'en' as const, ruleIds: [], activeBrandId: 'b1' };

describe('rankTemplates', () => {
  it("puts the comment's language first, then templates linked to its clauses, then the brand's own", () => {
    const list = [
      template({ id: 'fr-linked', language: 'fr', clauseIds: ['insult'] }),
      template({ id: 'generic' }),
      template({ id: 'brand', brandId: 'b1' }),
      template({ id: 'linked', clauseIds: ['insult'] }),
    ];
    const ids = rankTemplates(list, { ...base, ruleIds: ['insult'] }).map((t) => t.id);
    expect(ids).toEqual(['linked', 'brand', 'generic', 'fr-linked']);
  });

  it('filters on title, body, tags and shortcut, ignoring case and accents', () => {
    const list = [
      template({ id: 'a', title: 'Réponse SAV' }),
      template({ id: 'b', body: 'Votre colis arrive' }),
      template({ id: 'c', tags: ['livraison'] }),
      template({ id: 'd', shortcut: ';merci' }),
    ];
    const ids = (query: string) => rankTemplates(list, { ...base, query }).map((t) => t.id);
    expect(ids('reponse')).toEqual(['a']);
    expect(ids('COLIS')).toEqual(['b']);
    expect(ids('livr')).toEqual(['c']);
    expect(ids(';merci')).toEqual(['d']);
    expect(ids('nothing like this')).toEqual([]);
  });

  it('ranks an exact shortcut, then title matches, above body matches', () => {
    const list = [
      template({ id: 'body', body: 'thanks a lot' }),
      template({ id: 'title', title: 'Thanks' }),
      template({ id: 'shortcut', title: 'Merci', language: 'fr', shortcut: ';thanks' }),
    ];
    expect(rankTemplates(list, { ...base, query: 'thanks' }).map((t) => t.id)).toEqual([
      'shortcut',
      'title',
      'body',
    ]);
  });

  it('prefers the templates the CM uses most among equals', () => {
    const list = [template({ id: 'rare', usageCount: 1 }), template({ id: 'often', usageCount: 9 })];
    expect(rankTemplates(list, base)[0]?.id).toBe('often');
  });
});

describe('starter templates', () => {
  const starters = starterTemplates(0);

  it('ship at least 12 per language with stable ids, a shortcut and tags', () => {
    for (const lang of ['fr', 'en'] as const) {
      expect(starters.filter((t) => t.language === lang).length).toBeGreaterThanOrEqual(12);
    }
    expect(new Set(starters.map((t) => t.id)).size).toBe(starters.length);
    for (const t of starters) {
      expect(t.id).toMatch(/^tpl_/);
      expect(t.shortcut).toMatch(/^;/);
      expect(t.tags.length).toBeGreaterThan(0);
    }
  });

  it('link a template to every starter clause in both languages', () => {
    const clauses = ['insult', 'harassment', 'hate', 'threat', 'sexual', 'spam', 'personal_data', 'crisis'];
    for (const lang of ['fr', 'en'] as const) {
      const linked = new Set(starters.filter((t) => t.language === lang).flatMap((t) => t.clauseIds));
      for (const clause of [...clauses, 'self_harm', 'customer_care', 'shouting'])
        expect(linked).toContain(clause);
    }
  });

  it('give the French crisis line 3114 and English crisis lines in the care messages', () => {
    expect(starters.find((t) => t.id === 'tpl_self_harm_fr')?.body).toContain('3114');
    const en = starters.find((t) => t.id === 'tpl_self_harm_en')?.body ?? '';
    expect(en).toContain('116 123');
    expect(en).toContain('988');
  });
});
