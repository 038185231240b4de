import type { MyCall, UpdateMyCallBody } from '../../../shared/api/routing';
import { readableApplicantSandboxes, type Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { appendAudit } from '../../platform/audit/audit-log';
import type { CallRow } from '../../platform/db/schema';
import { findApplicantInSandboxes, recordScreenPop } from '../applicants';
import { findConsulate, findProcedure } from '../reference';
import type { CallDeps } from './call-deps';
import { findCurrentCallOf, setCallSubject } from './call-repository';
import { presentMyCall } from './present-my-call';

const noCall = () =>
  new DomainError(
    'not_found',
    'You have no call in progress: accept an offered call, or start an outbound call, first.',
  );

/** The signed-in operator's current call in their sandbox, or null (204). */
export async function readMyCall(deps: CallDeps, actor: Actor): Promise<MyCall | null> {
  const call = await findCurrentCallOf(deps.db, actor.sandbox, actor.userId);
  if (!call) return null;
  const now = deps.clock();
  const myCall = await presentMyCall(deps.db, call, now);
  // Its screen pop shows the applicants with the caller's number: a read of each, answered only once recorded.
  if (myCall.matches.length > 0) await deps.transact((trx) => recordScreenPop(trx, now, actor, myCall));
  return myCall;
}

/**
 * The console keeps the server told what the call is about as the operator picks it (applicant,
 * procedure, consulate; null clears), so a reload or a crash restores it. Each must exist where the
 * operator works; one unknown and nothing is written.
 */
export async function updateMyCall(deps: CallDeps, actor: Actor, body: UpdateMyCallBody): Promise<MyCall> {
  const now = deps.clock();
  const call = await deps.transact(async (trx) => {
    const current = await findCurrentCallOf(trx, actor.sandbox, actor.userId);
    if (!current) throw noCall();
    const subject: Partial<Pick<CallRow, 'applicant_id' | 'procedure_id' | 'consulate_id'>> = {};
    if (body.applicantId !== undefined) {
      if (
        body.applicantId !== null &&
        !(await findApplicantInSandboxes(trx, readableApplicantSandboxes(actor.sandbox), body.applicantId))
      )
        throw notFound(`Applicant ${body.applicantId}`);
      subject.applicant_id = body.applicantId;
    }
    if (body.procedureId !== undefined) {
      if (body.procedureId !== null && !(await findProcedure(trx, body.procedureId)))
        throw notFound(`Procedure ${body.procedureId}`);
      subject.procedure_id = body.procedureId;
    }
    if (body.consulateId !== undefined) {
      if (body.consulateId !== null && !(await findConsulate(trx, body.consulateId)))
        throw notFound(`Consulate ${body.consulateId}`);
      subject.consulate_id = body.consulateId;
    }
    if (!(await setCallSubject(trx, current.id, subject))) throw noCall();
    await appendAudit(
      trx,
      now,
      { ...actor, callId: current.id },
      'call.updated',
      { type: 'call', id: current.id },
      {
        ...(body.applicantId !== undefined && { applicantId: body.applicantId }),
        ...(body.procedureId !== undefined && { procedureId: body.procedureId }),
        ...(body.consulateId !== undefined && { consulateId: body.consulateId }),
      },
    );
    return { ...current, ...subject };
  });
  const myCall = await presentMyCall(deps.db, call, now);
  if (myCall.matches.length > 0) await deps.transact((trx) => recordScreenPop(trx, now, actor, myCall));
  return myCall;
}
