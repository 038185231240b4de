import { useCallback, useEffect, useRef } from 'react';

/** Collects the letters typed in quick succession (a pause of `resetMs` starts a new search). */
export function useTypeAheadBuffer(resetMs = 700): (key: string) => string {
  const buffer = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return useCallback(
    (key: string) => {
      if (timer.current) clearTimeout(timer.current);
      buffer.current += key;
      timer.current = setTimeout(() => {
        buffer.current = '';
      }, resetMs);
      return buffer.current;
    },
    [resetMs],
  );
}
