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
const LOCK_AFTER = 7;
/** The operator's own machine, and a stranger's. */
const DESK = '10.1.2.3';
const STRANGER = '203.0.113.9';

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
      accountLimiter: createRateLimiter({ limit: LOCK_AFTER, windowMs: 3_600_000, clock }),
      lockAfterFailures: LOCK_AFTER,
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
      const login = await sessions.login('operator1', 'right-password', DESK);
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
      const a = await sessions.login('operator1', 'right-password', DESK);
      const b = await sessions.login('operator1', 'right-password', DESK);
      expect(a.token).not.toBe(b.token);
      expect(await sessions.authenticate(a.token)).not.toBeNull();
      expect(await sessions.authenticate(b.token)).not.toBeNull();
    });

    it('a trainee authenticates into a practice sandbox of their own', async () => {
      const login = await sessions.login('trainee1', 'right-password', DESK);
      expect(await sessions.authenticate(login.token)).toMatchObject({
        id: 'usr_trainee1',
        role: 'trainee',
        sandbox: 'practice:usr_trainee1',
      });
    });

    it('a wrong password or an unknown user is invalid_credentials, and is audited', async () => {
      expect(await refusal(sessions.login('operator1', 'wrong-password', DESK))).toBe('invalid_credentials');
      expect(await refusal(sessions.login('nobody', 'right-password', DESK))).toBe('invalid_credentials');
      expect(await t.count(sql`select count(*) as n from sessions`)).toBe(0);
      expect(await auditActions()).toEqual([
        { action: 'auth.login_failed', actor_id: null, entity_id: 'operator1' },
        { action: 'auth.login_failed', actor_id: null, entity_id: 'nobody' },
      ]);
    });

    it('after N failures the username is rate_limited even with the right password, until the window passes', async () => {
      for (let i = 0; i < MAX_FAILURES; i++)
        expect(await refusal(sessions.login('operator1', `wrong-${i}`, DESK))).toBe('invalid_credentials');
      expect(await refusal(sessions.login('operator1', 'right-password', DESK))).toBe('rate_limited');
      expect(await refusal(sessions.login('OPERATOR1', 'right-password', DESK))).toBe('rate_limited');
      // Another username (another operator on the same floor) is not affected.
      await expect(sessions.login('trainee1', 'right-password', DESK)).resolves.toMatchObject({
        user: { id: 'usr_trainee1' },
      });

      now = new Date(START.getTime() + 15 * 60_000);
      await expect(sessions.login('operator1', 'right-password', DESK)).resolves.toMatchObject({
        user: { id: 'usr_operator1' },
      });
    });

    it('attempts sent at once are counted before any password is checked: N answered, the rest refused, the right one too', async () => {
      const answers = await Promise.all([
        ...Array.from({ length: 20 }, (_, i) => refusal(sessions.login('operator1', `wrong-${i}`, DESK))),
        refusal(sessions.login('operator1', 'right-password', DESK)).catch(() => 'signed in'),
      ]);
      expect(answers.filter((a) => a === 'invalid_credentials')).toHaveLength(MAX_FAILURES);
      expect(answers.filter((a) => a === 'rate_limited')).toHaveLength(21 - MAX_FAILURES);
      expect(await t.count(sql`select count(*) as n from sessions`)).toBe(0);
    });

    it("failures from a stranger's address leave the right password from the user's own desk working", async () => {
      for (let i = 0; i < MAX_FAILURES; i++) await refusal(sessions.login('operator1', 'wrong', STRANGER));
      expect(await refusal(sessions.login('operator1', 'right-password', STRANGER))).toBe('rate_limited');
      await expect(sessions.login('operator1', 'right-password', DESK)).resolves.toMatchObject({
        user: { id: 'usr_operator1' },
      });
    });

    it('failures from many addresses lock the account (stored, audited) until a lead unlocks it (audited)', async () => {
      const lead = { userId: 'usr_lead1', role: 'lead' as const, sandbox: 'live', callId: null };
      for (let i = 0; i < LOCK_AFTER; i++)
        expect(await refusal(sessions.login('operator1', 'wrong', `198.51.100.${i}`))).toBe(
          'invalid_credentials',
        );
      expect(await refusal(sessions.login('operator1', 'right-password', DESK))).toBe('rate_limited');
      expect(await refusal(sessions.login('Operator1', 'right-password', '192.0.2.1'))).toBe('rate_limited');
      expect(await t.rows(sql`select username, failures from locked_accounts`)).toEqual([
        { username: 'operator1', failures: LOCK_AFTER },
      ]);
      expect(await sessions.lockedAccounts(lead)).toEqual([
        {
          userId: 'usr_operator1',
          username: 'operator1',
          displayName: 'Operador 1',
          role: 'operator',
          lockedAt: START.toISOString(),
          failures: LOCK_AFTER,
          unlockableBy: ['lead', 'admin'],
        },
      ]);
      await sessions.unlockAccount(lead, 'usr_operator1');
      expect(await sessions.lockedAccounts(lead)).toEqual([]);
      await expect(sessions.login('operator1', 'right-password', DESK)).resolves.toBeDefined();
      // The account's count started afresh: one more failure does not lock it again.
      expect(await refusal(sessions.login('operator1', 'wrong', STRANGER))).toBe('invalid_credentials');
      expect(await refusal(sessions.unlockAccount(lead, 'usr_operator1'))).toBe('not_found');
      expect(
        await t.rows(
          sql`select action, actor_id, entity_id from audit_log where action like 'auth.account%' order by id`,
        ),
      ).toEqual([
        { action: 'auth.account_locked', actor_id: null, entity_id: 'usr_operator1' },
        { action: 'auth.account_unlocked', actor_id: 'usr_lead1', entity_id: 'usr_operator1' },
      ]);
    });

    it('an unknown username is counted and locked like a known one, and listed for nobody', async () => {
      const admin = { userId: 'usr_admin1', role: 'admin' as const, sandbox: 'live', callId: null };
      for (let i = 0; i < MAX_FAILURES; i++)
        expect(await refusal(sessions.login('nobody', 'wrong', DESK))).toBe('invalid_credentials');
      expect(await refusal(sessions.login('nobody', 'wrong', DESK))).toBe('rate_limited');
      for (let i = 0; i < LOCK_AFTER - MAX_FAILURES; i++)
        expect(await refusal(sessions.login('nobody', 'wrong', `198.51.100.${i}`))).toBe(
          'invalid_credentials',
        );
      expect(await refusal(sessions.login('nobody', 'wrong', '192.0.2.1'))).toBe('rate_limited');
      expect(await t.count(sql`select count(*) as n from locked_accounts where username = 'nobody'`)).toBe(1);
      expect(await sessions.lockedAccounts(admin)).toEqual([]);
    });

    it("a lead may not unlock an administrator's account; an administrator may; practice mode sees no locks", async () => {
      await insertUsers(t.db, [
        {
          id: 'usr_admin1',
          username: 'admin1',
          displayName: 'Admin 1',
          role: 'admin',
          passwordHash,
          createdAt: START.toISOString(),
        },
      ]);
      for (let i = 0; i < LOCK_AFTER + 1; i++)
        await refusal(sessions.login('admin1', 'wrong', `198.51.100.${i}`));
      const lead = { userId: 'usr_lead1', role: 'lead' as const, sandbox: 'live', callId: null };
      const admin = { userId: 'usr_admin2', role: 'admin' as const, sandbox: 'live', callId: null };
      expect(await sessions.lockedAccounts(lead)).toMatchObject([
        { userId: 'usr_admin1', unlockableBy: ['admin'] },
      ]);
      expect(await refusal(sessions.unlockAccount(lead, 'usr_admin1'))).toBe('forbidden');
      expect(await refusal(sessions.lockedAccounts({ ...lead, sandbox: 'practice:usr_lead1' }))).toBe(
        'forbidden',
      );
      await sessions.unlockAccount(admin, 'usr_admin1');
      await expect(sessions.login('admin1', 'right-password', DESK)).resolves.toBeDefined();
      expect(await refusal(sessions.unlockAccount(admin, 'usr_nobody'))).toBe('not_found');
    });

    it('a successful login clears the failures counted so far', async () => {
      for (let i = 0; i < MAX_FAILURES - 1; i++) await refusal(sessions.login('operator1', 'wrong', DESK));
      await sessions.login('operator1', 'right-password', DESK);
      for (let i = 0; i < MAX_FAILURES - 1; i++)
        expect(await refusal(sessions.login('operator1', 'wrong', DESK))).toBe('invalid_credentials');
      await expect(sessions.login('operator1', 'right-password', DESK)).resolves.toBeDefined();
    });

    it('an expired session authenticates as nobody', async () => {
      const login = await sessions.login('operator1', 'right-password', DESK);
      now = new Date('2026-03-09T23:59:59.999Z');
      expect(await sessions.authenticate(login.token)).not.toBeNull();
      now = new Date(login.expiresAt);
      expect(await sessions.authenticate(login.token)).toBeNull();
    });

    it('expired sessions are purged from storage; live ones stay', async () => {
      const early = await sessions.login('operator1', 'right-password', DESK);
      now = new Date('2026-03-09T13:00:00.000Z');
      const later = await sessions.login('operator1', 'right-password', DESK);
      now = new Date(early.expiresAt);
      await sessions.purgeExpired();
      expect(await t.count(sql`select count(*) as n from sessions`)).toBe(1);
      expect(await sessions.authenticate(later.token)).not.toBeNull();
    });

    it('logout ends the session; unknown, empty and oversized tokens authenticate as nobody', async () => {
      const login = await sessions.login('operator1', 'right-password', DESK);
      const other = await sessions.login('operator1', 'right-password', DESK);
      await sessions.logout(login.token);
      expect(await sessions.authenticate(login.token)).toBeNull();
      expect(await sessions.authenticate(other.token)).not.toBeNull();
      expect(await sessions.authenticate('')).toBeNull();
      expect(await sessions.authenticate('not-a-token')).toBeNull();
      expect(await sessions.authenticate('x'.repeat(201))).toBeNull();
    });

    it('logout is audited once; logging out an ended session changes nothing', async () => {
      const login = await sessions.login('trainee1', 'right-password', DESK);
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
      const login = await sessions.login('operator1', 'right-password', DESK);
      await t.db.updateTable('users').set({ active: 0 }).where('id', '=', 'usr_operator1').execute();
      expect(await sessions.authenticate(login.token)).toBeNull();
      expect(await refusal(sessions.login('operator1', 'right-password', DESK))).toBe('invalid_credentials');
    });
  });
});
