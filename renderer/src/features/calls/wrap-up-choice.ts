import { WrapUpCode } from '../../../../shared/api/calls';
import type { ConsoleState } from '../../stores/console-store';

export const wrapUpCodes: readonly WrapUpCode[] = WrapUpCode.options;

/** The server refuses these without the appointment the call made (see server/modules/calls/end-call.ts). */
export const needsAppointment = (code: WrapUpCode): boolean => code === 'booked' || code === 'rescheduled';

/** What most calls that got this far were: booked, rescheduled, or a question answered. */
export function defaultWrapUp(hasBooked: boolean, byReschedule: boolean): WrapUpCode {
  if (!hasBooked) return 'information';
  return byReschedule ? 'rescheduled' : 'booked';
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
