import type { Reassignment } from '../../../shared/api/floor/floor';
import type { ErrorCode } from '../../../shared/api/errors';
import { events, FloorSubscribePayload, ReassignmentAcknowledgePayload } from '../../../shared/realtime/events';
import { isPractice, type Actor } from '../../kernel/actor';
import { DomainError } from '../../kernel/domain-error';
import type { PresenceTracker } from './presence-tracker';
import { FLOOR_ROOM, userRoom } from '../../platform/realtime/rooms';
import type { TypedSocket } from '../../platform/realtime/socket-types';

/** What the socket side of the floor needs: presence, and the one command a console sends. */
export interface FloorRealtime {
  presence: Pick<PresenceTracker, 'connect' | 'disconnect'>;
  acknowledge(actor: Actor, reassignmentId: string): Promise<Reassignment>;
  onError(error: unknown, what: string): void;
}

type Failure = { error: { code: ErrorCode; message: string } };
const failure = (code: ErrorCode, message: string): Failure => ({ error: { code, message } });
const describe = (issues: { path: PropertyKey[]; message: string }[]) => issues.map((i) => `${i.path.map(String).join('.') || 'payload'}: ${i.message}`).join('; ');

/**
 * Presence and the floor's events on one socket: every socket joins its user's room (status and
 * reassignment notices reach all of that user's consoles) and is counted; `floor:subscribe` lets
 * leads only into the floor's room; `reassignment:acknowledge` comes from the reassigned user's
 * console. Payloads are validated first; acks are `{ok}` or `{error: {code, message}}`.
 */
export function registerFloorHandlers(socket: TypedSocket, floor: FloorRealtime) {
  const user = socket.data.user;
  void socket.join(userRoom(user.id));
  floor.presence.connect(user.id, socket.id, isPractice(user.sandbox));
  socket.on('disconnect', () => floor.presence.disconnect(user.id, socket.id));

  socket.on(events.floorSubscribe, async (payload, ack) => {
    const reply = typeof ack === 'function' ? ack : () => {};
    const parsed = FloorSubscribePayload.safeParse(payload);
    if (!parsed.success) return reply(failure('invalid_request', describe(parsed.error.issues)));
    if (user.role !== 'lead') return reply(failure('forbidden', 'Only shift leads watch the floor.'));
    if (isPractice(user.sandbox)) return reply(failure('forbidden', 'Leave practice mode first: the floor is live.'));
    await socket.join(FLOOR_ROOM);
    reply({ ok: true });
  });

  socket.on(events.floorUnsubscribe, async (payload, ack) => {
    const reply = typeof ack === 'function' ? ack : () => {};
    const parsed = FloorSubscribePayload.safeParse(payload);
    if (!parsed.success) return reply(failure('invalid_request', describe(parsed.error.issues)));
    await socket.leave(FLOOR_ROOM);
    reply({ ok: true });
  });

  socket.on(events.reassignmentAcknowledge, async (payload, ack) => {
    const reply = typeof ack === 'function' ? ack : () => {};
    const parsed = ReassignmentAcknowledgePayload.safeParse(payload);
    if (!parsed.success) return reply(failure('invalid_request', describe(parsed.error.issues)));
    const actor: Actor = { userId: user.id, role: user.role, sandbox: user.sandbox, callId: null };
    try {
      reply({ ok: true, reassignment: await floor.acknowledge(actor, parsed.data.reassignmentId) });
    } catch (error) {
      if (error instanceof DomainError) return reply(failure(error.code, error.message));
      floor.onError(error, 'floor: reassignment acknowledgement');
      reply(failure('internal_error', 'The acknowledgement was not saved; try again.'));
    }
  });
}
