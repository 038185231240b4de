/**
 * Booking load for the backup drills (test/integration/postgres-restore-drill.test.ts,
 * test/fault/postgres-point-in-time-recovery.test.ts): many clients registering people and booking
 * them through the API, each acknowledged appointment recorded with when its confirm was sent and
 * when its 201 arrived; then what a restored copy holds of them, and whether its seats add up.
 */
import { sql } from 'kysely';
import type { Appointment } from '../../shared/api/booking/appointments';
import type { Slot } from '../../shared/api/slots';
import {
  addDays,
  listSlots,
  newApplicantBody,
  postConfirm,
  postHold,
  timeZoneOf,
  todayIn,
  type ApiClient,
  type Session,
} from './api-client';
import { openTestKysely } from './test-kysely';

const CONSULATES = ['LAX', 'PHX', 'CHI'];
const PROCEDURE = 'passport-renewal';

export interface Ack {
  id: string;
  code: string;
  slotId: string;
  /** Date.now() just before the confirm was sent: the booking committed after it. */
  sentAt: number;
  /** Date.now() when the 201 arrived: the booking committed before it. */
  at: number;
}

export interface Load {
  acks: Ack[];
  /** Answers other than 201 and the expected refusal (slot_full), with their status and code. */
  unexpected: string[];
  stop(): Promise<void>;
}

/** Future slots of a few consulates with free seats (the seeded two weeks, from the day after tomorrow). */
export async function bookableSlots(api: ApiClient): Promise<Slot[]> {
  const out: Slot[] = [];
  const soonest = Date.now() + 2 * 3_600_000;
  for (const consulateId of CONSULATES) {
    const today = todayIn(await timeZoneOf(api, consulateId));
    const listed = await listSlots(api, consulateId, addDays(today, 2), addDays(today, 13));
    out.push(...listed.filter((s) => s.available > 0 && Date.parse(s.start) > soonest));
  }
  if (out.length < 20) throw new Error(`only ${out.length} bookable slots at ${CONSULATES.join(', ')}`);
  return out;
}

/**
 * `count` clients, each registering a person, holding a seat for them and confirming it, again
 * and again, spread over the slots; a full slot is dropped and the next one tried.
 */
export function startLoad(sessions: readonly Session[], slots: readonly Slot[], count: number): Load {
  const acks: Ack[] = [];
  const unexpected: string[] = [];
  const open = [...slots];
  let next = 0;
  let stopped = false;
  const nextSlot = () => (open.length === 0 ? undefined : open[next++ % open.length]);

  async function client(api: ApiClient) {
    while (!stopped && unexpected.length === 0) {
      const registered = await api.post<{ id: string }>('/api/applicants', newApplicantBody());
      if (registered.status !== 201) {
        unexpected.push(`register ${registered.status} ${JSON.stringify(registered.body)}`);
        return;
      }
      for (;;) {
        const slot = nextSlot();
        if (!slot) return;
        const held = await postHold(api, {
          slotId: slot.id,
          applicantId: registered.body.id,
          procedureId: PROCEDURE,
        });
        const code = (held.body as unknown as { error?: { code?: string } }).error?.code;
        if (held.status === 409 && code === 'slot_full') {
          const at = open.indexOf(slot);
          if (at >= 0) open.splice(at, 1);
          continue;
        }
        if (held.status !== 201) {
          unexpected.push(`hold ${held.status} ${code ?? ''}`);
          return;
        }
        const sentAt = Date.now();
        const confirmed = await postConfirm(api, held.body.id);
        if (confirmed.status !== 201) {
          unexpected.push(`confirm ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
          return;
        }
        acks.push({
          id: confirmed.body.id,
          code: confirmed.body.confirmationCode,
          slotId: confirmed.body.slotId,
          sentAt,
          at: Date.now(),
        });
        break;
      }
    }
  }

  const clients = Array.from({ length: count }, (_, i) => client(sessions[i % sessions.length]!.api));
  return {
    acks,
    unexpected,
    async stop() {
      stopped = true;
      await Promise.all(clients);
    },
  };
}

/** Each appointment as GET /api/appointments/:id shows it, or null where it answers 404. */
export async function appointmentsById(
  api: ApiClient,
  acks: readonly Ack[],
): Promise<Map<string, Appointment | null>> {
  const out = new Map<string, Appointment | null>();
  for (let i = 0; i < acks.length; i += 20)
    await Promise.all(
      acks.slice(i, i + 20).map(async ({ id }) => {
        const response = await api.get<Appointment>(`/api/appointments/${id}`);
        if (response.status !== 200 && response.status !== 404)
          throw new Error(`GET /api/appointments/${id}: ${response.status} ${JSON.stringify(response.body)}`);
        out.set(id, response.status === 200 ? response.body : null);
      }),
    );
  return out;
}

/**
 * Slots over capacity, and slots whose counters differ from their reservations (an appointment
 * without its seat, a seat without its appointment), in one snapshot.
 */
export async function ledgerViolations(databaseUrl: string): Promise<string[]> {
  const db = openTestKysely(databaseUrl, { readOnly: true });
  try {
    const { rows } = await sql<{
      id: string;
      capacity: number;
      held: number;
      booked: number;
      held_rows: number;
      booked_rows: number;
    }>`
      select s.id, s.capacity, s.held, s.booked,
        count(r.id) filter (where r.status = 'held') as held_rows,
        count(r.id) filter (where r.status = 'booked') as booked_rows
      from slots s left join reservations r on r.slot_id = s.id and r.sandbox = 'live'
      group by s.id, s.capacity, s.held, s.booked`.execute(db);
    return rows.flatMap((r) => {
      const [capacity, held, booked, heldRows, bookedRows] = [
        r.capacity,
        r.held,
        r.booked,
        r.held_rows,
        r.booked_rows,
      ].map(Number) as [number, number, number, number, number];
      const out: string[] = [];
      if (held < 0 || booked < 0 || held + booked > capacity)
        out.push(`slot ${r.id}: held ${held} + booked ${booked} over capacity ${capacity}`);
      if (held !== heldRows || booked !== bookedRows)
        out.push(
          `slot ${r.id}: counters held ${held} booked ${booked}, reservations ${heldRows} held ${bookedRows} booked`,
        );
      return out;
    });
  } finally {
    await db.destroy();
  }
}

export async function rowCounts(databaseUrl: string): Promise<Record<string, number>> {
  const db = openTestKysely(databaseUrl, { readOnly: true });
  try {
    const out: Record<string, number> = {};
    for (const table of ['applicants', 'slots', 'reservations', 'audit_log'] as const) {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      out[table] = Number(row.n);
    }
    return out;
  } finally {
    await db.destroy();
  }
}

export async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
