/** The starter charter's word lists, one file per clause (lib/seed/charter.ts turns them into clauses). */

export * from './allowed';
export * from './crisis';
export * from './customer-care';
export * from './harassment';
export * from './hate';
export * from './insult';
export * from './self-harm';
export * from './sexual';
export * from './spam';
export * from './threat';
