import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { dialectOf } from '../../platform/db/dialect';
import { locksRowsRead } from '../../platform/db/row-locks';
import type { Database, OperatorStatesTable } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export type OperatorStateRow = Selectable<OperatorStatesTable>;

/** Roles whose state the floor keeps: the ones that take calls. */
export const callTakingRoleNames = ['operator', 'lead', 'trainee'] as const;

export async function findOperatorState(db: Db, userId: string): Promise<OperatorStateRow | undefined> {
  // A transition reads the state to compute the next one: locked on PostgreSQL (db/row-locks.ts).
  return db
    .selectFrom('operator_states')
    .selectAll()
    .where('user_id', '=', userId)
    .$if(locksRowsRead(db), (q) => q.forUpdate())
    .executeTakeFirst();
}

/** Writes a user's state whole (insert the first time, replace after). */
export async function saveOperatorState(trx: Transaction<Database>, row: OperatorStateRow): Promise<void> {
  const { user_id: _userId, ...rest } = row;
  await trx
    .insertInto('operator_states')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doUpdateSet(rest))
    .execute();
}

/** Users the server holds as online (any state but offline): after a restart none of them has a console yet. */
export async function listOnlineUserIds(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('operator_states')
    .select('user_id')
    .where('state', '<>', 'offline')
    .execute();
  return rows.map((r) => r.user_id);
}

/** An active user and their role, or undefined. */
export async function findActiveUser(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role'])
    .where('id', '=', userId)
    .where('active', '=', 1)
    .executeTakeFirst();
}

/** The newest call this user started after `since` and has not ended (any sandbox: trainees practise calls too). */
export async function findOpenCallOf(db: Db, userId: string, since: string): Promise<string | null> {
  const row = await db
    .selectFrom('calls')
    .select('id')
    .where('operator_id', '=', userId)
    .where('started_at', '>=', since)
    .where('ended_at', 'is', null)
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Active operators (role `operator`) with their state and queue: one query for the whole floor,
 * or for the few whose rows changed.
 */
export async function listFloorOperators(db: Db, userIds?: readonly string[]) {
  let query = db
    .selectFrom('users as u')
    .leftJoin('operator_states as s', 's.user_id', 'u.id')
    .leftJoin('queue_members as m', 'm.user_id', 'u.id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.created_at',
      's.state',
      's.since',
      's.reason',
      's.pending_state',
      'm.queue_id',
    ])
    .where('u.role', '=', 'operator')
    .where('u.active', '=', 1);
  if (userIds) {
    if (userIds.length === 0) return [];
    query = query.where('u.id', 'in', [...userIds]);
  }
  return query.orderBy('u.username').execute();
}

/**
 * Seconds from start to end of a stored call (ISO UTC text). SQLite's julianday reads the ISO
 * form with its `Z`; PostgreSQL casts the same text to timestamptz.
 */
const handleSeconds = (db: Db) =>
  dialectOf(db) === 'postgres'
    ? sql<number>`extract(epoch from (ended_at::timestamptz - started_at::timestamptz))`
    : sql<number>`(julianday(ended_at) - julianday(started_at)) * 86400.0`;
const isBooking = sql<number>`case when wrap_up_code in ('booked', 'rescheduled') then 1 else 0 end`;

/**
 * Per operator, their live calls started in [from, to): how many, how many were bookings, and the
 * summed handle time of those that ended. One grouped query through `calls_by_start`.
 */
export async function callStatsByOperator(
  db: Db,
  range: { from: string; to: string },
  userIds?: readonly string[],
) {
  // The whole floor reads the day through calls_by_start; a few operators read their own calls through
  // calls_by_operator, which the planner (without statistics) only picks when `sandbox` is not indexable.
  const sandbox = userIds ? sql<string>`(sandbox || '')` : sql<string>`sandbox`;
  let query = db
    .selectFrom('calls')
    .select((eb) => [
      'operator_id',
      eb.fn.countAll<number>().as('calls'),
      eb.fn.sum<number>(isBooking).as('bookings'),
      eb.fn.count<number>('ended_at').as('ended'),
      eb.fn
        .sum<number | null>(sql`case when ended_at is not null then ${handleSeconds(db)} end`)
        .as('handle_seconds'),
    ])
    .where(sandbox, '=', 'live')
    .where('started_at', '>=', range.from)
    .where('started_at', '<', range.to);
  if (userIds) {
    if (userIds.length === 0) return [];
    query = query.where('operator_id', 'in', [...userIds]);
  }
  return query.groupBy('operator_id').execute();
}

/** The live calls started in [from, to), grouped by UTC hour (`YYYY-MM-DDTHH`) and wrap-up code. */
export async function callStatsByHourAndCode(db: Db, range: { from: string; to: string }) {
  return db
    .selectFrom('calls')
    .select((eb) => [
      sql<string>`substr(started_at, 1, 13)`.as('utc_hour'),
      'wrap_up_code',
      eb.fn.countAll<number>().as('calls'),
      eb.fn
        .sum<number | null>(sql`case when ended_at is not null then ${handleSeconds(db)} end`)
        .as('handle_seconds'),
    ])
    .where('sandbox', '=', 'live')
    .where('started_at', '>=', range.from)
    .where('started_at', '<', range.to)
    .groupBy([sql`substr(started_at, 1, 13)`, 'wrap_up_code'])
    .execute();
}

/** Shift rows of one ISO weekday, for everyone or for some users. */
export async function listShiftsOnWeekday(db: Db, weekday: number, userIds?: readonly string[]) {
  let query = db
    .selectFrom('shift_schedules')
    .select(['user_id', 'weekday', 'start_time', 'end_time'])
    .where('weekday', '=', weekday);
  if (userIds) {
    if (userIds.length === 0) return [];
    query = query.where('user_id', 'in', [...userIds]);
  }
  return query.execute();
}
