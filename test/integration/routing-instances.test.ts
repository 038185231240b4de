/**
 * Routing across two instances on one PostgreSQL, socket.io through Redis: calls posted to both,
 * operators' consoles on both answering at once — never two open offers for one call nor two calls
 * for one operator, every call answered once; and an instance that goes away holding an open offer
 * loses no call: the offer runs out on the other instance and the call is offered again, once.
 * PostgreSQL only (integration-pg): two instances on one SQLite file is not a supported deployment.
 */
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app';
import type { Database } from '../../server/platform/db/schema';
import { login, postEndCall } from '../support/api-client';
import { OperatorConsole, Telephony, TEST_TELEPHONY_TOKEN } from '../support/routing-client';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { needs } from '../support/services/needs';
import { startClusterInstance } from '../support/cluster-instance';
import { sleep, waitFor } from '../support/socket-client';
import { openTestKysely } from '../support/test-kysely';
import { testDialect } from '../support/test-dialect';

const OFFER_TIMEOUT_SECONDS = 2;
const REDIS_KEY = `test-routing-${process.pid}-${Date.now()}`;

if (testDialect() !== 'postgres')
  throw new Error('routing-instances.test.ts needs TEST_DATABASE=postgres (the integration-pg project)');

let database: ScratchDatabase;
let rows: Kysely<Database>;
let a: RunningServer;
let b: RunningServer;
const running: RunningServer[] = [];
const consoles: OperatorConsole[] = [];

function instance(name: string) {
  return startClusterInstance(database.url, REDIS_KEY, name, {
    PRESENCE_GRACE_MS: '1000',
    TELEPHONY_TOKEN: TEST_TELEPHONY_TOKEN,
    OFFER_TIMEOUT_SECONDS: String(OFFER_TIMEOUT_SECONDS),
    ROUTING_TICK_MS: '100',
  }).then((server) => {
    running.push(server);
    return server;
  });
}

async function open(server: RunningServer, username: string) {
  const c = await OperatorConsole.open(server.url, await login(server.url, username));
  consoles.push(c);
  await c.waitForStatus((s) => s.state === 'available', `${username} available`);
  return c;
}

/** Offers' lifetimes overlapping for one key (a call, an operator): what the database must never allow. */
function overlapping(offers: { key: string; from: string; to: string | null }[]) {
  const byKey = new Map<string, { from: string; to: string }[]>();
  for (const o of offers)
    byKey.set(o.key, [...(byKey.get(o.key) ?? []), { from: o.from, to: o.to ?? '9999' }]);
  const found: string[] = [];
  for (const [key, list] of byKey) {
    list.sort((x, y) => (x.from < y.from ? -1 : 1));
    for (let i = 1; i < list.length; i++) if (list[i]!.from < list[i - 1]!.to) found.push(key);
  }
  return found;
}

