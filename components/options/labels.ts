import type { MessageKey, Translate } from '@/lib/i18n';
import type { Detector, InteractionAction } from '@/lib/model';
import { PLATFORM_LABELS, type Platform } from '@/lib/platforms';

const ACTION_LABELS: Record<InteractionAction, MessageKey> = {
  inserted: 'logActionInserted',
  replied: 'logActionReplied',
  hidden: 'logActionHidden',
  deleted: 'logActionDeleted',
  reported: 'logActionReported',
  banned: 'logActionBanned',
  escalated: 'logActionEscalated',
  seen_risky: 'logActionSeenRisky',
};

const DETECTOR_LABELS: Record<Detector, MessageKey> = {
  email: 'detectorEmail',
  phone: 'detectorPhone',
  address: 'detectorAddress',
  iban: 'detectorIban',
  card: 'detectorCard',
  id_number: 'detectorIdNumber',
  link: 'detectorLink',
  offplatform: 'detectorOffplatform',
  shouting: 'detectorShouting',
  threat: 'detectorThreat',
  self_harm: 'detectorSelfHarm',
  crisis: 'detectorCrisis',
  customer_care: 'detectorCustomerCare',
  hate_statement: 'detectorHateStatement',
  harassment: 'detectorHarassment',
  sexualised_minor: 'detectorSexualisedMinor',
};

export function actionLabel(t: Translate, action: InteractionAction): string {
  return t(ACTION_LABELS[action]);
}

export function detectorLabel(t: Translate, detector: Detector): string {
  return t(DETECTOR_LABELS[detector]);
}

export function platformLabel(t: Translate, platform: Platform): string {
  return platform === 'other' ? t('optPlatformOther') : PLATFORM_LABELS[platform];
}

/** Response times read as people say them: 45 s, 12 min, 3.5 h. */
export function formatDuration(t: Translate, ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return t('reportsNoValue');
  const seconds = ms / 1000;
  if (seconds < 90) return t('durationSeconds', { value: Math.round(seconds) });
  const minutes = seconds / 60;
  if (minutes < 90) return t('durationMinutes', { value: Math.round(minutes) });
  return t('durationHours', { value: Math.round((minutes / 60) * 10) / 10 });
}

/** `yyyy-MM-dd` of a date input, in local time. */
export function dayInputValue(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local start (or end) of the day a date input names; undefined when empty or invalid. */
export function dayInputBound(value: string, edge: 'start' | 'end'): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = edge === 'start' ? new Date(y, m - 1, d, 0, 0, 0, 0) : new Date(y, m - 1, d, 23, 59, 59, 999);
  return Number.isNaN(date.getTime()) ? undefined : date.getTime();
}
