import type { Kysely, Transaction } from 'kysely';
import type { MyCall } from '../../../shared/api/routing';
import { readableApplicantSandboxes } from '../../kernel/actor';
import type { CallRow, Database } from '../../platform/db/schema';
import { presentApplicant } from '../applicants';
import { readWrapUpLimitSeconds } from './call-center-settings';
import { findLiveHoldOfCall, findRoutedLine } from './my-call-repository';
import { findApplicantsByPhone } from '../applicants';

type Db = Kysely<Database> | Transaction<Database>;

/** When the server closes the wrap-up of a call whose line ended at `hungUpAt`. */
export const wrapUpDeadlineOf = (hungUpAt: string, limitSeconds: number) =>
  new Date(Date.parse(hungUpAt) + limitSeconds * 1000).toISOString();

/**
 * The operator's call as the console restores it (`GET /api/me/call`, an accepted offer): the line
 * (routed: its number, language, queue and status; dialled: what is known), what the call is about
 * so far, its live hold and the applicants with the caller's number.
 */
export async function presentMyCall(db: Db, call: CallRow, now: Date): Promise<MyCall> {
  const line = await findRoutedLine(db, call.id);
  const hungUpAt = call.hung_up_at ?? line?.ended_at ?? null;
  const lineStatus = line?.status ?? (hungUpAt === null ? 'connected' : 'ended');
  const applicantId = call.applicant_id ?? line?.applicant_id ?? null;
  const from = line?.from_number ?? null;
  const [limit, hold, matches] = await Promise.all([
    readWrapUpLimitSeconds(db),
    findLiveHoldOfCall(db, call.operator_id, call.id, now.toISOString()),
    from ? findApplicantsByPhone(db, readableApplicantSandboxes(call.sandbox), from) : Promise.resolve([]),
  ]);
  return {
    callId: call.id,
    status: lineStatus,
    direction: line?.direction ?? call.direction,
    from,
    language: line?.language ?? null,
    queueId: line?.queue_id ?? null,
    answeredAt: line?.answered_at ?? call.started_at,
    hungUpAt,
    wrapUpDeadline: hungUpAt === null ? null : wrapUpDeadlineOf(hungUpAt, limit),
    applicantId,
    procedureId: call.procedure_id,
    consulateId: call.consulate_id,
    appointmentId: call.appointment_id ?? line?.appointment_id ?? null,
    hold: hold
      ? {
          id: hold.id,
          slotId: hold.slot_id,
          applicantId: hold.applicant_id,
          procedureId: hold.procedure_id,
          consulateId: hold.consulate_id,
          expiresAt: hold.expires_at,
        }
      : null,
    matches: matches.map(presentApplicant),
  };
}
