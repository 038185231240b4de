import type { ErrorCode } from '../../../shared/api/errors';
import { events, SlotsSubscribePayload, SlotsUnsubscribePayload } from '../../../shared/realtime/events';
import { catchUpSlotEvents } from './outbox/slot-catch-up';
import { findConsulate } from '../reference/consulate-repository';
import { slotRoom } from '../../platform/realtime/rooms';
import type { RealtimeContext, TypedSocket } from '../../platform/realtime/socket-types';

const invalid = (message: string): { error: { code: ErrorCode; message: string } } => ({ error: { code: 'invalid_request', message } });

/** `slots:subscribe` / `slots:unsubscribe`: validate at the top, ack `{ok}` or `{error}`. */
export function registerSlotHandlers(socket: TypedSocket, context: RealtimeContext) {
  socket.on(events.slotsSubscribe, async (payload, ack) => {
    const reply = typeof ack === 'function' ? ack : () => {};
    const parsed = SlotsSubscribePayload.safeParse(payload);
    if (!parsed.success) return reply(invalid(parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ')));
    const { consulateId } = parsed.data;
    try {
      if (!(await findConsulate(context.db, consulateId))) return reply({ error: { code: 'not_found', message: `Consulate ${consulateId} was not found.` } });
    } catch {
      return reply({ error: { code: 'internal_error', message: 'The subscription could not be checked; try again.' } });
    }
    const sandbox = socket.data.user.sandbox;
    // Join first: an event committed while the missed ones are read is then relayed, never lost.
    await socket.join(slotRoom(sandbox, consulateId));
    socket.data.subscriptions[consulateId] = parsed.data;
    try {
      const { seq, replay } = await catchUpSlotEvents(context.db, sandbox, consulateId, parsed.data.afterSeq);
      // What a reconnecting client missed arrives before the acknowledgement (one socket keeps order).
      if (replay) socket.emit(events.slotsChanged, replay);
      reply({ ok: true, seq });
    } catch {
      reply({ error: { code: 'internal_error', message: 'The live updates could not be caught up; reload the times.' } });
    }
  });

  socket.on(events.slotsUnsubscribe, async (payload, ack) => {
    const reply = typeof ack === 'function' ? ack : () => {};
    const parsed = SlotsUnsubscribePayload.safeParse(payload);
    if (!parsed.success) return reply(invalid('payload: expected {consulateId}'));
    await socket.leave(slotRoom(socket.data.user.sandbox, parsed.data.consulateId));
    delete socket.data.subscriptions[parsed.data.consulateId];
    reply({ ok: true });
  });
}
