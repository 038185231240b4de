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
  /** An outbound call (a callback): inbound calls arrive by routing and ring. */
  startCall: 'Alt+N',
  /** The call ringing: take it ("Tomar" / "Take"), or pass it on ("Declinar" / "Decline"). */
  acceptCall: 'Alt+T',
  rejectCall: 'Alt+D',
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
  /** The operator's own break: on break ↔ available (after the call, if on one). */
  takeBreak: 'Alt+B',
  /** "Got it" on the notice that a lead moved the operator to another queue. */
  dismissNotice: 'Alt+O',
  /** Lead's floor: reassign the selected operators to another queue. */
  reassign: 'Alt+R',
  /** Operators and leads: enter or leave practice mode (not during a call). */
  practiceMode: 'Alt+Shift+P',
  /** Practice: ask the simulated caller the next question not asked yet. */
  nextQuestion: 'Alt+Q',
  /** No time suits the caller: put them on the waitlist for this service (the form opens). */
  waitlist: 'Alt+Y',
  /** Leads and admins: who looked at the open applicant's record ("Consultas"). */
  applicantReads: 'Alt+Shift+C',
} as const;

/** A lead's console has views; Alt+6…9 and Alt+0 go to them (Alt+1…5 stay the call panels). */
export const viewShortcuts = {
  calls: 'Alt+6',
  floor: 'Alt+7',
  capacity: 'Alt+8',
  shifts: 'Alt+9',
  practice: 'Alt+0',
  /** The waitlists per consulate and service, and the messages sent to applicants (read-only). */
  waitlist: 'Alt+Shift+6',
  messages: 'Alt+Shift+7',
} as const;
export type LeadView = keyof typeof viewShortcuts;
