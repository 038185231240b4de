/**
 * The booking module's public entry: the engine (holds, appointments, reschedules, cancellations,
 * each one transaction) and what other modules read of an appointment.
 */
export { createBookingEngine, type BookingEngine } from './booking-engine';
export type { BookingDeps, BookingEvents, BookingLimits } from './booking-deps';
export { appointmentRoutes } from './appointment-routes';
export { holdRoutes } from './hold-routes';
export { startHoldSweeper } from './hold-sweeper';
export { countLiveHolds } from './live-holds';
export { findAppointmentView } from './reservation-repository';
export { presentAppointment } from './presenters';
export type { AppointmentNotices, AppointmentNotice } from './appointment-notices';
export { WAITLIST_HOLDER } from './hold-row';
export {
  holdSeatForWaitlist,
  refuseActiveReservation,
  releaseWaitlistHold,
  type WaitlistSeatResult,
} from './waitlist-hold';
