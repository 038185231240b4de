/**
 * `npm run server` as an operator of the service runs it: a real process, configured by its
 * environment, that says where it listens and stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiClient,
  addDays,
  createApplicant,
  expectError,
  hold,
  listSlots,
  login,
  wallTimeIn,
} from '../support/api-client';
import { fakedClockEnv } from '../support/faked-clock-env';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { connectSocket, waitFor } from '../support/socket-client';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface RunningProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The next second Sunday of March (US and Canadian clocks go forward) at least a week away. */
const DST_WEEK = (() => {
  for (let year = new Date().getUTCFullYear(); ; year++) {
    const firstOfMarch = new Date(Date.UTC(year, 2, 1));
    const sunday = new Date(Date.UTC(year, 2, 1 + ((7 - firstOfMarch.getUTCDay()) % 7) + 7));
    if (sunday.getTime() > Date.now() + 7 * 86_400_000) {
      const day = (offset: number) => addDays(sunday.toISOString().slice(0, 10), offset);
      return { friday: day(-2), tuesday: day(2), before: day(-3), after: day(3) };
    }
  }
})();

const started: RunningProcess[] = [];
const databases: ScratchDatabase[] = [];

/** `npm run server` is `tsx server/main.ts`: run it the same way, with only the given environment (and the test's clock). */
function runServer(env: Record<string, string>): RunningProcess {
  const child = spawn(TSX, ['server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...fakedClockEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that a failed test can stop tsx and the node process it runs.
    detached: true,
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  const running = { child, stdout: () => out, stderr: () => err, exited };
  started.push(running);
  return running;
}

/** A SQLite file or a PostgreSQL schema (TEST_DATABASE), dropped after the test. */
function newDatabaseUrl() {
  const database = scratchDatabase();
  databases.push(database);
  return database.url;
}

afterEach(async () => {
  for (const running of started.splice(0)) {
    if (
      running.child.exitCode === null &&
      running.child.signalCode === null &&
      running.child.pid !== undefined
    ) {
      process.kill(-running.child.pid, 'SIGKILL');
      await running.exited;
    }
  }
  for (const database of databases.splice(0)) await database.drop();
});

describe('npm run server', () => {
  it('prints the real address it listens on, answers, and stops cleanly on SIGTERM', async () => {
    const server = runServer({
      PORT: '0',
      DATABASE_URL: newDatabaseUrl(),
      SEED: 'demo',
      SEED_APPLICANTS: '2000',
      // Friday to Tuesday across the start of daylight saving time in the US and Canada.
      SEED_START: DST_WEEK.friday,
      SEED_DAYS: '5',
      DEMO_PASSWORD: 'otra-clave-9',
      HOLD_TTL_SECONDS: '120',
      LOG_LEVEL: 'warn',
    });

    const match = await waitFor(
      () =>
        /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(server.stdout()) ??
        (server.child.exitCode !== null
          ? Promise.reject(new Error(`exited: ${server.stderr()}`))
          : undefined),
      90_000,
      'the "listening on" line',
    );
    const port = Number(match[1]);
    expect(port).toBeGreaterThan(0);
    expect(port).not.toBe(4000);
    const url = `http://127.0.0.1:${port}`;

    const health = await new ApiClient(url).get('/api/health');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
    expectError(
      await new ApiClient(url).post('/api/auth/login', { username: 'operator1', password: 'demo1234' }),
      401,
      'invalid_credentials',
    );
    const session = await login(url, 'operator1', 'otra-clave-9');
    const socket = await connectSocket(url, session.token);
    await checkSeededWeek(session.api);

    server.child.kill('SIGTERM');
    const { code, signal } = await server.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(server.stderr()).not.toMatch(/Error|unhandled/i);
    socket.close();
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });

  it('refuses to start with a bad PORT and names the variable', async () => {
    const server = runServer({ PORT: 'abc', DATABASE_URL: newDatabaseUrl(), SEED: 'demo' });
    const { code } = await server.exited;
    expect(code).not.toBe(0);
    expect(server.stderr()).toMatch(/PORT/);
    expect(server.stdout()).not.toMatch(/listening on/);
  });
});

/** SEED_START, SEED_DAYS and HOLD_TTL_SECONDS as the environment set them, in every time zone. */
async function checkSeededWeek(api: ApiClient) {
  const consulates = (await api.get<{ items: { id: string; timeZone: string }[] }>('/api/consulates')).body
    .items;
  expect(consulates).toHaveLength(57);
  for (const { id, timeZone } of consulates) {
    expect(
      await listSlots(api, id, addDays(DST_WEEK.before, -10), DST_WEEK.before),
      `${id} before SEED_START`,
    ).toEqual([]);
    expect(
      await listSlots(api, id, DST_WEEK.after, addDays(DST_WEEK.after, 10)),
      `${id} after SEED_DAYS`,
    ).toEqual([]);
    const slots = await listSlots(api, id, DST_WEEK.friday, DST_WEEK.tuesday);
    expect(slots.length, id).toBeGreaterThan(0);
    const firstOfDay = new Map<string, string>();
    for (const slot of slots) {
      expect(slot.localStart, `${id} ${slot.start}`).toBe(wallTimeIn(slot.start, timeZone));
      const [day, time] = slot.localStart.split('T') as [string, string];
      if (!firstOfDay.has(day)) firstOfDay.set(day, time);
    }
    // Offices open at 08:00 local on weekdays (09:00 on Saturdays), before and after the clocks change.
    for (const [day, time] of firstOfDay)
      expect(`${id} ${day} ${time}`).toBe(
        `${id} ${day} ${new Date(`${day}T12:00:00Z`).getUTCDay() === 6 ? '09:00' : '08:00'}`,
      );
    expect(
      firstOfDay.has(DST_WEEK.friday) && firstOfDay.has(DST_WEEK.tuesday),
      `${id} opens on Friday and Tuesday`,
    ).toBe(true);
  }
  const slot = (await listSlots(api, 'CHI', DST_WEEK.tuesday, DST_WEEK.tuesday))[0]!;
  const applicant = await createApplicant(api);
  const held = await hold(api, { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' });
  expect(Math.abs(Date.parse(held.expiresAt) - Date.now() - 120_000)).toBeLessThan(5_000);
}
