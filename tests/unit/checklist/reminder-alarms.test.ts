import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  REMINDER_PREFIX,
  ROLLOVER_ALARM,
  scheduleChecklistAlarms,
  setupReminders,
} from '@/entrypoints/background/reminders';
import { dayKeyOf } from '@/lib/checklist/days';
import { setTaskDone } from '@/lib/db/checklist-store';
import { getDb } from '@/lib/db/database';
import { writeSettings } from '@/lib/db/settings-store';
import { seedStarterContent } from '@/lib/seed';

// Monday 23 November 2026, 10:00 local time: the overnight check (09:00) is past, the midday sweep (13:00)
// and the hand-over note (18:00) are still to come; the weekly report (16:00) is for Fridays.
const MONDAY_10AM = new Date(2026, 10, 23, 10, 0).getTime();
const at = (hours: number, minutes = 0) => new Date(2026, 10, 23, hours, minutes).getTime();

let permissionGranted = true;

beforeEach(async () => {
  permissionGranted = true;
  fakeBrowser.permissions.contains = async () => permissionGranted;
  await seedStarterContent(getDb(), { language: 'en', now: new Date(2026, 10, 2).getTime() });
});

const reminderAlarms = async () =>
  (await fakeBrowser.alarms.getAll())
    .filter((alarm) => alarm.name.startsWith(REMINDER_PREFIX))
    .map((alarm) => ({ task: alarm.name.slice(REMINDER_PREFIX.length), when: alarm.scheduledTime }))
    .sort((a, b) => a.when - b.when);

describe('checklist reminders', () => {
  it('always sets the rollover at the next local midnight, and no reminder while they are off', async () => {
    expect(await scheduleChecklistAlarms(MONDAY_10AM)).toBe(0);
    expect((await fakeBrowser.alarms.get(ROLLOVER_ALARM))?.scheduledTime).toBe(
      new Date(2026, 10, 24).getTime(),
    );
    expect(await reminderAlarms()).toEqual([]);
  });

  it("reminds of today's timed tasks still to come, once turned on", async () => {
    await writeSettings(getDb(), { remindersEnabled: true });
    expect(await scheduleChecklistAlarms(MONDAY_10AM)).toBe(2);
    expect(await reminderAlarms()).toEqual([
      { task: 'task_midday_sweep', when: at(13) },
      { task: 'task_handover', when: at(18) },
    ]);
  });

  it('sets none without the notifications permission', async () => {
    await writeSettings(getDb(), { remindersEnabled: true });
    permissionGranted = false;
    expect(await scheduleChecklistAlarms(MONDAY_10AM)).toBe(0);
  });

  it('does not remind of a task already ticked, and drops the reminders of a ticked task when rescheduled', async () => {
    await writeSettings(getDb(), { remindersEnabled: true });
    await setTaskDone(getDb(), 'task_midday_sweep', dayKeyOf(MONDAY_10AM), true, MONDAY_10AM);
    expect(await scheduleChecklistAlarms(MONDAY_10AM)).toBe(1);
    expect((await reminderAlarms()).map((r) => r.task)).toEqual(['task_handover']);
  });

  it('shows a notification with the task when its alarm rings, unless it was done in between', async () => {
    await writeSettings(getDb(), { remindersEnabled: true });
    vi.useFakeTimers({ now: at(13), toFake: ['Date'] });
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    // The fake browser has no permission events; the real one tells when notifications get allowed.
    fakeBrowser.permissions.onAdded.addListener = () => {};
    setupReminders();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: `${REMINDER_PREFIX}task_handover`,
      scheduledTime: at(13),
    });
    await vi.waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect(created).toHaveBeenCalledWith(
      `${REMINDER_PREFIX}task_handover`,
      expect.objectContaining({ message: 'Hand-over note for the evening team' }),
    );

    await setTaskDone(getDb(), 'task_midday_sweep', dayKeyOf(at(13)), true, at(13));
    await fakeBrowser.alarms.onAlarm.trigger({
      name: `${REMINDER_PREFIX}task_midday_sweep`,
      scheduledTime: at(13),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(created).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
