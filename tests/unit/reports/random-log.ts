import { INTERACTION_ACTIONS, type Interaction } from '@/lib/model';
import { PLATFORMS, type Platform } from '@/lib/platforms';

/** Deterministic pseudo-random numbers (mulberry32): a failing case is reproduced from its seed. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

const BRANDS = ['brand_a', 'brand_b', null] as const;
const CLAUSES = ['insult', 'threat', 'spam', 'customer_care'];
const TEMPLATES = ['tpl_1', 'tpl_2', 'tpl_3'];
const ALL_PLATFORMS: readonly Platform[] = [...PLATFORMS, 'other'];

/**
 * Random log entries between `from` and `to` (epoch ms): every action, brands and no brand, repeated
 * clause ids, templates on any action, response times with ties, some at the very edges of days.
 */
export function randomInteractions(
  next: () => number,
  count: number,
  from: number,
  to: number,
): Interaction[] {
  return Array.from({ length: count }, (_, i) => {
    const edge = next();
    const at =
      edge < 0.05
        ? new Date(new Date(from + next() * (to - from)).setHours(0, 0, 0, 0)).getTime()
        : edge < 0.1
          ? new Date(new Date(from + next() * (to - from)).setHours(23, 59, 59, 999)).getTime()
          : Math.floor(from + next() * (to - from));
    const action = pick(next, INTERACTION_ACTIONS);
    const ruleIds =
      next() < 0.4 ? Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, CLAUSES)) : [];
    const row: Interaction = {
      id: `int_${i.toString(36).padStart(5, '0')}`,
      at,
      platform: pick(next, ALL_PLATFORMS),
      url: 'https://x.com/brand/status/1',
      action,
      ruleIds,
      brandId: pick(next, BRANDS),
    };
    if (next() < 0.6) row.templateId = pick(next, TEMPLATES);
    if (next() < 0.8) row.responseMs = Math.floor(next() * 20) * 30_000;
    return row;
  });
}
