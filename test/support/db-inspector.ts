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
  count(table: 'applicants' | 'reservations' | 'idempotency_keys' | 'audit_log'): number;
  close(): void;
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
    close: () => db.close(),
  };
}
