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
import { startClockedServer, type ClockedServer } from '../support/clocked-server';
import { getMyStatus, putMyState } from '../support/floor-client';
import { OperatorConsole } from '../support/routing-client';
import { sleep } from '../support/socket-client';
import { openTestKysely } from '../support/test-kysely';

const SEED = 2;
/** Offers wait longer than a caller's patience here: the caller, not the offer's time-out, ends the wait. */
const SIMULATOR_ENV = {
  SIMULATE_CALLS: 'demo',
  SIMULATE_CALLS_SEED: String(SEED),
  OFFER_TIMEOUT_SECONDS: '600',
  ROUTING_TICK_MS: '100',
  // The simulator's callers on file are the first thousand demo applicants' phones.
  SEED_APPLICANTS: '1000',
};

/** The demo's first caller of this seed, drawn as the server draws it, and the operator whose queue it rings. */
async function firstCaller() {
  const known = demoCallerNumbers(Number(SIMULATOR_ENV.SEED_APPLICANTS));
  const caller = createCallerStream({ profile: loadTrafficProfile(), seed: SEED, knownCallers: known })();
  const { rules } = await loadRoutingRules();
  const queueId = chooseQueue(rules, { ivrChoice: caller.ivrChoice });
  // The demo seed deals operators round the queues in order: operator1 on the first, operator2 on the second…
  const operator = `operator${demoQueues.findIndex((q) => q.id === queueId) + 1}`;
  return { caller, queueId, operator };
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
  it('rings an available operator with a caller on file, who hangs up when their patience runs out', async () => {
    const { caller, queueId, operator: username } = await firstCaller();
    expect(caller).toMatchObject({ language: 'es', knownCaller: true });
    const s = await start(SIMULATOR_ENV);
    const operator = await availableOperator(s, username);

    const offer = await advanceUntil(s, 1000, () => operator.offers[0], 'the first simulated call');
    expect(offer).toMatchObject({ from: caller.from, language: 'es', queueId, direction: 'inbound' });
    // The screen pop finds the applicant whose phone it is.
    expect(offer.matches.map((m) => m.phone)).toContain(caller.from);
    expect(await routedCall(offer.callId)).toMatchObject({ provider: 'simulator', status: 'offered' });

    s.moveTo(s.now().getTime() + (caller.patienceSeconds + 2) * 1000);
    const withdrawn = await operator.waitForWithdrawal(offer.offerId);
    expect(withdrawn.reason).toBe('abandoned');
    expect(await routedCall(offer.callId)).toMatchObject({ status: 'abandoned', answered_at: null });
  });

  it('talks for its handle time once the operator accepts, then hangs up: the operator is in wrap-up', async () => {
    const { caller, operator: username } = await firstCaller();
    const s = await start(SIMULATOR_ENV);
    const operator = await availableOperator(s, username);
    const offer = await advanceUntil(s, 1000, () => operator.offers[0], 'the first simulated call');

    const accepted = await operator.accept(offer.offerId);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ callId: offer.callId, status: 'connected' });
    // Past the caller's patience: answered callers no longer count it.
    s.moveTo(s.now().getTime() + (caller.patienceSeconds + 2) * 1000);
    await sleep(400);
    expect(operator.ended).toEqual([]);
    expect(await routedCall(offer.callId)).toMatchObject({ status: 'connected' });

    s.moveTo(Date.parse(accepted.body.answeredAt) + (caller.handleSeconds + 2) * 1000);
    const ended = await operator.waitForEnded(offer.callId);
    expect(ended.by).toBe('caller');
    expect(await routedCall(offer.callId)).toMatchObject({ status: 'ended', ended_by: 'caller' });
    expect((await getMyStatus(operator.api)).state).toBe('wrap_up');
  });

  it('places no call with SIMULATE_CALLS=off', async () => {
    const { operator: username } = await firstCaller();
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
});
