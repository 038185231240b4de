/**
 * The waitlist (CONTRACT.md "After the call (v2)"): every way a seat frees — a cancellation, more
 * capacity on a slot or a day, a reopened day, a release of new slots — holds it for the first
 * entry waiting for it, in the order the entries were made, under the booking rules, never from a
 * live hold; the caller confirms the held seat through any operator, or a removed entry passes it
 * on. Refusals: one entry per person and procedure, ranges in the past or beyond the horizon.
 * (Lapsing offers and expiring holds: waitlist-lapse.test.ts; two instances: waitlist-instances.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Slot } from '../../shared/api/slots';
import type { WaitlistEntry, WaitlistList, WaitlistSummary } from '../../shared/api/waitlist';
import {
  addDays,
  availableOf,
  book,
  createApplicant,
  expectError,
  findFreeSlot,
  hold,
  listSlots,
  login,
  postConfirm,
  setCapacity,
  timeZoneOf,
  todayIn,
  type ApiClient,
  type Session,
} from '../support/api-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let operator: Session;
let other: Session;
let lead: Session;
let trainee: Session;
let admin: Session;

beforeAll(async () => {
  server = await startTestServer({ MAX_LIVE_HOLDS_PER_USER: '100', HOLDS_PER_MINUTE: '10000' });
  [operator, other, lead, trainee, admin] = (await Promise.all(
    ['operator1', 'operator2', 'lead1', 'trainee1', 'admin1'].map((u) => login(server.url, u)),
  )) as [Session, Session, Session, Session, Session];
});

afterAll(async () => {
  await server?.close();
});

interface EntryInput {
  applicantId: string;
  consulateIds: string[];
  from: string;
  to: string;
  procedureId?: string;
}
const postEntry = (api: ApiClient, input: EntryInput) =>
  api.post<WaitlistEntry>('/api/waitlist', { procedureId: 'matricula', ...input });

async function enlist(api: ApiClient, input: EntryInput): Promise<WaitlistEntry> {
  const response = await postEntry(api, input);
  if (response.status !== 201)
    throw new Error(`POST /api/waitlist failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

async function entry(api: ApiClient, id: string): Promise<WaitlistEntry> {
  const response = await api.get<WaitlistEntry>(`/api/waitlist/${id}`);
  expect(response.status).toBe(200);
  return response.body;
}

const byStart = (a: Slot, b: Slot) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id);

/** A day of `consulateId` at least `skipDays` ahead whose every slot a lead sets to 0 seats: nothing free. */
async function emptyDay(consulateId: string, skipDays = 2): Promise<{ date: string; slots: Slot[] }> {
  const date = (await findFreeSlot(lead.api, { consulateId, skipDays })).localStart.slice(0, 10);
  const response = await daySeats(consulateId, date, 0);
  expect(response.status).toBe(200);
  return { date, slots: response.body.items.sort(byStart) };
}

const daySeats = (consulateId: string, date: string, capacity: number) =>
  lead.api.request<{ items: Slot[] }>('PUT', `/api/consulates/${consulateId}/days/${date}/seats`, {
    body: { capacity },
  });

