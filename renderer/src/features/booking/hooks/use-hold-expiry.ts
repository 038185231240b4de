import { useEffect, useState } from 'react';
import type { Hold } from '../../../../../shared/api/booking/holds';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import type { HoldCountdown } from './use-hold-countdown';

/**
 * When the countdown reaches zero the hold is dropped and the operator sent back to the grid (the
 * seat may be taken by now). Returns true while that should be said: during the same call, until
 * the next hold. A confirm in flight is left to finish: the server has the last word.
 */
export function useHoldExpiry(
  hold: Hold | null,
  countdown: HoldCountdown | null,
  confirming: boolean,
): boolean {
  const store = useConsoleStore();
  const callId = useConsole((s) => s.call?.id ?? null);
  const [expiredHold, setExpiredHold] = useState<{ holdId: string; callId: string | null } | null>(null);
  const expired = countdown?.phase === 'expired' && hold !== null && !confirming;

  useEffect(() => {
    if (!expired) return;
    const state = store.getState();
    if (state.hold) setExpiredHold({ holdId: state.hold.id, callId: state.call?.id ?? null });
    state.setHold(null);
    state.focusPanel('slots');
  }, [expired, store]);

  if (expiredHold && ((hold && hold.id !== expiredHold.holdId) || expiredHold.callId !== callId))
    setExpiredHold(null);
  return expiredHold !== null;
}
