/**
 * Template rendering: `{{name}}` variables with an optional fallback after `|`, e.g. `{{firstName|there}}`.
 * Unknown variables stay visible in the text (so the CM sees them before sending) and are reported.
 */
import { format } from 'date-fns';
import { enUS, fr } from 'date-fns/locale';
import type { Lang } from '../model';
import { PLATFORM_LABELS, PLATFORM_LENGTH_LIMITS, type Platform } from '../platforms';

export const TEMPLATE_VARIABLES = ['firstName', 'name', 'brand', 'signature', 'date', 'platform'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string>>;

export interface RenderResult {
  text: string;
  /** Variables the template names that Tact does not know, e.g. `{{orderNumber}}`: left in the text. */
  unknown: string[];
  /** Known variables that had no value and no fallback: rendered empty. */
  missing: TemplateVariable[];
}

const VARIABLE = /\{\{\s*([A-Za-z_][\w]*)\s*(?:\|([^{}]*))?\}\}/g;

function isKnown(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

export function renderTemplate(body: string, values: TemplateValues): RenderResult {
  const unknown: string[] = [];
  const missing: TemplateVariable[] = [];
  const filled = body.replace(VARIABLE, (whole, name: string, fallback: string | undefined) => {
    if (!isKnown(name)) {
      if (!unknown.includes(name)) unknown.push(name);
      return whole;
    }
    const value = values[name]?.trim();
    if (value) return value;
    if (fallback !== undefined) return fallback.trim();
    if (!missing.includes(name)) missing.push(name);
    return '';
  });
  return { text: tidy(filled), unknown, missing };
}

/** An empty variable must not leave doubled spaces, a space before a comma, or blank trailing lines. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.])/g, '$1')
    .replace(/[ \t]+$/gm, '')
    .replace(/^[ \t]+/gm, '')
    .trim();
}

export interface VariableSources {
  /** The commenter's display name or handle, as the page shows it. */
  authorName?: string | null;
  brandName?: string | null;
  signature?: string | null;
  platform: Platform;
  /** The brand's language: the date is written in it. */
  language: Lang;
  now: number;
}

/** The first name a CM would greet: the first word of a display name, or the handle without its `@`. */
export function firstNameOf(name: string): string {
  const cleaned = name.replace(/^@/, '').trim();
  return cleaned.split(/\s+/)[0] ?? '';
}

export function formatToday(now: number, language: Lang): string {
  return language === 'fr'
    ? format(now, 'd MMMM yyyy', { locale: fr })
    : format(now, 'MMMM d, yyyy', { locale: enUS });
}

export function templateValues(sources: VariableSources): TemplateValues {
  const name = sources.authorName?.replace(/^@/, '').trim() || undefined;
  return {
    name,
    firstName: name ? firstNameOf(name) : undefined,
    brand: sources.brandName?.trim() || undefined,
    signature: sources.signature?.trim() || undefined,
    date: formatToday(sources.now, sources.language),
    platform: sources.platform === 'other' ? undefined : PLATFORM_LABELS[sources.platform],
  };
}

export interface LengthCheck {
  length: number;
  limit: number | null;
  over: boolean;
}

/** Characters as people count them (code points), against the platform's reply limit. */
export function checkLength(text: string, platform: Platform): LengthCheck {
  const length = [...text].length;
  const limit = PLATFORM_LENGTH_LIMITS[platform] ?? null;
  return { length, limit, over: limit !== null && length > limit };
}
