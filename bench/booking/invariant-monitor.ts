/**
 * The storm's invariant monitor, in a process of its own so that its reads never stall the
 * server's event loop nor the workers'. Every `intervalMs` it reads, in one snapshot of a read-only
 * connection (either dialect), the bench slots' seat counters and the reservations behind them,
 * and the applicants with more than one live reservation for a procedure.
 */
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../server/platform/db/schema';
import { dialectOf, openTestKysely } from '../../test/support/test-kysely';
import { serveParent } from '../lib/child';
import type { StormViolation } from './storm-protocol';

export type MonitorIn =
  | { type: 'start'; databaseUrl: string; slotIds: string[]; intervalMs: number }
  | { type: 'check'; when: string }
  | { type: 'stop' };
export type MonitorOut =
  | { type: 'started' }
  | { type: 'checked'; violations: StormViolation[]; slots: SlotRow[] }
  | {
      type: 'stopped';
      checks: number;
      violationCount: number;
      violations: StormViolation[];
      checkMs: number[];
    };

export interface SlotRow {
  id: string;
  capacity: number;
  held: number;
  booked: number;
  held_rows: number;
  booked_rows: number;
}

const MAX_EXAMPLES = 20;

interface Snapshot {
  slots: SlotRow[];
  duplicates: { applicant_id: string; procedure_id: string; n: number }[];
}

function openReader(databaseUrl: string, slotIds: readonly string[]) {
  const db = openTestKysely(databaseUrl, { readOnly: true });
  // One snapshot for both reads: SQLite's read transaction is one; PostgreSQL needs repeatable read.
  const snapshot = (db: Kysely<Database>) =>
    dialectOf(databaseUrl) === 'postgres'
      ? db.transaction().setIsolationLevel('repeatable read')
      : db.transaction();
  const reservationsOf = (status: 'held' | 'booked') =>
    sql<
      number | string
    >`(select count(*) from reservations r where r.slot_id = s.id and r.sandbox = 'live' and r.status = ${status})`;
  const read = (): Promise<Snapshot> =>
    snapshot(db).execute(async (trx) => {
      const slots = await trx
        .selectFrom('slots as s')
        .select([
          's.id',
          's.capacity',
          's.held',
          's.booked',
          reservationsOf('held').as('held_rows'),
          reservationsOf('booked').as('booked_rows'),
        ])
        .where('s.id', 'in', [...slotIds])
        .execute();
      const duplicates = await trx
        .selectFrom('reservations')
        .select((eb) => ['applicant_id', 'procedure_id', eb.fn.countAll<number | string>().as('n')])
        .where('sandbox', '=', 'live')
        .where('status', 'in', ['held', 'booked'])
        .groupBy(['applicant_id', 'procedure_id'])
        .having((eb) => eb.fn.countAll(), '>', 1)
        .execute();
      // PostgreSQL's count(*) is a bigint, which pg returns as a string.
      return {
        slots: slots.map((r) => ({
          id: r.id,
          capacity: Number(r.capacity),
          held: Number(r.held),
          booked: Number(r.booked),
          held_rows: Number(r.held_rows),
          booked_rows: Number(r.booked_rows),
        })),
        duplicates: duplicates.map((d) => ({
          applicant_id: d.applicant_id,
          procedure_id: d.procedure_id,
          n: Number(d.n),
        })),
      };
    });
  return { read, close: () => db.destroy() };
}

function violationsIn(snapshot: Snapshot, when: string): StormViolation[] {
  const out: StormViolation[] = [];
  for (const s of snapshot.slots) {
    if (s.held + s.booked > s.capacity)
      out.push({
        kind: 'over_capacity',
        detail: `${when}: ${s.id} held ${s.held} + booked ${s.booked} > capacity ${s.capacity}`,
      });
    if (s.held !== s.held_rows || s.booked !== s.booked_rows) {
      out.push({
        kind: 'ledger_mismatch',
        detail: `${when}: ${s.id} counters held ${s.held}/booked ${s.booked}, reservations held ${s.held_rows}/booked ${s.booked_rows}`,
      });
    }
  }
  for (const d of snapshot.duplicates)
    out.push({
      kind: 'duplicate_appointment',
      detail: `${when}: applicant ${d.applicant_id} has ${d.n} live reservations for ${d.procedure_id}`,
    });
  return out;
}

let reader: ReturnType<typeof openReader> | null = null;
let timer: ReturnType<typeof setInterval> | undefined;
let checks = 0;
let violationCount = 0;
const examples: StormViolation[] = [];
const checkMs: number[] = [];
/** The check in flight: checks never overlap (a tick that finds one running is skipped). */
let inFlight: Promise<unknown> | null = null;

async function check(when: string) {
  if (!reader) throw new Error('monitor not started');
  const t0 = performance.now();
  const snapshot = await reader.read();
  checkMs.push(performance.now() - t0);
  checks++;
  const found = violationsIn(snapshot, when);
  violationCount += found.length;
  examples.push(...found.slice(0, Math.max(0, MAX_EXAMPLES - examples.length)));
  return { snapshot, found };
}

/** Runs a check after the one in flight, if any. */
function serialCheck(when: string) {
  const next = (inFlight ?? Promise.resolve()).catch(() => undefined).then(() => check(when));
  inFlight = next;
  const settled = () => {
    if (inFlight === next) inFlight = null;
  };
  next.then(settled, settled);
  return next;
}

serveParent<MonitorIn, MonitorOut>(async (message, reply) => {
  switch (message.type) {
    case 'start':
      reader = openReader(message.databaseUrl, message.slotIds);
      timer = setInterval(() => {
        // A failed read surfaces through the process's unhandled-rejection report.
        if (!inFlight) void serialCheck('during the run');
      }, message.intervalMs);
      reply({ type: 'started' });
      return;
    case 'check': {
      const { snapshot, found } = await serialCheck(message.when);
      reply({ type: 'checked', violations: found, slots: snapshot.slots });
      return;
    }
    case 'stop':
      clearInterval(timer);
      await inFlight?.catch(() => undefined);
      await reader?.close();
      reader = null;
      reply({ type: 'stopped', checks, violationCount, violations: examples, checkMs });
      return;
  }
});
