import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { MyStatus } from '../../../../../shared/api/floor/floor';
import { useApi } from '../../../api/api-client-context';
import { rememberMyStatus, setMyState } from '../../../api/me-status';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { useErrorText } from '../../../lib/use-error-text';
import { breakToggle, type BreakToggle } from '../break-toggle';

/**
 * The break key (Alt+B) and its button: asks the server for a break or for available again. The
 * answer is the status every console of the user then shows (status:changed brings it to the others).
 */
export function useBreakToggle(status: MyStatus | undefined): { action: BreakToggle | null; toggle: () => void; busy: boolean; error: string | null } {
  const api = useApi();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const action = status ? breakToggle(status) : null;

  const toggle = async () => {
    if (!action || busy) return;
    setBusy(true);
    setError(null);
    try {
      const next = await setMyState(api, { state: action.ask });
      rememberMyStatus(queryClient, next);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  useCommand({ id: 'status.break', label: 'operatorStatus.toggle.command', shortcut: actionShortcuts.takeBreak, enabled: action !== null && !busy, run: () => void toggle() });
  return { action, toggle: () => void toggle(), busy, error };
}
