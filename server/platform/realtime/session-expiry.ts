import type { AuthenticatedUser } from '../../kernel/authenticated-user';
import type { Clock } from '../../kernel/clock';
import type { TypedServer } from './socket-types';

/** What a socket needs of its session: who, which session (its stored id), until when. */
export interface SocketSession {
  user: AuthenticatedUser;
  /** The session's stored id (its token's hash): names the session's room. */
  id: string;
  expiresAt: string;
}

export type SocketSessionOf = (token: string) => Promise<SocketSession | null>;

/** How often this instance looks at its sockets' expiries: a socket ends within this of its session's. */
export const EXPIRY_SWEEP_MS = 500;

/**
 * Ends this instance's sockets whose session ran out, by the server's clock (a clock moved on in a
 * test counts the same as time passing). A socket past its expiry asks for its session again: still
 * valid (its expiry moved), it keeps going; ended, it is disconnected, and a reconnection is refused
 * at the handshake. Looking costs nothing per socket but a comparison; the database is asked only
 * for sockets past their expiry. Each instance sweeps its own sockets.
 */
export function startExpirySweep(
  io: TypedServer,
  options: { session: SocketSessionOf; clock: Clock; onError(error: unknown, what: string): void },
): () => void {
  const checking = new Set<string>();
  const sweep = () => {
    const now = options.clock().toISOString();
    for (const socket of io.of('/').sockets.values()) {
      const session = socket.data.session;
      if (!session || session.expiresAt > now || checking.has(socket.id)) continue;
      checking.add(socket.id);
      const token = (socket.handshake.auth as { token: string }).token;
      void options
        .session(token)
        .then((current) => {
          if (!current) socket.disconnect(true);
          else socket.data.session = { id: current.id, expiresAt: current.expiresAt };
        })
        // The database did not answer: looked at again on the next round.
        .catch((error: unknown) => options.onError(error, 'session expiry check'))
        .finally(() => checking.delete(socket.id));
    }
  };
  const timer = setInterval(sweep, EXPIRY_SWEEP_MS);
  timer.unref();
  return () => clearInterval(timer);
}
