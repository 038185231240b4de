import { useEffect, useRef } from 'react';
import type { Hold } from '../../../../../shared/api/booking/holds';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { formatCountdown } from '../countdown';
import type { HoldCountdown } from './use-hold-countdown';

/**
 * In the desktop shell, a system notification when the hold enters its warning time — once per
 * expiry (an extension that runs low again notifies again): the console may be behind another window.
 */
export function useExpiryNotification(hold: Hold | null, countdown: HoldCountdown | null): void {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  const notified = useRef(new Set<string>());
  const warning = countdown?.phase === 'warning';
  const remaining = countdown?.remaining ?? 0;

  useEffect(() => {
    if (!warning || !hold) return;
    const key = `${hold.id}|${hold.expiresAt}`;
    if (notified.current.has(key)) return;
    notified.current.add(key);
    void window.miconsulado
      ?.notify({
        title: t('booking.notify.title'),
        body: t('booking.notify.body', { time: formatCountdown(remaining, locale) }),
      })
      .catch(() => undefined);
  }, [warning, remaining, hold, t, locale]);
}
