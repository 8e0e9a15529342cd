/**
 * The records Tact stores and exchanges, as zod schemas: the single source of the types, and the
 * validation used wherever data crosses a boundary (backups, charter packs, messages, settings).
 */
import { z } from 'zod';
import { DETECTORS, type Detector, SEVERITIES, type Severity, severityRank } from './vocabulary';

export const LANGS = ['fr', 'en'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

export const SeveritySchema = z.enum(SEVERITIES);
export type { Severity };
export { SEVERITIES, severityRank };
export type ClauseSeverity = Exclude<Severity, 'none'>;

export const PlatformSchema = z.enum([
  'x',
  'facebook',
  'instagram',
  'youtube',
  'linkedin',
  'reddit',
  'tiktok',
  'other',
]);

/** The categories a CM moderates for (DESIGN.md, "What it does"). */
export const CATEGORIES = [
  'insult',
  'harassment',
  'hate',
  'threat',
  'sexual',
  'spam',
  'personal_data',
  'crisis',
  'self_harm',
  'customer_care',
  'shouting',
] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

export const DetectorSchema = z.enum(DETECTORS);
export type { Detector };
export { DETECTORS };

export const ACTIONS = [
  'reply',
  'reply_private',
  'hide',
  'delete',
  'report',
  'ban',
  'escalate',
  'monitor',
] as const;
export const RecommendedActionSchema = z.enum(ACTIONS);
export type RecommendedAction = z.infer<typeof RecommendedActionSchema>;

const idSchema = z.string().min(1).max(200);
const localized = z.object({ fr: z.string().max(2000), en: z.string().max(2000) });
const termsPerLang = z.object({
  fr: z.array(z.string().max(200)).max(5000),
  en: z.array(z.string().max(200)).max(5000),
});
export type Localized = z.infer<typeof localized>;

export const ClauseSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9_-]+$/, 'use lower-case letters, digits, "_" or "-"'),
  name: localized,
  description: localized.optional(),
  category: CategorySchema,
  severity: z.enum(['low', 'medium', 'high', 'critical']),
  enabled: z.boolean(),
  terms: termsPerLang,
  allowed: termsPerLang,
  detectors: z.array(DetectorSchema),
  action: RecommendedActionSchema,
  actionNote: localized.optional(),
  templateIds: z.array(idSchema),
});
export type Clause = z.infer<typeof ClauseSchema>;

export const CharterSchema = z.object({
  id: idSchema,
  brandId: idSchema.nullable(),
  name: z.string().min(1).max(200),
  clauses: z.array(ClauseSchema).max(500),
  updatedAt: z.number().int().nonnegative(),
});
export type Charter = z.infer<typeof CharterSchema>;

export const BrandSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  signature: z.string().max(500),
  language: LangSchema,
  /** URL patterns of the pages the brand owns, e.g. `https://x.com/tactcoffee*`. */
  ownedPages: z.array(z.string().max(500)).max(500),
  charterId: idSchema,
  color: z.string().max(20).optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Brand = z.infer<typeof BrandSchema>;

export const TemplateSchema = z.object({
  id: idSchema,
  /** null: available to every brand. */
  brandId: idSchema.nullable(),
  language: LangSchema,
  title: z.string().min(1).max(200),
  body: z.string().min(1).max(10000),
  tags: z.array(z.string().max(50)).max(50),
  shortcut: z.string().max(50).optional(),
  clauseIds: z.array(z.string().max(64)).max(100),
  usageCount: z.number().int().nonnegative(),
  lastUsedAt: z.number().int().nonnegative().optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Template = z.infer<typeof TemplateSchema>;

export const MOMENTS = ['morning', 'midday', 'afternoon', 'evening'] as const;
export const MomentSchema = z.enum(MOMENTS);
export type Moment = z.infer<typeof MomentSchema>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD');
const weekdays = z.array(z.number().int().min(0).max(6)).min(1).max(7);
export const RecurrenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily') }),
  z.object({ kind: z.literal('weekdays') }),
  /** 0 = Sunday … 6 = Saturday, as date-fns `getDay`. */
  z.object({ kind: z.literal('days'), days: weekdays }),
  z.object({
    kind: z.literal('weekly'),
    every: z.number().int().min(1).max(52),
    days: weekdays,
    anchor: isoDay,
  }),
  z.object({ kind: z.literal('once'), date: isoDay }),
]);
export type Recurrence = z.infer<typeof RecurrenceSchema>;

