import { useEffect, useState } from 'react';
import { elapsedSeconds } from '../format-duration';

/** Seconds since `startMs`, updated every second while mounted. */
export function useElapsedSeconds(startMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [startMs]);
  return elapsedSeconds(startMs, now);
}
