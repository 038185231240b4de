import type { Kysely } from 'kysely';
import type { WrapUpCode } from '../../../shared/api/calls';
import { todayIn } from '../../../shared/domain/time/zoned-time';
import type { PracticeEvidence } from '../../../shared/practice/evidence';
import { holdIdFor } from '../../kernel/ids';
import type { Database } from '../../platform/db/schema';
import { askedOf, requirementsOf } from './present-run';
import type { PracticeRunRow } from './practice-run-repository';

/**
 * What a run left behind in its sandbox, for the score: the user's last call started after the run
 * began, the appointment they booked during it (not the one the scenario seeded), the requirements
 * the console reported as read for its procedure, whether its read-back was shown, the lines asked.
 */
export async function gatherEvidence(db: Kysely<Database>, run: PracticeRunRow): Promise<PracticeEvidence> {
  const call = await db
    .selectFrom('calls')
    .selectAll()
    .where('sandbox', '=', run.sandbox)
    .where('operator_id', '=', run.user_id)
    .where('started_at', '>=', run.started_at)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const booking = await db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .innerJoin('consulates as c', 'c.id', 'r.consulate_id')
    .select(['r.appointment_id', 'r.applicant_id', 'r.procedure_id', 'r.consulate_id', 'r.replaces_id', 's.local_start', 'c.time_zone'])
    .where('r.sandbox', '=', run.sandbox)
    .where('r.status', '=', 'booked')
    .where('r.booked_by', '=', run.user_id)
    .where('r.booked_at', '>=', run.started_at)
    .$if(run.existing_appointment_id !== null, (q) => q.where('r.appointment_id', '!=', run.existing_appointment_id as string))
    .orderBy('r.booked_at', 'desc')
    .executeTakeFirst();

  const applicantId = call?.applicant_id ?? booking?.applicant_id ?? null;
  // A caller without a CURP is known by the identity key stored with them (folded names, birth date).
  const applicant = applicantId ? await db.selectFrom('applicants').select(['curp', 'identity_key']).where('id', '=', applicantId).executeTakeFirst() : undefined;

  const requirements = requirementsOf(run);
  const reported = Object.keys(requirements);
  const procedureId = booking?.procedure_id ?? reported[reported.length - 1] ?? null;
  let requirementsRead: PracticeEvidence['requirementsRead'] = null;
  if (procedureId !== null && requirements[procedureId] !== undefined) {
    const procedure = await db.selectFrom('procedures').select('requirements_json').where('id', '=', procedureId).executeTakeFirst();
    const total = procedure ? (JSON.parse(procedure.requirements_json) as unknown[]).length : 0;
    requirementsRead = { procedureId, count: requirements[procedureId], total };
  }

  const rescheduled = booking?.replaces_id != null && (run.existing_appointment_id === null || booking.replaces_id === holdIdFor(run.existing_appointment_id));
  return {
    call: call
      ? {
          durationSeconds: call.ended_at ? Math.max(0, Math.round((Date.parse(call.ended_at) - Date.parse(call.started_at)) / 1000)) : null,
          wrapUpCode: call.wrap_up_code as WrapUpCode | null,
        }
      : null,
    identifiedCurp: applicant?.curp ?? null,
    identifiedIdentityKey: applicant && applicant.curp === null ? applicant.identity_key : null,
    appointment: booking
      ? {
          procedureId: booking.procedure_id,
          consulateId: booking.consulate_id,
          localStart: booking.local_start,
          consulateToday: todayIn(booking.time_zone, new Date(run.started_at)),
          rescheduled,
        }
      : null,
    requirementsRead,
    readBackDone: booking?.appointment_id != null && run.read_back_appointment_id === booking.appointment_id,
    asked: askedOf(run),
  };
}
