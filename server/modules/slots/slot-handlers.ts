import { events, SlotsSubscribePayload, SlotsUnsubscribePayload } from '../../../shared/realtime/events';
import { DomainError, notFound } from '../../kernel/domain-error';
import { slotRoom } from '../../platform/realtime/rooms';
import { defineSocketEvent, type SocketHandlers } from '../../platform/realtime/socket-event';
import type { SlotService } from './slot-service';

/** `slots:subscribe` (with catching up from `afterSeq`) and `slots:unsubscribe`. */
export const slotSocketHandlers = (slots: Pick<SlotService, 'hasConsulate' | 'catchUp'>): SocketHandlers => ({
  events: [
    defineSocketEvent({
      event: events.slotsSubscribe,
      payload: SlotsSubscribePayload,
      async run({ payload, socket, user }) {
        const exists = await slots.hasConsulate(payload.consulateId).catch(() => {
          throw new DomainError('internal_error', 'The subscription could not be checked; try again.');
        });
        if (!exists) throw notFound(`Consulate ${payload.consulateId}`);
        // Join first: an event committed while the missed ones are read is then relayed, never lost.
        await socket.join(slotRoom(user.sandbox, payload.consulateId));
        const { seq, replay } = await slots
          .catchUp(user.sandbox, payload.consulateId, payload.afterSeq)
          .catch(() => {
            throw new DomainError(
              'internal_error',
              'The live updates could not be caught up; reload the times.',
            );
          });
        // What a reconnecting client missed arrives before the acknowledgement (one socket keeps order).
        if (replay) socket.emit(events.slotsChanged, replay);
        return { seq };
      },
    }),
    defineSocketEvent({
      event: events.slotsUnsubscribe,
      payload: SlotsUnsubscribePayload,
      async run({ payload, socket, user }) {
        await socket.leave(slotRoom(user.sandbox, payload.consulateId));
        return {};
      },
    }),
  ],
});
