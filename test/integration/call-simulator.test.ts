/**
 * The built-in call simulator against a real server, real sockets and a real database (SQLite, and
 * PostgreSQL in integration-pg): its callers ring an available operator through the routing, hang up
 * when their patience runs out, talk for their handle time once answered, and stay silent when
 * SIMULATE_CALLS=off. The server's clock is moved, not waited for: the simulator and the routing read
 * it, so minutes of a caller's patience pass in a few hundred milliseconds.
 */
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseQueue } from '../../shared/domain/routing/routing-rules';
import { createCallerStream } from '../../shared/domain/traffic/traffic-day';
import { loadRoutingRules } from '../../server/modules/routing';
import { loadTrafficProfile } from '../../server/modules/telephony';
import { demoQueues } from '../../server/seed/demo-queues';
import { demoCallerNumbers } from '../../server/seed/demo-callers';
import type { Database } from '../../server/platform/db/schema';
import { startServer, type RunningServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import { generateTrafficDay } from '../../shared/domain/traffic/traffic-day';
import { CALL_CENTER_TIME_ZONE } from '../../shared/domain/floor/call-center';
import { zonedWallTimeToUtc } from '../../shared/domain/time/zoned-time';
import { startClockedServer, type ClockedServer } from '../support/clocked-server';
import { scratchDatabase } from '../support/scratch-database';
import { getMyStatus, putMyState } from '../support/floor-client';
import { OperatorConsole } from '../support/routing-client';
import { DEFAULT_TEST_ENV } from '../support/test-server';
import { sleep, waitFor } from '../support/socket-client';
import { openTestKysely } from '../support/test-kysely';

/** A seed whose first two demo callers speak Spanish and call the same queue, the first from a number on file, the second talking longer than they would wait. */
const SEED = 372;
/** Offers wait longer than a caller's patience here: the caller, not the offer's time-out, ends the wait. */
const SIMULATOR_ENV = {
  SIMULATE_CALLS: 'demo',
  SIMULATE_CALLS_SEED: String(SEED),
  OFFER_TIMEOUT_SECONDS: '600',
  ROUTING_TICK_MS: '100',
  // The simulator's callers on file are the first thousand demo applicants' phones.
  SEED_APPLICANTS: '1000',
};

/** The demo's first two callers of this seed, drawn as the server draws them, and the operator whose queue they ring. */
async function firstCallers() {
  const known = demoCallerNumbers(Number(SIMULATOR_ENV.SEED_APPLICANTS));
  const next = createCallerStream({ profile: loadTrafficProfile(), seed: SEED, knownCallers: known });
  const callers = [next(), next()] as const;
  const { rules } = await loadRoutingRules();
  const queueId = chooseQueue(rules, { ivrChoice: callers[0].ivrChoice });
  // The demo seed deals operators round the queues in order: operator1 on the first, operator2 on the second…
  const operator = `operator${demoQueues.findIndex((q) => q.id === queueId) + 1}`;
  return { callers, queueId, operator };
}

let server: ClockedServer | null = null;
let rows: Kysely<Database> | null = null;
const consoles: OperatorConsole[] = [];

afterEach(async () => {
  for (const c of consoles.splice(0)) c.close();
  await rows?.destroy();
  rows = null;
  await server?.close();
  server = null;
});

async function start(env: Record<string, string>) {
  server = await startClockedServer(env);
  rows = openTestKysely(server.databaseUrl, { readOnly: true });
  return server;
}

async function availableOperator(s: ClockedServer, username: string) {
  const operator = await OperatorConsole.open(s.url, username);
  consoles.push(operator);
  await putMyState(operator.api, 'available');
  return operator;
}

/** Moves the server's clock `stepMs` at a time until `done()` answers, giving its timers a moment after each step. */
async function advanceUntil<T>(s: ClockedServer, stepMs: number, done: () => T | undefined, what: string) {
  for (let step = 0; step < 200; step++) {
    const value = done();
    if (value !== undefined) return value;
    s.moveTo(s.now().getTime() + stepMs);
    await sleep(50);
  }
  throw new Error(`${what} did not happen`);
}

const routedCall = (id: string) =>
  rows!.selectFrom('routed_calls').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('the built-in call simulator', () => {
  it('rings an available operator: one caller hangs up when their patience runs out, the next is answered, talks and hangs up', async () => {
    const { callers, queueId, operator: username } = await firstCallers();
    const [first, second] = callers;
    expect(first).toMatchObject({ language: 'es', knownCaller: true });
    expect(second).toMatchObject({ language: 'es', ivrChoice: first.ivrChoice });
    expect(second.patienceSeconds + 2).toBeLessThan(second.handleSeconds);
    const s = await start(SIMULATOR_ENV);
    const operator = await availableOperator(s, username);

    // The first caller rings a few seconds after someone signed in; the screen pop finds the applicant whose phone it is.
    const offer = await advanceUntil(s, 1000, () => operator.offers[0], 'the first simulated call');
    expect(offer).toMatchObject({ from: first.from, language: 'es', queueId, direction: 'inbound' });
    expect(offer.matches.map((m) => m.phone)).toContain(first.from);
    expect(await routedCall(offer.callId)).toMatchObject({ provider: 'simulator', status: 'offered' });

    // Nobody answers: past their patience the caller hangs up, the call is abandoned and the offer withdrawn.
    s.moveTo(s.now().getTime() + (first.patienceSeconds + 2) * 1000);
    expect((await operator.waitForWithdrawal(offer.offerId, 15_000)).reason).toBe('abandoned');
    expect(await routedCall(offer.callId)).toMatchObject({ status: 'abandoned', answered_at: null });

    // The next caller (the demo's 20–40 s have passed) is offered to the same operator, who accepts.
    const next = await waitFor(
      () => operator.offers.find((o) => o.from === second.from),
      15_000,
      'the second simulated call',
    );
    const accepted = await operator.accept(next.offerId);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ callId: next.callId, status: 'connected' });
    // Past the caller's patience: an answered caller no longer counts it.
    s.moveTo(s.now().getTime() + (second.patienceSeconds + 2) * 1000);
    await sleep(400);
    expect(operator.ended).toEqual([]);
    expect(await routedCall(next.callId)).toMatchObject({ status: 'connected' });

    // After their handle time the caller hangs up: the line ends and the operator is in wrap-up.
    s.moveTo(Date.parse(accepted.body.answeredAt) + (second.handleSeconds + 2) * 1000);
    expect((await operator.waitForEnded(next.callId, 15_000)).by).toBe('caller');
    expect(await routedCall(next.callId)).toMatchObject({ status: 'ended', ended_by: 'caller' });
    expect((await getMyStatus(operator.api)).state).toBe('wrap_up');
  });

  it('places no call with SIMULATE_CALLS=off', async () => {
    const { operator: username } = await firstCallers();
    const s = await start({ ...SIMULATOR_ENV, SIMULATE_CALLS: 'off' });
    const operator = await availableOperator(s, username);
    // Two simulated minutes: the demo's first call would have rung after five seconds.
    for (let step = 0; step < 24; step++) {
      s.moveTo(s.now().getTime() + 5000);
      await sleep(50);
    }
    expect(operator.offers).toEqual([]);
    const calls = await rows!.selectFrom('routed_calls').select('id').execute();
    expect(calls).toEqual([]);
  });

  it('replays a day of the traffic model faster than real time: every call of it arrives, once', async () => {
    // The server's clock stands still at 03:00 on a Tuesday (the call center's), then jumps 24 s: at
    // 3,600 times real time, exactly that Tuesday's phone hours pass for the simulator.
    const tuesdayNight = zonedWallTimeToUtc('2027-03-02', '03:00', CALL_CENTER_TIME_ZONE).getTime();
    let now = tuesdayNight;
    const database = scratchDatabase();
    let running: RunningServer | null = null;
    try {
      running = await startServer(
        loadConfig({
          ...DEFAULT_TEST_ENV,
          ...SIMULATOR_ENV,
          DATABASE_URL: database.url,
          SIMULATE_CALLS: '3600',
          SIMULATE_CALLS_SCALE: '0.01',
        }),
        { clock: () => new Date(now), log: () => {} },
      );
      rows = openTestKysely(database.url, { readOnly: true });
      now = tuesdayNight + 24_000;
      const day = generateTrafficDay({
        profile: loadTrafficProfile(),
        seed: SEED,
        date: '2027-03-02',
        scale: 0.01,
        idPrefix: `sim-${tuesdayNight.toString(36)}`,
      });
      expect(day.arrivals).toHaveLength(350);
      const placed = () =>
        rows!
          .selectFrom('routed_calls')
          .select(['provider_call_id', 'status', 'provider'])
          .orderBy('provider_call_id')
          .execute();
      await waitFor(async () => (await placed()).length >= 350, 30_000, 'the day’s calls placed');
      // Nobody answers: a second later (an hour for the simulator, Wednesday still closed) every caller's
      // patience — a 3,600th of it — has run out, and they hung up.
      now += 1000;
      const calls = await waitFor(
        async () => {
          const list = await placed();
          return list.every((c) => c.status === 'abandoned') ? list : undefined;
        },
        30_000,
        'the day’s callers hung up',
      );
      expect(calls.map((c) => c.provider_call_id)).toEqual(day.arrivals.map((a) => a.providerCallId).sort());
      expect(new Set(calls.map((c) => c.provider))).toEqual(new Set(['simulator']));
    } finally {
      await running?.close();
      await rows?.destroy();
      rows = null;
      await database.drop();
    }
  });
});
