/**
 * Calls nobody closes are closed by the server: a wrap-up left open past the lead's limit once the
 * line ended, and any call open longer than MAX_CALL_SECONDS. The server's clock is moved forward
 * (every rule reads it); the operator's console hears `call:ended` {by: "server"} and is available
 * again. Real server, real sockets, SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Call } from '../../shared/api/calls';
import type { CallEndedPayload, CallOfferedPayload, MyCall, RoutedCall } from '../../shared/api/routing';
import { ApiClient, expectError, login, postEndCall, type Session } from '../support/api-client';
import { startClockedServer, type ClockedServer } from '../support/clocked-server';
import { inspectDb, type DbInspector } from '../support/db-inspector';
import { FloorSocket, getMyStatus } from '../support/floor-client';
import { waitFor } from '../support/socket-client';
import { openTestKysely } from '../support/test-kysely';

let server: ClockedServer;
let db: DbInspector;
let telephony: ApiClient;
let operator: Session;
let lead: Session;
let console1: FloorSocket;
const ended: CallEndedPayload[] = [];
const offers: CallOfferedPayload[] = [];

beforeAll(async () => {
  server = await startClockedServer({
    MAX_CALL_SECONDS: '600',
    CALL_SWEEP_INTERVAL_MS: '100',
    TELEPHONY_TOKEN: 'call-limits-token',
    OFFER_TIMEOUT_SECONDS: '600',
  });
  db = inspectDb(server.databaseUrl);
  telephony = new ApiClient(server.url, 'call-limits-token');
  [operator, lead] = await Promise.all([login(server.url, 'operator3'), login(server.url, 'lead1')]);
  console1 = await FloorSocket.connect(server.url, operator.token);
  console1.socket.on('call:ended', (payload) => ended.push(payload));
  console1.socket.on('call:offered', (payload) => offers.push(payload));
  await console1.waitForStatus((s) => s.state === 'available', 'available');
});

afterAll(async () => {
  console1?.close();
  await db?.close();
  await server?.close();
});

/** A caller rings through the telephony side; the operator accepts; the call is theirs. */
async function answeredCall(providerCallId: string): Promise<string> {
  const arrived = await telephony.post<RoutedCall>('/api/telephony/calls', {
    providerCallId,
    from: '+16025550177',
    language: 'es',
    // The operator's own queue: the routing offers its calls to them.
    queueId: (await getMyStatus(operator.api)).queue?.id,
  });
  expect(arrived.status).toBe(201);
  const offer = await waitFor(() => offers.find((o) => o.callId === arrived.body.id), 5_000, 'call:offered');
  expect((await operator.api.post(`/api/offers/${offer.offerId}/accept`)).status).toBe(200);
  await console1.waitForStatus((s) => s.state === 'on_call' && s.callId === offer.callId, 'on_call');
  return offer.callId;
}

const secondsAfter = (instant: string, seconds: number) => new Date(Date.parse(instant) + seconds * 1000);

