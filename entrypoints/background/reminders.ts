/**
 * Alarms of the checklist: one at the next local midnight (the day rolls over: today's reminders are
 * scheduled again) and one per timed task still to do today, shown as a notification when the CM has
 * turned reminders on (the `notifications` permission is optional and asked for in the popup).
 */
import { browser } from 'wxt/browser';
import { dayKeyOf, nextDayStart } from '@/lib/checklist/days';
import { remindersToSchedule } from '@/lib/checklist/reminders';
import { loadDayStates } from '@/lib/db/checklist-store';
import { getDb } from '@/lib/db/database';
import { readSettings } from '@/lib/db/settings-store';
import { resolveLanguage, translator } from '@/lib/i18n';

export const ROLLOVER_ALARM = 'tact:day-rollover';
export const REMINDER_PREFIX = 'tact:reminder:';
const OPTIONS_CHECKLIST = '/options.html#checklist';

async function notificationsAllowed(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['notifications'] });
}

/** Schedules the rollover and today's reminders afresh; returns how many reminders are set. */
export async function scheduleChecklistAlarms(now = Date.now()): Promise<number> {
  await browser.alarms.create(ROLLOVER_ALARM, { when: nextDayStart(now) });
  const existing = await browser.alarms.getAll();
  await Promise.all(
    existing.filter((a) => a.name.startsWith(REMINDER_PREFIX)).map((a) => browser.alarms.clear(a.name)),
  );
  const db = getDb();
  const settings = await readSettings(db);
  if (!settings.remindersEnabled || !(await notificationsAllowed())) return 0;
  const day = dayKeyOf(now);
  const reminders = remindersToSchedule(await loadDayStates(db, day, settings.activeBrandId), day, now);
  for (const reminder of reminders) {
    await browser.alarms.create(`${REMINDER_PREFIX}${reminder.taskId}`, { when: reminder.when });
  }
  return reminders.length;
}

async function remind(taskId: string, now = Date.now()): Promise<void> {
  const db = getDb();
  const settings = await readSettings(db);
  if (!settings.remindersEnabled || !(await notificationsAllowed())) return;
  const states = await loadDayStates(db, dayKeyOf(now), settings.activeBrandId);
  const state = states.find((s) => s.task.id === taskId);
  // Done or no longer due since the alarm was set: stay quiet.
  if (!state || state.done) return;
  const t = translator(resolveLanguage(settings.uiLanguage, browser.i18n.getUILanguage()));
  await browser.notifications.create(`${REMINDER_PREFIX}${taskId}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('popupReminderTitle'),
    message: state.task.title,
  });
}

function onNotificationClicked(id: string): void {
  if (!id.startsWith(REMINDER_PREFIX)) return;
  void browser.notifications.clear(id);
  void browser.tabs.create({ url: browser.runtime.getURL(OPTIONS_CHECKLIST) });
}

function listenToNotificationClicks(): void {
  // The API exists only once the optional permission is granted.
  if (browser.notifications && !browser.notifications.onClicked.hasListener(onNotificationClicked)) {
    browser.notifications.onClicked.addListener(onNotificationClicked);
  }
}

function reportFailure(error: unknown): void {
  console.error('Tact: checklist alarms failed', error);
}

/** Registers the listeners; called once, synchronously, when the background starts. */
export function setupReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ROLLOVER_ALARM) void scheduleChecklistAlarms().catch(reportFailure);
    else if (alarm.name.startsWith(REMINDER_PREFIX))
      void remind(alarm.name.slice(REMINDER_PREFIX.length)).catch(reportFailure);
  });
  browser.runtime.onStartup.addListener(() => void scheduleChecklistAlarms().catch(reportFailure));
  browser.runtime.onInstalled.addListener(() => void scheduleChecklistAlarms().catch(reportFailure));
  browser.permissions.onAdded.addListener(listenToNotificationClicks);
  listenToNotificationClicks();
}
