import type { OutboundList, OutboundListBody } from '../../../shared/api/calls';
import { LIVE_SANDBOX, type Actor } from '../../kernel/actor';
import { newId } from '../../kernel/ids';
import { appendAudit } from '../../platform/audit/audit-log';
import type { CallDeps } from './call-deps';
import { insertOutboundCalls, listOutboundCalls, type OutboundCallRow } from './outbound-repository';
import { ensureOutboundQueue } from './outbound-queue';

/** The provider of outbound tasks: with the appointment's id, one call per appointment ever listed. */
export const OUTBOUND_PROVIDER = 'outbound';

/**
 * A lead turns a closed day's appointments to rebook ("call these applicants") into outbound calls
 * waiting in the outbound queue, one per appointment whose applicant has a phone, offered to that
 * queue's operators like any call; accepting one gives the operator the applicant and the
 * appointment. Asking again for the same day adds only appointments not yet listed.
 */
export async function createOutboundList(
  deps: CallDeps,
  lead: Actor,
  body: OutboundListBody,
): Promise<OutboundList> {
  if (!deps.rebookingList) throw new Error('the calls service was built without the rebooking list');
  const closure = await deps.rebookingList(body.consulateId, body.date);
  const now = deps.clock();
  const withPhone = closure.appointments.filter((a) => a.phone);
  const result = await deps.transact(async (trx) => {
    const queueId = await ensureOutboundQueue(trx);
    const rows: OutboundCallRow[] = withPhone.map((a) => ({
      id: newId('cal'),
      sandbox: LIVE_SANDBOX,
      provider: OUTBOUND_PROVIDER,
      provider_call_id: a.id,
      direction: 'outbound',
      from_number: a.phone as string,
      to_number: null,
      language: 'es',
      queue_id: queueId,
      status: 'waiting',
      arrived_at: now.toISOString(),
      applicant_id: a.applicantId,
      appointment_id: a.id,
    }));
    const created = await insertOutboundCalls(trx, rows);
    const listed = await listOutboundCalls(
      trx,
      OUTBOUND_PROVIDER,
      withPhone.map((a) => a.id),
    );
    await appendAudit(
      trx,
      now,
      lead,
      'outbound.list_created',
      { type: 'consulate_day', id: `${body.consulateId}:${body.date}` },
      {
        queueId,
        created,
        alreadyListed: withPhone.length - created,
        skippedWithoutPhone: closure.appointments.length - withPhone.length,
      },
    );
    const byAppointment = new Map(listed.map((r) => [r.provider_call_id, r.id]));
    return {
      consulateId: body.consulateId,
      date: body.date,
      queueId,
      created,
      alreadyListed: withPhone.length - created,
      skippedWithoutPhone: closure.appointments.length - withPhone.length,
      callIds: withPhone.map((a) => byAppointment.get(a.id)).filter((id): id is string => id !== undefined),
    };
  });
  if (result.created > 0) deps.callsQueued?.(result.queueId);
  return result;
}
