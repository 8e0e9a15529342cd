import type { TactDatabase } from '@/lib/db/database';
import { writeSettings } from '@/lib/db/settings-store';
import type { Brand, Charter, ChecklistCompletion, ChecklistTask, Interaction, Template } from '@/lib/model';

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);

export function brand(overrides: Partial<Brand> = {}): Brand {
  return {
    id: 'brand_coffee',
    name: 'Tact Coffee',
    signature: '— Léa, Tact Coffee',
    language: 'fr',
    ownedPages: ['https://x.com/tactcoffee*'],
    charterId: 'charter_coffee',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function charter(overrides: Partial<Charter> = {}): Charter {
  return {
    id: 'charter_coffee',
    brandId: 'brand_coffee',
    name: 'Charte Tact Coffee',
    updatedAt: T0,
    clauses: [
      {
        id: 'insult',
        name: { fr: 'Insultes', en: 'Insults' },
        category: 'insult',
        severity: 'high',
        enabled: true,
        terms: { fr: ['connard'], en: ['idiot'] },
        allowed: { fr: [], en: [] },
        detectors: [],
        action: 'hide',
        templateIds: ['tpl_warning'],
      },
    ],
    ...overrides,
  };
}

export function template(overrides: Partial<Template> = {}): Template {
  return {
    id: 'tpl_thanks',
    brandId: null,
    language: 'fr',
    title: 'Merci',
    body: 'Merci {{firstName|à vous}} ! {{signature}}',
    tags: ['merci'],
    shortcut: ';merci',
    clauseIds: [],
    usageCount: 3,
    lastUsedAt: T0,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function task(overrides: Partial<ChecklistTask> = {}): ChecklistTask {
  return {
    id: 'task_sweep',
    brandId: null,
    title: 'Modération du matin',
    moment: 'morning',
    order: 1,
    recurrence: { kind: 'weekdays' },
    time: '09:30',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function completion(overrides: Partial<ChecklistCompletion> = {}): ChecklistCompletion {
  return {
    id: 'task_sweep|2025-03-03',
    taskId: 'task_sweep',
    day: '2025-03-03',
    done: true,
    at: T0,
    ...overrides,
  };
}

export function interaction(overrides: Partial<Interaction> = {}): Interaction {
  return {
    id: 'int_1',
    at: T0,
    platform: 'x',
    url: 'https://x.com/tactcoffee/status/1',
    action: 'replied',
    templateId: 'tpl_thanks',
    ruleIds: [],
    brandId: 'brand_coffee',
    commentPermalink: 'https://x.com/fan/status/2',
    responseMs: 60_000,
    ...overrides,
  };
}

/** A database with one of everything, and a few log entries. */
export async function populate(db: TactDatabase): Promise<void> {
  await db.brands.put(brand());
  await db.charters.put(charter());
  await db.templates.bulkPut([
    template(),
    template({
      id: 'tpl_warning',
      title: 'Avertissement',
      shortcut: ';stop',
      clauseIds: ['insult'],
      lastUsedAt: undefined,
      usageCount: 0,
    }),
  ]);
  await db.checklistTasks.put(task());
  await db.checklistCompletions.put(completion());
  await db.interactions.bulkPut([
    interaction(),
    interaction({
      id: 'int_2',
      action: 'hidden',
      ruleIds: ['insult'],
      templateId: undefined,
      severity: 'high',
      responseMs: undefined,
      commentText: 'Bande de connards',
    }),
    interaction({
      id: 'int_3',
      action: 'seen_risky',
      ruleIds: ['insult'],
      templateId: undefined,
      responseMs: undefined,
    }),
  ]);
  await writeSettings(db, { activeBrandId: 'brand_coffee', retentionDays: 90, storeCommentText: true });
}
