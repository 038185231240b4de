/**
 * Read-only look into the server's SQLite file, for invariants the API cannot show: the API
 * clamps `available` at 0, so an overbooked slot is only visible in the table itself.
 */
import BetterSqlite3 from 'better-sqlite3';

export interface DbInspector {
  /** Slots (live or practice counters) whose holds and bookings exceed their seats. */
  overbookedSlots(): { slotId: string; capacity: number; held: number; booked: number }[];
  /** Reservations by status, for one slot or all. */
  reservationCounts(slotId?: string): Record<string, number>;
  count(table: 'applicants' | 'reservations' | 'idempotency_keys' | 'audit_log' | 'calls'): number;
  /** Audit entries about one entity, oldest first, with their details parsed. */
  auditOf(entityType: string, entityId: string): AuditEntry[];
  /** A row of the call log as stored. */
  callRow(id: string): Record<string, unknown> | undefined;
  close(): void;
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

export function inspectDb(dbPath: string): DbInspector {
  const db = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return {
    overbookedSlots() {
      const live = db.prepare('select id as slotId, capacity, held, booked from slots where held < 0 or booked < 0 or held + booked > capacity').all();
      const practice = db.prepare('select slot_id as slotId, capacity, held, booked from practice_seats where held < 0 or booked < 0 or held + booked > capacity').all();
      return [...live, ...practice] as ReturnType<DbInspector['overbookedSlots']>;
    },
    reservationCounts(slotId) {
      const rows = (slotId
        ? db.prepare('select status, count(*) as n from reservations where slot_id = ? group by status').all(slotId)
        : db.prepare('select status, count(*) as n from reservations group by status').all()) as { status: string; n: number }[];
      return Object.fromEntries(rows.map((r) => [r.status, r.n]));
    },
    count(table) {
      return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    },
    auditOf(entityType, entityId) {
      const rows = db
        .prepare(
          `select at, actor_id as actorId, actor_role as actorRole, action, entity_type as entityType, entity_id as entityId, sandbox, call_id as callId, details_json as details
           from audit_log where entity_type = ? and entity_id = ? order by id`,
        )
        .all(entityType, entityId) as (Omit<AuditEntry, 'details'> & { details: string })[];
      return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
    },
    callRow(id) {
      return db.prepare('select * from calls where id = ?').get(id) as Record<string, unknown> | undefined;
    },
    close: () => db.close(),
  };
}
