import type { ReactNode } from 'react';
import { useShortcutListener } from '../../../commands/command-registry';
import { useFocusRequest } from '../../../lib/use-focus-request';

/**
 * What surrounds the caller panel in the console, for its tests: the global shortcut listener
 * and stand-ins for the next steps' primary controls, so a test sees where the focus goes.
 */
export function CallerHarness({ children }: { children: ReactNode }) {
  useShortcutListener();
  const procedureRef = useFocusRequest<HTMLInputElement>('procedure');
  const slotsRef = useFocusRequest<HTMLDivElement>('slots');
  return (
    <>
      {children}
      <input ref={procedureRef} aria-label="procedure step" />
      <div ref={slotsRef} tabIndex={-1} aria-label="slots step" />
    </>
  );
}
