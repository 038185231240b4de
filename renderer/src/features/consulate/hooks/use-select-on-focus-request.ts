import { useEffect, type RefObject } from 'react';
import { useConsole } from '../../../stores/console-store-context';

/**
 * Selects the field's text whenever the consulate step is asked for (Alt+3, previous step done),
 * also when focus never left it: typing then replaces the chosen consulate instead of appending.
 */
export function useSelectOnFocusRequest(inputRef: RefObject<HTMLInputElement | null>): void {
  const request = useConsole((s) => s.focusRequest);
  useEffect(() => {
    if (request?.panel !== 'consulate') return;
    const id = requestAnimationFrame(() => inputRef.current?.select());
    return () => cancelAnimationFrame(id);
  }, [request, inputRef]);
}
