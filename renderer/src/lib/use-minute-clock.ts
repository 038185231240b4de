import { useEffect, useState } from 'react';

const MINUTE_MS = 60_000;

/**
 * The current instant, renewed just after each minute boundary: what a clock showing minutes
 * needs, and what greys out a time the minute it starts (a timer counted from mount could leave
 * it bookable-looking for up to a minute).
 */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(
        () => {
          setNow(new Date());
          schedule();
        },
        MINUTE_MS - (Date.now() % MINUTE_MS) + 20,
      );
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return now;
}
