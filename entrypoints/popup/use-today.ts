import { useEffect, useState } from 'react';
import { type DayKey, dayKeyOf, nextDayStart } from '@/lib/checklist/days';

/**
 * Today's local day key, rolling over at local midnight while the popup stays open. Timers stop while the
 * computer sleeps and the time zone may change, so the day is also re-read whenever the page regains focus.
 */
export function useToday(): DayKey {
  const [day, setDay] = useState(() => dayKeyOf(Date.now()));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `day` re-arms the midnight timer once the day has changed.
  useEffect(() => {
    const refresh = () => setDay(dayKeyOf(Date.now()));
    const timer = setTimeout(refresh, Math.max(0, nextDayStart(Date.now()) - Date.now()) + 50);
    const onVisibility = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [day]);
  return day;
}
