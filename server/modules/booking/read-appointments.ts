import type { Appointment } from '../../../shared/api/booking/appointments';
import { readableApplicantSandboxes, type Actor } from '../../kernel/actor';
import { notFound } from '../../kernel/domain-error';
import { findApplicantInSandboxes } from '../applicants';
import type { BookingDeps } from './booking-deps';
import { presentAppointment } from './presenters';
import { findAppointmentView, listAppointmentsOf } from './reservation-repository';

/** An applicant's appointments in the actor's inventory, soonest first; 404 for an applicant they cannot see. */
export async function listAppointments(
  deps: Pick<BookingDeps, 'db'>,
  actor: Actor,
  applicantId: string,
): Promise<Appointment[]> {
  if (!(await findApplicantInSandboxes(deps.db, readableApplicantSandboxes(actor.sandbox), applicantId)))
    throw notFound('That applicant');
  return (await listAppointmentsOf(deps.db, actor.sandbox, applicantId)).map(presentAppointment);
}

/** One appointment of the actor's inventory (live or practice), with its day's closure. */
export async function readAppointment(
  deps: Pick<BookingDeps, 'db'>,
  actor: Actor,
  appointmentId: string,
): Promise<Appointment> {
  const view = await findAppointmentView(deps.db, actor.sandbox, appointmentId);
  if (!view) throw notFound('That appointment');
  return presentAppointment(view);
}
