/**
 * Two instances on one PostgreSQL (socket.io through Redis), a call offered by the first, and the
 * first SIGKILLed before anyone answers: no graceful stop, no timer of its own left to close the
 * offer. The other instance must close that offer (run out, or withdrawn once its operator's
 * presence is gone) and offer the call again — to an operator on the living instance — once, never
 * two open offers for the call, and the call is answered exactly once.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../server/platform/db/schema';
import { login, postEndCall } from '../support/api-client';
import { OperatorConsole, Telephony, TEST_TELEPHONY_TOKEN } from '../support/routing-client';
import { needs } from '../support/services/needs';
import { postgresBaseUrl } from '../support/services/postgres';
import { openTestKysely } from '../support/test-kysely';
import { startCluster, type Cluster } from './support/cluster';

const OFFER_TIMEOUT_SECONDS = 2;

needs('postgres').describe('an instance SIGKILLed while its operator is being offered a call', () => {
  let cluster: Cluster;
  let rows: Kysely<Database>;
  const consoles: OperatorConsole[] = [];

  beforeAll(async () => {
    cluster = await startCluster({
      database: postgresBaseUrl(),
      instances: 2,
      env: {
        SEED_APPLICANTS: '0',
        SEED_DAYS: '1',
        TELEPHONY_TOKEN: TEST_TELEPHONY_TOKEN,
        OFFER_TIMEOUT_SECONDS: String(OFFER_TIMEOUT_SECONDS),
        ROUTING_TICK_MS: '100',
        PRESENCE_GRACE_MS: '1000',
      },
    });
    rows = openTestKysely(cluster.databaseUrl, { readOnly: true });
  });

  afterAll(async () => {
    for (const c of consoles) c.close();
    await rows?.destroy();
    await cluster?.close();
  });

  it('the call is offered again on the other instance after the dead one’s offer closes, once, and answered once', async () => {
    const [urlA, urlB] = cluster.urls as [string, string];
    // operator5 (Central) on instance A, which takes the call and offers it.
    const leaving = await OperatorConsole.open(urlA, await login(urlA, 'operator5'));
    consoles.push(leaving);
    await leaving.waitForStatus((s) => s.state === 'available', 'operator5 available');
    const call = await new Telephony(urlA).call({ queueId: 'q-region-central' });
    const first = await leaving.waitForOffer(call.id);

    // A dies mid-offer: SIGKILL, nothing runs on the way out.
    const exit = await cluster.kill(0, 'SIGKILL');
    expect(exit.signal).toBe('SIGKILL');
    leaving.close();

    // Another Central operator on B.
    const staying = await OperatorConsole.open(urlB, await login(urlB, 'operator14'));
    consoles.push(staying);
    await staying.waitForStatus((s) => s.state === 'available', 'operator14 available');
    const second = await staying.waitForOffer(call.id, (OFFER_TIMEOUT_SECONDS + 10) * 1000);
    expect(second.offerId).not.toBe(first.offerId);

    const offers = await rows
      .selectFrom('call_offers')
      .select(['id', 'status', 'operator_id', 'closed_at', 'offered_at'])
      .where('call_id', '=', call.id)
      .orderBy('offered_at')
      .execute();
    expect(offers.map((o) => [o.id, o.operator_id])).toEqual([
      [first.offerId, leaving.userId],
      [second.offerId, staying.userId],
    ]);
    expect(['expired', 'withdrawn']).toContain(offers[0]?.status);
    // Never two open at once: the second was made once the first had closed.
    expect(Date.parse(offers[1]!.offered_at)).toBeGreaterThanOrEqual(Date.parse(offers[0]?.closed_at ?? ''));

    expect((await staying.accept(second.offerId)).status).toBe(200);
    // The dead instance's offer cannot be taken any more (its operator signs in again on B).
    const back = await login(urlB, 'operator5');
    const late = await back.api.post(`/api/offers/${first.offerId}/accept`);
    expect(late.status).toBe(409);
    expect((late.body as { error: { code: string } }).error.code).toBe('offer_expired');

    const line = await rows
      .selectFrom('routed_calls')
      .select(['status', 'operator_id'])
      .where('id', '=', call.id)
      .executeTakeFirst();
    expect(line).toEqual({ status: 'connected', operator_id: staying.userId });
    expect(await rows.selectFrom('calls').select('operator_id').where('id', '=', call.id).execute()).toEqual([
      { operator_id: staying.userId },
    ]);
    expect((await postEndCall(staying.api, call.id, { wrapUpCode: 'information' })).status).toBe(200);
  });
});
