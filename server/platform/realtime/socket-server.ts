import type { Server as HttpServer } from 'node:http';
import { Server, type ServerOptions } from 'socket.io';
import { sandboxFor } from '../../kernel/actor';
import type { Clock } from '../../kernel/clock';
import { sessionRoom } from './rooms';
import { startExpirySweep, type SocketSessionOf } from './session-expiry';
import { registerSocketEvent, type SocketHandlers } from './socket-event';
import type { TypedServer } from './socket-types';

export interface SocketServer {
  io: TypedServer;
  /** Gives every socket that connects from now on the modules' events and connection hooks (before listening). */
  handle(handlers: readonly SocketHandlers[]): void;
  /**
   * Sessions that ended (sign-out, a lead's sign-out) end their sockets too, on every instance: they
   * keep no role, room or live data. Sessions are named by their stored id (the token's hash).
   */
  endSessions(sessionIds: readonly string[]): void;
  /** Stops ending sockets at their session's expiry (on shutdown). */
  stop(): void;
}

/**
 * socket.io on the HTTP server's port. A socket must present a valid session token at connect
 * (`auth: {token}`), else `connect_error` with message `unauthenticated` — and again at every
 * reconnection, a recovered one included: connection state recovery replays what a briefly
 * disconnected client missed, only to a session still valid. A socket ends when its session expires.
 * Cross-origin clients: `corsOrigins`. The modules' handlers are handed to it (`handle`): the
 * platform knows no module.
 */
export function createSocketServer(
  httpServer: HttpServer,
  options: {
    /** The session behind a token (its user, stored id and expiry), or null when it has ended. */
    session: SocketSessionOf;
    clock: Clock;
    corsOrigins?: readonly string[];
    adapter?: ServerOptions['adapter'];
    onError(error: unknown, what: string): void;
  },
): SocketServer {
  const io: TypedServer = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    // The desktop shell (app://console) connects cross-origin, like its API calls (CONSOLE_ORIGINS).
    ...(options.corsOrigins?.length ? { cors: { origin: [...options.corsOrigins] } } : {}),
    // The middleware below runs on a recovery too: a session ended while the socket was away stays ended.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
    maxHttpBufferSize: 64 * 1024,
    // Several instances (REDIS_URL): rooms and broadcasts span them all; none: the in-memory adapter.
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });

  io.use(async (socket, next) => {
    const auth = socket.handshake.auth as { token?: unknown; practice?: unknown } | undefined;
    const token = auth?.token;
    const session = typeof token === 'string' ? await options.session(token).catch(() => null) : null;
    if (!session) return next(new Error('unauthenticated'));
    const { user } = session;
    // A console in practice mode (`auth.practice: true`) joins its user's practice rooms, never the live ones.
    socket.data.user = auth?.practice === true ? { ...user, sandbox: sandboxFor(user, true) } : user;
    socket.data.session = { id: session.id, expiresAt: session.expiresAt };
    next();
  });

  // A room per session, so a sign-out on any instance finds its sockets on every instance.
  io.on('connection', (socket) => void socket.join(sessionRoom(socket.data.session.id)));
  // Each instance ends its own sockets when their session runs out.
  const stopExpirySweep = startExpirySweep(io, options);

  return {
    io,
    handle(list) {
      io.on('connection', (socket) => {
        for (const module of list) {
          for (const definition of module.events) registerSocketEvent(socket, definition, options.onError);
          const cleanup = module.onConnect?.(socket);
          if (cleanup) socket.on('disconnect', cleanup);
        }
      });
    },
    endSessions(sessionIds) {
      if (sessionIds.length === 0) return;
      io.in(sessionIds.map(sessionRoom)).disconnectSockets(true);
    },
    stop: stopExpirySweep,
  };
}
