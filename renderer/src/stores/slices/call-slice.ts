import type { StateCreator } from 'zustand';
import type { Applicant } from '../../../../shared/api/applicants';
import type { Appointment } from '../../../../shared/api/booking/appointments';
import type { Call } from '../../../../shared/api/calls';
import type { Hold } from '../../../../shared/api/booking/holds';
import type { CallDirection, CallLanguage } from '../../../../shared/api/routing';
import type { ConsoleState } from '../console-store';

/** The line of a call the server routed (or an outbound one): who called, and whether they hung up. */
export type CallLine = {
  direction: CallDirection;
  from: string | null;
  language: CallLanguage | null;
  queueId: string | null;
  /** When the caller hung up: the console is in the wrap-up, which the server closes at `wrapUpDeadline`. */
  hungUpAt: string | null;
  wrapUpDeadline: string | null;
};

/**
 * What the caller panel opens with on an answered call nobody was picked for yet: the applicants
 * on record with the caller's number to choose from, or the register form with the number filled in.
 */
export type ScreenPop = { callId: string; kind: 'choose' | 'register'; number: string };

/** Everything chosen so far on a call joined from the server (answered, or taken back after a reload). */
export type JoinedCall = {
  call: Call;
  line: CallLine;
  applicant: Applicant | null;
  procedureId: string | null;
  consulateId: string | null;
  hold: Hold | null;
  screenPop: ScreenPop | null;
};

/**
 * The call on the line: who, what, where, which seat, and how it ended. UI state only — the
 * records themselves (applicant, slots, appointments) are server state in the query cache.
 */
export type CallSlice = {
  call: Call | null;
  /** The caller, as picked from the search or just registered. */
  applicant: Applicant | null;
  procedureId: string | null;
  consulateId: string | null;
  selectedSlotId: string | null;
  hold: Hold | null;
  /** The Idempotency-Key of the current confirm attempt: its retries reuse it. */
  confirmKey: { holdId: string; key: string } | null;
  /** The appointment being moved, when the caller reschedules. */
  reschedulingAppointmentId: string | null;
  booked: Appointment | null;
  /** Appointments cancelled on this call, oldest first (the wrap-up's first choice follows them). */
  cancelledOnCall: readonly string[];
  /** Requirements read out and ticked, by index in the procedure's checklist. */
  ticked: Record<number, boolean>;
  wrapUpOpen: boolean;
  /** A routed call's line (null: a call started here the old way, or none). */
  line: CallLine | null;
  screenPop: ScreenPop | null;
  startCall: (call: Call) => void;
  /** The console is on a call the server holds: answered now, or taken back after a reload. */
  joinCall: (joined: JoinedCall) => void;
  /** The caller hung up: the wrap-up opens, closed by the server at `wrapUpDeadline`. */
  lineEnded: (hungUpAt: string, wrapUpDeadline: string | null) => void;
  clearCall: () => void;
  selectApplicant: (applicant: Applicant | null) => void;
  selectProcedure: (id: string | null) => void;
  selectConsulate: (id: string | null) => void;
  selectSlot: (id: string | null) => void;
  setHold: (hold: Hold | null) => void;
  setConfirmKey: (key: { holdId: string; key: string } | null) => void;
  setBooked: (appointment: Appointment | null) => void;
  recordCancelled: (appointmentId: string) => void;
  startReschedule: (appointment: Appointment) => void;
  toggleTicked: (index: number) => void;
  setWrapUpOpen: (open: boolean) => void;
};

const emptyCall = {
  call: null,
  applicant: null,
  procedureId: null,
  consulateId: null,
  selectedSlotId: null,
  hold: null,
  confirmKey: null,
  reschedulingAppointmentId: null,
  booked: null,
  cancelledOnCall: [],
  ticked: {},
  wrapUpOpen: false,
  line: null,
  screenPop: null,
} satisfies Partial<CallSlice>;

export const createCallSlice: StateCreator<ConsoleState, [], [], CallSlice> = (set) => ({
  ...emptyCall,
  startCall: (call) => set({ ...emptyCall, call }),
  clearCall: () => set(emptyCall),
  joinCall: ({ call, line, applicant, procedureId, consulateId, hold, screenPop }) =>
    set({
      ...emptyCall,
      call,
      line,
      applicant,
      procedureId,
      consulateId,
      hold,
      selectedSlotId: hold?.slotId ?? null,
      screenPop,
      wrapUpOpen: line.hungUpAt !== null,
    }),
  lineEnded: (hungUpAt, wrapUpDeadline) =>
    set((s) => (s.line ? { line: { ...s.line, hungUpAt, wrapUpDeadline }, wrapUpOpen: true } : {})),
  selectApplicant: (applicant) =>
    set({
      applicant,
      procedureId: null,
      selectedSlotId: null,
      booked: null,
      reschedulingAppointmentId: null,
      ticked: {},
    }),
  selectProcedure: (procedureId) => set({ procedureId, ticked: {}, booked: null }),
  selectConsulate: (consulateId) => set({ consulateId, selectedSlotId: null }),
  selectSlot: (selectedSlotId) => set({ selectedSlotId }),
  setHold: (hold) => set({ hold, confirmKey: null }),
  setConfirmKey: (confirmKey) => set({ confirmKey }),
  setBooked: (booked) => set({ booked, hold: null, confirmKey: null, reschedulingAppointmentId: null }),
  recordCancelled: (appointmentId) =>
    set((s) => (s.call ? { cancelledOnCall: [...s.cancelledOnCall, appointmentId] } : {})),
  startReschedule: (appointment) =>
    set({
      reschedulingAppointmentId: appointment.id,
      procedureId: appointment.procedureId,
      consulateId: appointment.consulateId,
      selectedSlotId: null,
      booked: null,
    }),
  toggleTicked: (index) => set((s) => ({ ticked: { ...s.ticked, [index]: !s.ticked[index] } })),
  setWrapUpOpen: (wrapUpOpen) => set({ wrapUpOpen }),
});
