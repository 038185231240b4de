import { useEffect, useRef, type RefObject } from 'react';
import { useConsole } from '../stores/console-store-context';
import type { Panel } from '../stores/slices/ui-slice';

/**
 * Moves focus to this panel's primary control when asked (a shortcut, or the previous step done):
 * focus is never left on a control that disappeared.
 */
export function useFocusRequest<T extends HTMLElement>(
  panel: Panel,
  ref?: RefObject<T | null>,
): RefObject<T | null> {
  const ownRef = useRef<T | null>(null);
  const target = ref ?? ownRef;
  const request = useConsole((s) => s.focusRequest);
  useEffect(() => {
    if (request?.panel !== panel) return;
    // After the render that revealed the control; never out of a modal dialog that opened meanwhile
    // (a caller who hangs up right after the answer opens the wrap-up before the screen pop's focus lands).
    const id = requestAnimationFrame(() => {
      if (document.activeElement?.closest('[aria-modal="true"]')) return;
      target.current?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [request, panel, target]);
  return target;
}
