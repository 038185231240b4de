/**
 * Shift schedules and coverage, as a shift lead uses them: every operator's week, replacing one
 * (refused, with the bad shift named, when it leaves the phone hours or overlaps), and who is
 * scheduled against who is logged in.
 *
 * The server runs on a clock set to Wednesday 18 November 2026, 10:30 in Mexico City (it moves on
 * with real time), so "now" is the same whenever the test runs. Operators log in by connecting a
 * console's socket (the floor's presence keeps their state).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Shift, ShiftCoverage, WeeklySchedule } from '../../shared/api/shifts';
import { startServer, type RunningServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import { DEFAULT_TEST_ENV } from '../support/test-server';
import { expectError, login, type Session } from '../support/api-client';
import { inspectDb } from '../support/db-inspector';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { connectSocket, waitFor, type ClientSocket } from '../support/socket-client';

const NOW = Date.parse('2026-11-18T16:30:00.000Z'); // Wednesday 10:30 in Mexico City (UTC−6)
const TODAY = '2026-11-18';
const WEDNESDAY = 3;

let database: ScratchDatabase;
let server: RunningServer;
let lead: Session;
let operator: Session;
const sockets: ClientSocket[] = [];

beforeAll(async () => {
  database = scratchDatabase();
  const started = Date.now();
  const clock = () => new Date(NOW + (Date.now() - started));
  const env = {
    ...DEFAULT_TEST_ENV,
    SEED_DAYS: '3',
    PRESENCE_GRACE_MS: '100',
    FLOOR_EVENT_BATCH_MS: '20',
    DATABASE_URL: database.url,
  };
  server = await startServer(loadConfig(env), { clock, log: () => {} });
  [lead, operator] = await Promise.all([login(server.url, 'lead1'), login(server.url, 'operator3')]);
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server?.close();
  await database?.drop();
});

const userId = (n: number) => `usr_operator${n}`;
const putSchedule = (who: string, shifts: unknown[], session = lead) =>
  session.api.request<WeeklySchedule>('PUT', `/api/floor/schedules/${who}`, { body: { shifts } });

async function schedules(): Promise<WeeklySchedule[]> {
  const response = await lead.api.get<{ items: WeeklySchedule[] }>('/api/floor/schedules');
  expect(response.status).toBe(200);
  return response.body.items;
}

async function coverage(date?: string): Promise<ShiftCoverage> {
  const response = await lead.api.get<ShiftCoverage>(`/api/floor/shifts${date ? `?date=${date}` : ''}`);
  expect(response.status).toBe(200);
  return response.body;
}

/** Operators whose week has a shift on this weekday covering this wall time. */
const onAt = (items: WeeklySchedule[], weekday: number, time: string) =>
  items.filter((s) =>
    s.shifts.some((shift) => shift.weekday === weekday && shift.start <= time && time < shift.end),
  ).length;

/** Operator N opens a console: connected, so logged in. */
async function openConsole(n: number): Promise<{ session: Session; socket: ClientSocket }> {
  const session = await login(server.url, `operator${n}`);
  const socket = await connectSocket(server.url, session.token);
  sockets.push(socket);
  return { session, socket };
}

