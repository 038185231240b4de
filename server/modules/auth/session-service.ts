import { createHash, randomBytes } from 'node:crypto';
import type { LoginResponse, Role } from '../../../shared/api/auth';
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
import { dummyHashPromise, verifyPassword } from './passwords';
import type { SessionDeps } from './session-deps';

export interface SessionService {
  login(username: string, password: string): Promise<LoginResponse>;
  /** The user behind a bearer token, or null when it is unknown or expired. */
  authenticate(token: string): Promise<AuthenticatedUser | null>;
  logout(token: string): Promise<void>;
  /** Deletes sessions past their expiry (they already fail to authenticate). */
  purgeExpired(): Promise<void>;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Opaque bearer tokens: 256 random bits given to the client once, stored only as a SHA-256
 * hash. Sessions expire after `ttlHours`; failed logins are limited per username.
 */
export function createSessionService(deps: SessionDeps): SessionService {
  const { db, clock } = deps;
  return {
    async login(username, password) {
      const key = username.toLowerCase();
      if (await deps.loginLimiter.exhausted(key)) {
        throw new DomainError(
          'rate_limited',
          'Too many failed sign-ins for this user. Wait a few minutes and try again.',
        );
      }
      const user = await findUserByUsername(db, username);
      const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHashPromise));
      const now = clock();
      if (!user || !ok) {
        await deps.loginLimiter.tryTake(key);
        await appendAudit(db, now, null, 'auth.login_failed', { type: 'user', id: username.slice(0, 64) });
        throw new DomainError('invalid_credentials', 'Wrong username or password.');
      }
      await deps.loginLimiter.reset(key);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + deps.ttlHours * 3_600_000).toISOString();
      await insertSession(db, {
        tokenHash: hashToken(token),
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
      const row = await findSessionUser(db, hashToken(token));
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
      const row = await findSessionUser(db, hashToken(token));
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
  };
}
