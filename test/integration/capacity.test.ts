/**
 * A lead's capacity tools: a whole day's seats at once (all or nothing, live on the consoles) and
 * the release of new slots from the consulates' weekly hours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishResult } from '../../shared/api/capacity';
import type { Slot } from '../../shared/api/slots';
import {
  addDays,
  book,
  createApplicants,
  expectError,
  listSlots,
  login,
  timeZoneOf,
  todayIn,
  type Session,
} from '../support/api-client';
import { inspectDb } from '../support/db-inspector';
import { holidayDatesFrom } from '../support/office-calendar';
import { SlotListener } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let operator: Session;
let lead: Session;
const listeners: SlotListener[] = [];

beforeAll(async () => {
  // The seed publishes 14 days; releases below go beyond them.
  server = await startTestServer({
    SLOT_EVENT_BATCH_MS: '50',
    MAX_LIVE_HOLDS_PER_USER: '100',
    HOLDS_PER_MINUTE: '10000',
  });
  [operator, lead] = await Promise.all([login(server.url, 'operator2'), login(server.url, 'lead2')]);
});

afterAll(async () => {
  for (const listener of listeners) listener.close();
  await server?.close();
});

const seatsPath = (consulateId: string, date: string) => `/api/consulates/${consulateId}/days/${date}/seats`;
const publishPath = (consulateId: string) => `/api/consulates/${consulateId}/slots/publish`;

async function todayAt(consulateId: string) {
  return todayIn(await timeZoneOf(operator.api, consulateId));
}

/**
 * The first day from two days ahead that is open for booking (every slot has a free seat: not a
 * holiday, not closed) and whose slots `fit`, and its slots. Whatever weekday today is.
 */
async function dayWithSlots(
  consulateId: string,
  fits: (slots: Slot[]) => boolean = () => true,
): Promise<{ date: string; slots: Slot[] }> {
  const today = await todayAt(consulateId);
  const all = await listSlots(operator.api, consulateId, addDays(today, 2), addDays(today, 13));
  const dates = [...new Set(all.map((s) => s.localStart.slice(0, 10)))];
  for (const date of dates) {
    const slots = all.filter((s) => s.localStart.startsWith(date));
    if (slots.every((s) => s.available > 0) && fits(slots)) return { date, slots };
  }
  throw new Error(
    `no open day with such slots at ${consulateId} from ${addDays(today, 2)} to ${addDays(today, 13)}`,
  );
}

async function listen(session: Session, consulateId: string): Promise<SlotListener> {
  const listener = await SlotListener.connect(server.url, session.token);
  listeners.push(listener);
  const today = await todayAt(consulateId);
  await listener.subscribe(consulateId, today, addDays(today, 14));
  return listener;
}

async function auditActions(entityType: string, entityId: string) {
  const db = inspectDb(server.databaseUrl);
  try {
    return await db.auditOf(entityType, entityId);
  } finally {
    await db.close();
  }
}

