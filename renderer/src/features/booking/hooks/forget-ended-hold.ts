import { isApiError } from '../../../lib/api-error';
import type { ConsoleStore } from '../../../stores/console-store';

/**
 * The server says the hold is over (expired, released elsewhere, gone): stop showing it and send
 * the operator back to the grid to hold a time again. The error itself stays on screen.
 */
export function forgetEndedHold(store: ConsoleStore, error: unknown, holdId: string): void {
  if (!isApiError(error) || (error.code !== 'hold_expired' && error.code !== 'not_found')) return;
  const state = store.getState();
  if (state.hold?.id !== holdId) return;
  state.setHold(null);
  state.focusPanel('slots');
}
