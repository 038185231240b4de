/**
 * The waitlist on two instances sharing one PostgreSQL: a burst of concurrent cancellations sent to
 * both never offers one entry two seats nor one seat to two entries, and leaves no seat free while
 * someone waits for it. PostgreSQL only (integration-pg): two instances on one SQLite file is not a
 * supported deployment, so under the SQLite project this file says so and skips.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app';
import type { Database } from '../../server/platform/db/schema';
import type { Slot } from '../../shared/api/slots';
import type { WaitlistEntry } from '../../shared/api/waitlist';
import {
  addDays,
  book,
  createApplicant,
  listSlots,
  login,
  setCapacity,
  timeZoneOf,
  todayIn,
  type Session,
} from '../support/api-client';
import { startClusterInstance } from '../support/cluster-instance';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { needs } from '../support/services/needs';
import { openTestKysely } from '../support/test-kysely';
import { testDialect } from '../support/test-dialect';

const REDIS_KEY = `test-waitlist-${process.pid}-${Date.now()}`;
const SEATS = 8;
const WAITING = 10;

const onPostgres = testDialect() === 'postgres';

(onPostgres ? needs('redis').describe : describe.skip)('the waitlist on two instances [postgres]', () => {
  let database: ScratchDatabase;
  let rows: Kysely<Database>;
  const instances: RunningServer[] = [];
  let onA: Session;
  let onB: Session;
  let lead: Session;

  beforeAll(async () => {
    database = scratchDatabase('postgres');
    instances.push(await startClusterInstance(database.url, REDIS_KEY, 'wl-a', { SEED_DAYS: '6' }));
    instances.push(await startClusterInstance(database.url, REDIS_KEY, 'wl-b', { SEED_DAYS: '6' }));
    rows = openTestKysely(database.url, { readOnly: true });
    onA = await login(instances[0]!.url, 'operator1');
    onB = await login(instances[1]!.url, 'operator2');
    lead = await login(instances[0]!.url, 'lead1');
  }, 60_000);

  afterAll(async () => {
    await rows?.destroy();
    for (const instance of instances) await instance.close();
    await database?.drop();
  });

  it('a burst of cancellations on both: one seat per entry, one entry per seat, in order, none left free', async () => {
    // The first day from the day after tomorrow with enough seats (weekends and holidays have none).
    const today = todayIn(await timeZoneOf(lead.api, 'PHX'));
    let slots: Slot[] = [];
    for (let ahead = 2; ahead <= 5 && slots.length < SEATS; ahead++) {
      const date = addDays(today, ahead);
      slots = (await listSlots(lead.api, 'PHX', date, date)).filter((s) => s.available > 0);
    }
    expect(slots.length).toBeGreaterThanOrEqual(SEATS);
    const day = slots[0]!.localStart.slice(0, 10);
    const emptied = await lead.api.request<{ items: Slot[] }>(
      'PUT',
      `/api/consulates/PHX/days/${day}/seats`,
      {
        body: { capacity: 0 },
      },
    );
    expect(emptied.status).toBe(200);
    const chosen = emptied.body.items.sort((a, b) => a.start.localeCompare(b.start)).slice(0, SEATS);
    const appointments = [];
    for (const slot of chosen) {
      await setCapacity(lead.api, slot.id, 1);
      appointments.push(
        await book(onA.api, {
          slotId: slot.id,
          applicantId: (await createApplicant(onA.api)).id,
          procedureId: 'matricula',
        }),
      );
    }
    const entries: WaitlistEntry[] = [];
    for (let i = 0; i < WAITING; i++) {
      const api = i % 2 === 0 ? onA.api : onB.api;
      const created = await api.post<WaitlistEntry>('/api/waitlist', {
        applicantId: (await createApplicant(api)).id,
        procedureId: 'matricula',
        consulateIds: ['PHX'],
        from: day,
        to: day,
      });
      expect(created.body.status).toBe('waiting');
      entries.push(created.body);
    }

    const cancelled = await Promise.all(
      appointments.map((appointment, i) =>
        (i % 2 === 0 ? onA : onB).api.post(`/api/appointments/${appointment.id}/cancel`, {}),
      ),
    );
    expect(cancelled.map((r) => r.status)).toEqual(appointments.map(() => 200));

    const after = await Promise.all(
      entries.map(async (e) => (await onB.api.get<WaitlistEntry>(`/api/waitlist/${e.id}`)).body),
    );
    // Eight seats, ten callers: the first eight by the list's order hold one seat each, the last two wait.
    expect(after.map((e) => e.status)).toEqual([...Array(SEATS).fill('offered'), 'waiting', 'waiting']);
    const offeredSlots = after.flatMap((e) => (e.offeredSlot ? [e.offeredSlot.slotId] : []));
    expect(new Set(offeredSlots).size).toBe(SEATS);
    expect(new Set(offeredSlots)).toEqual(new Set(chosen.map((s) => s.id)));

    // In the database: every seat the waitlist holds belongs to exactly one offered entry, and no slot is oversold.
    const waitlistHolds = await rows
      .selectFrom('reservations')
      .select(['id', 'slot_id', 'applicant_id'])
      .where('held_by', '=', 'waitlist')
      .where('status', '=', 'held')
      .execute();
    expect(waitlistHolds).toHaveLength(SEATS);
    const linked = await rows
      .selectFrom('waitlist_entries')
      .select(['id', 'hold_id'])
      .where('status', '=', 'offered')
      .execute();
    expect(new Set(linked.map((e) => e.hold_id))).toEqual(new Set(waitlistHolds.map((h) => h.id)));
    const counts = await rows
      .selectFrom('slots')
      .select(['id', 'capacity', 'held', 'booked'])
      .where(
        'id',
        'in',
        chosen.map((s) => s.id),
      )
      .execute();
    expect(counts.every((s) => s.held === 1 && s.booked === 0 && s.capacity === 1)).toBe(true);
  });
});
