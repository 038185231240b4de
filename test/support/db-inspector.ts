/**
 * A read-only look into the test server's database (SQLite or PostgreSQL), for invariants the API
 * cannot show: the API clamps `available` at 0, so an overbooked slot is only visible in the table.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../server/platform/db/schema';
import { openTestKysely } from './test-kysely';

export interface DbInspector {
  /** Slots (live or practice counters) whose holds and bookings exceed their seats. */
  overbookedSlots(): Promise<{ slotId: string; capacity: number; held: number; booked: number }[]>;
  /** Reservations by status, for one slot or all. */
  reservationCounts(slotId?: string): Promise<Record<string, number>>;
  count(table: 'applicants' | 'reservations' | 'idempotency_keys' | 'audit_log' | 'calls'): Promise<number>;
  /** Audit entries about one entity, oldest first, with their details parsed. */
  auditOf(entityType: string, entityId: string): Promise<AuditEntry[]>;
  /** A row of the call log as stored. */
  callRow(id: string): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

export interface AuditEntry {
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string;
  sandbox: string;
  callId: string | null;
  details: Record<string, unknown>;
}

/** Opens its own read-only connection to the server's DATABASE_URL. */
export function inspectDb(databaseUrl: string): DbInspector {
  const db = openTestKysely(databaseUrl, { readOnly: true });
  return {
    async overbookedSlots() {
      const [live, practice] = await Promise.all([
        overbooked(db, 'slots').select(['id as slotId', 'capacity', 'held', 'booked']).execute(),
        overbooked(db, 'practice_seats')
          .select(['slot_id as slotId', 'capacity', 'held', 'booked'])
          .execute(),
      ]);
      return [...live, ...practice].map((r) => ({
        slotId: r.slotId,
        capacity: Number(r.capacity),
        held: Number(r.held),
        booked: Number(r.booked),
      }));
    },
    async reservationCounts(slotId) {
      let query = db
        .selectFrom('reservations')
        .select((eb) => ['status', eb.fn.countAll<number | string>().as('n')])
        .groupBy('status');
      if (slotId) query = query.where('slot_id', '=', slotId);
      const rows = await query.execute();
      // PostgreSQL's count(*) is a bigint, which pg returns as a string.
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },
    async count(table) {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async auditOf(entityType, entityId) {
      const rows = await db
        .selectFrom('audit_log')
        .select([
          'at',
          'actor_id as actorId',
          'actor_role as actorRole',
          'action',
          'entity_type as entityType',
          'entity_id as entityId',
          'sandbox',
          'call_id as callId',
          'details_json',
        ])
        .where('entity_type', '=', entityType)
        .where('entity_id', '=', entityId)
        .orderBy('id')
        .execute();
      return rows.map(({ details_json, ...row }) => ({ ...row, details: parseDetails(details_json) }));
    },
    async callRow(id) {
      return (await db.selectFrom('calls').selectAll().where('id', '=', id).executeTakeFirst()) as
        Record<string, unknown> | undefined;
    },
    close: () => db.destroy(),
  };
}

function overbooked(db: Kysely<Database>, table: 'slots' | 'practice_seats') {
  return db
    .selectFrom(table)
    .where((eb) =>
      eb.or([
        eb('held', '<', 0),
        eb('booked', '<', 0),
        eb(eb('held', '+', eb.ref('booked')), '>', eb.ref('capacity')),
      ]),
    );
}

/** Text on SQLite; a json/jsonb column on PostgreSQL comes back already parsed. */
function parseDetails(value: unknown): Record<string, unknown> {
  return (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;
}
