import { useEffect, useState } from 'react';
import type { Hold } from '../../../../../shared/api/booking/holds';
import { holdPhase, observedDuration, remainingMs, type HoldPhase } from '../countdown';

export type HoldCountdown = { remaining: number; phase: HoldPhase; fullMs: number };

/** The live countdown of a hold, re-rendered each second while there is one. */
export function useHoldCountdown(hold: Hold | null): HoldCountdown | null {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!hold) return;
    const timer = setInterval(() => setTick((n) => n + 1), 1_000);
    return () => clearInterval(timer);
  }, [hold]);

  // The hold's full duration, as first seen (or as an extension made it): derived state.
  const [seen, setSeen] = useState<{ holdId: string; expiresAt: string; fullMs: number } | null>(null);
  if (hold && (seen?.holdId !== hold.id || seen.expiresAt !== hold.expiresAt)) {
    setSeen({
      holdId: hold.id,
      expiresAt: hold.expiresAt,
      fullMs: observedDuration(
        seen?.holdId === hold.id ? seen.fullMs : undefined,
        hold.expiresAt,
        Date.now(),
      ),
    });
  }
  if (!hold) return null;
  const fullMs =
    seen?.holdId === hold.id ? seen.fullMs : observedDuration(undefined, hold.expiresAt, Date.now());
  const remaining = remainingMs(hold.expiresAt, Date.now());
  return { remaining, phase: holdPhase(remaining, fullMs), fullMs };
}
