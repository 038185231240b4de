import type { Call, StartCallBody } from '../../../shared/api/calls';
import { appendAudit } from '../../platform/audit/audit-log';
import { readableApplicantSandboxes, type Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { newId } from '../../kernel/ids';
import type { CallRow } from '../../platform/db/schema';
import { findApplicantInSandboxes } from '../applicants';
import { findAppointmentView } from '../booking';
import { findCurrentCallOf, insertCall, lockOperator } from './call-repository';
import type { CallDeps } from './call-deps';
import { presentCall } from './present-call';

const busy = (callId: string) =>
  new DomainError(
    'operator_busy',
    `You are on call ${callId}: end it (with its wrap-up) before you dial out.`,
  );

/**
 * The operator dials out (calls come in through the routing): an outbound call starts now, by the
 * server's clock, in the operator's sandbox, about the applicant (and appointment) named. One call
 * at a time: an operator whose call is still open is refused (409 operator_busy).
 */
export async function startCall(deps: CallDeps, actor: Actor, body: StartCallBody = {}): Promise<Call> {
  const now = deps.clock();
  const row: CallRow = {
    id: newId('cal'),
    sandbox: actor.sandbox,
    operator_id: actor.userId,
    started_at: now.toISOString(),
    ended_at: null,
    wrap_up_code: null,
    applicant_id: body.applicantId ?? null,
    appointment_id: body.appointmentId ?? null,
    note: null,
    direction: 'outbound',
    procedure_id: null,
    consulate_id: null,
    hung_up_at: null,
    ended_by: null,
  };
  await deps.transact(async (trx) => {
    await lockOperator(trx, actor.userId);
    const open = await findCurrentCallOf(trx, actor.sandbox, actor.userId);
    if (open) throw busy(open.id);
    if (body.appointmentId) {
      const appointment = await findAppointmentView(trx, actor.sandbox, body.appointmentId);
      if (!appointment) throw notFound(`Appointment ${body.appointmentId}`);
      if (body.applicantId && body.applicantId !== appointment.applicant_id)
        throw new DomainError(
          'invalid_request',
          'That appointment belongs to another applicant than the one being called.',
        );
      row.applicant_id = appointment.applicant_id;
      row.procedure_id = appointment.procedure_id;
      row.consulate_id = appointment.consulate_id;
    } else if (
      body.applicantId &&
      !(await findApplicantInSandboxes(trx, readableApplicantSandboxes(actor.sandbox), body.applicantId))
    ) {
      throw notFound(`Applicant ${body.applicantId}`);
    }
    await insertCall(trx, row);
    // The audit entry belongs to the call it records, whatever X-Call-Id the request carried.
    await appendAudit(
      trx,
      now,
      { ...actor, callId: row.id },
      'call.started',
      { type: 'call', id: row.id },
      {
        startedAt: row.started_at,
        direction: row.direction,
        applicantId: row.applicant_id,
        appointmentId: row.appointment_id,
      },
    );
  });
  const call = presentCall(row);
  await deps.events?.started(actor, call);
  return call;
}
