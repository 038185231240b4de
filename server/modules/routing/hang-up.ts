import { systemActor } from '../../kernel/actor';
import { notFound } from '../../kernel/domain-error';
import { appendAudit } from '../../platform/audit/audit-log';
import { closeOffer, findOpenOfferOfCall, type OfferRow } from './offer-repository';
import { readWrapUpLimitSeconds } from '../calls';
import { markCallerHungUp } from './operator-repository';
import { carrierCallOf } from './present-routing';
import type { RoutingDeps } from './routing-deps';
import { findByProviderCallId, findRoutedCall, moveCall, type RoutedCallRow } from './routed-call-repository';

/**
 * The caller hangs up. Waiting or offered: the call is abandoned (an open offer withdrawn, its
 * operator told). Connected: the line ends, the operator's call record notes the hang-up and they go
 * to the wrap-up, with the lead's limit as its deadline. Already over: answered as it is.
 */
export async function callerHungUp(
  deps: RoutingDeps,
  find: { id: string } | { provider: string; providerCallId: string },
) {
  const now = deps.clock();
  const at = now.toISOString();
  const done = await deps.transact(async (trx) => {
    const call =
      'id' in find
        ? await findRoutedCall(trx, find.id)
        : await findByProviderCallId(trx, find.provider, find.providerCallId);
    if (!call) throw notFound('That call');
    const actor = { ...systemActor, sandbox: call.sandbox, callId: call.id };
    if (call.status === 'waiting' || call.status === 'offered') {
      const offer = (await findOpenOfferOfCall(trx, call.id)) ?? null;
      if (offer) await closeOffer(trx, offer.id, 'withdrawn', at);
      const abandoned: RoutedCallRow = { ...call, status: 'abandoned', ended_at: at, ended_by: 'caller' };
      await moveCall(trx, call.id, ['waiting', 'offered'], {
        status: 'abandoned',
        ended_at: at,
        ended_by: 'caller',
      });
      await appendAudit(
        trx,
        now,
        actor,
        'routing.call_abandoned',
        { type: 'routed_call', id: call.id },
        {
          waitedSeconds: (now.getTime() - Date.parse(call.arrived_at)) / 1000,
          offerId: offer?.id ?? null,
          operatorId: offer?.operator_id ?? null,
        },
      );
      return { kind: 'abandoned' as const, call: abandoned, offer };
    }
    if (call.status === 'connected' && call.operator_id) {
      const ended: RoutedCallRow = { ...call, status: 'ended', ended_at: at, ended_by: 'caller' };
      await moveCall(trx, call.id, ['connected'], { status: 'ended', ended_at: at, ended_by: 'caller' });
      await markCallerHungUp(trx, call.id, at);
      const outcome = await deps.operators.apply(
        trx,
        now,
        call.operator_id,
        { type: 'caller_hung_up', at, callId: call.id },
        actor,
      );
      const limit = await readWrapUpLimitSeconds(trx);
      await appendAudit(
        trx,
        now,
        actor,
        'routing.caller_hung_up',
        { type: 'routed_call', id: call.id },
        {
          operatorId: call.operator_id,
          talkedSeconds: call.answered_at ? (now.getTime() - Date.parse(call.answered_at)) / 1000 : null,
        },
      );
      return {
        kind: 'ended' as const,
        call: ended,
        operatorId: call.operator_id,
        outcome,
        wrapUpDeadline: new Date(now.getTime() + limit * 1000).toISOString(),
      };
    }
    return { kind: 'as_it_was' as const, call };
  });
  if (done.kind === 'abandoned') {
    const offer: OfferRow | null = done.offer;
    if (offer)
      deps.events.withdrawn(offer.operator_id, {
        offerId: offer.id,
        callId: offer.call_id,
        reason: 'abandoned',
      });
    deps.queueActivity(done.call.queue_id);
  } else if (done.kind === 'ended') {
    deps.operators.publish(done.operatorId, done.outcome);
    deps.events.ended(done.operatorId, {
      callId: done.call.id,
      by: 'caller',
      at,
      wrapUpDeadline: done.wrapUpDeadline,
    });
    deps.queueActivity(done.call.queue_id);
  }
  return done.call;
}

/**
 * The operator (or the server, after its limit) closed their call record while the caller was still
 * on the line: the line ends too and the carrier hangs up the caller. Nothing for a call whose line
 * is over already, or a call that was not routed.
 */
export async function lineEndedByOperator(deps: RoutingDeps, callId: string, by: 'operator' | 'server') {
  const now = deps.clock();
  const at = now.toISOString();
  const ended = await deps.transact(async (trx) => {
    const call = await findRoutedCall(trx, callId);
    if (!call || call.status !== 'connected') return null;
    if (!(await moveCall(trx, call.id, ['connected'], { status: 'ended', ended_at: at, ended_by: by })))
      return null;
    await appendAudit(
      trx,
      now,
      { ...systemActor, sandbox: call.sandbox, callId: call.id },
      'routing.line_ended',
      { type: 'routed_call', id: call.id },
      { by, operatorId: call.operator_id },
    );
    return { ...call, status: 'ended' as const, ended_at: at, ended_by: by };
  });
  if (!ended) return;
  deps.queueActivity(ended.queue_id);
  const carrier = deps.carriers.find(ended.provider);
  // The operator's answer does not wait for the carrier.
  if (carrier)
    void carrier
      .hangUp(carrierCallOf(ended))
      .catch((error: unknown) => deps.onError(error, `carrier ${carrier.provider}: hang up ${ended.id}`));
}
