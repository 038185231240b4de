import { sql, type Kysely, type Transaction } from 'kysely';
import { locksRowsRead } from '../../platform/db/row-locks';
import type {
  Database,
  WaitlistEntriesTable,
  WaitlistEntryRow,
  WaitlistEntryStatus,
} from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

// Literal, not bound: SQLite matches a partial index (`where status in (…)`) only against the same literal text.
const ACTIVE = sql<boolean>`status in ('waiting', 'offered')`;
const WAITING = sql.lit<WaitlistEntryStatus>('waiting');
const OFFERED = sql.lit<WaitlistEntryStatus>('offered');

/** An entry with the consulates it names. */
export interface WaitlistEntryWithConsulates extends WaitlistEntryRow {
  consulate_ids: string[];
}

export async function insertEntry(
  trx: Transaction<Database>,
  row: WaitlistEntryRow,
  consulateIds: readonly string[],
): Promise<void> {
  await trx.insertInto('waitlist_entries').values(row).execute();
  await trx
    .insertInto('waitlist_entry_consulates')
    .values(consulateIds.map((consulate_id) => ({ entry_id: row.id, consulate_id })))
    .execute();
}

/** Whether anyone of the sandbox waits or has a seat offered: the one question asked on every seat change. */
export async function hasActiveEntries(db: Db, sandbox: string): Promise<boolean> {
  const row = await db
    .selectFrom('waitlist_entries')
    .select('id')
    .where('sandbox', '=', sandbox)
    .where(ACTIVE)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

async function withConsulates(db: Db, rows: WaitlistEntryRow[]): Promise<WaitlistEntryWithConsulates[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('waitlist_entry_consulates')
    .select(['entry_id', 'consulate_id'])
    .where(
      'entry_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('consulate_id')
    .execute();
  const byEntry = new Map<string, string[]>();
  for (const link of links)
    byEntry.set(link.entry_id, [...(byEntry.get(link.entry_id) ?? []), link.consulate_id]);
  return rows.map((row) => ({ ...row, consulate_ids: byEntry.get(row.id) ?? [] }));
}

/** One entry of the sandbox; locked on PostgreSQL when read to decide a write. */
export async function findEntry(
  db: Db,
  sandbox: string,
  id: string,
): Promise<WaitlistEntryWithConsulates | undefined> {
  const row = await db
    .selectFrom('waitlist_entries')
    .selectAll()
    .where('id', '=', id)
    .where('sandbox', '=', sandbox)
    .$if(locksRowsRead(db), (q) => q.forUpdate())
    .executeTakeFirst();
  return row ? (await withConsulates(db, [row]))[0] : undefined;
}

export async function findActiveEntryOf(
  db: Db,
  sandbox: string,
  applicantId: string,
  procedureId: string,
): Promise<WaitlistEntryRow | undefined> {
  return db
    .selectFrom('waitlist_entries')
    .selectAll()
    .where('sandbox', '=', sandbox)
    .where('applicant_id', '=', applicantId)
    .where('procedure_id', '=', procedureId)
    .where(ACTIVE)
    .executeTakeFirst();
}

/** An applicant's entries, newest first. */
export async function listEntriesOfApplicant(
  db: Db,
  sandbox: string,
  applicantId: string,
  limit: number,
): Promise<WaitlistEntryWithConsulates[]> {
  const rows = await db
    .selectFrom('waitlist_entries')
    .selectAll()
    .where('sandbox', '=', sandbox)
    .where('applicant_id', '=', applicantId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return withConsulates(db, rows);
}

/** A lead's list: entries of the sandbox in their order on the list, filtered. */
export async function listEntries(
  db: Db,
  sandbox: string,
  filter: { consulateId?: string; procedureId?: string; status?: WaitlistEntryStatus },
  limit: number,
): Promise<WaitlistEntryWithConsulates[]> {
  const rows = await db
    .selectFrom('waitlist_entries as e')
    .selectAll('e')
    .where('e.sandbox', '=', sandbox)
    .$if(filter.procedureId !== undefined, (q) =>
      q.where('e.procedure_id', '=', filter.procedureId as string),
    )
    .$if(filter.status !== undefined, (q) => q.where('e.status', '=', filter.status as WaitlistEntryStatus))
    .$if(filter.consulateId !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('waitlist_entry_consulates as c')
            .select('c.entry_id')
            .whereRef('c.entry_id', '=', 'e.id')
            .where('c.consulate_id', '=', filter.consulateId as string),
        ),
      ),
    )
    .orderBy('e.created_at')
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return withConsulates(db, rows);
}

/** Per consulate and procedure: entries waiting, offered, and since when the first still waits. */
export async function summarise(db: Db, sandbox: string) {
  const rows = await db
    .selectFrom('waitlist_entries as e')
    .innerJoin('waitlist_entry_consulates as c', 'c.entry_id', 'e.id')
    .select(['c.consulate_id', 'e.procedure_id'])
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when('e.status', '=', WAITING).then(1).else(0).end()).as('waiting'),
      eb.fn.sum<number>(eb.case().when('e.status', '=', OFFERED).then(1).else(0).end()).as('offered'),
      eb.fn
        .min<string | null>(eb.case().when('e.status', '=', WAITING).then(eb.ref('e.created_at')).end())
        .as('oldest_waiting'),
    ])
    .where('e.sandbox', '=', sandbox)
    .where(sql<boolean>`e.status in ('waiting', 'offered')`)
    .groupBy(['c.consulate_id', 'e.procedure_id'])
    .orderBy('c.consulate_id')
    .orderBy('e.procedure_id')
    .execute();
  return rows.map((r) => ({
    consulateId: r.consulate_id,
    procedureId: r.procedure_id,
    waiting: Number(r.waiting),
    offered: Number(r.offered),
    oldestWaitingSince: r.oldest_waiting ?? null,
  }));
}

