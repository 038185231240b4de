import type { Transaction } from 'kysely';
import type { DependentAppointment } from '../../../shared/api/booking/dependent-appointments';
import type { PrerequisiteMissingDetails } from '../../../shared/api/booking/prerequisite-missing';
import { addDays, daysBetween } from '../../../shared/domain/time/local-date';
import type { Database } from '../../platform/db/schema';
import { findProcedure } from '../reference';
import { findBookingsOf, findFollowingBookings, type BookingOnDate } from './reservation-repository';
import { findConsulate } from '../reference';
import { DomainError, notFound } from '../../kernel/domain-error';

/** Where and when a chained visit (a birth registration) is to be booked. */
export interface ChainedSlot {
  consulate_id: string;
  local_date: string;
}

/**
 * The first consulate-local date a visit may follow its prerequisite on: at least the consulate's
 * `prerequisite_gap_days` later, and never the same day.
 */
export const firstDateAfter = (prerequisiteDate: string, gapDays: number) =>
  addDays(prerequisiteDate, Math.max(gapDays, 1));

/**
 * The booking among `candidates` that a visit at `slot` may follow: same consulate, early enough.
 * Otherwise the refusal saying what is wrong: no review at all, one at another consulate, or one too
 * close (naming its date and the first date the visit may have).
 */
function prerequisiteVerdict(
  candidates: readonly BookingOnDate[],
  slot: ChainedSlot,
  gapDays: number,
  names: { visit: string; prerequisite: string },
): DomainError | null {
  const here = candidates.filter((b) => b.consulate_id === slot.consulate_id);
  if (here.some((b) => daysBetween(firstDateAfter(b.local_date, gapDays), slot.local_date) >= 0)) return null;
  // Sorted soonest first: the earliest one gives the earliest date the visit may have.
  const nearest = here[0];
  if (nearest) {
    const firstAllowed = firstDateAfter(nearest.local_date, gapDays);
    return new DomainError(
      'prerequisite_missing',
      `The ${names.prerequisite} (${nearest.confirmation_code}) is on ${nearest.local_date} at ${slot.consulate_id}; the ${names.visit} can be booked there from ${firstAllowed} on (at least ${gapDays} days after it).`,
      {
        prerequisite: describeBooking(nearest),
        firstAllowedDate: firstAllowed,
        gapDays,
      } satisfies PrerequisiteMissingDetails,
    );
  }
  const elsewhere = candidates[0];
  if (elsewhere) {
    return new DomainError(
      'prerequisite_missing',
      `The ${names.prerequisite} (${elsewhere.confirmation_code}) is booked at ${elsewhere.consulate_id} on ${elsewhere.local_date}; the ${names.visit} must be at the same consulate.`,
      {
        prerequisite: describeBooking(elsewhere),
        firstAllowedDate: null,
        gapDays,
      } satisfies PrerequisiteMissingDetails,
    );
  }
  return new DomainError(
    'prerequisite_missing',
    `The ${names.visit} can only follow a booked ${names.prerequisite} at the same consulate, at least ${gapDays} days earlier. Book that visit first.`,
    {
      prerequisite: null,
      firstAllowedDate: null,
      gapDays,
    } satisfies PrerequisiteMissingDetails,
  );
}

const describeBooking = (b: BookingOnDate) => ({
  appointmentId: b.appointment_id,
  confirmationCode: b.confirmation_code,
  consulateId: b.consulate_id,
  date: b.local_date,
  procedureId: b.procedure_id,
});

/** Procedures are named by their ids in messages, as in `not_eligible`'s: the console words them from `details`. */
const namesOf = (visitId: string, prerequisiteId: string) => ({
  visit: visitId,
  prerequisite: prerequisiteId,
});

async function gapDaysAt(trx: Transaction<Database>, consulateId: string): Promise<number> {
  const consulate = await findConsulate(trx, consulateId);
  if (!consulate) throw notFound(`Consulate ${consulateId}`);
  return Number(consulate.prerequisite_gap_days);
}

/**
 * Some procedures follow another (birth registration follows its document review): the applicant
 * must have that visit booked at the same consulate, at least the consulate's gap earlier. A review
 * already attended counts. Checked at hold and again at booking, since the review may have been
 * cancelled or moved while the seat was held.
 */
export async function checkPrerequisite(
  trx: Transaction<Database>,
  sandbox: string,
  applicantId: string,
  procedureId: string,
  slot: ChainedSlot,
): Promise<void> {
  const procedure = await findProcedure(trx, procedureId);
  if (!procedure) throw notFound('That procedure');
  const required = procedure.requires_procedure_id;
  if (!required) return;
  const candidates = await findBookingsOf(trx, sandbox, applicantId, required);
  const refusal = prerequisiteVerdict(
    candidates,
    slot,
    await gapDaysAt(trx, slot.consulate_id),
    namesOf(procedureId, required),
  );
  if (refusal) throw refusal;
}

/**
 * The applicant's coming visits that follow `procedureId` and would lose their prerequisite if the
 * booking `exceptId` were gone (cancelled), or as the bookings stand now (`exceptId` null: after a
 * move inside this transaction). Each with the reason it breaks.
 */
export async function dependentsBrokenWithout(
  trx: Transaction<Database>,
  sandbox: string,
  applicantId: string,
  procedureId: string,
  exceptId: string | null,
  now: Date,
): Promise<{ booking: BookingOnDate; why: DomainError }[]> {
  const following = await findFollowingBookings(trx, sandbox, applicantId, procedureId, now.toISOString());
  if (following.length === 0) return [];
  const candidates = await findBookingsOf(trx, sandbox, applicantId, procedureId, exceptId);
  const broken: { booking: BookingOnDate; why: DomainError }[] = [];
  for (const booking of following) {
    const names = namesOf(booking.procedure_id, procedureId);
    const why = prerequisiteVerdict(candidates, booking, await gapDaysAt(trx, booking.consulate_id), names);
    if (why) broken.push({ booking, why });
  }
  return broken;
}

/** A dependent booking as `details` carry it (shared/api/dependent-appointments.ts). */
export const describeDependent = (b: BookingOnDate): DependentAppointment => ({
  appointmentId: b.appointment_id,
  confirmationCode: b.confirmation_code,
  procedureId: b.procedure_id,
  consulateId: b.consulate_id,
  date: b.local_date,
  localStart: b.local_start,
});

/** How a dependent booking is named to the operator: "birth-registration K7M2QXR on 2027-03-22 at PHX". */
export const nameDependent = (b: BookingOnDate) =>
  `${b.procedure_id} ${b.confirmation_code} on ${b.local_date} at ${b.consulate_id}`;