describe('weekly schedules', () => {
  it('lists every operator with the demo week: mornings 08–15 or afternoons 14–21, some weekends', async () => {
    const items = await schedules();
    expect(items.map((s) => s.userId)).toEqual(Array.from({ length: 40 }, (_, i) => userId(i + 1)));
    expect(items[0]?.shifts).toContainEqual({ weekday: 1, start: '08:00', end: '15:00' });
    expect(items[30]?.shifts).toContainEqual({ weekday: 1, start: '14:00', end: '21:00' });
    expect(
      items.some((s) =>
        s.shifts.some((shift) => shift.weekday === 6 && shift.start === '09:00' && shift.end === '18:00'),
      ),
    ).toBe(true);
  });

  it("replaces an operator's week, in order, and records the change", async () => {
    const week: Shift[] = [
      { weekday: 6, start: '09:00', end: '13:00' },
      { weekday: 2, start: '14:00', end: '21:00' },
      { weekday: 2, start: '08:00', end: '12:00' },
    ];
    const response = await putSchedule(userId(7), week);
    expect(response.status).toBe(200);
    const sorted = [week[2], week[1], week[0]];
    expect(response.body).toEqual({ userId: userId(7), shifts: sorted });
    expect((await schedules()).find((s) => s.userId === userId(7))?.shifts).toEqual(sorted);

    const db = inspectDb(database.url);
    try {
      const [entry] = await db.auditOf('user', userId(7));
      expect(entry).toMatchObject({
        action: 'shifts.schedule_changed',
        actorId: lead.user.id,
        details: { to: sorted },
      });
      expect(entry?.details.from).toContainEqual({ weekday: 1, start: '08:00', end: '15:00' });
    } finally {
      await db.close();
    }
  });

  it('clears a week with an empty list', async () => {
    expect((await putSchedule(userId(8), [])).body).toEqual({ userId: userId(8), shifts: [] });
    expect((await schedules()).find((s) => s.userId === userId(8))?.shifts).toEqual([]);
  });

  it("refuses a shift outside its day's phone hours, naming it, and changes nothing", async () => {
    const before = (await schedules()).find((s) => s.userId === userId(9));
    const saturday = expectError(
      await putSchedule(userId(9), [{ weekday: 6, start: '08:00', end: '14:00' }]),
      400,
      'invalid_request',
    );
    expect(saturday.error.message).toBe('Saturday 08:00–14:00 starts before the phones open at 09:00.');
    const late = expectError(
      await putSchedule(userId(9), [{ weekday: 5, start: '15:00', end: '22:00' }]),
      400,
      'invalid_request',
    );
    expect(late.error.message).toBe('Friday 15:00–22:00 ends after the phones close at 21:00.');
    const sunday = expectError(
      await putSchedule(userId(9), [{ weekday: 7, start: '10:00', end: '19:00' }]),
      400,
      'invalid_request',
    );
    expect(sunday.error.message).toContain('Sunday 10:00–19:00');
    expect((await schedules()).find((s) => s.userId === userId(9))).toEqual(before);
  });

  it('refuses overlapping shifts on one day and a shift that ends before it starts', async () => {
    const overlap = expectError(
      await putSchedule(userId(9), [
        { weekday: 1, start: '08:00', end: '15:00' },
        { weekday: 1, start: '14:00', end: '21:00' },
      ]),
      400,
      'invalid_request',
    );
    expect(overlap.error.message).toBe('Monday 14:00–21:00 overlaps 08:00–15:00 on the same day.');
    expectError(
      await putSchedule(userId(9), [{ weekday: 2, start: '12:00', end: '09:00' }]),
      400,
      'invalid_request',
    );
  });

  it('refuses malformed weeks: a weekday 8, a time 25:00, an unknown field, more than 14 shifts', async () => {
    for (const shifts of [
      [{ weekday: 8, start: '09:00', end: '12:00' }],
      [{ weekday: 1, start: '25:00', end: '26:00' }],
      [{ weekday: 1, start: '9:00', end: '12:00' }],
      [{ weekday: 1, start: '09:00', end: '12:00', queue: 'x' }],
      Array.from({ length: 15 }, (_, i) => ({
        weekday: (i % 7) + 1,
        start: `${String(9 + Math.floor(i / 7)).padStart(2, '0')}:00`,
        end: `${String(10 + Math.floor(i / 7)).padStart(2, '0')}:00`,
      })),
    ]) {
      expectError(await putSchedule(userId(9), shifts), 400, 'invalid_request');
    }
  });

  it('answers 404 for an unknown user and 400 for someone who does not take calls', async () => {
    expectError(
      await putSchedule('usr_nobody', [{ weekday: 1, start: '09:00', end: '12:00' }]),
      404,
      'not_found',
    );
    expectError(
      await putSchedule('usr_admin1', [{ weekday: 1, start: '09:00', end: '12:00' }]),
      400,
      'invalid_request',
    );
  });

  it('answers 403 to an operator on every schedule route', async () => {
    expectError(await operator.api.get('/api/floor/schedules'), 403, 'forbidden');
    expectError(await putSchedule(userId(3), [], operator), 403, 'forbidden');
    expectError(await operator.api.get('/api/floor/shifts'), 403, 'forbidden');
  });
});