/**
 * Waiting entries of the sandbox that could take a seat of these consulates between these dates,
 * in their order on the list (created, then id). On PostgreSQL the rows are locked in that order
 * (db/row-locks.ts): a concurrent change offering seats waits, then reads them as they are (an entry
 * just offered is no longer waiting), so two instances never offer one entry two seats, and always in
 * the same order, so they never deadlock. Not SKIP LOCKED: it would skip every entry another
 * transaction had read, and a burst of cancellations would leave seats free while callers wait.
 */
export async function findWaitingFor(
  trx: Transaction<Database>,
  sandbox: string,
  consulateIds: readonly string[],
  dates: { from: string; to: string },
): Promise<WaitlistEntryWithConsulates[]> {
  if (consulateIds.length === 0) return [];
  const rows = await trx
    .selectFrom('waitlist_entries as e')
    .selectAll('e')
    .where('e.sandbox', '=', sandbox)
    .where('e.status', '=', WAITING)
    .where('e.from_date', '<=', dates.to)
    .where('e.to_date', '>=', dates.from)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('waitlist_entry_consulates as c')
          .select('c.entry_id')
          .whereRef('c.entry_id', '=', 'e.id')
          .where('c.consulate_id', 'in', [...consulateIds]),
      ),
    )
    .orderBy('e.created_at')
    .orderBy('e.id')
    .$if(locksRowsRead(trx), (q) => q.forUpdate())
    .execute();
  return withConsulates(trx, rows);
}

/** Offered entries whose hold, on one of these slots, is no longer held (booked, expired, released). */
export async function findSettledOffers(
  trx: Transaction<Database>,
  sandbox: string,
  slotIds: readonly string[],
) {
  return trx
    .selectFrom('waitlist_entries as e')
    .innerJoin('reservations as r', 'r.id', 'e.hold_id')
    .selectAll('e')
    .select(['r.status as hold_status', 'r.appointment_id as hold_appointment_id'])
    .where('e.sandbox', '=', sandbox)
    .where('e.status', '=', OFFERED)
    .where('r.slot_id', 'in', [...slotIds])
    .where('r.status', '<>', sql.lit('held'))
    .$if(locksRowsRead(trx), (q) => q.forUpdate('e'))
    .execute();
}

/** Waiting entries whose applicant has just been booked, on one of these slots, in the entry's booking group. */
export async function findWaitingBookedOn(
  trx: Transaction<Database>,
  sandbox: string,
  slotIds: readonly string[],
) {
  return trx
    .selectFrom('waitlist_entries as e')
    .innerJoin('reservations as r', (join) =>
      join
        .onRef('r.applicant_id', '=', 'e.applicant_id')
        .onRef('r.sandbox', '=', 'e.sandbox')
        .onRef('r.booking_group', '=', 'e.booking_group'),
    )
    .selectAll('e')
    .select('r.appointment_id as booked_appointment_id')
    .where('e.sandbox', '=', sandbox)
    .where('e.status', '=', WAITING)
    .where('r.slot_id', 'in', [...slotIds])
    .where('r.status', '=', sql.lit('booked'))
    .where('r.lapsed_at', 'is', null)
    .$if(locksRowsRead(trx), (q) => q.forUpdate('e'))
    .execute();
}

/** Moves an entry on from `from`, only if it is still there; false when another transaction moved it first. */
export async function transitionEntry(
  trx: Transaction<Database>,
  id: string,
  from: WaitlistEntryStatus,
  set: Partial<WaitlistEntriesTable>,
): Promise<boolean> {
  const result = await trx
    .updateTable('waitlist_entries')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Waiting entries whose last date has ended everywhere they name, at most `limit`. */
export async function findEndedEntries(db: Db, now: string, limit: number): Promise<WaitlistEntryRow[]> {
  return db
    .selectFrom('waitlist_entries')
    .selectAll()
    .where('status', '=', WAITING)
    .where('ends_at', '<=', now)
    .orderBy('ends_at')
    .limit(limit)
    .execute();
}

/** The offered slot of held entries, for presenting them. */
export async function findOfferedSlots(db: Db, holdIds: readonly string[]) {
  if (holdIds.length === 0) return new Map<string, OfferedSlotRow>();
  const rows = await db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .select(['r.id as hold_id', 's.id as slot_id', 's.consulate_id', 's.start_at', 's.local_start'])
    .where('r.id', 'in', [...holdIds])
    .execute();
  return new Map(rows.map((r) => [r.hold_id, r]));
}
export interface OfferedSlotRow {
  hold_id: string;
  slot_id: string;
  consulate_id: string;
  start_at: string;
  local_start: string;
}

/** The facts of these slots the filler matches entries with. */
export async function findSlotFacts(db: Db, slotIds: readonly string[]) {
  if (slotIds.length === 0) return [];
  return db
    .selectFrom('slots')
    .select(['id', 'consulate_id', 'local_date', 'start_at'])
    .where('id', 'in', [...slotIds])
    .orderBy('start_at')
    .orderBy('id')
    .execute();
}
