/**
 * The storm's invariant monitor, in a process of its own so that its reads never stall the
 * server's event loop (better-sqlite3 is synchronous) nor the workers'. Every `intervalMs` it reads,
 * in one snapshot of a read-only connection, the bench slots' seat counters and the reservations
 * behind them, and the applicants with more than one live reservation for a procedure.
 */
import BetterSqlite3 from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { serveParent } from '../lib/child';
import type { StormViolation } from './storm-protocol';

export type MonitorIn = { type: 'start'; dbPath: string; slotIds: string[]; intervalMs: number } | { type: 'check'; when: string } | { type: 'stop' };
export type MonitorOut =
  | { type: 'started' }
  | { type: 'checked'; violations: StormViolation[]; slots: SlotRow[] }
  | { type: 'stopped'; checks: number; violationCount: number; violations: StormViolation[]; checkMs: number[] };

export interface SlotRow {
  id: string;
  capacity: number;
  held: number;
  booked: number;
  held_rows: number;
  booked_rows: number;
}

const MAX_EXAMPLES = 20;

function openReader(dbPath: string, slotIds: readonly string[]) {
  const raw = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
  const placeholders = slotIds.map(() => '?').join(', ');
  const slots = raw.prepare<string[], SlotRow>(
    `select s.id, s.capacity, s.held, s.booked,
       (select count(*) from reservations r where r.slot_id = s.id and r.sandbox = 'live' and r.status = 'held') as held_rows,
       (select count(*) from reservations r where r.slot_id = s.id and r.sandbox = 'live' and r.status = 'booked') as booked_rows
     from slots s where s.id in (${placeholders})`,
  );
  const duplicates = raw.prepare<[], { applicant_id: string; procedure_id: string; n: number }>(
    `select applicant_id, procedure_id, count(*) as n from reservations
     where sandbox = 'live' and status in ('held', 'booked') group by applicant_id, procedure_id having count(*) > 1`,
  );
  const read = raw.transaction(() => ({ slots: slots.all(...slotIds), duplicates: duplicates.all() }));
  return { read: () => read(), close: () => raw.close() };
}

function violationsIn(snapshot: ReturnType<ReturnType<typeof openReader>['read']>, when: string): StormViolation[] {
  const out: StormViolation[] = [];
  for (const s of snapshot.slots) {
    if (s.held + s.booked > s.capacity) out.push({ kind: 'over_capacity', detail: `${when}: ${s.id} held ${s.held} + booked ${s.booked} > capacity ${s.capacity}` });
    if (s.held !== s.held_rows || s.booked !== s.booked_rows) {
      out.push({ kind: 'ledger_mismatch', detail: `${when}: ${s.id} counters held ${s.held}/booked ${s.booked}, reservations held ${s.held_rows}/booked ${s.booked_rows}` });
    }
  }
  for (const d of snapshot.duplicates) out.push({ kind: 'duplicate_appointment', detail: `${when}: applicant ${d.applicant_id} has ${d.n} live reservations for ${d.procedure_id}` });
  return out;
}

let reader: ReturnType<typeof openReader> | null = null;
let timer: ReturnType<typeof setInterval> | undefined;
let checks = 0;
let violationCount = 0;
const examples: StormViolation[] = [];
const checkMs: number[] = [];

function check(when: string) {
  if (!reader) throw new Error('monitor not started');
  const t0 = performance.now();
  const snapshot = reader.read();
  checkMs.push(performance.now() - t0);
  checks++;
  const found = violationsIn(snapshot, when);
  violationCount += found.length;
  examples.push(...found.slice(0, Math.max(0, MAX_EXAMPLES - examples.length)));
  return { snapshot, found };
}

serveParent<MonitorIn, MonitorOut>((message, reply) => {
  switch (message.type) {
    case 'start':
      reader = openReader(message.dbPath, message.slotIds);
      timer = setInterval(() => check('during the run'), message.intervalMs);
      reply({ type: 'started' });
      return;
    case 'check': {
      const { snapshot, found } = check(message.when);
      reply({ type: 'checked', violations: found, slots: snapshot.slots });
      return;
    }
    case 'stop':
      clearInterval(timer);
      reader?.close();
      reader = null;
      reply({ type: 'stopped', checks, violationCount, violations: examples, checkMs });
      return;
  }
});
