/**
 * The fixed vocabularies of the model (severities, detectors). Kept apart from lib/model.ts (the zod
 * schemas) so that the content script, which needs them but no validation, does not bundle zod.
 */
export const SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** Built-in detectors a clause may switch on, beyond its word lists. */
export const DETECTORS = [
  'email',
  'phone',
  'address',
  'iban',
  'card',
  'id_number',
  'link',
  'offplatform',
  'shouting',
  'threat',
  'self_harm',
  'crisis',
  'customer_care',
  'hate_statement',
  'harassment',
  'sexualised_minor',
] as const;
export type Detector = (typeof DETECTORS)[number];
