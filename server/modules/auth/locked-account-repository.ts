import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Sign-in names are compared in lower case: the limits and the lock count `Operator1` as `operator1`. */
export const usernameKey = (username: string) => username.toLowerCase();

export async function isLocked(db: Db, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('locked_accounts')
    .select('username')
    .where('username', '=', key)
    .executeTakeFirst();
  return row !== undefined;
}

/** Locks `key`; false when another sign-in (on any instance) locked it first. */
export async function insertLock(
  db: Db,
  lock: { username: string; lockedAt: string; failures: number },
): Promise<boolean> {
  const result = await db
    .insertInto('locked_accounts')
    .values({ username: lock.username, locked_at: lock.lockedAt, failures: lock.failures })
    .onConflict((oc) => oc.column('username').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteLock(db: Db, key: string): Promise<boolean> {
  const result = await db.deleteFrom('locked_accounts').where('username', '=', key).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The locked accounts that name an active user, oldest lock first. */
export async function listLockedUsers(db: Db) {
  return db
    .selectFrom('locked_accounts as l')
    .innerJoin('users as u', (join) => join.on(sql`lower(u.username)`, '=', sql.ref('l.username')))
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'l.locked_at', 'l.failures'])
    .where('u.active', '=', 1)
    .orderBy('l.locked_at')
    .orderBy('u.username')
    .execute();
}

export async function findActiveUser(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'role'])
    .where('id', '=', userId)
    .where('active', '=', 1)
    .executeTakeFirst();
}