describe('a freed seat goes to the first entry waiting for it', () => {
  it('cancellation → the first of three; more capacity → the second; a removed offer → the third; confirming books it', async () => {
    const { date, slots } = await emptyDay('TUS');
    const seat = slots[0] as Slot;
    await setCapacity(lead.api, seat.id, 1);
    const booked = await book(operator.api, {
      slotId: seat.id,
      applicantId: (await createApplicant(operator.api)).id,
      procedureId: 'matricula',
    });
    const [a, b, c] = [
      await createApplicant(operator.api, { email: 'espera.primera@example.org' }),
      await createApplicant(operator.api),
      await createApplicant(operator.api),
    ];
    const range = { consulateIds: ['TUS'], from: date, to: date };
    const entries = [
      await enlist(operator.api, { applicantId: a!.id, ...range }),
      await enlist(operator.api, { applicantId: b!.id, ...range }),
      await enlist(other.api, { applicantId: c!.id, ...range }),
    ];
    expect(entries.map((e) => e.status)).toEqual(['waiting', 'waiting', 'waiting']);
    expect(entries[0]).toMatchObject({
      holdId: null,
      offerExpiresAt: null,
      offeredSlot: null,
      appointmentId: null,
    });

    const cancelledAt = Date.now();
    expect((await other.api.post(`/api/appointments/${booked.id}/cancel`, {})).status).toBe(200);
    const [offeredA, stillB, stillC] = await Promise.all(entries.map((e) => entry(operator.api, e.id)));
    expect(offeredA).toMatchObject({
      status: 'offered',
      holdId: expect.stringMatching(/^hld_/),
      offeredSlot: { slotId: seat.id, consulateId: 'TUS', start: seat.start, localStart: seat.localStart },
    });
    // WAITLIST_HOLD_MINUTES (1440 by default) from the cancellation.
    const expiresIn = Date.parse(offeredA!.offerExpiresAt as string) - cancelledAt;
    expect(expiresIn).toBeGreaterThan(1440 * 60_000 - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(1440 * 60_000 + 60_000);
    expect([stillB!.status, stillC!.status]).toEqual(['waiting', 'waiting']);
    // The grid never shows the seat the waitlist took.
    expect(await availableOf(other.api, seat)).toBe(0);
    // The caller is told (kept for the lead to read: this server has no SMTP_URL).
    const told = await lead.api.get<{ items: { recipient: string; kind: string }[] }>(
      '/api/messages?kind=waitlist_offer',
    );
    expect(told.body.items.filter((m) => m.recipient === 'espera.primera@example.org')).toHaveLength(1);

    // More capacity on the slot: the second entry.
    await setCapacity(lead.api, seat.id, 2);
    expect(await entry(operator.api, entries[1]!.id)).toMatchObject({
      status: 'offered',
      offeredSlot: { slotId: seat.id },
    });
    expect((await entry(operator.api, entries[2]!.id)).status).toBe('waiting');

    // The first caller does not want it after all: the seat goes to the third at once.
    expect((await operator.api.del(`/api/waitlist/${entries[0]!.id}`)).status).toBe(204);
    expect(await entry(operator.api, entries[0]!.id)).toMatchObject({ status: 'cancelled', holdId: null });
    const offeredC = await entry(operator.api, entries[2]!.id);
    expect(offeredC).toMatchObject({ status: 'offered', offeredSlot: { slotId: seat.id } });
    expect(offeredC.holdId).not.toBe(offeredA!.holdId);
    expect(await availableOf(other.api, seat)).toBe(0);

    // The second caller calls back: any operator confirms the held seat.
    const offeredB = await entry(other.api, entries[1]!.id);
    const confirmed = await postConfirm(other.api, offeredB.holdId as string);
    expect(confirmed.status).toBe(201);
    expect(await entry(operator.api, entries[1]!.id)).toMatchObject({
      status: 'booked',
      appointmentId: (confirmed.body as { id: string }).id,
      holdId: null,
    });

    // The screen pop's list for one person, and the lead's per consulate and procedure.
    const ofC = await operator.api.get<WaitlistList>(`/api/waitlist?applicantId=${c!.id}`);
    expect(ofC.body.items.map((e) => [e.id, e.status])).toEqual([[entries[2]!.id, 'offered']]);
    const summary = await lead.api.get<WaitlistSummary>('/api/waitlist/summary');
    expect(summary.body.items).toContainEqual({
      consulateId: 'TUS',
      procedureId: 'matricula',
      waiting: 0,
      offered: 1,
      oldestWaitingSince: null,
    });
    const leadsList = await lead.api.get<WaitlistList>('/api/waitlist?consulateId=TUS&procedureId=matricula');
    expect(leadsList.body.items.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expectError(await operator.api.get('/api/waitlist?consulateId=TUS'), 403, 'forbidden');
  });

  it('skips an entry the rules refuse, never takes a live hold, and serves a day whose seats were raised', async () => {
    const { date, slots } = await emptyDay('LAX');
    const [first, second] = slots as [Slot, Slot];
    await setCapacity(lead.api, first.id, 1);
    const live = await hold(other.api, {
      slotId: first.id,
      applicantId: (await createApplicant(other.api)).id,
      procedureId: 'matricula',
    });
    const range = { consulateIds: ['LAX'], from: date, to: date, procedureId: 'passport-first' };
    // A child first in line for an adult passport: the consulate would turn them away on that date.
    const child = await createApplicant(operator.api, { birthDate: addDays(todayIn('UTC'), -365 * 9) });
    const adult = await createApplicant(operator.api);
    const childEntry = await enlist(operator.api, { applicantId: child.id, ...range });
    const adultEntry = await enlist(operator.api, { applicantId: adult.id, ...range });
    expect([childEntry.status, adultEntry.status]).toEqual(['waiting', 'waiting']);

    expect((await daySeats('LAX', date, 1)).status).toBe(200);
    expect(await entry(operator.api, adultEntry.id)).toMatchObject({
      status: 'offered',
      offeredSlot: { slotId: second.id },
    });
    expect((await entry(operator.api, childEntry.id)).status).toBe('waiting');
    // The operator's hold on the first slot was never touched: it still confirms.
    expect((await postConfirm(other.api, live.id)).status).toBe(201);
    expect(await availableOf(operator.api, second)).toBe(0);
  });

  it('a reopened day and a release of new slots are offered to the waitlist before anyone sees them', async () => {
    // Reopened day.
    const closedDate = (await findFreeSlot(lead.api, { consulateId: 'SAN', skipDays: 3 })).localStart.slice(
      0,
      10,
    );
    const close = await lead.api.post(`/api/consulates/SAN/days/${closedDate}/close`, {
      reason: 'Fumigación',
    });
    expect(close.status).toBe(201);
    const waiter = await enlist(operator.api, {
      applicantId: (await createApplicant(operator.api)).id,
      consulateIds: ['SAN'],
      from: closedDate,
      to: closedDate,
    });
    expect(waiter.status).toBe('waiting');
    const reopen = await lead.api.post(`/api/consulates/SAN/days/${closedDate}/reopen`, {
      reason: 'Se abrió',
    });
    expect(reopen.status).toBe(200);
    const reopenedSlots = (await listSlots(operator.api, 'SAN', closedDate, closedDate)).sort(byStart);
    expect(await entry(operator.api, waiter.id)).toMatchObject({
      status: 'offered',
      offeredSlot: { slotId: reopenedSlots[0]!.id },
    });

    // A release beyond the published days: both waiting callers hold the first new seats.
    const today = todayIn(await timeZoneOf(operator.api, 'DEN'));
    const from = addDays(today, 20);
    const to = addDays(from, 6);
    expect(await listSlots(operator.api, 'DEN', from, to)).toEqual([]);
    const range = { consulateIds: ['DEN'], from, to };
    const firstInLine = await enlist(operator.api, {
      applicantId: (await createApplicant(operator.api)).id,
      ...range,
    });
    const secondInLine = await enlist(other.api, {
      applicantId: (await createApplicant(other.api)).id,
      ...range,
    });
    const published = await lead.api.post<{ published: number }>('/api/consulates/DEN/slots/publish', {
      from,
      to,
    });
    expect(published.status).toBe(201);
    expect(published.body.published).toBeGreaterThan(0);
    const released = (await listSlots(operator.api, 'DEN', from, to)).sort(byStart);
    const soonest = released[0]!;
    const offered = [await entry(operator.api, firstInLine.id), await entry(operator.api, secondInLine.id)];
    expect(offered.map((e) => e.status)).toEqual(['offered', 'offered']);
    // The soonest seats of the release, in the order of the list: the grid shows them taken.
    const expectedSecond = soonest.capacity >= 2 ? soonest : released[1]!;
    expect(offered.map((e) => e.offeredSlot?.slotId)).toEqual([soonest.id, expectedSecond.id]);
    const takenOfSoonest = offered.filter((e) => e.offeredSlot?.slotId === soonest.id).length;
    expect(soonest.available).toBe(soonest.capacity - takenOfSoonest);
  });

  it('a new entry waits even beside free seats (the caller just declined them); a hold there offers nothing, a seat given back does; a booking made another way settles a waiting entry', async () => {
    const free = await findFreeSlot(operator.api, { consulateId: 'PHX', skipDays: 2 });
    const date = free.localStart.slice(0, 10);
    const waiter = await createApplicant(operator.api);
    const created = await enlist(operator.api, {
      applicantId: waiter.id,
      consulateIds: ['PHX'],
      from: date,
      to: date,
    });
    // CONTRACT: 201 with status "waiting", free seats on that day or not.
    expect(created).toMatchObject({ status: 'waiting', holdId: null, offeredSlot: null });
    // Another operator holds a seat of that day: the day's other free seats stay on the grids.
    const someoneElse = await createApplicant(other.api);
    const held = await hold(other.api, {
      slotId: free.id,
      applicantId: someoneElse.id,
      procedureId: 'matricula',
    });
    expect(await entry(operator.api, created.id)).toMatchObject({ status: 'waiting', holdId: null });
    // That seat is given back: it goes to the waiting entry, not to the grids.
    expect((await other.api.del(`/api/holds/${held.id}`)).status).toBe(204);
    const offered = await entry(operator.api, created.id);
    expect(offered.status).toBe('offered');
    expect(offered.offeredSlot).toMatchObject({ slotId: free.id, consulateId: 'PHX' });

    // Another caller waits where nothing is free, then books elsewhere through an operator.
    const { date: fullDate } = await emptyDay('ELP');
    const patient = await createApplicant(operator.api);
    const waiting = await enlist(operator.api, {
      applicantId: patient.id,
      consulateIds: ['ELP'],
      from: fullDate,
      to: fullDate,
    });
    expect(waiting.status).toBe('waiting');
    const elsewhere = await findFreeSlot(operator.api, { consulateId: 'YUM', skipDays: 2 });
    const appointment = await book(operator.api, {
      slotId: elsewhere.id,
      applicantId: patient.id,
      procedureId: 'matricula',
    });
    expect(await entry(operator.api, waiting.id)).toMatchObject({
      status: 'booked',
      appointmentId: appointment.id,
    });
  });

  it("a trainee's entry lives in the trainee's sandbox", async () => {
    const practiceApplicant = await createApplicant(trainee.api);
    const free = await findFreeSlot(operator.api, { consulateId: 'NOG', skipDays: 2 });
    const date = free.localStart.slice(0, 10);
    const liveBefore = await listSlots(operator.api, 'NOG', date, date);
    const practised = await enlist(trainee.api, {
      applicantId: practiceApplicant.id,
      consulateIds: ['NOG'],
      from: date,
      to: date,
    });
    expect(practised.status).toBe('waiting');
    // The trainee's own seat given back in the sandbox is offered there: the live grid is as it was.
    const otherPracticeApplicant = await createApplicant(trainee.api);
    const practiceHold = await hold(trainee.api, {
      slotId: free.id,
      applicantId: otherPracticeApplicant.id,
      procedureId: 'matricula',
    });
    expect((await trainee.api.del(`/api/holds/${practiceHold.id}`)).status).toBe(204);
    expect(await entry(trainee.api, practised.id)).toMatchObject({
      status: 'offered',
      offeredSlot: { slotId: free.id },
    });
    expect(await listSlots(operator.api, 'NOG', date, date)).toEqual(liveBefore);
    expectError(await operator.api.get(`/api/waitlist/${practised.id}`), 404, 'not_found');
    expect((await lead.api.get<WaitlistList>('/api/waitlist?consulateId=NOG')).body.items).toEqual([]);
    // Resetting the sandbox takes the entry and its held seat with it.
    expect((await trainee.api.post('/api/practice/reset')).status).toBe(200);
    expectError(await trainee.api.get(`/api/waitlist/${practised.id}`), 404, 'not_found');
  });
});

describe('refusals', () => {
  it('one active entry per person and procedure (409), none for someone already booked (409), ranges and names (400), admins (403)', async () => {
    const zone = await timeZoneOf(operator.api, 'PHX');
    const today = todayIn(zone);
    const person = await createApplicant(operator.api);
    const range = { consulateIds: ['YUM'], from: addDays(today, 1), to: addDays(today, 30) };
    const first = await postEntry(operator.api, { applicantId: person.id, ...range });
    expect(first.status).toBe(201);
    expectError(
      await postEntry(other.api, { applicantId: person.id, ...range }),
      409,
      'duplicate_waitlist_entry',
    );
    // Another procedure is another entry.
    expect(
      (await postEntry(operator.api, { applicantId: person.id, ...range, procedureId: 'passport-renewal' }))
        .status,
    ).toBe(201);
    const bookedPerson = await createApplicant(operator.api);
    await book(operator.api, {
      slotId: (await findFreeSlot(operator.api, { consulateId: 'PHX' })).id,
      applicantId: bookedPerson.id,
      procedureId: 'matricula',
    });
    expectError(
      await postEntry(operator.api, { applicantId: bookedPerson.id, ...range }),
      409,
      'duplicate_appointment',
    );

    const fresh = (await createApplicant(operator.api)).id;
    const bad = [
      { from: addDays(today, -2), to: addDays(today, 3) },
      { from: addDays(today, 3), to: addDays(today, 400) },
      { from: addDays(today, 5), to: addDays(today, 3) },
    ];
    for (const dates of bad) {
      const body = expectError(
        await postEntry(operator.api, { applicantId: fresh, consulateIds: ['PHX'], ...dates }),
        400,
        'invalid_request',
      );
      expect(body.error.message).toMatch(/passed|beyond|before it starts/);
    }
    expectError(
      await postEntry(operator.api, {
        applicantId: fresh,
        consulateIds: ['PHX', 'QQQ'],
        from: addDays(today, 1),
        to: addDays(today, 2),
      }),
      400,
      'invalid_request',
    );
    expectError(
      await postEntry(operator.api, {
        applicantId: fresh,
        consulateIds: ['PHX'],
        from: addDays(today, 1),
        to: addDays(today, 2),
        procedureId: 'no-such-thing',
      }),
      400,
      'invalid_request',
    );
    expectError(
      await postEntry(operator.api, {
        applicantId: 'app_nobody',
        consulateIds: ['PHX'],
        from: addDays(today, 1),
        to: addDays(today, 2),
      }),
      404,
      'not_found',
    );
    expectError(
      await postEntry(admin.api, {
        applicantId: fresh,
        consulateIds: ['PHX'],
        from: addDays(today, 1),
        to: addDays(today, 2),
      }),
      403,
      'forbidden',
    );
    // Nothing half-written: the fresh applicant has no entry.
    expect((await operator.api.get<WaitlistList>(`/api/waitlist?applicantId=${fresh}`)).body.items).toEqual(
      [],
    );
  });
});
