import type { Handlers } from '@/lib/messaging/server';
import { scheduleChecklistAlarms } from './reminders';

export const checklistHandlers: Pick<Handlers, 'rescheduleReminders'> = {
  async rescheduleReminders() {
    return { scheduled: await scheduleChecklistAlarms() };
  },
};
