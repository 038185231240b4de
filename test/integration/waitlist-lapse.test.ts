/**
 * Time passing on the waitlist: an operator's hold nobody confirms expires and its seat is held for
 * the first waiting entry; an offered seat nobody confirms within WAITLIST_HOLD_MINUTES (here 0.05:
 * 3 s) lapses (`offer_expired`) and passes at once to the next entry, and the last lapsed offer
 * gives the seat back to everyone; an entry whose range has ended at its consulates expires (the
 * server's clock moved past it), and each change is in the audit log with who made it; a seat inside
 * the consulate's lead time is never offered.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Slot } from '../../shared/api/slots';
import type { WaitlistEntry } from '../../shared/api/waitlist';
import {
  addDays,
  availableOf,
  createApplicant,
  expectError,
  findFreeSlot,
  hold,
  login,
  postConfirm,
  setCapacity,
  timeZoneOf,
  todayIn,
  type Session,
} from '../support/api-client';
import { waitFor } from '../support/socket-client';
import { startClockedServer, type ClockedServer } from '../support/clocked-server';
import { inspectDb } from '../support/db-inspector';

const OFFER_MS = 3_000;

let server: ClockedServer;
let operator: Session;
let lead: Session;

beforeAll(async () => {
  server = await startClockedServer({
    HOLD_TTL_SECONDS: '1',
    SWEEP_INTERVAL_MS: '100',
    WAITLIST_HOLD_MINUTES: String(OFFER_MS / 60_000),
  });
  [operator, lead] = (await Promise.all([login(server.url, 'operator1'), login(server.url, 'lead1')])) as [
    Session,
    Session,
  ];
});

afterAll(async () => {
  await server?.close();
});

const entryOf = async (id: string) => (await operator.api.get<WaitlistEntry>(`/api/waitlist/${id}`)).body;

it('an expired hold goes to the first entry; an offer nobody confirms passes to the next, then back to everyone', async () => {
  const date = (await findFreeSlot(lead.api, { consulateId: 'PHX', skipDays: 2 })).localStart.slice(0, 10);
  const emptied = await lead.api.request<{ items: Slot[] }>('PUT', `/api/consulates/PHX/days/${date}/seats`, {
    body: { capacity: 0 },
  });
  expect(emptied.status).toBe(200);
  const seat = emptied.body.items.sort((a, b) => a.start.localeCompare(b.start))[0] as Slot;
  await setCapacity(lead.api, seat.id, 1);
  await hold(operator.api, {
    slotId: seat.id,
    applicantId: (await createApplicant(operator.api)).id,
    procedureId: 'matricula',
  });
  const range = { procedureId: 'matricula', consulateIds: ['PHX'], from: date, to: date };
  const entries: WaitlistEntry[] = [];
  for (let i = 0; i < 2; i++) {
    const created = await operator.api.post<WaitlistEntry>('/api/waitlist', {
      applicantId: (await createApplicant(operator.api)).id,
      ...range,
    });
    expect(created.body.status).toBe('waiting');
    entries.push(created.body);
  }
  const [first, second] = entries as [WaitlistEntry, WaitlistEntry];

  // The operator's hold runs out (1 s): the seat is held for the first entry, not freed.
  const offered = await waitFor(
    async () => {
      const e = await entryOf(first.id);
      return e.status === 'offered' && e;
    },
    8_000,
    'the expired hold to be offered to the first entry',
  );
  expect(offered.offeredSlot?.slotId).toBe(seat.id);
  expect(Date.parse(offered.offerExpiresAt as string) - Date.now()).toBeLessThanOrEqual(OFFER_MS);
  expect(await availableOf(operator.api, seat)).toBe(0);
  expect((await entryOf(second.id)).status).toBe('waiting');

  // Nobody confirms within WAITLIST_HOLD_MINUTES: the offer lapses and the seat passes on at once.
  const passed = await waitFor(
    async () => {
      const e = await entryOf(second.id);
      return e.status === 'offered' && e;
    },
    OFFER_MS + 8_000,
    'the lapsed offer to pass to the second entry',
  );
  expect(passed.offeredSlot?.slotId).toBe(seat.id);
  expect(await entryOf(first.id)).toMatchObject({ status: 'offer_expired', holdId: null, offeredSlot: null });
  expectError(await postConfirm(operator.api, offered.holdId as string), 409, 'hold_expired');
  expect(await availableOf(operator.api, seat)).toBe(0);

  // The last offer lapses with nobody waiting: the seat is everyone's again.
  await waitFor(
    async () => (await entryOf(second.id)).status === 'offer_expired',
    OFFER_MS + 8_000,
    'the second offer to lapse',
  );
  await waitFor(async () => (await availableOf(operator.api, seat)) === 1, 3_000, 'the seat to come back');
});

it("a seat within the consulate's lead time is not offered; a later one is", async () => {
  const date = (await findFreeSlot(lead.api, { consulateId: 'TUS', skipDays: 3 })).localStart.slice(0, 10);
  const emptied = await lead.api.request<{ items: Slot[] }>('PUT', `/api/consulates/TUS/days/${date}/seats`, {
    body: { capacity: 0 },
  });
  expect(emptied.status).toBe(200);
  const day = emptied.body.items.sort((a, b) => a.start.localeCompare(b.start));
  const soon = day[0] as Slot;
  const later = day.find((s) => Date.parse(s.start) >= Date.parse(soon.start) + 2 * 3_600_000) as Slot;
  await setCapacity(lead.api, soon.id, 1);
  // Half an hour before the first slot: inside Tucson's 60-minute lead time, its free seat is no one's.
  server.moveTo(Date.parse(soon.start) - 30 * 60_000);
  [operator, lead] = (await Promise.all([login(server.url, 'operator1'), login(server.url, 'lead1')])) as [
    Session,
    Session,
  ];
  const created = await operator.api.post<WaitlistEntry>('/api/waitlist', {
    applicantId: (await createApplicant(operator.api)).id,
    procedureId: 'matricula',
    consulateIds: ['TUS'],
    from: date,
    to: date,
  });
  expect(created.status).toBe(201);
  expect(created.body.status).toBe('waiting');
  await setCapacity(lead.api, later.id, 1);
  expect(await entryOf(created.body.id)).toMatchObject({
    status: 'offered',
    offeredSlot: { slotId: later.id },
  });
});

it('a waiting entry expires once its last day has ended at every consulate named; every change is audited', async () => {
  const today = todayIn(await timeZoneOf(operator.api, 'YUM'), server.now());
  // Beyond the published days: nothing to offer, the entry waits.
  const last = addDays(today, 20);
  const created = await operator.api.post<WaitlistEntry>('/api/waitlist', {
    applicantId: (await createApplicant(operator.api)).id,
    procedureId: 'passport-first',
    // Yuma (Arizona, UTC−7 all year) and Los Angeles (UTC−8 or −7): the range ends at Yuma's midnight or later.
    consulateIds: ['YUM', 'LAX'],
    from: last,
    to: last,
  });
  expect(created.status).toBe(201);
  const entry = created.body;
  expect(entry.status).toBe('waiting');
  // A minute before Yuma's day after `last` begins, the range has not ended anywhere.
  const [y, m, d] = addDays(last, 1).split('-').map(Number) as [number, number, number];
  const yumaMidnight = Date.UTC(y, m - 1, d, 7);
  server.moveTo(yumaMidnight - 60_000);
  await new Promise((resolve) => setTimeout(resolve, 400));
  operator = await login(server.url, 'operator1');
  expect((await entryOf(entry.id)).status).toBe('waiting');
  // Past both consulates' midnights (Los Angeles: 07:00 or 08:00 UTC).
  server.moveTo(yumaMidnight + 3_600_000 + 60_000);
  // Sessions last hours: sign in again on the moved clock.
  operator = await login(server.url, 'operator1');
  await waitFor(async () => (await entryOf(entry.id)).status === 'expired', 5_000, 'the entry to expire');

  const db = inspectDb(server.databaseUrl);
  try {
    const trail = await db.auditOf('waitlist_entry', entry.id);
    expect(trail.map((a) => [a.action, a.actorId])).toEqual([
      ['waitlist.created', operator.user.id],
      ['waitlist.expired', 'system'],
    ]);
    expect(trail[0]?.details).toMatchObject({ consulateIds: ['LAX', 'YUM'], from: last, to: last });
  } finally {
    await db.close();
  }
});