describe("a day's seats", () => {
  it('raises every slot of the day at once and the consoles see the new seats', async () => {
    const { date, slots } = await dayWithSlots('ELP');
    const console1 = await listen(operator, 'ELP');
    const response = await lead.api.request<{ items: Slot[] }>('PUT', seatsPath('ELP', date), {
      body: { capacity: 9 },
    });
    expect(response.status).toBe(200);
    expect(response.body.items.map((s) => s.id)).toEqual(slots.map((s) => s.id));
    for (const slot of response.body.items) expect(slot).toMatchObject({ capacity: 9, available: 9 });
    for (const slot of slots) await console1.waitForAvailable(slot.id, 9);
    expect((await listSlots(operator.api, 'ELP', date, date)).every((s) => s.capacity === 9)).toBe(true);
    const [entry] = await auditActions('consulate_day', `ELP:${date}`);
    expect(entry).toMatchObject({
      action: 'capacity.day_seats_changed',
      actorId: lead.user.id,
      details: { capacity: 9 },
    });
    expect(entry?.details.slots).toEqual(slots.map((s) => ({ slotId: s.id, from: s.capacity, to: 9 })));
  });

  it('lowers them too, never below what a slot has booked, and refuses all of it when one slot is too full', async () => {
    // Every seat of the day free and more than 2 of them (a weekday's 3, not a Saturday's 2), so
    // that lowering to 2 changes every slot and each change reaches the console.
    const { date, slots } = await dayWithSlots(
      'SEA',
      (day) => day.length >= 2 && day.every((s) => s.capacity > 2 && s.available === s.capacity),
    );
    const [busy, other] = slots as [Slot, Slot];
    const applicants = await createApplicants(operator.api, 2);
    for (const a of applicants)
      await book(operator.api, { slotId: busy.id, applicantId: a.id, procedureId: 'matricula' });
    const auditBefore = (await auditActions('consulate_day', `SEA:${date}`)).length;
    const console1 = await listen(operator, 'SEA');

    const refused = expectError(
      await lead.api.request('PUT', seatsPath('SEA', date), { body: { capacity: 1 } }),
      409,
      'capacity_below_booked',
    );
    expect(refused.error.message).toContain(busy.localStart.slice(11, 16));
    // Nothing changed: not the busy slot, not the others.
    expect(await listSlots(operator.api, 'SEA', date, date)).toEqual(
      slots.map((s) => (s.id === busy.id ? { ...s, available: s.available - 2 } : s)),
    );
    expect(await auditActions('consulate_day', `SEA:${date}`)).toHaveLength(auditBefore);

    const lowered = await lead.api.request<{ items: Slot[] }>('PUT', seatsPath('SEA', date), {
      body: { capacity: 2 },
    });
    expect(lowered.status).toBe(200);
    expect(lowered.body.items.find((s) => s.id === busy.id)).toMatchObject({ capacity: 2, available: 0 });
    expect(lowered.body.items.find((s) => s.id === other.id)).toMatchObject({ capacity: 2, available: 2 });
    await console1.waitForAvailable(busy.id, 0);
    await console1.waitForAvailable(other.id, 2);
  });

  it('answers 404 for an unknown consulate or a day without slots, 409 for a closed day, 400 for a bad count', async () => {
    const today = await todayAt('PHX');
    const sunday = Array.from({ length: 7 }, (_, i) => addDays(today, 2 + i)).find(
      (d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 0,
    )!;
    expectError(
      await lead.api.request('PUT', seatsPath('ZZZ', addDays(today, 3)), { body: { capacity: 2 } }),
      404,
      'not_found',
    );
    expectError(
      await lead.api.request('PUT', seatsPath('PHX', sunday), { body: { capacity: 2 } }),
      404,
      'not_found',
    );
    for (const body of [
      {},
      { capacity: -1 },
      { capacity: 1.5 },
      { capacity: '3' },
      { capacity: 3, extra: true },
    ]) {
      expectError(
        await lead.api.request('PUT', seatsPath('PHX', addDays(today, 3)), { body }),
        400,
        'invalid_request',
      );
    }
    const { date } = await dayWithSlots('PHX');
    expect(
      (await lead.api.post(`/api/consulates/PHX/days/${date}/close`, { reason: 'Mantenimiento' })).status,
    ).toBe(201);
    expectError(
      await lead.api.request('PUT', seatsPath('PHX', date), { body: { capacity: 2 } }),
      409,
      'day_closed',
    );
  });

  it('answers 403 to an operator', async () => {
    const { date } = await dayWithSlots('ELP');
    expectError(
      await operator.api.request('PUT', seatsPath('ELP', date), { body: { capacity: 2 } }),
      403,
      'forbidden',
    );
  });
});

describe('publishing slots', () => {
  /** A weekday holiday of a US consulate at least 20 days ahead, and a week around it. */
  async function rangeAroundHoliday(consulateId: string) {
    const today = await todayAt(consulateId);
    const holiday = [...holidayDatesFrom(consulateId, today)]
      .sort()
      .find((d) => d >= addDays(today, 20) && ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()))!;
    return { holiday, from: addDays(holiday, -3), to: addDays(holiday, 3) };
  }

  it('publishes new days from the weekly hours, skipping holidays, and a repeat publishes nothing new', async () => {
    const { holiday, from, to } = await rangeAroundHoliday('LAX');
    expect(await listSlots(operator.api, 'LAX', from, to)).toEqual([]);

    const first = await lead.api.post<PublishResult>(publishPath('LAX'), { from, to });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ consulateId: 'LAX', from, to, alreadyPublished: 0 });
    expect(first.body.closedDates).toContain(holiday);
    const listed = await listSlots(operator.api, 'LAX', from, to);
    expect(first.body.published).toBe(listed.length);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.some((s) => s.localStart.startsWith(holiday))).toBe(false);
    for (const slot of listed) expect(slot.available).toBe(slot.capacity);

    const again = await lead.api.post<PublishResult>(publishPath('LAX'), { from, to });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({
      published: 0,
      alreadyPublished: first.body.published,
      closedDates: first.body.closedDates,
    });
    expect(await listSlots(operator.api, 'LAX', from, to)).toEqual(listed);

    const audit = await auditActions('consulate', 'LAX');
    expect(audit.map((e) => e.action)).toEqual(['capacity.slots_published', 'capacity.slots_published']);
    expect(audit[0]).toMatchObject({
      actorId: lead.user.id,
      details: { from, to, published: first.body.published, alreadyPublished: 0 },
    });
  });

  it('counts what was already published when a release overlaps the seeded days, and skips a closed day', async () => {
    const today = await todayAt('HOU');
    const from = addDays(today, 10);
    const to = addDays(today, 24);
    // A weekday not yet published (the seed covers 14 days), closed ahead of its release.
    const holidays = holidayDatesFrom('HOU', today);
    const closed = Array.from({ length: 7 }, (_, i) => addDays(today, 16 + i)).find(
      (d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()) && !holidays.has(d),
    )!;
    expect(
      (await lead.api.post(`/api/consulates/HOU/days/${closed}/close`, { reason: 'Cierre por obras' }))
        .status,
    ).toBe(201);
    const seeded = await listSlots(operator.api, 'HOU', from, to);

    const response = await lead.api.post<PublishResult>(publishPath('HOU'), { from, to });
    expect(response.status).toBe(201);
    expect(response.body.closedDates).toContain(closed);
    const listed = await listSlots(operator.api, 'HOU', from, to);
    expect(response.body.alreadyPublished).toBe(seeded.length);
    expect(response.body.published).toBe(listed.length - seeded.length);
    expect(response.body.published).toBeGreaterThan(0);
    expect(listed.some((s) => s.localStart.startsWith(closed))).toBe(false);
  });

  it('refuses a range over 93 days, a reversed range, days that have passed and an unknown consulate', async () => {
    const today = await todayAt('LAX');
    expectError(
      await lead.api.post(publishPath('LAX'), { from: addDays(today, 30), to: addDays(today, 30 + 93) }),
      400,
      'invalid_request',
    );
    expectError(
      await lead.api.post(publishPath('LAX'), { from: addDays(today, 40), to: addDays(today, 30) }),
      400,
      'invalid_request',
    );
    expectError(
      await lead.api.post(publishPath('LAX'), { from: addDays(today, -1), to: addDays(today, 5) }),
      400,
      'invalid_request',
    );
    expectError(
      await lead.api.post(publishPath('LAX'), { from: '2027-02-30', to: '2027-03-02' }),
      400,
      'invalid_request',
    );
    expectError(
      await lead.api.post(publishPath('ZZZ'), { from: addDays(today, 30), to: addDays(today, 31) }),
      404,
      'not_found',
    );
    // 93 days is the most a release covers (this one past LAX's 92-day booking horizon, on purpose).
    expect(
      (
        await lead.api.post<PublishResult>(publishPath('LAX'), {
          from: addDays(today, 100),
          to: addDays(today, 192),
          beyondHorizon: true,
        })
      ).status,
    ).toBe(201);
  });

  it('answers 403 to an operator', async () => {
    const today = await todayAt('LAX');
    expectError(
      await operator.api.post(publishPath('LAX'), { from: addDays(today, 30), to: addDays(today, 31) }),
      403,
      'forbidden',
    );
  });
});

describe('API documentation', () => {
  it('documents the capacity routes in OpenAPI', async () => {
    const docs = await operator.api.get<{
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    }>('/api/docs');
    expect(
      docs.body.paths['/api/consulates/{consulateId}/days/{date}/seats']?.put?.responses['409'],
    ).toBeDefined();
    expect(
      docs.body.paths['/api/consulates/{consulateId}/slots/publish']?.post?.responses['201'],
    ).toBeDefined();
    expect(
      docs.body.paths['/api/consulates/{consulateId}/days/{date}/close']?.post?.responses['201'],
    ).toBeDefined();
    expect(
      docs.body.paths['/api/consulates/{consulateId}/days/{date}/closure']?.get?.responses['200'],
    ).toBeDefined();
  });
});
