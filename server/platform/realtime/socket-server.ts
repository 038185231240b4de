import { createHash } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { Server, type ServerOptions } from 'socket.io';
import { sandboxFor } from '../../kernel/actor';
import type { Authenticate } from '../../kernel/authenticated-user';
import { registerSocketEvent, type SocketHandlers } from './socket-event';
import type { TypedServer } from './socket-types';

/** The room of one session's sockets, named by a hash: the token itself never goes to Redis. */
const sessionRoom = (token: string) =>
  `session:${createHash('sha256').update(token).digest('base64url').slice(0, 32)}`;

export interface SocketServer {
  io: TypedServer;
  /** Gives every socket that connects from now on the modules' events and connection hooks (before listening). */
  handle(handlers: readonly SocketHandlers[]): void;
  /** A session that ended (sign-out) ends its sockets too, on every instance: they keep no role, room or live data. */
  endSession(token: string): void;
}

/**
 * socket.io on the HTTP server's port. A socket must present a valid session token at connect
 * (`auth: {token}`), else `connect_error` with message `unauthenticated`. Connection state
 * recovery replays what a briefly disconnected client missed. Cross-origin clients: `corsOrigins`.
 * The modules' handlers are handed to it (`handle`): the platform knows no module.
 */
export function createSocketServer(
  httpServer: HttpServer,
  options: {
    authenticate: Authenticate;
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
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: true },
    maxHttpBufferSize: 64 * 1024,
    // Several instances (REDIS_URL): rooms and broadcasts span them all; none: the in-memory adapter.
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });

  io.use(async (socket, next) => {
    const auth = socket.handshake.auth as { token?: unknown; practice?: unknown } | undefined;
    const token = auth?.token;
    const user = typeof token === 'string' ? await options.authenticate(token).catch(() => null) : null;
    if (!user) return next(new Error('unauthenticated'));
    // A console in practice mode (`auth.practice: true`) joins its user's practice rooms, never the live ones.
    socket.data.user = auth?.practice === true ? { ...user, sandbox: sandboxFor(user, true) } : user;
    next();
  });

  // A room per session, so a sign-out on any instance finds its sockets on every instance.
  io.on(
    'connection',
    (socket) => void socket.join(sessionRoom((socket.handshake.auth as { token: string }).token)),
  );

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
    endSession: (token) => io.in(sessionRoom(token)).disconnectSockets(true),
  };
}
