import { randomBytes } from 'node:crypto';
import type { LockedAccount, LoginResponse, Role } from '../../../shared/api/auth';
import type { Actor } from '../../kernel/actor';
import type { AuthenticatedUser } from '../../kernel/authenticated-user';
import { appendAudit } from '../../platform/audit/audit-log';
import { sandboxFor } from '../../kernel/actor';
import { DomainError } from '../../kernel/domain-error';
import {
  deleteExpiredSessions,
  deleteSession,
  findSessionUser,
  findUserByUsername,
  insertSession,
} from './user-repository';
import { createLockedAccounts } from './locked-accounts';
import { dummyHashPromise, verifyPassword } from './passwords';
import type { SessionDeps } from './session-deps';
import { sessionIdOf } from './session-id';
import { createSignInGuard } from './sign-in-guard';

export interface SessionService {
  /** `address`: the client's (the TCP peer, or what a trusted proxy says): failures count per username and address. */
  login(username: string, password: string, address: string): Promise<LoginResponse>;
  /** The user behind a bearer token, or null when it is unknown or expired. */
  authenticate(token: string): Promise<AuthenticatedUser | null>;
  logout(token: string): Promise<void>;
  /** Deletes sessions past their expiry (they already fail to authenticate). */
  purgeExpired(): Promise<void>;
  /** Accounts locked after too many failed sign-ins (leads and admins). */
  lockedAccounts(actor: Actor): Promise<LockedAccount[]>;
  unlockAccount(actor: Actor, userId: string): Promise<void>;
}

/**
 * Opaque bearer tokens: 256 random bits given to the client once, stored only as a SHA-256
 * hash. Sessions expire after `ttlHours`; sign-in attempts are counted before any password is
 * checked, per username and address and per account (sign-in-guard.ts).
 */
export function createSessionService(deps: SessionDeps): SessionService {
  const { db, clock } = deps;
  const guard = createSignInGuard(deps);
  const locks = createLockedAccounts(deps, guard);
  return {
    async login(username, password, address) {
      const admission = await guard.admit(username, address).catch((error: unknown) => {
        if (error instanceof DomainError && error.code === 'rate_limited') {
          const locked = (error.details as { reason?: string } | undefined)?.reason === 'account_locked';
          deps.onSignInRefused?.(locked ? 'locked' : 'rate_limited');
        }
        throw error;
      });
      const user = await findUserByUsername(db, username);
      // An unknown user's password is hashed too: both answers take the same time.
      const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHashPromise));
      const now = clock();
      if (!user || !ok) {
        await appendAudit(
          db,
          now,
          null,
          'auth.login_failed',
          { type: 'user', id: username.slice(0, 64) },
          { address },
        );
        await guard.failed(admission, username);
        deps.onSignInRefused?.('wrong_credentials');
        throw new DomainError('invalid_credentials', 'Wrong username or password.');
      }
      await guard.succeeded(admission);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + deps.ttlHours * 3_600_000).toISOString();
      await insertSession(db, {
        tokenHash: sessionIdOf(token),
        userId: user.id,
        createdAt: now.toISOString(),
        expiresAt,
      });
      const role = user.role as Role;
      await appendAudit(
        db,
        now,
        { userId: user.id, role, sandbox: sandboxFor({ id: user.id, role }), callId: null },
        'auth.login',
        { type: 'user', id: user.id },
      );
      return {
        token,
        expiresAt,
        user: { id: user.id, username: user.username, displayName: user.display_name, role },
      };
    },
    async authenticate(token) {
      if (!token || token.length > 200) return null;
      const row = await findSessionUser(db, sessionIdOf(token));
      if (!row || row.active !== 1 || row.expires_at <= clock().toISOString()) return null;
      const role = row.role as Role;
      return {
        id: row.id,
        username: row.username,
        displayName: row.display_name,
        role,
        sandbox: sandboxFor({ id: row.id, role }),
      };
    },
    async logout(token) {
      const row = await findSessionUser(db, sessionIdOf(token));
      if (!row) return;
      await deleteSession(db, row.token_hash);
      const role = row.role as Role;
      await appendAudit(
        db,
        clock(),
        { userId: row.id, role, sandbox: sandboxFor({ id: row.id, role }), callId: null },
        'auth.logout',
        { type: 'user', id: row.id },
      );
    },
    async purgeExpired() {
      await deleteExpiredSessions(db, clock().toISOString());
    },
    lockedAccounts: (actor) => locks.list(actor),
    unlockAccount: (actor, userId) => locks.unlock(actor, userId),
  };
}
