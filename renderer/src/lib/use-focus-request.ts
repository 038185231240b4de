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
    // After the render that revealed the control.
    const id = requestAnimationFrame(() => target.current?.focus());
    return () => cancelAnimationFrame(id);
  }, [request, panel, target]);
  return target;
}
