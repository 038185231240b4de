import { useEffect, useState, type RefObject } from 'react';

/**
 * The width of an element in CSS pixels, followed as it resizes, so a chart draws at its real size
 * (text in an SVG scaled down to fit would shrink below readable). `fallback` until measured, and
 * where nothing can be measured (no ResizeObserver, no layout).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