needs('redis').describe('routing on two instances', () => {
  beforeAll(async () => {
    database = scratchDatabase('postgres');
    a = await instance('routing-a');
    b = await instance('routing-b');
    rows = openTestKysely(database.url, { readOnly: true });
  });

  afterEach(async () => {
    for (const c of consoles.splice(0)) c.close();
    await sleep(50);
  });

  afterAll(async () => {
    for (const c of consoles) c.close();
    await rows?.destroy();
    for (const server of running.splice(0)) await server.close().catch(() => {});
    await database?.drop();
  });

  it('many calls and operators at once: one open offer per call and per operator, every call answered once', async () => {
    // Three queues, five operators each, consoles alternating between the instances; each operator
    // accepts what they are offered (through their own instance) and ends the call a moment later.
    const queues = ['q-region-az-nm', 'q-region-tx', 'q-region-ca'];
    const usernames = [1, 10, 19, 28, 37, 2, 11, 20, 29, 38, 3, 12, 21, 30, 39].map((n) => `operator${n}`);
    const operators = await Promise.all(usernames.map((u, i) => open(i % 2 === 0 ? a : b, u)));
    const answered = new Set<string>();
    const failures: string[] = [];
    for (const operator of operators) {
      operator.socket.on('call:offered', (offer) => {
        void (async () => {
          const response = await operator.accept(offer.offerId);
          if (response.status !== 200) return failures.push(`${offer.offerId}: ${response.status}`);
          answered.add(offer.callId);
          await sleep(20 + Math.floor(Math.random() * 60));
          const end = await postEndCall(operator.api, offer.callId, { wrapUpCode: 'information' });
          if (end.status !== 200) failures.push(`end ${offer.callId}: ${end.status}`);
        })();
      });
    }
    const lines = [new Telephony(a.url), new Telephony(b.url)];
    const calls = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        lines[i % 2]!.call({ queueId: queues[i % 3], from: `+1602555${String(1000 + i)}` }),
      ),
    );
    await waitFor(() => answered.size === calls.length, 45_000, `all ${calls.length} calls answered`);
    expect(failures).toEqual([]);

    const ids = calls.map((c) => c.id);
    const offers = await rows
      .selectFrom('call_offers')
      .select(['call_id', 'operator_id', 'offered_at', 'closed_at', 'status'])
      .where('call_id', 'in', ids)
      .execute();
    expect(overlapping(offers.map((o) => ({ key: o.call_id, from: o.offered_at, to: o.closed_at })))).toEqual(
      [],
    );
    expect(
      overlapping(offers.map((o) => ({ key: o.operator_id, from: o.offered_at, to: o.closed_at }))),
    ).toEqual([]);
    // Each call accepted exactly once, by the operator its one call record names.
    const accepted = offers.filter((o) => o.status === 'accepted');
    expect(accepted).toHaveLength(calls.length);
    expect(new Set(accepted.map((o) => o.call_id)).size).toBe(calls.length);
    const records = await rows
      .selectFrom('calls')
      .select(['id', 'operator_id', 'started_at', 'ended_at'])
      .where('id', 'in', ids)
      .execute();
    expect(records).toHaveLength(calls.length);
    // No operator on two calls at once.
    expect(
      overlapping(records.map((r) => ({ key: r.operator_id, from: r.started_at, to: r.ended_at }))),
    ).toEqual([]);
  });

  it('an instance that goes away holding an open offer loses no call: it is offered again after the offer runs out, once', async () => {
    const c = await instance('routing-c');
    // operator5 (Central) on the instance that will go; the call is posted to it.
    const leaving = await open(c, 'operator5');
    const call = await new Telephony(c.url).call({ queueId: 'q-region-central' });
    const first = await leaving.waitForOffer(call.id);
    // The instance stops without anyone answering; its console goes with it.
    await c.close();
    running.splice(running.indexOf(c), 1);

    // Another operator of Central signs in on B. The first offer closes on B's tick — run out, or
    // withdrawn once the presence sweep takes its operator offline, whichever comes first — and B
    // offers the call to them.
    const staying = await open(b, 'operator14');
    const second = await staying.waitForOffer(call.id, (OFFER_TIMEOUT_SECONDS + 8) * 1000);
    expect(second.offerId).not.toBe(first.offerId);
    const offers = await rows
      .selectFrom('call_offers')
      .select(['id', 'status', 'operator_id', 'closed_at'])
      .where('call_id', '=', call.id)
      .orderBy('offered_at')
      .execute();
    expect(offers.map((o) => [o.id, o.operator_id])).toEqual([
      [first.offerId, leaving.userId],
      [second.offerId, staying.userId],
    ]);
    expect(['expired', 'withdrawn']).toContain(offers[0]?.status);
    expect(offers[1]?.status).toBe('open');
    // Never two at once: the second was made after the first closed.
    expect(Date.parse(second.offeredAt)).toBeGreaterThanOrEqual(Date.parse(offers[0]?.closed_at ?? ''));
    expect((await staying.accept(second.offerId)).status).toBe(200);
    const line = await rows
      .selectFrom('routed_calls')
      .select(['status', 'operator_id'])
      .where('id', '=', call.id)
      .executeTakeFirst();
    expect(line).toEqual({ status: 'connected', operator_id: staying.userId });
    await postEndCall(staying.api, call.id, { wrapUpCode: 'information' });
  });
});
