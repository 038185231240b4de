import type { SocketHandlers } from '../../platform/realtime/socket-event';
import { offeredPayload } from './make-offers';
import { findOpenOfferOfOperator } from './offer-repository';
import type { RoutingDeps } from './routing-deps';
import { findRoutedCall } from './routed-call-repository';

/**
 * A console that connects (a reload, a reconnect to another instance) hears again of the call
 * offered to its user, if one is still open.
 */
export function routingSocketHandlers(deps: Pick<RoutingDeps, 'db' | 'clock' | 'onError'>): SocketHandlers {
  return {
    events: [],
    onConnect(socket) {
      const userId = socket.data.user.id;
      void (async () => {
        const offer = await findOpenOfferOfOperator(deps.db, userId);
        if (!offer || offer.expires_at <= deps.clock().toISOString()) return;
        const call = await findRoutedCall(deps.db, offer.call_id);
        if (!call || socket.disconnected) return;
        socket.emit('call:offered', await offeredPayload(deps, offer, call));
      })().catch((error: unknown) => deps.onError(error, 'routing: offer on connect'));
    },
  };
}
