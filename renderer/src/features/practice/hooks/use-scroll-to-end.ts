import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps a scrolling box at its end as lines arrive (`count` changes): the newest line in view, from
 * its start when it is taller than what is left of the box. Only that box moves — the page and the
 * panels around it (the read-back) stay where they are, and focus stays where the user is.
 */
export function useScrollToEnd(
  boxRef: RefObject<HTMLElement | null>,
  newestRef: RefObject<HTMLElement | null>,
  count: number,
): void {
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    box.scrollTop = box.scrollHeight;
    const newest = newestRef.current;
    if (!newest) return;
    const above = newest.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (above < 0) box.scrollTop += above;
  }, [boxRef, newestRef, count]);
}
