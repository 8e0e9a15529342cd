/**
 * Which templates the picker shows, and in what order: search as you type over titles, bodies, tags and
 * shortcuts; then the comment's language, the templates linked to the clauses the comment breaks, the
 * active brand's own templates, and the CM's habits.
 */
import type { Lang, Template } from '../model';

export interface RankContext {
  query: string;
  /** The language of the comment being answered (or of the UI when there is no comment). */
  language: Lang;
  /** Clause ids of the comment being answered (its `data-tact-rules`). */
  ruleIds: readonly string[];
  activeBrandId: string | null;
}

/** Lower case, without accents, so that "reponse" finds "Réponse". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** 4: the shortcut typed exactly, 3: every word in the title, 2: in tags or shortcut, 1: anywhere, 0: no match. */
function relevance(template: Template, words: readonly string[], folded: string): number {
  if (words.length === 0) return 1;
  const shortcut = foldForSearch(template.shortcut ?? '');
  if (shortcut && (shortcut === folded || shortcut === `;${folded}`)) return 4;
  const title = foldForSearch(template.title);
  const labels = foldForSearch(`${template.tags.join(' ')} ${template.shortcut ?? ''}`);
  const body = foldForSearch(template.body);
  const everywhere = `${title} ${labels} ${body}`;
  if (!words.every((w) => everywhere.includes(w))) return 0;
  if (words.every((w) => title.includes(w))) return 3;
  if (words.every((w) => title.includes(w) || labels.includes(w))) return 2;
  return 1;
}

export function rankTemplates(templates: readonly Template[], context: RankContext): Template[] {
  const folded = foldForSearch(context.query.trim());
  const words = folded.split(/\s+/).filter(Boolean);
  const scored = templates
    .map((template) => {
      const linked = template.clauseIds.filter((id) => context.ruleIds.includes(id)).length;
      return {
        template,
        key: [
          relevance(template, words, folded),
          template.language === context.language ? 1 : 0,
          linked,
          context.activeBrandId !== null && template.brandId === context.activeBrandId ? 1 : 0,
          template.usageCount,
          template.lastUsedAt ?? 0,
        ],
      };
    })
    .filter((entry) => (entry.key[0] ?? 0) > 0);
  scored.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const diff = (b.key[i] ?? 0) - (a.key[i] ?? 0);
      if (diff !== 0) return diff;
    }
    return a.template.title.localeCompare(b.template.title);
  });
  return scored.map((entry) => entry.template);
}
