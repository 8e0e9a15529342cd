import type { Translate } from '@/lib/i18n';
import type { Moment } from '@/lib/model';

const MOMENT_KEYS = {
  morning: 'popupMomentMorning',
  midday: 'popupMomentMidday',
  afternoon: 'popupMomentAfternoon',
  evening: 'popupMomentEvening',
} as const;

export function momentLabel(t: Translate, moment: Moment): string {
  return t(MOMENT_KEYS[moment]);
}
