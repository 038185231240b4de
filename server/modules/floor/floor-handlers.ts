import {
  events,
  FloorSubscribePayload,
  ReassignmentAcknowledgePayload,
} from '../../../shared/realtime/events';
import { isPractice } from '../../kernel/actor';
import { FLOOR_ROOM, userRoom } from '../../platform/realtime/rooms';
import { defineSocketEvent, type SocketHandlers } from '../../platform/realtime/socket-event';
import type { FloorService } from './floor-service';
import type { PresenceTracker } from './presence-tracker';

/** Only leads outside practice watch the floor: it is live. */
const leadsOnly = (user: { role: string; sandbox: string }) =>
  user.role !== 'lead'
    ? 'Only shift leads watch the floor.'
    : isPractice(user.sandbox)
      ? 'Leave practice mode first: the floor is live.'
      : null;

/**
 * Presence and the floor's events on a socket: every socket joins its user's room (status and
 * reassignment notices reach all of that user's consoles) and is counted; `floor:subscribe` lets
 * leads only into the floor's room; `reassignment:acknowledge` comes from the reassigned user's console.
 */
export function floorSocketHandlers(
  floor: Pick<FloorService, 'acknowledge'>,
  presence: Pick<PresenceTracker, 'connect' | 'disconnect'>,
  leadJoined: () => void = () => {},
): SocketHandlers {
  return {
    onConnect(socket) {
      const user = socket.data.user;
      void socket.join(userRoom(user.id));
      presence.connect(user.id, socket.id, isPractice(user.sandbox));
      return () => presence.disconnect(user.id, socket.id);
    },
    events: [
      defineSocketEvent({
        event: events.floorSubscribe,
        payload: FloorSubscribePayload,
        authorise: leadsOnly,
        async run({ socket }) {
          await socket.join(FLOOR_ROOM);
          leadJoined();
          return {};
        },
      }),
      defineSocketEvent({
        event: events.floorUnsubscribe,
        payload: FloorSubscribePayload,
        async run({ socket }) {
          await socket.leave(FLOOR_ROOM);
          return {};
        },
      }),
      defineSocketEvent({
        event: events.reassignmentAcknowledge,
        payload: ReassignmentAcknowledgePayload,
        run: async ({ actor, payload }) => ({
          reassignment: await floor.acknowledge(actor, payload.reassignmentId),
        }),
      }),
    ],
  };
}
