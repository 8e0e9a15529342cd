/** Stable ids of the starter content, so that a restore finds what it seeded before. */
export const DEFAULT_BRAND_ID = 'brand_default';
export const STARTER_CHARTER_ID = 'charter_starter';

/** Clause ids of the starter charter: they are the `rules` of the scan CLI and the page markers. */
export const CLAUSE_IDS = {
  insult: 'insult',
  harassment: 'harassment',
  hate: 'hate',
  threat: 'threat',
  sexual: 'sexual',
  spam: 'spam',
  personalData: 'personal_data',
  crisis: 'crisis',
  selfHarm: 'self_harm',
  customerCare: 'customer_care',
  shouting: 'shouting',
} as const;
