import { WrapUpCode } from '../../../../shared/api/calls';
import type { ConsoleState } from '../../stores/console-store';

export const wrapUpCodes: readonly WrapUpCode[] = WrapUpCode.options;

/** The server refuses these without the appointment the call made (see server/modules/calls/end-call.ts). */
export const needsAppointment = (code: WrapUpCode): boolean => code === 'booked' || code === 'rescheduled';

/** What happened on the call so far, as the console saw it. */
export type CallHappenings = {
  /** The appointment booked on the call (null: none). */
  booked: { id: string } | null;
  /** That booking moved an existing appointment. */
  byReschedule: boolean;
  /** Appointments cancelled on the call, oldest first. */
  cancelled: readonly string[];
};

/**
 * The wrap-up's first choice: what happened on the call. A booking that still stands says booked
 * (or rescheduled); else a cancellation says cancelled (a booking cancelled again on the same call
 * included); a call that changed nothing was a question answered.
 */
export function defaultWrapUp({ booked, byReschedule, cancelled }: CallHappenings): WrapUpCode {
  if (booked !== null && !cancelled.includes(booked.id)) return byReschedule ? 'rescheduled' : 'booked';
  if (cancelled.length > 0) return 'cancelled';
  return 'information';
}

type BookingView = Pick<ConsoleState, 'call' | 'booked' | 'reschedulingAppointmentId' | 'hold'>;

/**
 * Whether the appointment booked in this call moved an existing one. The store forgets the
 * reschedule as it records the booking, so the change from `prev` to `next` tells.
 */
export function bookedByReschedule(prev: BookingView, next: BookingView, current: boolean): boolean {
  if (next.call?.id !== prev.call?.id || next.booked === null) return false;
  if (next.booked === prev.booked) return current;
  return prev.reschedulingAppointmentId !== null || Boolean(prev.hold?.replacesAppointmentId);
}
