import { useEffect, type RefObject } from 'react';
import { useConsole } from '../../../stores/console-store-context';

/**
 * Selects the field's text whenever the consulate step is asked for (Alt+3, previous step done),
 * also when focus never left it: typing then replaces the chosen consulate instead of appending.
 * The selection waits for the frame that shows the field; an operator who typed before that frame
 * keeps what they typed (it would otherwise be selected and replaced by the next key).
 */
export function useSelectOnFocusRequest(inputRef: RefObject<HTMLInputElement | null>): void {
  const request = useConsole((s) => s.focusRequest);
  useEffect(() => {
    if (request?.panel !== 'consulate') return;
    const id = requestAnimationFrame(() => {
      const input = inputRef.current;
      if (input && input.dataset.typing !== 'true') input.select();
    });
    return () => cancelAnimationFrame(id);
  }, [request, inputRef]);
}
