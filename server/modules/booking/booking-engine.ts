import type { CreateHoldBody } from '../../../shared/api/booking/holds';
import type { Actor } from '../../kernel/actor';
import { cancelAppointment, type CancelOptions } from './cancel-appointment';
import { confirmAppointment } from './confirm-appointment';
import type { BookingDeps } from './booking-deps';
import { createHold, extendHold, releaseHold } from './hold-commands';
import { sweepExpiredHolds } from './hold-sweeper';
import { rescheduleAppointment } from './reschedule-appointment';
import { listAppointments, readAppointment } from './read-appointments';

/** The booking commands, each one transaction, bound to their dependencies. */
export function createBookingEngine(deps: BookingDeps) {
  return {
    createHold: (actor: Actor, input: CreateHoldBody) => createHold(deps, actor, input),
    extendHold: (actor: Actor, holdId: string) => extendHold(deps, actor, holdId),
    releaseHold: (actor: Actor, holdId: string) => releaseHold(deps, actor, holdId),
    confirmAppointment: (actor: Actor, holdId: string, idempotencyKey: string) =>
      confirmAppointment(deps, actor, holdId, idempotencyKey),
    cancelAppointment: (
      actor: Actor,
      appointmentId: string,
      reason: string | null,
      options?: CancelOptions,
    ) => cancelAppointment(deps, actor, appointmentId, reason, options),
    rescheduleAppointment: (actor: Actor, appointmentId: string, slotId: string, idempotencyKey: string) =>
      rescheduleAppointment(deps, actor, appointmentId, slotId, idempotencyKey),
    listAppointments: (actor: Actor, applicantId: string) => listAppointments(deps, actor, applicantId),
    readAppointment: (actor: Actor, appointmentId: string) => readAppointment(deps, actor, appointmentId),
    sweepExpiredHolds: () => sweepExpiredHolds(deps),
  };
}

export type BookingEngine = ReturnType<typeof createBookingEngine>;
