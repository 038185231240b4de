import { sql, type Insertable, type Kysely, type Selectable, type Transaction } from 'kysely';
import { dialectOf } from '../../platform/db/dialect';
import type { Database, QueuesTable } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export type QueueRow = Selectable<QueuesTable>;

export async function listQueues(db: Db): Promise<QueueRow[]> {
  return db.selectFrom('queues').selectAll().orderBy('sort_order').execute();
}

export async function findQueue(db: Db, id: string): Promise<QueueRow | undefined> {
  return db.selectFrom('queues').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The queue a user is on, if any. */
export async function findQueueOf(db: Db, userId: string): Promise<QueueRow | undefined> {
  return db
    .selectFrom('queue_members as m')
    .innerJoin('queues as q', 'q.id', 'm.queue_id')
    .selectAll('q')
    .where('m.user_id', '=', userId)
    .executeTakeFirst();
}

/** Puts a user on a queue (one queue per user: replaces the previous one). */
export async function setQueueMember(
  trx: Transaction<Database>,
  member: { userId: string; queueId: string; at: string; by: string | null },
): Promise<void> {
  await trx
    .insertInto('queue_members')
    .values({
      user_id: member.userId,
      queue_id: member.queueId,
      assigned_at: member.at,
      assigned_by: member.by,
    })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ queue_id: member.queueId, assigned_at: member.at, assigned_by: member.by }),
    )
    .execute();
}

