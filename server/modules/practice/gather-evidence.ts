import type { Kysely } from 'kysely';
import type { WrapUpCode } from '../../../shared/api/calls';
import { todayIn } from '../../../shared/domain/time/zoned-time';
import type { PracticeEvidence } from '../../../shared/practice/evidence';
import { holdIdFor } from '../../kernel/ids';
import type { Database } from '../../platform/db/schema';
import { findProcedure } from '../reference';
import { findApplicantIdentity, findBookingOfRun, findLastCallOfRun } from './evidence-repository';
import { askedOf, requirementsOf } from './present-run';
import type { PracticeRunRow } from './practice-run-repository';

/**
 * What a run left behind in its sandbox, for the score: the user's last call started after the run
 * began, the appointment they booked during it (not the one the scenario seeded), the requirements
 * the console reported as read for its procedure, whether its read-back was shown, the lines asked.
 */
export async function gatherEvidence(db: Kysely<Database>, run: PracticeRunRow): Promise<PracticeEvidence> {
  const call = await findLastCallOfRun(db, run);
  const booking = await findBookingOfRun(db, run);
  const applicantId = call?.applicant_id ?? booking?.applicant_id ?? null;
  const applicant = applicantId ? await findApplicantIdentity(db, applicantId) : undefined;

  const requirements = requirementsOf(run);
  const reported = Object.keys(requirements);
  const procedureId = booking?.procedure_id ?? reported[reported.length - 1] ?? null;
  let requirementsRead: PracticeEvidence['requirementsRead'] = null;
  if (procedureId !== null && requirements[procedureId] !== undefined) {
    const procedure = await findProcedure(db, procedureId);
    const total = procedure ? (JSON.parse(procedure.requirements_json) as unknown[]).length : 0;
    requirementsRead = { procedureId, count: requirements[procedureId], total };
  }

  const rescheduled =
    booking?.replaces_id != null &&
    (run.existing_appointment_id === null || booking.replaces_id === holdIdFor(run.existing_appointment_id));
  return {
    call: call
      ? {
          durationSeconds: call.ended_at
            ? Math.max(0, Math.round((Date.parse(call.ended_at) - Date.parse(call.started_at)) / 1000))
            : null,
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
