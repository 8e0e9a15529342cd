import type { Charter, Clause } from '../model';
import { STARTER_CHARTER_ID } from './ids';

/** The starter charter: one bilingual clause per category (terms per language). Filled by the risk engine work. */
export const STARTER_CLAUSES: Clause[] = [
  {
    id: 'insult',
    name: { fr: 'Insultes et grossièretés', en: 'Insults and profanity' },
    category: 'insult',
    severity: 'high',
    enabled: true,
    terms: { fr: ['connard', 'abruti'], en: ['idiot', 'moron'] },
    allowed: { fr: [], en: [] },
    detectors: [],
    action: 'hide',
    templateIds: [],
  },
];

export function starterCharter(now: number, brandId: string | null): Charter {
  return {
    id: STARTER_CHARTER_ID,
    brandId,
    name: 'Charte de départ / Starter charter',
    clauses: STARTER_CLAUSES,
    updatedAt: now,
  };
}
