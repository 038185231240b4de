import { systemActor } from '../../kernel/actor';
import { appendAudit } from '../../platform/audit/audit-log';
import { closeOffer, listOffersOfUnavailable, listRunOutOffers, type OfferRow } from './offer-repository';
import type { RoutingDeps } from './routing-deps';
import { listOfferedWithoutOpenOffer, moveCall } from './routed-call-repository';

/**
 * Offers nobody answered in time: each is closed as expired, its call waits again, and its operator
 * stops being routable (on break, reason missed) until they make themselves available. Every
 * instance runs this; an offer expires once (a conditional update). Answers how many expired.
 */
export async function expireRunOutOffers(deps: RoutingDeps): Promise<number> {
  const now = deps.clock();
  const at = now.toISOString();
  const runOut = await listRunOutOffers(deps.db, at);
  let expired = 0;
  for (const offer of runOut) {
    const outcome = await deps.transact(async (trx) => {
      if (!(await closeOffer(trx, offer.id, 'expired', at))) return null;
      await moveCall(trx, offer.call_id, ['offered'], { status: 'waiting' });
      const actor = { ...systemActor, callId: offer.call_id };
      await appendAudit(
        trx,
        now,
        actor,
        'routing.offer_expired',
        { type: 'routed_call', id: offer.call_id },
        {
          offerId: offer.id,
          operatorId: offer.operator_id,
          expiresAt: offer.expires_at,
        },
      );
      return deps.operators.apply(trx, now, offer.operator_id, { type: 'offer_missed', at }, actor);
    });
    if (!outcome) continue;
    expired++;
    deps.operators.publish(offer.operator_id, outcome);
    withdraw(deps, offer, 'expired');
  }
  return expired;
}

/**
 * Offers to operators who are no longer available (they went on break, signed off, dialled out): the
 * call need not wait for the offer to run out. Withdrawn without a "missed": they are not taking calls.
 */
export async function withdrawOffersOfUnavailable(deps: RoutingDeps): Promise<number> {
  const now = deps.clock();
  const at = now.toISOString();
  let withdrawn = 0;
  for (const offer of await listOffersOfUnavailable(deps.db)) {
    const closed = await deps.transact(async (trx) => {
      if (!(await closeOffer(trx, offer.id, 'withdrawn', at))) return false;
      await moveCall(trx, offer.call_id, ['offered'], { status: 'waiting' });
      await appendAudit(
        trx,
        now,
        { ...systemActor, callId: offer.call_id },
        'routing.offer_withdrawn',
        { type: 'routed_call', id: offer.call_id },
        { offerId: offer.id, operatorId: offer.operator_id, reason: 'operator_unavailable' },
      );
      return true;
    });
    if (!closed) continue;
    withdrawn++;
    withdraw(deps, offer, 'expired');
  }
  return withdrawn;
}

const withdraw = (deps: RoutingDeps, offer: OfferRow, reason: 'expired' | 'abandoned') => {
  deps.events.withdrawn(offer.operator_id, { offerId: offer.id, callId: offer.call_id, reason });
  deps.queueActivity(offer.queue_id);
};

/** Calls marked offered without an open offer (none should be: the two change together) wait again. */
export async function healOrphanedOffers(deps: RoutingDeps): Promise<number> {
  const ids = await listOfferedWithoutOpenOffer(deps.db);
  let healed = 0;
  for (const id of ids) {
    if (await deps.transact((trx) => moveCall(trx, id, ['offered'], { status: 'waiting' }))) healed++;
  }
  return healed;
}
