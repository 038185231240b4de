import type { MyCall } from '../../../shared/api/routing';
import { readableApplicantSandboxes, type Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { appendAudit } from '../../platform/audit/audit-log';
import type { CallRow } from '../../platform/db/schema';
import { isUniqueViolation } from '../../platform/db/constraint-violation';
import { presentMyCall } from '../calls';
import { closeOffer, findOffer, type OfferRow } from './offer-repository';
import { findApplicantsByPhone, recordScreenPop } from '../applicants';
import {
  findConnectedCallOf,
  findOpenCallRecord,
  findUsername,
  insertOperatorCall,
} from './operator-repository';
import { carrierCallOf } from './present-routing';
import type { RoutingDeps } from './routing-deps';
import { findRoutedCall, moveCall, type RoutedCallRow } from './routed-call-repository';

const offerGone = () =>
  new DomainError(
    'offer_expired',
    'This call is no longer offered to you: the time to answer ran out, the caller hung up, or it was answered elsewhere.',
  );
const busy = () =>
  new DomainError(
    'operator_busy',
    'You are on another call: end it (with its wrap-up) before you take the next one.',
  );

/** The offer, checked to be the actor's and still open at `now`. */
async function openOfferOf(
  trx: Parameters<Parameters<RoutingDeps['transact']>[0]>[0],
  actor: Actor,
  offerId: string,
  now: Date,
): Promise<OfferRow> {
  const offer = await findOffer(trx, offerId);
  if (!offer) throw notFound('That offer');
  if (offer.operator_id !== actor.userId)
    throw new DomainError('forbidden', 'This call was offered to another operator.');
  if (offer.status !== 'open' || offer.expires_at <= now.toISOString()) throw offerGone();
  return offer;
}

async function callOfAcceptedOffer(
  deps: RoutingDeps,
  actor: Actor,
  offerId: string,
  now: Date,
): Promise<MyCall | null> {
  const offer = await findOffer(deps.db, offerId);
  if (offer?.status !== 'accepted' || offer.operator_id !== actor.userId) return null;
  const record = await findOpenCallRecord(deps.db, offer.call_id, actor.userId);
  if (!record) return null;
  const myCall = await presentMyCall(deps.db, record, now);
  if (myCall.matches.length > 0)
    await deps.transact((trx) => recordScreenPop(trx, now, { ...actor, sandbox: record.sandbox }, myCall));
  return myCall;
}

/**
 * The operator answers: in one transaction the offer is accepted, the call connected to them, their
 * call record written with the call's id (the applicant set when exactly one has the caller's
 * number) and their state moved to on_call. Then the carrier bridges the caller.
 */
export async function acceptOffer(deps: RoutingDeps, actor: Actor, offerId: string): Promise<MyCall> {
  const now = deps.clock();
  const at = now.toISOString();
  // Accepted already by this operator (a second console, a retry after a lost answer): the same call.
  const repeated = await callOfAcceptedOffer(deps, actor, offerId, now);
  if (repeated) return repeated;
  let answered: {
    call: RoutedCallRow;
    result: MyCall;
    outcome: Awaited<ReturnType<RoutingDeps['operators']['apply']>>;
  };
  try {
    answered = await deps.transact(async (trx) => {
      const offer = await openOfferOf(trx, actor, offerId, now);
      if (await findConnectedCallOf(trx, actor.userId)) throw busy();
      const state = await trx
        .selectFrom('operator_states')
        .select('state')
        .where('user_id', '=', actor.userId)
        .executeTakeFirst();
      if (state?.state === 'on_call' || state?.state === 'wrap_up') throw busy();
      const call = await findRoutedCall(trx, offer.call_id);
      if (!call) throw offerGone();
      if (!(await closeOffer(trx, offer.id, 'accepted', at))) throw offerGone();
      const connected: RoutedCallRow = {
        ...call,
        status: 'connected',
        operator_id: actor.userId,
        answered_at: at,
      };
      if (
        !(await moveCall(trx, call.id, ['offered'], {
          status: 'connected',
          operator_id: actor.userId,
          answered_at: at,
        }))
      )
        throw offerGone();
      const matches = await findApplicantsByPhone(
        trx,
        readableApplicantSandboxes(call.sandbox),
        call.from_number,
      );
      const applicantId = call.applicant_id ?? (matches.length === 1 ? (matches[0]?.id ?? null) : null);
      const record: CallRow = {
        id: call.id,
        sandbox: call.sandbox,
        operator_id: actor.userId,
        started_at: at,
        ended_at: null,
        wrap_up_code: null,
        applicant_id: applicantId,
        appointment_id: call.appointment_id,
        note: null,
        direction: call.direction,
        procedure_id: null,
        consulate_id: null,
        hung_up_at: null,
        ended_by: null,
      };
      await insertOperatorCall(trx, record);
      const callActor = { ...actor, callId: call.id };
      const outcome = await deps.operators.apply(
        trx,
        now,
        actor.userId,
        { type: 'call_started', at, callId: call.id },
        callActor,
      );
      await appendAudit(
        trx,
        now,
        { ...callActor, sandbox: call.sandbox },
        'routing.offer_accepted',
        { type: 'routed_call', id: call.id },
        {
          offerId: offer.id,
          queueId: offer.queue_id,
          waitedSeconds: (now.getTime() - Date.parse(call.arrived_at)) / 1000,
          applicantId,
        },
      );
      // Read in the transaction: the line as just written, the same shape GET /api/me/call answers.
      const result = await presentMyCall(trx, record, now);
      // The screen pop is a read of each applicant with the caller's number: recorded with the acceptance.
      await recordScreenPop(trx, now, { ...actor, sandbox: call.sandbox }, result);
      return { call: connected, outcome, result };
    });
  } catch (error) {
    // Another instance connected this operator to a call at the same moment (one call per operator).
    if (isUniqueViolation(error)) throw busy();
    throw error;
  }
  deps.operators.publish(actor.userId, answered.outcome);
  deps.queueActivity(answered.call.queue_id);
  const carrier = deps.carriers.find(answered.call.provider);
  if (carrier) {
    const username = (await findUsername(deps.db, actor.userId)) ?? actor.userId;
    void carrier
      .connect(carrierCallOf(answered.call), { userId: actor.userId, username })
      .catch((error: unknown) =>
        deps.onError(error, `carrier ${carrier.provider}: connect ${answered.call.id}`),
      );
  }
  return answered.result;
}

/** The operator turns the call down: it waits again, for someone else first. */
export async function rejectOffer(deps: RoutingDeps, actor: Actor, offerId: string): Promise<void> {
  const now = deps.clock();
  const at = now.toISOString();
  const offer = await deps.transact(async (trx) => {
    const open = await openOfferOf(trx, actor, offerId, now);
    if (!(await closeOffer(trx, open.id, 'rejected', at))) throw offerGone();
    await moveCall(trx, open.call_id, ['offered'], { status: 'waiting' });
    await appendAudit(
      trx,
      now,
      { ...actor, callId: open.call_id },
      'routing.offer_rejected',
      { type: 'routed_call', id: open.call_id },
      { offerId: open.id, queueId: open.queue_id },
    );
    return open;
  });
  // The operator's other consoles take the banner down too.
  deps.events.withdrawn(actor.userId, { offerId: offer.id, callId: offer.call_id, reason: 'rejected' });
  deps.queueActivity(offer.queue_id);
}