describe('the wrap-up limit', () => {
  it('closes a call whose wrap-up is not done in time: ended by the server, operator available, told', async () => {
    expect(
      (await lead.api.request('PUT', '/api/floor/settings', { body: { wrapUpLimitSeconds: 30 } })).status,
    ).toBe(200);
    const callId = await answeredCall('limits-1');
    const call = { id: callId };
    expect((await operator.api.patch('/api/me/call', { consulateId: 'PHX' })).status).toBe(200);
    // The caller hangs up: the operator is in wrap-up, with the deadline the lead's limit gives.
    const line = await telephony.post<RoutedCall>(`/api/telephony/calls/${callId}/hangup`);
    expect(line.body).toMatchObject({ status: 'ended' });
    const hungUp = await waitFor(
      () => ended.find((e) => e.callId === callId && e.by === 'caller'),
      5_000,
      'call:ended by the caller',
    );
    const hungUpAt = hungUp.at;
    await console1.waitForStatus((s) => s.state === 'wrap_up', 'wrap_up');

    // The console that reloads now sees the line ended and when the server will close the wrap-up.
    const mine = await operator.api.get<MyCall>('/api/me/call');
    expect(mine.body).toMatchObject({
      callId,
      status: 'ended',
      hungUpAt,
      wrapUpDeadline: secondsAfter(hungUpAt, 30).toISOString(),
    });
    expect(hungUp.wrapUpDeadline).toBe(mine.body.wrapUpDeadline);

    server.moveTo(secondsAfter(hungUpAt, 31));
    const notice = await waitFor(
      () => ended.find((e) => e.callId === call.id && e.by === 'server'),
      5_000,
      'call:ended by the server',
    );
    expect(notice).toEqual({ callId: call.id, by: 'server', at: expect.any(String), wrapUpDeadline: null });
    await console1.waitForStatus((s) => s.state === 'available' && s.callId === null, 'available again');

    const closed = Call.parse((await operator.api.get(`/api/calls/${call.id}`)).body);
    expect(closed).toMatchObject({ endedBy: 'server', wrapUpCode: null, hungUpAt, endedAt: notice.at });
    expect(Date.parse(closed.endedAt as string)).toBeGreaterThanOrEqual(Date.parse(hungUpAt) + 30_000);
    expect((await operator.api.get('/api/me/call')).status).toBe(204);
    const audit = await db.auditOf('call', call.id);
    expect(audit.filter((e) => e.action === 'call.closed_by_server')).toHaveLength(1);
    expect(audit.at(-1)).toMatchObject({
      actorId: 'system',
      callId: call.id,
      details: { reason: 'wrap_up_limit' },
    });

    // The operator's late wrap-up finds the call closed, and the next call may start.
    expectError(
      await postEndCall(operator.api, call.id, { wrapUpCode: 'information' }),
      409,
      'call_already_ended',
    );
    const next = await operator.api.post<Call>('/api/calls');
    expect(next.status).toBe(201);
    await postEndCall(operator.api, next.body.id, { wrapUpCode: 'information' });
  });
});

describe('the longest call', () => {
  it('is ended by the server after MAX_CALL_SECONDS, line and all, and marked so', async () => {
    const call = (await operator.api.post<Call>('/api/calls')).body;
    await console1.waitForStatus((s) => s.state === 'on_call' && s.callId === call.id, 'on_call');

    server.moveTo(secondsAfter(call.startedAt, 601));
    const notice = await waitFor(() => ended.find((e) => e.callId === call.id), 5_000, 'call:ended');
    await console1.waitForStatus((s) => s.state === 'available', 'available again');
    const closed = Call.parse((await operator.api.get(`/api/calls/${call.id}`)).body);
    expect(closed).toMatchObject({
      endedBy: 'server',
      wrapUpCode: null,
      endedAt: notice.at,
      hungUpAt: notice.at,
    });
    expect(closed.durationSeconds).toBeGreaterThanOrEqual(600);
    expect((await db.auditOf('call', call.id)).at(-1)).toMatchObject({
      action: 'call.closed_by_server',
      details: { reason: 'max_call_length' },
    });
  });

  it('ends a routed call nobody hung up, its line too', async () => {
    const callId = await answeredCall('limits-2');
    const answeredAt = (await operator.api.get<MyCall>('/api/me/call')).body.answeredAt;
    server.moveTo(secondsAfter(answeredAt, 601));
    const notice = await waitFor(
      () => ended.find((e) => e.callId === callId && e.by === 'server'),
      5_000,
      'call:ended by the server',
    );
    await console1.waitForStatus((s) => s.state === 'available', 'available again');
    expect(Call.parse((await operator.api.get(`/api/calls/${callId}`)).body)).toMatchObject({
      endedBy: 'server',
      hungUpAt: notice.at,
    });
    const reader = openTestKysely(server.databaseUrl, { readOnly: true });
    try {
      expect(
        await reader
          .selectFrom('routed_calls')
          .select(['status', 'ended_by', 'ended_at'])
          .where('id', '=', callId)
          .executeTakeFirst(),
      ).toEqual({ status: 'ended', ended_by: 'server', ended_at: notice.at });
    } finally {
      await reader.destroy();
    }
  });
});
