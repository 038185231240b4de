import type { z } from 'zod';
import { ReceiveCallBody } from '../../../shared/api/routing';
import { chooseQueue, dialledNumberKey, firstOverflow } from '../../../shared/domain/routing/routing-rules';
import { LIVE_SANDBOX, systemActor } from '../../kernel/actor';
import { DomainError } from '../../kernel/domain-error';
import { newId } from '../../kernel/ids';
import { appendAudit } from '../../platform/audit/audit-log';
import { isUniqueViolation } from '../../platform/db/constraint-violation';
import { describeZodError } from '../../platform/validation/describe-zod-error';
import { queueExists } from './operator-repository';
import type { RoutingDeps } from './routing-deps';
import { findByProviderCallId, insertRoutedCall, type RoutedCallRow } from './routed-call-repository';

export type ParsedCall = z.output<typeof ReceiveCallBody>;

/** An adapter's input, checked as the HTTP route checks it (a bad one is 400 `invalid_request`). */
export function parseIncomingCall(input: unknown): ParsedCall {
  const parsed = ReceiveCallBody.safeParse(input);
  if (!parsed.success) {
    const { message, details } = describeZodError(parsed.error, 'body');
    throw new DomainError('invalid_request', message, details);
  }
  return parsed.data;
}

/**
 * A call arrives from the telephony side and waits in its queue: the one named, else the routing
 * rules' choice. The same provider's call id again answers the call already there (nothing created).
 */
export async function receiveCall(
  deps: RoutingDeps,
  input: ParsedCall,
  provider: string,
): Promise<{ call: RoutedCallRow; created: boolean }> {
  const existing = await findByProviderCallId(deps.db, provider, input.providerCallId);
  if (existing) return { call: existing, created: false };

  // The number dialled in E.164 when it is one (the rules name numbers so), else as the carrier sent it.
  const to = input.to ? dialledNumberKey(input.to) : null;
  const queueId = input.queueId ?? chooseQueue(deps.rules, { ivrChoice: input.ivrChoice, to });
  if (!(await queueExists(deps.db, queueId)))
    throw new DomainError(
      'invalid_request',
      input.queueId
        ? `Queue ${queueId} does not exist: name one of the call center's queues, or leave queueId out for the routing rules to choose.`
        : `The routing rules send this call to queue ${queueId}, which does not exist.`,
      { field: 'queueId', queueId },
    );
  const now = deps.clock();
  const arrivedAt = now.toISOString();
  const overflow = firstOverflow(deps.rules, { queueId, arrivedAt });
  const row: RoutedCallRow = {
    id: newId('cal'),
    sandbox: LIVE_SANDBOX,
    provider,
    provider_call_id: input.providerCallId,
    direction: 'inbound',
    from_number: input.from,
    to_number: to,
    language: input.language,
    queue_id: queueId,
    status: 'waiting',
    arrived_at: arrivedAt,
    overflow_at: overflow?.at ?? null,
    overflow_queue_id: overflow?.queueId ?? null,
    target_operator_id: null,
    applicant_id: null,
    appointment_id: null,
    operator_id: null,
    answered_at: null,
    ended_at: null,
    ended_by: null,
  };
  try {
    await deps.transact(async (trx) => {
      await insertRoutedCall(trx, row);
      await appendAudit(
        trx,
        now,
        { ...systemActor, callId: row.id },
        'routing.call_received',
        { type: 'routed_call', id: row.id },
        {
          provider,
          providerCallId: row.provider_call_id,
          queueId,
          language: row.language,
          ivrChoice: input.ivrChoice ?? null,
          to: row.to_number,
        },
      );
    });
  } catch (error) {
    // The same call posted twice at once (a carrier's retry): the first one stands.
    if (!isUniqueViolation(error)) throw error;
    const first = await findByProviderCallId(deps.db, provider, input.providerCallId);
    if (!first) throw error;
    return { call: first, created: false };
  }
  return { call: row, created: true };
}