describe('coverage now', () => {
  it('counts who is scheduled now, who is logged in, who is missing and who is unscheduled', async () => {
    await openConsole(1);
    await openConsole(25);
    const four = await openConsole(4);
    const two = await openConsole(2);
    const stateOf = (c: ShiftCoverage, n: number) => c.operators.find((o) => o.userId === userId(n))?.state;
    await waitFor(async () => stateOf(await coverage(), 4) === 'available', 5_000, 'operator4 online');
    expect(
      (await four.session.api.request('PUT', '/api/me/status', { body: { state: 'break' } })).status,
    ).toBe(200);
    await waitFor(async () => stateOf(await coverage(), 2) === 'available', 5_000, 'operator2 online');
    two.socket.close(); // operator2 closes the console: offline after the grace period
    const now = await waitFor(
      async () => {
        const c = await coverage();
        return (
          stateOf(c, 2) === 'offline' &&
          stateOf(c, 1) === 'available' &&
          stateOf(c, 25) === 'available' &&
          stateOf(c, 4) === 'break' &&
          c
        );
      },
      5_000,
      'operators 1 and 25 available, 4 on a break, 2 gone',
    );
    const scheduled = onAt(await schedules(), WEDNESDAY, '10:30');
    expect(now).toMatchObject({
      date: TODAY,
      timeZone: 'America/Mexico_City',
      phoneHours: { open: '08:00', close: '21:00' },
      holiday: null,
    });
    expect(Date.parse(now.at)).toBeGreaterThanOrEqual(NOW);
    expect(now.scheduledNow).toBe(scheduled);
    expect(now.loggedInNow).toBe(3); // 1 available, 4 on a break, 25 available; 2 logged out
    expect(now.unscheduled).toBe(1); // 25 works afternoons
    expect(now.missing).toBe(scheduled - 2); // 1 and 4 are in
    const row = (n: number) => now.operators.find((o) => o.userId === userId(n));
    expect(row(1)).toMatchObject({
      scheduledNow: true,
      state: 'available',
      shift: { start: '08:00', end: '15:00' },
    });
    expect(row(2)).toMatchObject({ scheduledNow: true, state: 'offline' });
    expect(row(25)).toMatchObject({
      scheduledNow: false,
      state: 'available',
      shift: { start: '14:00', end: '21:00' },
    });
    expect(row(39)).toMatchObject({ scheduledNow: false, state: 'offline' }); // never connected
  });

  it('shows the shift in effect of a split shift, and adds its hours to the hourly count', async () => {
    const before = await coverage();
    expect(
      (
        await putSchedule(userId(31), [
          { weekday: WEDNESDAY, start: '09:00', end: '11:00' },
          { weekday: WEDNESDAY, start: '16:00', end: '21:00' },
        ])
      ).status,
    ).toBe(200);
    const after = await coverage();
    expect(after.scheduledNow).toBe(before.scheduledNow + 1);
    expect(after.operators.find((o) => o.userId === userId(31))).toMatchObject({
      scheduledNow: true,
      shift: { start: '09:00', end: '11:00' },
    });
    const hour = (c: ShiftCoverage, h: number) => c.byHour.find((x) => x.hour === h)?.scheduled;
    expect(hour(after, 9)).toBe((hour(before, 9) ?? 0) + 1);
    expect(hour(after, 14)).toBe((hour(before, 14) ?? 0) - 1); // no longer 14:00–21:00
    expect(hour(after, 18)).toBe(hour(before, 18));
  });

  it('lists the phone hours 8..20 of a weekday with the scheduled operators of each', async () => {
    const items = await schedules();
    const now = await coverage(TODAY);
    expect(now.byHour.map((h) => h.hour)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    for (const { hour, scheduled } of now.byHour) {
      const from = `${String(hour).padStart(2, '0')}:00`;
      const to = `${String(hour + 1).padStart(2, '0')}:00`;
      expect(scheduled, `hour ${hour}`).toBe(
        items.filter((s) => s.shifts.some((x) => x.weekday === WEDNESDAY && x.start < to && from < x.end))
          .length,
      );
    }
  });
});

describe('coverage of another date', () => {
  it('gives a Mexican holiday weekend hours and clips weekday shifts to them', async () => {
    const christmas = await coverage('2026-12-25'); // a Friday
    expect(christmas).toMatchObject({
      date: '2026-12-25',
      phoneHours: { open: '09:00', close: '18:00' },
      holiday: { es: 'Navidad', en: 'Christmas Day' },
    });
    expect(christmas.byHour.map((h) => h.hour)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(christmas.operators.find((o) => o.userId === userId(1))?.shift).toEqual({
      start: '09:00',
      end: '15:00',
    });
    expect(christmas.operators.find((o) => o.userId === userId(22))?.shift).toEqual({
      start: '14:00',
      end: '18:00',
    });
  });

  it('shows no "now" figures for a day that is not today', async () => {
    const saturday = await coverage('2026-11-21');
    expect(saturday).toMatchObject({
      phoneHours: { open: '09:00', close: '18:00' },
      holiday: null,
      scheduledNow: 0,
      loggedInNow: 0,
      missing: 0,
      unscheduled: 0,
    });
    expect(saturday.operators.every((o) => !o.scheduledNow)).toBe(true);
    const items = await schedules();
    expect(saturday.byHour.find((h) => h.hour === 12)?.scheduled).toBe(onAt(items, 6, '12:00'));
    expect(saturday.byHour.find((h) => h.hour === 12)?.scheduled).toBeGreaterThan(0);
  });

  it('refuses a date that does not exist', async () => {
    expectError(await lead.api.get('/api/floor/shifts?date=2026-02-30'), 400, 'invalid_request');
  });
});
