import { rolesThatUnlock, type LockedAccount, type Role } from '../../../shared/api/auth';
import { LIVE_SANDBOX, type Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { appendAudit } from '../../platform/audit/audit-log';
import { deleteLock, findActiveUser, listLockedUsers, usernameKey } from './locked-account-repository';
import type { SessionDeps } from './session-deps';
import type { SignInGuard } from './sign-in-guard';

const livesOnly = (actor: Actor) => {
  // Locks are live data: practice has no copy of them.
  if (actor.sandbox !== LIVE_SANDBOX)
    throw new DomainError(
      'forbidden',
      'Leave practice mode first: locked accounts are live, and practice never changes them.',
    );
};

/**
 * What leads and administrators see of locked accounts, and how they lift a lock: any account but
 * an administrator's for a lead (a lead cannot reopen the account that could change their own
 * role), any account for an administrator. Each unlock is audited: who, when, which account.
 */
export function createLockedAccounts(deps: SessionDeps, guard: SignInGuard) {
  const { db, clock } = deps;
  return {
    async list(actor: Actor): Promise<LockedAccount[]> {
      livesOnly(actor);
      const rows = await listLockedUsers(db);
      return rows.map((row) => ({
        userId: row.id,
        username: row.username,
        displayName: row.display_name,
        role: row.role as Role,
        lockedAt: row.locked_at,
        failures: row.failures,
        unlockableBy: rolesThatUnlock(row.role as Role),
      }));
    },
    async unlock(actor: Actor, userId: string): Promise<void> {
      livesOnly(actor);
      const user = await findActiveUser(db, userId);
      if (!user) throw notFound('The account');
      if (!rolesThatUnlock(user.role as Role).includes(actor.role))
        throw new DomainError('forbidden', "Only an administrator can unlock an administrator's account.");
      const now = clock();
      const lifted = await db.transaction().execute(async (trx) => {
        if (!(await deleteLock(trx, usernameKey(user.username)))) return false;
        await appendAudit(
          trx,
          now,
          actor,
          'auth.account_unlocked',
          { type: 'user', id: user.id },
          { username: user.username },
        );
        return true;
      });
      if (!lifted) throw new DomainError('not_found', 'This account is not locked.');
      await guard.unlocked(user.username);
    },
  };
}

export type LockedAccounts = ReturnType<typeof createLockedAccounts>;
