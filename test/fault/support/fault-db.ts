/**
 * The truth after a fault, read from PostgreSQL directly (the API clamps and hides what these
 * checks look for). Its own small pool, which survives a PostgreSQL restart: a lost idle
 * connection is dropped, not thrown at the test process.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { parsePostgresUrl } from '../../../server/platform/db/postgres-connection';
import type { Database } from '../../../server/platform/db/schema';

export interface FaultDb {
  db: Kysely<Database>;
  /**
   * Seats free per live slot of these consulates (capacity − held − booked) that stays bookable a
   * while after `now`: it starts more than an hour past its consulate's lead time. Sooner slots
   * show 0 through the API whatever their counters say, and cross that line as a test runs.
   */
  availability(consulateIds: readonly string[], now: Date): Promise<Map<string, number>>;
  /** What the schema and the counters must never show, as readable lines (empty when all is well). */
  violations(): Promise<string[]>;
  /** Status of each live reservation that became an appointment, by appointment id. */
  appointmentStatuses(): Promise<Map<string, { status: string; slotId: string; code: string | null }>>;
  /** The appointment id each stored Idempotency-Key answered with (201 confirms only), by key. */
  idempotentAppointments(): Promise<Map<string, string>>;
  close(): Promise<void>;
}

export function openFaultDb(databaseUrl: string): FaultDb {
  const { connectionString, schema } = parsePostgresUrl(databaseUrl);
  const pool = new pg.Pool({
    connectionString,
    max: 2,
    options: schema ? `-c search_path=${schema}` : undefined,
    connectionTimeoutMillis: 5_000,
  });
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const n = (value: unknown) => Number(value);

  return {
    db,
    async availability(consulateIds, now) {
      const rows = await db
        .selectFrom('slots as s')
        .innerJoin('consulates as c', 'c.id', 's.consulate_id')
        .select(['s.id', 's.capacity', 's.held', 's.booked', 's.start_at', 'c.min_lead_minutes'])
        .where('s.consulate_id', 'in', [...consulateIds])
        .execute();
      const bookableLater = rows.filter(
        (r) => r.start_at > new Date(now.getTime() + (n(r.min_lead_minutes) + 60) * 60_000).toISOString(),
      );
      return new Map(bookableLater.map((r) => [r.id, n(r.capacity) - n(r.held) - n(r.booked)]));
    },
    async violations() {
      // One snapshot, so counters and rows are compared at the same instant.
      return db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => {
          const out: string[] = [];
          const overbooked = await trx
            .selectFrom('slots')
            .select(['id', 'capacity', 'held', 'booked'])
            .where((eb) =>
              eb.or([
                eb('held', '<', 0),
                eb('booked', '<', 0),
                eb(eb('held', '+', eb.ref('booked')), '>', eb.ref('capacity')),
              ]),
            )
            .execute();
          for (const s of overbooked)
            out.push(`overbooked: slot ${s.id} held ${s.held} + booked ${s.booked} > capacity ${s.capacity}`);
          const counters = await sql<{
            id: string;
            held: number;
            booked: number;
            held_rows: number;
            booked_rows: number;
          }>`
          select s.id, s.held, s.booked,
            count(r.id) filter (where r.status = 'held') as held_rows,
            count(r.id) filter (where r.status = 'booked') as booked_rows
          from slots s join reservations r on r.slot_id = s.id and r.sandbox = 'live'
          group by s.id, s.held, s.booked`.execute(trx);
          for (const c of counters.rows) {
            if (n(c.held) !== n(c.held_rows) || n(c.booked) !== n(c.booked_rows))
              out.push(
                `counters: slot ${c.id} says held ${c.held} booked ${c.booked}, its reservations ${c.held_rows} held ${c.booked_rows} booked`,
              );
          }
          const duplicates = await trx
            .selectFrom('reservations')
            .select((eb) => ['applicant_id', 'procedure_id', eb.fn.countAll().as('n')])
            .where('sandbox', '=', 'live')
            .where('status', 'in', ['held', 'booked'])
            .groupBy(['applicant_id', 'procedure_id'])
            .having((eb) => eb.fn.countAll(), '>', 1)
            .execute();
          for (const d of duplicates)
            out.push(
              `duplicate: applicant ${d.applicant_id} has ${d.n} live reservations for ${d.procedure_id}`,
            );
          const codes = await trx
            .selectFrom('reservations')
            .select((eb) => ['confirmation_code', eb.fn.countAll().as('n')])
            .where('confirmation_code', 'is not', null)
            .groupBy('confirmation_code')
            .having((eb) => eb.fn.countAll(), '>', 1)
            .execute();
          for (const c of codes)
            out.push(`duplicate: confirmation code ${c.confirmation_code} on ${c.n} reservations`);
          const ids = await trx
            .selectFrom('reservations')
            .select((eb) => ['appointment_id', eb.fn.countAll().as('n')])
            .where('appointment_id', 'is not', null)
            .groupBy('appointment_id')
            .having((eb) => eb.fn.countAll(), '>', 1)
            .execute();
          for (const c of ids)
            out.push(`duplicate: appointment id ${c.appointment_id} on ${c.n} reservations`);
          return out;
        });
    },
    async appointmentStatuses() {
      const rows = await db
        .selectFrom('reservations')
        .select(['appointment_id', 'status', 'slot_id', 'confirmation_code'])
        .where('sandbox', '=', 'live')
        .where('appointment_id', 'is not', null)
        .execute();
      return new Map(
        rows.map((r) => [
          r.appointment_id as string,
          { status: r.status, slotId: r.slot_id, code: r.confirmation_code },
        ]),
      );
    },
    async idempotentAppointments() {
      const rows = await db
        .selectFrom('idempotency_keys')
        .select(['idempotency_key', 'status_code', 'response_json'])
        .execute();
      const out = new Map<string, string>();
      for (const r of rows) {
        const body = (
          typeof r.response_json === 'string' ? JSON.parse(r.response_json) : r.response_json
        ) as { id?: string; confirmationCode?: string };
        if (body.id && body.confirmationCode) out.set(r.idempotency_key, body.id);
      }
      return out;
    },
    close: () => db.destroy(),
  };
}
