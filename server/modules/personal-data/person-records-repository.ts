/**
 * Everything the database holds about one live applicant, found through the links to them: their
 * reservations (holds and appointments), waitlist entries, the calls about them (the operator's log,
 * and the line with its numbers: a routed call shares its id with the operator's record), the
 * messages sent to them (by reservation), and the audit entries about any of these. Practice
 * sandboxes are never read: an applicant of a practice sandbox is not found.
 */
import type { Kysely, Transaction } from 'kysely';
import { LIVE_SANDBOX } from '../../kernel/actor';
import type { Database } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Ids in one `in (…)` list: well under SQLite's bound parameters. */
const CHUNK = 500;

async function inChunks<T>(ids: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await read(ids.slice(i, i + CHUNK))));
  return out;
}

export const findLiveApplicant = (db: Db, id: string) =>
  db
    .selectFrom('applicants')
    .selectAll()
    .where('id', '=', id)
    .where('sandbox', '=', LIVE_SANDBOX)
    .executeTakeFirst();

export const reservationsOf = (db: Db, applicantId: string) =>
  db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .selectAll('r')
    .select([
      's.start_at as slot_start',
      's.local_date as slot_local_date',
      's.local_start as slot_local_start',
    ])
    .where('r.applicant_id', '=', applicantId)
    .where('r.sandbox', '=', LIVE_SANDBOX)
    .orderBy('r.held_at')
    .orderBy('r.id')
    .execute();

export const waitlistEntriesOf = async (db: Db, applicantId: string) => {
  const entries = await db
    .selectFrom('waitlist_entries')
    .selectAll()
    .where('applicant_id', '=', applicantId)
    .where('sandbox', '=', LIVE_SANDBOX)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const consulates = await inChunks(
    entries.map((e) => e.id),
    (ids) =>
      db
        .selectFrom('waitlist_entry_consulates')
        .selectAll()
        .where('entry_id', 'in', ids)
        .orderBy('consulate_id')
        .execute(),
  );
  return entries.map((entry) => ({
    ...entry,
    consulate_ids: consulates.filter((c) => c.entry_id === entry.id).map((c) => c.consulate_id),
  }));
};

/** The operator's call records about the person: linked to them, or to one of their appointments. */
export async function callsOf(db: Db, applicantId: string, appointmentIds: readonly string[]) {
  const linked = await db
    .selectFrom('calls')
    .selectAll()
    .where('applicant_id', '=', applicantId)
    .where('sandbox', '=', LIVE_SANDBOX)
    .execute();
  const byAppointment = await inChunks(appointmentIds, (ids) =>
    db
      .selectFrom('calls')
      .selectAll()
      .where('appointment_id', 'in', ids)
      .where('sandbox', '=', LIVE_SANDBOX)
      .execute(),
  );
  const all = new Map([...linked, ...byAppointment].map((c) => [c.id, c]));
  return [...all.values()].sort(
    (a, b) => a.started_at.localeCompare(b.started_at) || a.id.localeCompare(b.id),
  );
}

/** The lines (numbers) of the person's calls: linked to them, or the line of one of their call records. */
export async function routedCallsOf(db: Db, applicantId: string, callIds: readonly string[]) {
  const linked = await db
    .selectFrom('routed_calls')
    .selectAll()
    .where('applicant_id', '=', applicantId)
    .where('sandbox', '=', LIVE_SANDBOX)
    .execute();
  const byCall = await inChunks(callIds, (ids) =>
    db
      .selectFrom('routed_calls')
      .selectAll()
      .where('id', 'in', ids)
      .where('sandbox', '=', LIVE_SANDBOX)
      .execute(),
  );
  const all = new Map([...linked, ...byCall].map((c) => [c.id, c]));
  return [...all.values()].sort(
    (a, b) => a.arrived_at.localeCompare(b.arrived_at) || a.id.localeCompare(b.id),
  );
}

/** Messages to the person: every message is about one of their reservations. */
export const messagesOf = (db: Db, reservationIds: readonly string[]) =>
  inChunks(reservationIds, (ids) =>
    db
      .selectFrom('outbound_messages')
      .selectAll()
      .where('reservation_id', 'in', ids)
      .where('sandbox', '=', LIVE_SANDBOX)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  );

/** The entities whose audit entries are about the person, by entity type. */
export interface PersonEntities {
  applicantId: string;
  /** `hold` entries name the reservation. */
  reservationIds: readonly string[];
  appointmentIds: readonly string[];
  waitlistEntryIds: readonly string[];
  callIds: readonly string[];
  routedCallIds: readonly string[];
  messageIds: readonly string[];
}

export async function auditEntriesAbout(db: Db, entities: PersonEntities) {
  const wanted: [string, readonly string[]][] = [
    ['applicant', [entities.applicantId]],
    ['hold', entities.reservationIds],
    ['appointment', entities.appointmentIds],
    ['waitlist_entry', entities.waitlistEntryIds],
    ['call', entities.callIds],
    ['routed_call', entities.routedCallIds],
    ['message', entities.messageIds],
  ];
  const rows = [];
  for (const [type, ids] of wanted)
    rows.push(
      ...(await inChunks(ids, (chunk) =>
        db
          .selectFrom('audit_log')
          .selectAll()
          .where('entity_type', '=', type)
          .where('entity_id', 'in', chunk)
          .where('sandbox', '=', LIVE_SANDBOX)
          .execute(),
      )),
    );
  return rows.sort((a, b) => a.at.localeCompare(b.at) || Number(a.id) - Number(b.id));
}

/** Everything about one applicant, read in one unit (the caller's transaction or connection). */
export async function readPersonRecords(db: Db, applicantId: string) {
  const applicant = await findLiveApplicant(db, applicantId);
  if (!applicant) return undefined;
  const reservations = await reservationsOf(db, applicantId);
  const appointmentIds = reservations.flatMap((r) => (r.appointment_id ? [r.appointment_id] : []));
  const waitlist = await waitlistEntriesOf(db, applicantId);
  const calls = await callsOf(db, applicantId, appointmentIds);
  const routedCalls = await routedCallsOf(
    db,
    applicantId,
    calls.map((c) => c.id),
  );
  const messages = await messagesOf(
    db,
    reservations.map((r) => r.id),
  );
  const entities: PersonEntities = {
    applicantId,
    reservationIds: reservations.map((r) => r.id),
    appointmentIds,
    waitlistEntryIds: waitlist.map((w) => w.id),
    callIds: calls.map((c) => c.id),
    routedCallIds: routedCalls.map((c) => c.id),
    messageIds: messages.map((m) => m.id),
  };
  const audit = await auditEntriesAbout(db, entities);
  return { applicant, reservations, waitlist, calls, routedCalls, messages, audit, entities };
}

export type PersonRecords = NonNullable<Awaited<ReturnType<typeof readPersonRecords>>>;
