import { endOfDay, format, startOfDay } from 'date-fns';
import type { TodayFigures } from '../messaging/protocol';
import type { Interaction, InteractionAction } from '../model';

const MODERATION: ReadonlySet<InteractionAction> = new Set([
  'hidden',
  'deleted',
  'reported',
  'banned',
  'escalated',
]);

export function dayBounds(now: number): { from: number; to: number; day: string } {
  return { from: startOfDay(now).getTime(), to: endOfDay(now).getTime(), day: format(now, 'yyyy-MM-dd') };
}

/** Today's figures from the day's interactions (already limited to the local day). */
export function todayFigures(day: string, interactions: readonly Interaction[]): TodayFigures {
  const figures: TodayFigures = { day, byPlatform: {}, replied: 0, moderated: 0, riskySeen: 0 };
  for (const row of interactions) {
    const slot = figures.byPlatform[row.platform] ?? { replied: 0, moderated: 0, inserted: 0 };
    figures.byPlatform[row.platform] = slot;
    if (row.action === 'replied') {
      figures.replied++;
      slot.replied++;
    } else if (row.action === 'inserted') {
      slot.inserted++;
    } else if (row.action === 'seen_risky') {
      figures.riskySeen++;
    } else if (MODERATION.has(row.action)) {
      figures.moderated++;
      slot.moderated++;
    }
  }
  return figures;
}
