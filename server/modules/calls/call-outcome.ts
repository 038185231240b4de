import type { Kysely, Transaction } from 'kysely';
import type { WrapUpCode } from '../../../shared/api/calls';
import { DomainError } from '../../kernel/domain-error';
import type { Database } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** The appointment a call's end names, as far as its outcome is concerned. */
interface NamedAppointment {
  appointment_id: string | null;
  /** The call the appointment was booked on (X-Call-Id of the booking), null when none. */
  call_id: string | null;
}

/** Audit entries of an appointment that say it changed on this call. */
async function changedOnCall(
  db: Db,
  appointmentId: string,
  callId: string,
  action: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('audit_log')
    .select('id')
    .where('entity_type', '=', 'appointment')
    .where('entity_id', '=', appointmentId)
    .where('action', '=', action)
    .where('call_id', '=', callId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A call's outcome names something that happened on that call: `booked` an appointment booked on
 * it, `rescheduled` the new appointment booked on it (or the one it moved, moved on it), `cancelled`
 * an appointment cancelled on it. Other outcomes may name the appointment the call was about.
 * Else 400 `invalid_request`: an operator's figures count only what their calls did.
 */
export async function checkOutcome(
  db: Db,
  callId: string,
  wrapUpCode: WrapUpCode,
  appointment: NamedAppointment,
): Promise<void> {
  const id = appointment.appointment_id as string;
  const bookedHere = appointment.call_id === callId;
  if (wrapUpCode === 'booked' && !bookedHere)
    throw new DomainError(
      'invalid_request',
      'That appointment was not booked on this call: a call wrapped up as "booked" names the appointment booked during it.',
    );
  if (
    wrapUpCode === 'rescheduled' &&
    !bookedHere &&
    !(await changedOnCall(db, id, callId, 'appointment.rescheduled'))
  )
    throw new DomainError(
      'invalid_request',
      'That appointment was not rescheduled on this call: a call wrapped up as "rescheduled" names the new appointment booked during it.',
    );
  if (wrapUpCode === 'cancelled' && !(await changedOnCall(db, id, callId, 'appointment.cancelled')))
    throw new DomainError(
      'invalid_request',
      'That appointment was not cancelled on this call: a call wrapped up as "cancelled" names the appointment cancelled during it.',
    );
}
