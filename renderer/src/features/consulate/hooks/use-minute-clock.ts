import { useEffect, useState } from 'react';

const MINUTE_MS = 60_000;

/** The current instant, renewed on each minute boundary (a clock showing minutes needs no more). */
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
