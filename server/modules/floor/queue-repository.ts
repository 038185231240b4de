import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
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
