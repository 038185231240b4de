import { sql } from 'kysely';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../kernel/domain-error';
import { describeEachDialect } from '../../../test/support/each-dialect';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { insertUsers } from './user-repository';
import { hashPassword } from './passwords';
import { createRateLimiter } from '../../platform/rate-limits/rate-limiter';
import { createSessionService, type SessionService } from './session-service';

const START = new Date('2026-03-09T12:00:00.000Z');
const MAX_FAILURES = 3;

let passwordHash: string;
let t: TestDatabase;
let now: Date;
let sessions: SessionService;

beforeAll(async () => {
  passwordHash = await hashPassword('right-password');
});

describeEachDialect('session service', (dialect) => {
  beforeEach(async () => {
    now = START;
    t = await openTestDatabase({ dialect });
    const clock = () => now;
    await insertUsers(t.db, [
      {
        id: 'usr_operator1',
        username: 'operator1',
        displayName: 'Operador 1',
        role: 'operator',
        passwordHash,
        createdAt: START.toISOString(),
      },
      {
        id: 'usr_trainee1',
        username: 'trainee1',
        displayName: 'Aprendiz 1',
        role: 'trainee',
        passwordHash,
        createdAt: START.toISOString(),
      },
    ]);
    sessions = createSessionService({
      db: t.db,
      clock,
      ttlHours: 12,
      loginLimiter: createRateLimiter({ limit: MAX_FAILURES, windowMs: 15 * 60_000, clock }),
    });
  });

  afterEach(async () => {
    await t.cleanup();
  });

  async function refusal(promise: Promise<unknown>) {
    try {
      await promise;
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
    throw new Error('expected a refusal');
  }

  const auditActions = () => t.rows(sql`select action, actor_id, entity_id from audit_log order by id`);

  // Every login runs scrypt (tens of milliseconds, more on a loaded machine).
  describe('session service', { timeout: 30_000 }, () => {
    it('login issues a token that authenticates as the user, stored only as a hash', async () => {
      const login = await sessions.login('operator1', 'right-password');
      expect(login.user).toEqual({
        id: 'usr_operator1',
        username: 'operator1',
        displayName: 'Operador 1',
        role: 'operator',
      });
      expect(login.expiresAt).toBe('2026-03-10T00:00:00.000Z');
      expect(login.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await sessions.authenticate(login.token)).toEqual({ ...login.user, sandbox: 'live' });

      const stored = await t.rows<{ token_hash: string; user_id: string }>(
        sql`select token_hash, user_id from sessions`,
      );
      expect(stored).toHaveLength(1);
      expect(stored[0]?.user_id).toBe('usr_operator1');
      expect(stored[0]?.token_hash).not.toBe(login.token);
      expect(await auditActions()).toEqual([
        { action: 'auth.login', actor_id: 'usr_operator1', entity_id: 'usr_operator1' },
      ]);
    });

    it('each login gets its own token', async () => {
      const a = await sessions.login('operator1', 'right-password');
      const b = await sessions.login('operator1', 'right-password');
      expect(a.token).not.toBe(b.token);
      expect(await sessions.authenticate(a.token)).not.toBeNull();
      expect(await sessions.authenticate(b.token)).not.toBeNull();
    });

    it('a trainee authenticates into a practice sandbox of their own', async () => {
      const login = await sessions.login('trainee1', 'right-password');
      expect(await sessions.authenticate(login.token)).toMatchObject({
        id: 'usr_trainee1',
        role: 'trainee',
        sandbox: 'practice:usr_trainee1',
      });
    });

    it('a wrong password or an unknown user is invalid_credentials, and is audited', async () => {
      expect(await refusal(sessions.login('operator1', 'wrong-password'))).toBe('invalid_credentials');
      expect(await refusal(sessions.login('nobody', 'right-password'))).toBe('invalid_credentials');
      expect(await t.count(sql`select count(*) as n from sessions`)).toBe(0);
      expect(await auditActions()).toEqual([
        { action: 'auth.login_failed', actor_id: null, entity_id: 'operator1' },
        { action: 'auth.login_failed', actor_id: null, entity_id: 'nobody' },
      ]);
    });

    it('after N failures the username is rate_limited even with the right password, until the window passes', async () => {
      for (let i = 0; i < MAX_FAILURES; i++)
        expect(await refusal(sessions.login('operator1', `wrong-${i}`))).toBe('invalid_credentials');
      expect(await refusal(sessions.login('operator1', 'right-password'))).toBe('rate_limited');
      expect(await refusal(sessions.login('OPERATOR1', 'right-password'))).toBe('rate_limited');
      // Another username (another operator on the same floor) is not affected.
      await expect(sessions.login('trainee1', 'right-password')).resolves.toMatchObject({
        user: { id: 'usr_trainee1' },
      });

      now = new Date(START.getTime() + 15 * 60_000);
      await expect(sessions.login('operator1', 'right-password')).resolves.toMatchObject({
        user: { id: 'usr_operator1' },
      });
    });

    it('a successful login clears the failures counted so far', async () => {
      for (let i = 0; i < MAX_FAILURES - 1; i++) await refusal(sessions.login('operator1', 'wrong'));
      await sessions.login('operator1', 'right-password');
      for (let i = 0; i < MAX_FAILURES - 1; i++)
        expect(await refusal(sessions.login('operator1', 'wrong'))).toBe('invalid_credentials');
      await expect(sessions.login('operator1', 'right-password')).resolves.toBeDefined();
    });

    it('an expired session authenticates as nobody', async () => {
      const login = await sessions.login('operator1', 'right-password');
      now = new Date('2026-03-09T23:59:59.999Z');
      expect(await sessions.authenticate(login.token)).not.toBeNull();
      now = new Date(login.expiresAt);
      expect(await sessions.authenticate(login.token)).toBeNull();
    });

    it('expired sessions are purged from storage; live ones stay', async () => {
      const early = await sessions.login('operator1', 'right-password');
      now = new Date('2026-03-09T13:00:00.000Z');
      const later = await sessions.login('operator1', 'right-password');
      now = new Date(early.expiresAt);
      await sessions.purgeExpired();
      expect(await t.count(sql`select count(*) as n from sessions`)).toBe(1);
      expect(await sessions.authenticate(later.token)).not.toBeNull();
    });

    it('logout ends the session; unknown, empty and oversized tokens authenticate as nobody', async () => {
      const login = await sessions.login('operator1', 'right-password');
      const other = await sessions.login('operator1', 'right-password');
      await sessions.logout(login.token);
      expect(await sessions.authenticate(login.token)).toBeNull();
      expect(await sessions.authenticate(other.token)).not.toBeNull();
      expect(await sessions.authenticate('')).toBeNull();
      expect(await sessions.authenticate('not-a-token')).toBeNull();
      expect(await sessions.authenticate('x'.repeat(201))).toBeNull();
    });

    it('logout is audited once; logging out an ended session changes nothing', async () => {
      const login = await sessions.login('trainee1', 'right-password');
      await sessions.logout(login.token);
      await sessions.logout(login.token);
      expect(
        await t.rows(sql`select action, actor_id, actor_role, sandbox, entity_id from audit_log order by id`),
      ).toEqual([
        {
          action: 'auth.login',
          actor_id: 'usr_trainee1',
          actor_role: 'trainee',
          sandbox: 'practice:usr_trainee1',
          entity_id: 'usr_trainee1',
        },
        {
          action: 'auth.logout',
          actor_id: 'usr_trainee1',
          actor_role: 'trainee',
          sandbox: 'practice:usr_trainee1',
          entity_id: 'usr_trainee1',
        },
      ]);
    });

    it('a deactivated user can neither log in nor use an open session', async () => {
      const login = await sessions.login('operator1', 'right-password');
      await t.db.updateTable('users').set({ active: 0 }).where('id', '=', 'usr_operator1').execute();
      expect(await sessions.authenticate(login.token)).toBeNull();
      expect(await refusal(sessions.login('operator1', 'right-password'))).toBe('invalid_credentials');
    });
  });
});
