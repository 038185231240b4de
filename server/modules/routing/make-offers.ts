import type { Transaction } from 'kysely';
import { planOffers, type WaitingCall } from '../../../shared/domain/routing/distribute';
import { queuesOfferedTo, skillFor } from '../../../shared/domain/routing/routing-rules';
import { readableApplicantSandboxes, systemActor } from '../../kernel/actor';
import { newId } from '../../kernel/ids';
import { appendAudit } from '../../platform/audit/audit-log';
import { isUniqueViolation } from '../../platform/db/constraint-violation';
import { locksRowsRead } from '../../platform/db/row-locks';
import type { Database } from '../../platform/db/schema';
import { findApplicantsByPhone, presentApplicant } from '../applicants';
import { declinedByOperators, insertOffer, type OfferRow } from './offer-repository';
import { listRoutableOperators } from './operator-repository';
import { presentOffer } from './present-routing';
import type { RoutingDeps } from './routing-deps';
import { listWaitingCalls, moveCall, type RoutedCallRow } from './routed-call-repository';

export interface MadeOffer {
  offer: OfferRow;
  call: RoutedCallRow;
  operatorRole: string;
}

/** Whether the operator is still available, read (and locked on PostgreSQL) in the offer's transaction. */
async function stillAvailable(trx: Transaction<Database>, userId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('operator_states')
    .select('state')
    .where('user_id', '=', userId)
    .$if(locksRowsRead(trx), (q) => q.forUpdate())
    .executeTakeFirst();
  return row?.state === 'available';
}

/**
 * One offer in one transaction: the call goes from waiting to offered and the open offer is written
 * together. Another instance may have offered the call, or given the operator a call, first: the
 * conditional update or the partial unique indexes say so, and this one is dropped (null).
 */
async function offerCall(
  deps: RoutingDeps,
  call: RoutedCallRow,
  operatorId: string,
  queueId: string,
): Promise<OfferRow | null> {
  const now = deps.clock();
  const offer: OfferRow = {
    id: newId('ofr'),
    call_id: call.id,
    operator_id: operatorId,
    queue_id: queueId,
    status: 'open',
    offered_at: now.toISOString(),
    expires_at: new Date(now.getTime() + deps.offerTimeoutSeconds * 1000).toISOString(),
    closed_at: null,
  };
  try {
    return await deps.transact(async (trx) => {
      if (!(await stillAvailable(trx, operatorId))) return null;
      if (!(await moveCall(trx, call.id, ['waiting'], { status: 'offered' }))) return null;
      await insertOffer(trx, offer);
      await appendAudit(
        trx,
        now,
        { ...systemActor, sandbox: call.sandbox, callId: call.id },
        'routing.call_offered',
        { type: 'routed_call', id: call.id },
        { offerId: offer.id, operatorId, queueId, expiresAt: offer.expires_at },
      );
      return offer;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** The payload of `call:offered`: the offer, the call and the applicants with the caller's number. */
export async function offeredPayload(deps: Pick<RoutingDeps, 'db'>, offer: OfferRow, call: RoutedCallRow) {
  const matches = await findApplicantsByPhone(
    deps.db,
    readableApplicantSandboxes(call.sandbox),
    call.from_number,
  );
  return presentOffer(offer, call, matches.map(presentApplicant));
}

/**
 * One round: the waiting calls and the operators who could take one now, the plan (pure), then the
 * offers, each in its own transaction. Answers the offers made (their consoles are told here).
 */
export async function makeOffers(deps: RoutingDeps): Promise<MadeOffer[]> {
  const waiting = await listWaitingCalls(deps.db);
  if (waiting.length === 0) return [];
  const operators = await listRoutableOperators(deps.db);
  if (operators.length === 0) return [];
  const now = deps.clock();
  const declined = await declinedByOperators(
    deps.db,
    waiting.map((c) => c.id),
  );
  const calls: WaitingCall[] = waiting.map((c) => ({
    id: c.id,
    queueIds: queuesOfferedTo(deps.rules, { queueId: c.queue_id, arrivedAt: c.arrived_at }, now),
    skill: skillFor(deps.rules, c.language),
    arrivedAt: c.arrived_at,
    targetOperatorId: c.target_operator_id,
    declinedBy: declined.get(c.id) ?? [],
  }));
  const plan = planOffers(
    calls,
    operators
      // A live call goes to someone on a queue; a practice caller to its own user (planOffers keeps both rules).
      .map((o) => ({
        id: o.userId,
        queueId: o.queueId,
        skills: o.languages.split(',').map((l) => l.trim()),
        availableSince: o.since,
      })),
  );
  const byId = new Map(waiting.map((c) => [c.id, c]));
  const roleOf = new Map(operators.map((o) => [o.userId, o.role]));
  const made = await Promise.all(
    plan.map(async (p): Promise<MadeOffer | null> => {
      const call = byId.get(p.callId);
      if (!call) return null;
      const offer = await offerCall(deps, call, p.operatorId, p.queueId);
      if (!offer) return null;
      return {
        offer,
        call: { ...call, status: 'offered' },
        operatorRole: roleOf.get(p.operatorId) ?? 'operator',
      };
    }),
  );
  const offers = made.filter((m): m is MadeOffer => m !== null);
  await Promise.all(
    offers.map(async ({ offer, call }) => {
      deps.events.offered(offer.operator_id, await offeredPayload(deps, offer, call));
      deps.queueActivity(call.queue_id);
    }),
  );
  return offers;
}
