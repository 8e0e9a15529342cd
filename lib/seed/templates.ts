import type { Template } from '../model';

/** Starter templates; `clauseIds` link each to the starter charter clauses it answers. */
export function starterTemplates(now: number): Template[] {
  return [
    {
      id: 'tpl_thanks_fr',
      brandId: null,
      language: 'fr',
      title: 'Remerciement',
      body: 'Merci beaucoup {{firstName|à vous}} pour votre message ! {{signature}}',
      tags: ['merci'],
      clauseIds: [],
      usageCount: 0,
      createdAt: now,
      updatedAt: now,
    },
  ];
}
