import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps a scrolling list at its end as lines arrive (`count` changes): the newest line in view,
 * only that list moving — the page and the panels around it (the read-back) stay where they are,
 * and focus stays where the user is.
 */
export function useScrollToEnd(ref: RefObject<HTMLElement | null>, count: number): void {
  useLayoutEffect(() => {
    const list = ref.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [ref, count]);
}
