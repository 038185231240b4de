import type { MyStatus } from '../../../../../shared/api/floor/floor';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { useErrorText } from '../../../lib/use-error-text';
import { breakToggle, type BreakToggle } from '../break-toggle';
import { useSetMyState } from './use-set-my-state';

/**
 * The break key (Alt+B) and its button: asks the server for a break or for available again. The
 * answer is the status every console of the user then shows (status:changed brings it to the others).
 */
export function useBreakToggle(status: MyStatus | undefined): {
  action: BreakToggle | null;
  toggle: () => void;
  busy: boolean;
  error: string | null;
} {
  const errorText = useErrorText();
  const ask = useSetMyState();
  const busy = ask.isPending;
  const error = ask.isError ? errorText(ask.error) : null;
  const action = status ? breakToggle(status) : null;

  const toggle = () => {
    if (!action || busy) return;
    ask.mutate({ state: action.ask });
  };

  useCommand({
    id: 'status.break',
    label: 'operatorStatus.toggle.command',
    shortcut: actionShortcuts.takeBreak,
    enabled: action !== null && !busy,
    run: toggle,
  });
  return { action, toggle, busy, error };
}
