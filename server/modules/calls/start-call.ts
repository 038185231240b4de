import type { Call } from '../../../shared/api/calls';
import { appendAudit } from '../../platform/audit/audit-log';
import type { Actor } from '../../kernel/actor';
import { newId } from '../../kernel/ids';
import type { CallRow } from '../../platform/db/schema';
import { insertCall } from './call-repository';
import type { CallDeps } from './call-deps';
import { presentCall } from './present-call';

/** The phone rings: a call starts now, by the server's clock, in the operator's sandbox. */
export async function startCall(deps: CallDeps, actor: Actor): Promise<Call> {
  const now = deps.clock();
  const row: CallRow = {
    id: newId('cal'),
    sandbox: actor.sandbox,
    operator_id: actor.userId,
    started_at: now.toISOString(),
    ended_at: null,
    wrap_up_code: null,
    applicant_id: null,
    appointment_id: null,
    note: null,
    direction: 'outbound',
    procedure_id: null,
    consulate_id: null,
    hung_up_at: null,
    ended_by: null,
  };
  await deps.transact(async (trx) => {
    await insertCall(trx, row);
    // The audit entry belongs to the call it records, whatever X-Call-Id the request carried.
    await appendAudit(
      trx,
      now,
      { ...actor, callId: row.id },
      'call.started',
      { type: 'call', id: row.id },
      { startedAt: row.started_at },
    );
  });
  const call = presentCall(row);
  await deps.events?.started(actor, call);
  return call;
}
