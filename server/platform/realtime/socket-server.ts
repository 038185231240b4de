import { createHash } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { Server, type ServerOptions } from 'socket.io';
import type { SessionService } from '../../modules/auth/session-service';
import { sandboxFor } from '../../kernel/actor';
import { registerFloorHandlers } from '../../modules/floor/floor-handlers';
import { registerSlotHandlers } from '../../modules/slots/slot-handlers';
import { slotRoom } from './rooms';
import type { RealtimeContext, TypedServer } from './socket-types';
import type { SlotsChangedPayload } from '../../../shared/realtime/events';

/** Sends a relayed outbox event to this instance's sockets in the sandbox's consulate room. */
export type Emit = (sandbox: string, payload: SlotsChangedPayload) => void;

/** The room of one session's sockets, named by a hash: the token itself never goes to Redis. */
const sessionRoom = (token: string) => `session:${createHash('sha256').update(token).digest('base64url').slice(0, 32)}`;

/**
 * socket.io on the HTTP server's port. A socket must present a valid session token at connect
 * (`auth: {token}`), else `connect_error` with message `unauthenticated`. Connection state
 * recovery replays what a briefly disconnected client missed. Cross-origin clients: `corsOrigins`.
 */
export function createSocketServer(
  httpServer: HttpServer,
  sessions: SessionService,
  context: RealtimeContext,
  options: { corsOrigins?: readonly string[]; adapter?: ServerOptions['adapter'] } = {},
): { io: TypedServer; emitSlotsChanged: Emit; hasSlotListeners(sandbox: string, consulateId: string): boolean; endSession(token: string): void } {
  const io: TypedServer = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    // The desktop shell (app://console) connects cross-origin, like its API calls (CONSOLE_ORIGINS).
    ...(options.corsOrigins?.length ? { cors: { origin: [...options.corsOrigins] } } : {}),
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: true },
    maxHttpBufferSize: 64 * 1024,
    // Several instances (REDIS_URL): rooms and broadcasts span them all; none: the in-memory adapter.
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });

  io.use(async (socket, next) => {
    const auth = socket.handshake.auth as { token?: unknown; practice?: unknown } | undefined;
    const token = auth?.token;
    const user = typeof token === 'string' ? await sessions.authenticate(token).catch(() => null) : null;
    if (!user) return next(new Error('unauthenticated'));
    // A console in practice mode (`auth.practice: true`) joins its user's practice rooms, never the live ones.
    socket.data.user = auth?.practice === true ? { ...user, sandbox: sandboxFor(user, true) } : user;
    socket.data.subscriptions = {};
    next();
  });

  io.on('connection', (socket) => {
    // A room per session, so a sign-out on any instance finds its sockets on every instance.
    void socket.join(sessionRoom((socket.handshake.auth as { token: string }).token));
    registerSlotHandlers(socket, context);
    if (context.floor) registerFloorHandlers(socket, context.floor);
  });

  // Local only: every instance relays every committed event to its own sockets (outbox/slot-event-relay.ts).
  const emitSlotsChanged: Emit = (sandbox, payload) => io.local.to(slotRoom(sandbox, payload.consulateId)).emit('slots:changed', payload);
  const hasSlotListeners = (sandbox: string, consulateId: string) => (io.sockets.adapter.rooms.get(slotRoom(sandbox, consulateId))?.size ?? 0) > 0;
  /** A session that ended (sign-out) ends its sockets too: they keep no role, room or live data. */
  const endSession = (token: string) => io.in(sessionRoom(token)).disconnectSockets(true);
  return { io, emitSlotsChanged, hasSlotListeners, endSession };
}
