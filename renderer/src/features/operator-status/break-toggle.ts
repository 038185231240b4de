import type { MyStatus } from '../../../../shared/api/floor/floor';

export type BreakToggle = {
  /** What the console asks the server for. */
  ask: 'break' | 'available';
  /** What the button says it will do. */
  label: 'takeBreak' | 'breakAfterCall' | 'backToAvailable';
};

/**
 * What Alt+B does now, or null when there is nothing to ask. Available: a break. On break or
 * offline: back to available. On a call (or its wrap-up) the server keeps a break pending until the
 * call ends; once one is pending (or a lead's), the call has to end first.
 */
export function breakToggle({
  state,
  pendingState,
}: Pick<MyStatus, 'state' | 'pendingState'>): BreakToggle | null {
  if (state === 'on_call' || state === 'wrap_up')
    return pendingState ? null : { ask: 'break', label: 'breakAfterCall' };
  if (state === 'available') return { ask: 'break', label: 'takeBreak' };
  return { ask: 'available', label: 'backToAvailable' };
}
