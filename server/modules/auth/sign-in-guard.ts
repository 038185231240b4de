import { appendAudit } from '../../platform/audit/audit-log';
import { DomainError } from '../../kernel/domain-error';
import { insertLock, isLocked, usernameKey } from './locked-account-repository';
import type { SessionDeps } from './session-deps';
import { findUserByUsername } from './user-repository';

/** An attempt counted before its password is checked; handed back when the password was right. */
export interface Admission {
  username: string;
  addressKey: string;
}

export const LOCKED_MESSAGE =
  'This account is locked after too many failed sign-ins. A lead or an administrator can unlock it.';

const tooManyFromHere = () =>
  new DomainError(
    'rate_limited',
    'Too many failed sign-ins for this user from this address. Wait a few minutes and try again.',
    { reason: 'too_many_failures' },
  );
const locked = () => new DomainError('rate_limited', LOCKED_MESSAGE, { reason: 'account_locked' });

/**
 * Sign-in limits that a burst cannot pass and a stranger cannot turn against a user. Every attempt
 * is counted (atomically, in this process or in Redis) before any password is checked, so attempts
 * sent together are admitted one after another up to the limit; the right password hands its
 * attempt back. Two counts: per username and client address (10 in 15 minutes: a guesser is
 * stopped at their own address, the user at their desk still signs in), and per username from
 * anywhere (100 an hour), which locks the account in the database until a lead or admin unlocks it.
 * Unknown usernames go through the same counts and the same answers.
 */
export function createSignInGuard(deps: SessionDeps) {
  const { db, clock } = deps;

  async function lock(typed: string, username: string) {
    const now = clock();
    await db.transaction().execute(async (trx) => {
      const inserted = await insertLock(trx, {
        username,
        lockedAt: now.toISOString(),
        failures: deps.lockAfterFailures,
      });
      if (!inserted) return;
      const user = await findUserByUsername(trx, typed);
      await appendAudit(
        trx,
        now,
        null,
        'auth.account_locked',
        { type: 'user', id: user?.id ?? username.slice(0, 64) },
        { username: username.slice(0, 64), failures: deps.lockAfterFailures },
      );
    });
  }

  return {
    /** Counts the attempt, or refuses it (429) when its address or the account has no attempt left. */
    async admit(typed: string, address: string): Promise<Admission> {
      const username = usernameKey(typed);
      if (await isLocked(db, username)) throw locked();
      // The address first: a guesser stopped at their own address never reaches the account's count.
      const addressKey = `${address}/${username}`;
      if (!(await deps.loginLimiter.tryTake(addressKey))) throw tooManyFromHere();
      if (!(await deps.accountLimiter.tryTake(username))) {
        await deps.loginLimiter.giveBack(addressKey);
        await lock(typed, username);
        throw locked();
      }
      return { username, addressKey };
    },
    /** A wrong password: the failure that fills the account's hour locks it at once (leads see it before anyone tries again). */
    async failed(admission: Admission, typed: string): Promise<void> {
      if (await deps.accountLimiter.exhausted(admission.username)) await lock(typed, admission.username);
    },
    /** The right password: its address starts afresh, and its attempt no longer counts against the account. */
    async succeeded(admission: Admission): Promise<void> {
      await deps.loginLimiter.reset(admission.addressKey);
      await deps.accountLimiter.giveBack(admission.username);
    },
    /** A lead or admin lifted the lock: the account's count starts afresh too. */
    async unlocked(username: string): Promise<void> {
      await deps.accountLimiter.reset(usernameKey(username));
    },
  };
}

export type SignInGuard = ReturnType<typeof createSignInGuard>;
