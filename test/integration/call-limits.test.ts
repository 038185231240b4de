/**
 * Calls nobody closes are closed by the server: a wrap-up left open past the lead's limit once the
 * line ended, and any call open longer than MAX_CALL_SECONDS. The server's clock is moved forward
 * (every rule reads it); the operator's console hears `call:ended` {by: "server"} and is available
 * again. Real server, real sockets, SQLite and PostgreSQL.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Call } from '../../shared/api/calls';
import type { CallEndedPayload, MyCall } from '../../shared/api/routing';
import type { Database } from '../../server/platform/db/schema';
import { expectError, login, postEndCall, type Session } from '../support/api-client';
import { startClockedServer, type ClockedServer } from '../support/clocked-server';
import { inspectDb, type DbInspector } from '../support/db-inspector';
import { FloorSocket } from '../support/floor-client';
import { waitFor } from '../support/socket-client';
import { openTestKysely } from '../support/test-kysely';

let server: ClockedServer;
let db: DbInspector;
let writer: Kysely<Database>;
let operator: Session;
let lead: Session;
let console1: FloorSocket;
const ended: CallEndedPayload[] = [];

beforeAll(async () => {
  server = await startClockedServer({ MAX_CALL_SECONDS: '600', CALL_SWEEP_INTERVAL_MS: '100' });
  db = inspectDb(server.databaseUrl);
  writer = openTestKysely(server.databaseUrl, { readOnly: false });
  [operator, lead] = await Promise.all([login(server.url, 'operator3'), login(server.url, 'lead1')]);
  console1 = await FloorSocket.connect(server.url, operator.token);
  console1.socket.on('call:ended', (payload) => ended.push(payload));
  await console1.waitForStatus((s) => s.state === 'available', 'available');
});

afterAll(async () => {
  console1?.close();
  await writer?.destroy();
  await db?.close();
  await server?.close();
});

/** The caller hangs up (as the routing records it): the line ended now, the wrap-up still open. */
async function lineEnded(callId: string): Promise<string> {
  const at = server.now().toISOString();
  await writer.updateTable('calls').set({ hung_up_at: at }).where('id', '=', callId).execute();
  return at;
}

const secondsAfter = (instant: string, seconds: number) => new Date(Date.parse(instant) + seconds * 1000);

describe('the wrap-up limit', () => {
  it('closes a call whose wrap-up is not done in time: ended by the server, operator available, told', async () => {
    expect(
      (await lead.api.request('PUT', '/api/floor/settings', { body: { wrapUpLimitSeconds: 30 } })).status,
    ).toBe(200);
    const call = (await operator.api.post<Call>('/api/calls')).body;
    await console1.waitForStatus((s) => s.state === 'on_call' && s.callId === call.id, 'on_call');
    const hungUpAt = await lineEnded(call.id);

    // The console that reloads now sees the line ended and when the server will close the wrap-up.
    const mine = await operator.api.get<MyCall>('/api/me/call');
    expect(mine.body).toMatchObject({
      callId: call.id,
      status: 'ended',
      hungUpAt,
      wrapUpDeadline: secondsAfter(hungUpAt, 30).toISOString(),
    });

    server.moveTo(secondsAfter(hungUpAt, 31));
    const notice = await waitFor(() => ended.find((e) => e.callId === call.id), 5_000, 'call:ended');
    expect(notice).toEqual({ callId: call.id, by: 'server', at: expect.any(String), wrapUpDeadline: null });
    await console1.waitForStatus((s) => s.state === 'available' && s.callId === null, 'available again');

    const closed = Call.parse((await operator.api.get(`/api/calls/${call.id}`)).body);
    expect(closed).toMatchObject({ endedBy: 'server', wrapUpCode: null, hungUpAt, endedAt: notice.at });
    expect(Date.parse(closed.endedAt as string)).toBeGreaterThanOrEqual(Date.parse(hungUpAt) + 30_000);
    expect((await operator.api.get('/api/me/call')).status).toBe(204);
    const audit = await db.auditOf('call', call.id);
    expect(audit.map((e) => e.action)).toEqual(['call.started', 'call.closed_by_server']);
    expect(audit[1]).toMatchObject({
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
});
