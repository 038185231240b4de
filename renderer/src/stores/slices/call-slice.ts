import type { StateCreator } from 'zustand';
import type { Applicant } from '../../../../shared/api/applicants';
import type { Appointment } from '../../../../shared/api/booking/appointments';
import type { Call } from '../../../../shared/api/calls';
import type { Hold } from '../../../../shared/api/booking/holds';
import type { ConsoleState } from '../console-store';

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
  /** Requirements read out and ticked, by index in the procedure's checklist. */
  ticked: Record<number, boolean>;
  wrapUpOpen: boolean;
  startCall: (call: Call) => void;
  clearCall: () => void;
  selectApplicant: (applicant: Applicant | null) => void;
  selectProcedure: (id: string | null) => void;
  selectConsulate: (id: string | null) => void;
  selectSlot: (id: string | null) => void;
  setHold: (hold: Hold | null) => void;
  setConfirmKey: (key: { holdId: string; key: string } | null) => void;
  setBooked: (appointment: Appointment | null) => void;
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
  ticked: {},
  wrapUpOpen: false,
} satisfies Partial<CallSlice>;

export const createCallSlice: StateCreator<ConsoleState, [], [], CallSlice> = (set) => ({
  ...emptyCall,
  startCall: (call) => set({ ...emptyCall, call }),
  clearCall: () => set(emptyCall),
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
