import { sql, type Kysely, type Transaction } from 'kysely';
import type { SqlDialect } from '../../../platform/db/dialect';
import type { Database, OutboundMessageRow } from '../../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Leases up to `limit` due rows for `owner` until `leaseUntil`, in one statement: PostgreSQL skips
 * rows another instance is leasing right now (`FOR UPDATE SKIP LOCKED`), SQLite has one writer.
 * `next_attempt_at` moves to the lease's end, so a row whose instance died mid-send is due again
 * then (at least once), and a row leased by a live instance is not picked by another.
 */
export async function leaseDueMessages(
  db: Kysely<Database>,
  dialect: SqlDialect,
  owner: string,
  now: string,
  leaseUntil: string,
  limit: number,
  /** Channels whose server is unreachable right now: their rows wait. */
  skipChannels: readonly OutboundMessageRow['channel'][] = [],
): Promise<OutboundMessageRow[]> {
  let due = db
    .selectFrom('outbound_messages')
    .select('id')
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .limit(limit);
  if (skipChannels.length > 0) due = due.where('channel', 'not in', [...skipChannels]);
  const rows = await db
    .updateTable('outbound_messages')
    .set({ lease_owner: owner, lease_until: leaseUntil, next_attempt_at: leaseUntil })
    // PostgreSQL: the ids picked once (an `IN (subquery)` may be run again by the plan, and with
    // SKIP LOCKED each run picks other rows: more than `limit` leased).
    .where(
      dialect === 'postgres'
        ? sql<boolean>`id = any(array(${due.forUpdate().skipLocked()}))`
        : sql<boolean>`id in (${due})`,
    )
    .where('status', '=', 'queued')
    .returningAll()
    .execute();
  return rows.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
}

/**
 * The reservations, of those named, that are still booked appointments, not lapsed, on a day their
 * consulate has not closed: a reminder is sent only for these.
 */
export async function stillBookedReservations(db: Db, reservationIds: string[]): Promise<Set<string>> {
  if (reservationIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .leftJoin('closed_days as c', (join) =>
      join
        .onRef('c.consulate_id', '=', 's.consulate_id')
        .onRef('c.local_date', '=', 's.local_date')
        .on('c.reopened_at', 'is', null),
    )
    .select('r.id')
    .where('r.id', 'in', reservationIds)
    .where('r.status', '=', 'booked')
    .where('r.lapsed_at', 'is', null)
    .where('c.consulate_id', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The outcome of one leased row, written only while this instance still holds its lease. */
export type MessageOutcome =
  | { id: string; status: 'sent'; providerId: string; at: string }
  | { id: string; status: 'queued'; error: string; nextAttemptAt: string }
  | { id: string; status: 'failed'; error: string }
  | { id: string; status: 'kept'; reason: string }
  | { id: string; status: 'skipped'; reason: string };

/**
 * Writes one outcome; answers whether it was written (false: the lease ran out and another
 * instance has the row now). `attempts` counts the tries that reached a sender.
 */
export async function settleMessage(db: Db, owner: string, outcome: MessageOutcome): Promise<boolean> {
  const base = db
    .updateTable('outbound_messages')
    .where('id', '=', outcome.id)
    .where('status', '=', 'queued')
    .where('lease_owner', '=', owner);
  // lease_owner stays: the instance that last handled the row (who sent it).
  const released = { lease_until: null };
  const tried = { attempts: sql<number>`attempts + 1` };
  let update;
  switch (outcome.status) {
    case 'sent':
      update = base.set({
        ...released,
        ...tried,
        status: 'sent',
        sent_at: outcome.at,
        provider_message_id: outcome.providerId,
        next_attempt_at: null,
        last_error: null,
      });
      break;
    case 'queued':
      update = base.set({
        ...released,
        ...tried,
        next_attempt_at: outcome.nextAttemptAt,
        last_error: outcome.error,
      });
      break;
    case 'failed':
      update = base.set({
        ...released,
        ...tried,
        status: 'failed',
        next_attempt_at: null,
        last_error: outcome.error,
      });
      break;
    case 'kept':
    case 'skipped':
      update = base.set({
        ...released,
        status: outcome.status,
        next_attempt_at: null,
        last_error: outcome.reason,
      });
      break;
  }
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface MessageListFilter {
  sandbox: string;
  status?: OutboundMessageRow['status'];
  kind?: OutboundMessageRow['kind'];
  /** Newest first; only messages created before this one. */
  before?: { createdAt: string; id: string };
  limit: number;
}

export async function listMessages(db: Db, filter: MessageListFilter): Promise<OutboundMessageRow[]> {
  let query = db.selectFrom('outbound_messages').selectAll().where('sandbox', '=', filter.sandbox);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  const before = filter.before;
  if (before)
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', before.createdAt),
        eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)]),
      ]),
    );
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
}

export async function countMessagesByStatus(db: Db, sandbox: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('outbound_messages')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('sandbox', '=', sandbox)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

export function findMessage(db: Db, sandbox: string, id: string): Promise<OutboundMessageRow | undefined> {
  return db
    .selectFrom('outbound_messages')
    .selectAll()
    .where('sandbox', '=', sandbox)
    .where('id', '=', id)
    .executeTakeFirst();
}
