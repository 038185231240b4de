/**
 * The lead's queue figures through the real flow: callers posted by the telephony side wait, one
 * hangs up unanswered, an operator moved into the queue answers the other; the lead's floor is told
 * at each step (`queues:changed`) and GET /api/floor/queues adds it all up. SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueLoad } from '../../shared/api/floor/queues';
import { login, postEndCall, type Session } from '../support/api-client';
import { FloorSocket } from '../support/floor-client';
import { OperatorConsole, Telephony, TEST_TELEPHONY_TOKEN } from '../support/routing-client';
import { waitFor } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

const Q = 'q-region-canada';
const OPERATOR = 'operator7';

let server: TestServer;
let lead: Session;
let watcher: FloorSocket;
let telephony: Telephony;
let operator: OperatorConsole | undefined;

/** The latest figures of the queue the lead's floor was sent. */
const pushed = (matches: (q: QueueLoad) => boolean, what: string) =>
  waitFor(
    () => {
      const latest = watcher.queueChanges.flatMap((c) => c.queues.filter((q) => q.id === Q)).at(-1);
      return latest && matches(latest) ? latest : undefined;
    },
    5_000,
    `queues:changed with ${what}`,
  );

beforeAll(async () => {
  server = await startTestServer({
    TELEPHONY_TOKEN: TEST_TELEPHONY_TOKEN,
    SIMULATE_CALLS: 'off',
    ROUTING_TICK_MS: '100',
  });
  lead = await login(server.url, 'lead1');
  telephony = new Telephony(server.url);
  // operator7 alone takes the queue's calls: nobody else in it has a console open.
  const moved = await lead.api.post('/api/floor/reassignments', {
    userIds: [`usr_${OPERATOR}`],
    queueId: Q,
    when: 'now',
  });
  expect(moved.status).toBe(200);
  watcher = await FloorSocket.connect(server.url, lead.token);
  expect(await watcher.subscribeFloor()).toEqual({ ok: true });
});

afterAll(async () => {
  operator?.close();
  watcher?.close();
  await server?.close();
});

describe('the queue figures of routed calls', () => {
  it('rise as callers arrive, count the one who hangs up, and drain when an operator answers', async () => {
    const first = await telephony.call({ queueId: Q, from: '+14165550111' });
    const second = await telephony.call({ queueId: Q, from: '+14165550122' });
    const waiting = await pushed((q) => q.waiting === 2, 'two callers waiting');
    expect(waiting.waitingCalls.map((c) => [c.callId, c.from, c.offeredTo])).toEqual([
      [first.id, '…0111', null],
      [second.id, '…0122', null],
    ]);

    expect((await telephony.hangUp(second.id)).body.status).toBe('abandoned');
    await pushed((q) => q.waiting === 1 && q.abandonedToday === 1, 'the second caller gone');

    operator = await OperatorConsole.open(server.url, OPERATOR);
    const offer = await operator.waitForOffer(first.id);
    expect((await operator.accept(offer.offerId)).status).toBe(200);
    const drained = await pushed(
      (q) => q.waiting === 0 && q.answeredToday === 1,
      'the first caller answered',
    );
    expect(drained.onCall).toBe(1);

    const ended = await postEndCall(operator.api, first.id, { wrapUpCode: 'information' });
    expect(ended.status).toBe(200);

    const r = await lead.api.get<{ items: QueueLoad[] }>('/api/floor/queues');
    const q = r.body.items.find((x) => x.id === Q)!;
    expect(q).toMatchObject({
      waiting: 0,
      longestWaitSeconds: 0,
      waitingCalls: [],
      answeredToday: 1,
      abandonedToday: 1,
      abandonmentRate: 0.5,
    });
    // The first caller was answered within seconds: in time; the one who hung up counts against it.
    expect(q.serviceLevel).toBe(0.5);
    expect(q.serviceLevelToday).toBe(0.5);
    expect(q.averageSpeedOfAnswerSeconds).toBeGreaterThanOrEqual(0);
    expect(q.averageSpeedOfAnswerSeconds).toBeLessThanOrEqual(20);
    expect(q.averageHandleSeconds).not.toBeNull();
    // Nothing leaks into another queue.
    const other = r.body.items.find((x) => x.id === 'q-passports')!;
    expect(other).toMatchObject({ waiting: 0, answeredToday: 0, abandonedToday: 0, serviceLevel: null });
  });
});
