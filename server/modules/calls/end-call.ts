import type { Call, EndCallBody, WrapUpCode } from '../../../shared/api/calls';
import { appendAudit } from '../../platform/audit/audit-log';
import { readableApplicantSandboxes, type Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import type { CallRow } from '../../platform/db/schema';
import { findApplicantInSandboxes } from '../applicants';
import { endOpenCall, findOwnCall } from './call-repository';
import { findAppointmentView } from '../booking';
import type { CallDeps } from './call-deps';
import { callDurationSeconds, presentCall } from './present-call';
import { checkOutcome } from './call-outcome';

/** Wrap-up codes that say an appointment was made: the call must name it. */
export const wrapUpsNeedingAppointment: readonly WrapUpCode[] = ['booked', 'rescheduled'];

const alreadyEnded = () =>
  new DomainError('call_already_ended', 'This call has already ended. Start a new call for the next caller.');

/**
 * The operator closes their call with a wrap-up code and, when there is one, the applicant and the
 * appointment the call was about (of the same sandbox) — whether the caller already hung up or the
 * line is still connected (then the operator's end hangs it up). The routing hears `ended` and
 * closes a routed call's line.
 */
export async function endCall(
  deps: CallDeps,
  actor: Actor,
  callId: string,
  body: EndCallBody,
): Promise<Call> {
  if (wrapUpsNeedingAppointment.includes(body.wrapUpCode) && !body.appointmentId) {
    throw new DomainError(
      'invalid_request',
      `A call wrapped up as "${body.wrapUpCode}" needs the appointmentId of the appointment it made.`,
    );
  }
  const now = deps.clock();
  const endedCall = await deps.transact(async (trx) => {
    const call = await findOwnCall(trx, actor.sandbox, actor.userId, callId);
    if (!call) throw notFound('That call');
    if (call.ended_at !== null) throw alreadyEnded();

    let applicantId = body.applicantId ?? null;
    if (body.appointmentId) {
      const appointment = await findAppointmentView(trx, actor.sandbox, body.appointmentId);
      if (!appointment) throw notFound('That appointment');
      if (applicantId !== null && applicantId !== appointment.applicant_id) {
        throw new DomainError(
          'invalid_request',
          'That appointment belongs to another applicant than the one given for this call.',
        );
      }
      applicantId = appointment.applicant_id;
      await checkOutcome(trx, call.id, body.wrapUpCode, appointment);
    } else if (
      applicantId !== null &&
      !(await findApplicantInSandboxes(trx, readableApplicantSandboxes(actor.sandbox), applicantId))
    ) {
      throw notFound('That applicant');
    }

    // Never before the start, even if the clock stepped back since.
    const endedAt = now.toISOString() < call.started_at ? call.started_at : now.toISOString();
    const ended: CallRow = {
      ...call,
      ended_at: endedAt,
      wrap_up_code: body.wrapUpCode,
      // What the console picked during the call (PATCH /api/me/call) stands unless the end says otherwise.
      applicant_id: applicantId ?? call.applicant_id,
      appointment_id: body.appointmentId ?? call.appointment_id,
      note: body.note ? body.note : null,
      ended_by: 'operator',
      hung_up_at: call.hung_up_at ?? endedAt,
    };
    if (!(await endOpenCall(trx, call.id, ended))) throw alreadyEnded();
    await appendAudit(
      trx,
      now,
      { ...actor, callId: call.id },
      'call.ended',
      { type: 'call', id: call.id },
      {
        wrapUpCode: ended.wrap_up_code,
        applicantId: ended.applicant_id,
        appointmentId: ended.appointment_id,
        durationSeconds: callDurationSeconds(ended.started_at, ended.ended_at),
        endedBy: 'operator',
        hungUpAt: ended.hung_up_at,
      },
    );
    return presentCall(ended);
  });
  await deps.events?.ended(actor, endedCall);
  return endedCall;
}