/** Each active operator on a queue with their state (none: never connected). */
export async function listQueueMemberStates(db: Db) {
  return db
    .selectFrom('queue_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('operator_states as s', 's.user_id', 'm.user_id')
    .select(['m.queue_id', 's.state'])
    .where('u.role', '=', 'operator')
    .where('u.active', '=', 1)
    .execute();
}

/** Live calls started in [from, to) by each queue's members, and how many of them since `lastHourFrom`. */
export async function queueCallCounts(db: Db, range: { from: string; to: string }, lastHourFrom: string) {
  return db
    .selectFrom('calls as c')
    .innerJoin('queue_members as m', 'm.user_id', 'c.operator_id')
    .select((eb) => [
      'm.queue_id',
      eb.fn.countAll<number>().as('calls'),
      eb.fn
        .sum<number>(eb.case().when('c.started_at', '>=', lastHourFrom).then(1).else(0).end())
        .as('last_hour'),
    ])
    .where('c.sandbox', '=', 'live')
    .where('c.started_at', '>=', range.from)
    .where('c.started_at', '<', range.to)
    .groupBy('m.queue_id')
    .execute();
}

export async function insertQueues(
  trx: Transaction<Database>,
  rows: Insertable<QueuesTable>[],
): Promise<void> {
  if (rows.length) await trx.insertInto('queues').values(rows).execute();
}

/** Milliseconds from `from` to `to` (ISO UTC text columns), rounded to whole milliseconds on both dialects. */
const elapsedMs = (db: Db, from: string, to: string) =>
  dialectOf(db) === 'postgres'
    ? sql<number>`round(extract(epoch from (${sql.ref(to)}::timestamptz - ${sql.ref(from)}::timestamptz)) * 1000)`
    : sql<number>`round((julianday(${sql.ref(to)}) - julianday(${sql.ref(from)})) * 86400000.0)`;

/** A call waits hours at most: outcomes from `from` on are looked for among calls arrived a day before. */
const ARRIVAL_LOOKBACK_MS = 86_400_000;

/**
 * Live routed calls whose outcome — the answer, or the caller hanging up unanswered — happened in
 * [from, to), by queue and UTC hour of the outcome: how many were answered (and within the queue's
 * service level seconds), the summed answer times, how many abandoned, and how many of each since
 * `recentFrom`. One grouped query through routed_calls_by_queue_day.
 */
export async function queueOutcomesByHour(
  db: Db,
  range: { from: string; to: string },
  recentFrom: string,
  queueIds: readonly string[],
  arrivedFrom = new Date(Date.parse(range.from) - ARRIVAL_LOOKBACK_MS).toISOString(),
) {
  if (queueIds.length === 0) return [];
  const waitMs = elapsedMs(db, 'rc.arrived_at', 'rc.answered_at');
  const outcome = sql<string>`coalesce(rc.answered_at, case when rc.status = 'abandoned' then rc.ended_at end)`;
  const within = sql<number>`case when rc.answered_at is not null and ${waitMs} <= q.service_level_seconds * 1000 then 1 else 0 end`;
  const isAnswered = sql<number>`case when rc.answered_at is not null then 1 else 0 end`;
  const isAbandoned = sql<number>`case when rc.answered_at is null then 1 else 0 end`;
  const recent = (flag: typeof within) =>
    sql<number>`case when ${outcome} >= ${recentFrom} then ${flag} else 0 end`;
  return (
    db
      .selectFrom('routed_calls as rc')
      .innerJoin('queues as q', 'q.id', 'rc.queue_id')
      .select((eb) => [
        'rc.queue_id',
        sql<string>`substr(${outcome}, 1, 13)`.as('utc_hour'),
        eb.fn.sum<number>(isAnswered).as('answered'),
        eb.fn.sum<number>(within).as('answered_within'),
        eb.fn.sum<number>(isAbandoned).as('abandoned'),
        eb.fn
          .sum<number | null>(sql`case when rc.answered_at is not null then ${waitMs} end`)
          .as('answer_ms'),
        eb.fn.sum<number>(recent(isAnswered)).as('recent_answered'),
        eb.fn.sum<number>(recent(within)).as('recent_within'),
        eb.fn.sum<number>(recent(isAbandoned)).as('recent_abandoned'),
      ])
      // Naming the queues lets routed_calls_by_queue_day serve the arrival range.
      .where('rc.queue_id', 'in', [...queueIds])
      .where('rc.arrived_at', '>=', arrivedFrom)
      .where('rc.arrived_at', '<', range.to)
      .where('rc.sandbox', '=', 'live')
      .where(outcome, '>=', range.from)
      .where(outcome, '<', range.to)
      .groupBy(['rc.queue_id', sql`substr(${outcome}, 1, 13)`])
      .execute()
  );
}

/**
 * Per queue, the live routed calls answered in [from, to) whose operator has ended them (wrap-up
 * done): how many, and the summed milliseconds from answer to the end of wrap-up (the operator's
 * call log, read through calls_by_start).
 */
export async function queueHandleTimes(db: Db, range: { from: string; to: string }) {
  const handleMs = elapsedMs(db, 'c.started_at', 'c.ended_at');
  return db
    .selectFrom('calls as c')
    .innerJoin('routed_calls as rc', 'rc.id', 'c.id')
    .select((eb) => [
      'rc.queue_id',
      eb.fn.countAll<number>().as('ended'),
      eb.fn.sum<number>(handleMs).as('handle_ms'),
    ])
    .where('c.sandbox', '=', 'live')
    .where('c.started_at', '>=', range.from)
    .where('c.started_at', '<', range.to)
    .where('c.ended_at', 'is not', null)
    .groupBy('rc.queue_id')
    .execute();
}

/** Live routed calls not answered yet (waiting, or ringing), oldest first, with the operator an open offer rings. */
export async function listWaitingCalls(db: Db) {
  return db
    .selectFrom('routed_calls as rc')
    .leftJoin('call_offers as o', (join) => join.onRef('o.call_id', '=', 'rc.id').on('o.status', '=', 'open'))
    .select(['rc.id', 'rc.queue_id', 'rc.from_number', 'rc.language', 'rc.arrived_at', 'o.operator_id'])
    .where('rc.status', 'in', ['waiting', 'offered'])
    .where('rc.sandbox', '=', 'live')
    .orderBy('rc.arrived_at')
    .orderBy('rc.id')
    .execute();
}

/** Sets a queue's service level target (and the seconds it counts within); false when no such queue. */
export async function setQueueTarget(
  trx: Transaction<Database>,
  queueId: string,
  target: { serviceLevelTarget: number; serviceLevelSeconds: number },
): Promise<boolean> {
  const result = await trx
    .updateTable('queues')
    .set({
      service_level_target: target.serviceLevelTarget,
      service_level_seconds: target.serviceLevelSeconds,
    })
    .where('id', '=', queueId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