export const AutoTickSchema = z.object({
  /** The logged action that counts towards the task, e.g. `replied`. */
  action: z.string().min(1).max(50),
  count: z.number().int().min(1).max(100000),
});

export const ChecklistTaskSchema = z.object({
  id: idSchema,
  brandId: idSchema.nullable(),
  title: z.string().min(1).max(300),
  moment: MomentSchema,
  order: z.number(),
  recurrence: RecurrenceSchema,
  /** Local time of day `HH:mm`, for reminders. */
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
  autoTick: AutoTickSchema.optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type ChecklistTask = z.infer<typeof ChecklistTaskSchema>;

export const ChecklistCompletionSchema = z.object({
  /** `${taskId}|${day}`: one record per task and local day. */
  id: z.string().min(1).max(300),
  taskId: idSchema,
  day: isoDay,
  /** false records an override: the CM unticked a task that the log had ticked. */
  done: z.boolean(),
  at: z.number().int().nonnegative(),
});
export type ChecklistCompletion = z.infer<typeof ChecklistCompletionSchema>;

export const INTERACTION_ACTIONS = [
  'inserted',
  'replied',
  'hidden',
  'deleted',
  'reported',
  'banned',
  'escalated',
  'seen_risky',
] as const;
export const InteractionActionSchema = z.enum(INTERACTION_ACTIONS);
export type InteractionAction = z.infer<typeof InteractionActionSchema>;

export const InteractionSchema = z.object({
  id: idSchema,
  at: z.number().int().nonnegative(),
  platform: PlatformSchema,
  url: z.string().max(4000),
  action: InteractionActionSchema,
  templateId: idSchema.optional(),
  ruleIds: z.array(z.string().max(64)).max(100),
  brandId: idSchema.nullable(),
  severity: SeveritySchema.optional(),
  commentPermalink: z.string().max(4000).optional(),
  /** When the answered comment was posted, if the page says. */
  commentAt: z.number().int().nonnegative().optional(),
  responseMs: z.number().int().nonnegative().optional(),
  /** Stored only when the privacy setting allows it. */
  commentText: z.string().max(20000).optional(),
});
export type Interaction = z.infer<typeof InteractionSchema>;

export const SettingsSchema = z.object({
  /** `auto` follows the browser's language. */
  uiLanguage: z.enum(['auto', 'fr', 'en']),
  activeBrandId: idSchema.nullable(),
  signature: z.string().max(500),
  highlightsEnabled: z.boolean(),
  guardEnabled: z.boolean(),
  silencedSites: z.array(z.string().max(300)).max(1000),
  silencedPages: z.array(z.string().max(4000)).max(5000),
  remindersEnabled: z.boolean(),
  storeCommentText: z.boolean(),
  /** 0 keeps interactions forever. */
  retentionDays: z.number().int().min(0).max(3650),
  pickerShortcut: z.string().max(50),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'auto',
  activeBrandId: null,
  signature: '',
  highlightsEnabled: true,
  guardEnabled: true,
  silencedSites: [],
  silencedPages: [],
  remindersEnabled: false,
  storeCommentText: false,
  retentionDays: 0,
  pickerShortcut: 'Alt+Shift+T',
};

/** Readable for people, stable across export and import. */
export function newId(prefix: string): string {
  const random =
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `${prefix}_${random}`;
}

/** Turns a zod error into one line that names the field: "clauses[2].severity: expected one of …". */
export function describeZodError(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const path = issue.path.reduce<string>(
    (acc, part) =>
      typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part),
    prefix,
  );
  return `${path || '(root)'}: ${issue.message}`;
}
