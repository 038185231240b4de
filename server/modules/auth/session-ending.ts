import type { Kysely } from 'kysely';
import type { OperatorSignOut } from '../../../shared/api/floor/operator-sign-out';
import type { Role } from '../../../shared/api/auth';
import { isPractice, type Actor } from '../../kernel/actor';
import type { Clock } from '../../kernel/clock';
import { DomainError, notFound } from '../../kernel/domain-error';
import { appendAudit } from '../../platform/audit/audit-log';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';
import type { SocketSession } from '../../platform/realtime/session-expiry';
import type { SessionService } from './session-service';
import { sessionIdOf } from './session-id';

/** Whose sessions a lead or an administrator may end from the floor. */
const SIGN_OUT_TARGETS: Readonly<Record<Role, readonly Role[]>> = {
  lead: ['operator', 'trainee'],
  admin: ['operator', 'trainee', 'lead'],
  operator: [],
  trainee: [],
};

export interface SessionEnding {
  /** The session a socket opens (or recovers) with: its user, stored id and expiry; null when it has ended. */
  socketSession(token: string): Promise<SocketSession | null>;
  /** `POST /api/auth/logout`: the session ends, and every socket opened with it, on every instance. */
  logout(token: string): Promise<void>;
  /**
   * A lead (or an administrator) signs an operator out: every session of theirs is deleted (their
   * HTTP calls answer 401) and every socket of those sessions closes, on every instance. Audited.
   */
  signOutUser(actor: Actor, userId: string): Promise<OperatorSignOut>;
}

export function createSessionEnding(deps: {
  db: Kysely<Database>;
  transact: Transact;
  clock: Clock;
  sessions: Pick<SessionService, 'authenticate' | 'logout'>;
  /** Closes every socket of these sessions on every instance (socket.io's rooms, through Redis when several). */
  endSockets(sessionIds: readonly string[]): void;
}): SessionEnding {
  const { db } = deps;
  return {
    async socketSession(token) {
      const user = await deps.sessions.authenticate(token);
      if (!user) return null;
      const id = sessionIdOf(token);
      const row = await db
        .selectFrom('sessions')
        .select(['token_hash', 'expires_at'])
        .where('token_hash', '=', id)
        .executeTakeFirst();
      return row ? { user, id: row.token_hash, expiresAt: row.expires_at } : null;
    },

    async logout(token) {
      await deps.sessions.logout(token);
      deps.endSockets([sessionIdOf(token)]);
    },

    async signOutUser(actor, userId) {
      if (isPractice(actor.sandbox))
        throw new DomainError(
          'forbidden',
          'Leave practice mode first: signing someone out ends their live sessions.',
        );
      const now = deps.clock();
      const ended = await deps.transact(async (trx) => {
        const user = await trx
          .selectFrom('users')
          .select(['id', 'role'])
          .where('id', '=', userId)
          .where('active', '=', 1)
          .executeTakeFirst();
        if (!user) throw notFound('That user');
        if (!SIGN_OUT_TARGETS[actor.role].includes(user.role as Role))
          throw new DomainError(
            'forbidden',
            actor.role === 'lead'
              ? 'A lead signs out operators and trainees only.'
              : 'An administrator signs out operators, trainees and leads only.',
          );
        const rows = await trx
          .selectFrom('sessions')
          .select('token_hash')
          .where('user_id', '=', userId)
          .execute();
        const ids = rows.map((r) => r.token_hash);
        if (ids.length > 0) await trx.deleteFrom('sessions').where('token_hash', 'in', ids).execute();
        await appendAudit(
          trx,
          now,
          actor,
          'auth.user_signed_out',
          { type: 'user', id: userId },
          {
            sessionsEnded: ids.length,
          },
        );
        return ids;
      });
      // After the commit: a socket that reconnects meanwhile is refused at its handshake anyway.
      deps.endSockets(ended);
      return { userId, sessionsEnded: ended.length };
    },
  };
}
