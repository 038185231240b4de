import { act, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import { useShortcutListener } from '../../../commands/command-registry';
import { useFocusRequest } from '../../../lib/use-focus-request';
import { renderWithConsole, type Rendered } from '../../../testing/render-console';
import { CallerPanel } from '../components/caller-panel';

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

/** The caller panel in its harness, signed in as `username`. */
export const renderCallerPanel = (username: string): Promise<Rendered> =>
  renderWithConsole(
    <CallerHarness>
      <CallerPanel />
    </CallerHarness>,
    { username },
  );

/** The caller panel with the focus asked for it, as Alt+1 does: the search box has it. */
export async function renderFocusedCallerPanel(username: string): Promise<Rendered> {
  const r = await renderCallerPanel(username);
  act(() => r.store.getState().focusPanel('caller'));
  await waitFor(() =>
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Buscar solicitante' })),
  );
  return r;
}
