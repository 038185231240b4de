import { useEffect, useState } from 'react';
import { useConsoleStore } from '../../../stores/console-store-context';
import { bookedByReschedule } from '../wrap-up-choice';

/** Whether this call's booking moved an existing appointment (for the wrap-up's first choice). */
export function useBookedByReschedule(): boolean {
  const store = useConsoleStore();
  const [value, setValue] = useState(false);
  useEffect(
    () => store.subscribe((next, prev) => setValue((current) => bookedByReschedule(prev, next, current))),
    [store],
  );
  return value;
}
