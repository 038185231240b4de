import type { Kysely } from 'kysely';
import { dialectOf } from './dialect';

/**
 * Whether a read made to decide a write must lock what it reads. SQLite runs one write transaction
 * at a time (BEGIN IMMEDIATE), so a transaction's reads stay true until it commits. PostgreSQL runs
 * them side by side under READ COMMITTED: a row read, then updated, may have changed in between
 * (two confirms of one hold, two transitions of one operator). Reading it FOR UPDATE inside the
 * transaction gives PostgreSQL the same guarantee; outside a transaction nothing is locked.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only the adapter is read
export const locksRowsRead = (db: Kysely<any>): boolean => db.isTransaction && dialectOf(db) === 'postgres';
