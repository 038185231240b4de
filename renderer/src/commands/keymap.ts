import type { Panel } from '../stores/slices/ui-slice';

/**
 * The console's keymap in one table, so no two features claim the same keys: Alt+digit for the
 * panels, Alt+letter for actions, Mod+K (Ctrl+K, ⌘K) for the command palette.
 */
export const panelShortcuts: Record<Panel, string> = {
  caller: 'Alt+1',
  procedure: 'Alt+2',
  consulate: 'Alt+3',
  slots: 'Alt+4',
  booking: 'Alt+5',
};

export const actionShortcuts = {
  startCall: 'Alt+N',
  endCall: 'Alt+W',
  registerApplicant: 'Alt+G',
  appointments: 'Alt+A',
  holdSlot: 'Alt+H',
  extendHold: 'Alt+E',
  releaseHold: 'Alt+X',
  confirm: 'Alt+C',
  printConfirmation: 'Alt+P',
  language: 'Alt+L',
  palette: 'Mod+K',
} as const;
