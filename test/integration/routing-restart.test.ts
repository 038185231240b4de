/**
 * A server restart loses no call: calls are rows. A call waiting when the server stops is offered
 * after it starts again; an offer open across the restart reaches the operator's console when it
 * reconnects and can still be answered. On SQLite and on PostgreSQL.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, login, postEndCall } from '../support/api-client';
import { OperatorConsole, Telephony, TEST_TELEPHONY_TOKEN } from '../support/routing-client';
import { startRestartableServer, type RestartableServer } from '../support/restartable-server';

let server: RestartableServer;
const consoles: OperatorConsole[] = [];

beforeAll(async () => {
  server = await startRestartableServer({
    TELEPHONY_TOKEN: TEST_TELEPHONY_TOKEN,
    // Long enough that an offer outlives the restart.
    OFFER_TIMEOUT_SECONDS: '60',
    ROUTING_TICK_MS: '100',
    PRESENCE_GRACE_MS: '30000',
  });
});

afterEach(() => {
  for (const c of consoles.splice(0)) c.close();
});

afterAll(async () => {
  await server?.close();
});

async function open(username: string) {
  const c = await OperatorConsole.open(server.url, await login(server.url, username));
  consoles.push(c);
  return c;
}

describe('a restart', () => {
  it('keeps a waiting call, offered once an operator is available after the start', async () => {
    const call = await new Telephony(server.url).call({ queueId: 'q-region-east' });
    await server.restart();
    const operator = await open('operator6');
    const offer = await operator.waitForOffer(call.id);
    expect(offer).toMatchObject({ callId: call.id, queueId: 'q-region-east' });
    expect((await operator.accept(offer.offerId)).status).toBe(200);
    await postEndCall(operator.api, call.id, { wrapUpCode: 'information' });
  });

  it('keeps an open offer: the reconnecting console hears it again and answers it', async () => {
    // Canada's operator7 (the first test's operator stays available through the long grace period).
    const session = await login(server.url, 'operator7');
    const before = await OperatorConsole.open(server.url, session);
    consoles.push(before);
    await before.waitForStatus((s) => s.state === 'available', 'available');
    const call = await new Telephony(server.url).call({ queueId: 'q-region-canada' });
    const offer = await before.waitForOffer(call.id);
    before.close();
    await server.restart();

    // The same session, through the restarted server's new port.
    const after = await OperatorConsole.open(server.url, {
      ...session,
      api: new ApiClient(server.url, session.token),
    });
    consoles.push(after);
    expect((await after.waitForOffer(call.id)).offerId).toBe(offer.offerId);
    const accepted = await after.accept(offer.offerId);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ callId: call.id, status: 'connected' });
  });
});
