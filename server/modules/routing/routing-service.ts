import type { ReceiveCallBody } from '../../../shared/api/routing';
import type { Actor } from '../../kernel/actor';
import { acceptOffer, rejectOffer } from './answer-offer';
import type { Carrier } from './carrier';
import { createDispatcher } from './dispatcher';
import { expireRunOutOffers, healOrphanedOffers, withdrawOffersOfUnavailable } from './expire-offers';
import { callerHungUp, lineEndedByOperator } from './hang-up';
import { makeOffers, type MadeOffer } from './make-offers';
import { answersAutomatically } from './operator-repository';
import { presentRoutedCall } from './present-routing';
import { parseIncomingCall, receiveCall } from './receive-call';
import type { RoutingDeps } from './routing-deps';

/** The provider of calls posted to `POST /api/telephony/calls`. */
export const API_PROVIDER = 'api';

/**
 * The routing's commands bound to their dependencies, and what starts an offer round: a call
 * arriving, an operator freed (the floor's hook), an offer turned down or run out, the tick.
 */
export function createRoutingService(deps: RoutingDeps) {
  const dispatcher = createDispatcher(
    async () => {
      const made = await makeOffers(deps);
      await Promise.all(made.map(answerForThoseWhoAutoAnswer));
    },
    (error) => deps.onError(error, 'routing: offer round'),
  );
  // Once stopped (shutting down), nothing starts another round: the database is about to close.
  let stopped = false;
  const dispatchSoon = () => {
    if (!stopped) dispatcher.kick();
  };

  // Auto-answer: the server accepts at once for the operator (their console still hears call:offered, then has its call).
  async function answerForThoseWhoAutoAnswer({ offer, call, operatorRole }: MadeOffer) {
    if (!(await answersAutomatically(deps.db, offer.operator_id))) return;
    const actor = {
      userId: offer.operator_id,
      role: operatorRole,
      sandbox: call.sandbox,
      callId: null,
    } as Actor;
    await acceptOffer(deps, actor, offer.id).catch((error: unknown) =>
      deps.onError(error, `routing: auto-answer ${offer.id}`, { callId: call.id }),
    );
  }

  return {
    /** A call arrives (the HTTP route, or an adapter's webhook with its provider name). */
    async receiveCall(input: ReceiveCallBody, provider: string = API_PROVIDER) {
      const { call, created } = await receiveCall(deps, parseIncomingCall(input), provider);
      if (created) {
        deps.queueActivity(call.queue_id);
        dispatchSoon();
      }
      return { call: presentRoutedCall(call), created };
    },
    async hangUp(callId: string) {
      const call = await callerHungUp(deps, { id: callId });
      dispatchSoon();
      return presentRoutedCall(call);
    },
    async hangUpByProvider(provider: string, providerCallId: string) {
      const call = await callerHungUp(deps, { provider, providerCallId });
      dispatchSoon();
      return presentRoutedCall(call);
    },
    acceptOffer: (actor: Actor, offerId: string) => acceptOffer(deps, actor, offerId),
    async rejectOffer(actor: Actor, offerId: string) {
      await rejectOffer(deps, actor, offerId);
      dispatchSoon();
    },
    /** The operator's call record was closed (by them, or by the server after its limit). */
    async callRecordClosed(callId: string, by: 'operator' | 'server') {
      await lineEndedByOperator(deps, callId, by).catch((error: unknown) =>
        deps.onError(error, `routing: line of ${callId}`),
      );
      dispatchSoon();
    },
    /** Offers run out or to operators gone, calls left offered, overflow times passed: every instance, every tick. */
    async tick() {
      await expireRunOutOffers(deps);
      await withdrawOffersOfUnavailable(deps);
      await healOrphanedOffers(deps);
      dispatchSoon();
    },
    dispatchSoon,
    /** No round starts after this; resolves when the running one is done. */
    async stop() {
      stopped = true;
      await dispatcher.idle();
    },
    registerCarrier: (carrier: Carrier) => deps.carriers.register(carrier),
  };
}

export type RoutingService = ReturnType<typeof createRoutingService>;
