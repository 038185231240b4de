/**
 * Practice calls ring like real ones: starting a run places the scenario's caller as a routed call in
 * the trainee's sandbox, offered to that trainee alone (never to a live operator, never counted in a
 * live queue); accepting it pops the scripted caller. Real server, real sockets, both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeRun } from '../../shared/api/practice';
import type { CallOfferedPayload, MyCall } from '../../shared/api/routing';
import { login, type Session } from '../support/api-client';
import { FloorSocket } from '../support/floor-client';
import { waitFor } from '../support/socket-client';
import { openTestKysely } from '../support/test-kysely';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let trainee: Session;
let operator: Session;
let lead: Session;

beforeAll(async () => {
  server = await startTestServer({ TELEPHONY_TOKEN: 'practice-test-token', OFFER_TIMEOUT_SECONDS: '60' });
  [trainee, operator, lead] = await Promise.all([
    login(server.url, 'trainee2'),
    login(server.url, 'operator9'),
    login(server.url, 'lead1'),
  ]);
});

afterAll(async () => {
  await server?.close();
});

/** A console that records every offer it is made, listening before anything can ring. */
async function ringingConsole(session: Session) {
  const offers: CallOfferedPayload[] = [];
  const socket = await FloorSocket.connect(server.url, session.token);
  socket.socket.on('call:offered', (offer) => offers.push(offer));
  await socket.waitForStatus((s) => s.state === 'available', 'available');
  return { socket, offers };
}

describe("a practice run's caller", () => {
  it('rings the trainee alone, in the sandbox, and pops the scripted caller on accept', async () => {
    const live = await ringingConsole(operator);
    const practice = await ringingConsole(trainee);
    const db = openTestKysely(server.databaseUrl, { readOnly: true });
    try {
      const started = await trainee.api.post<PracticeRun>('/api/practice/runs', {
        scenarioId: 'minor-passport-both-parents',
      });
      expect(started.status).toBe(201);

      const offer = await waitFor(() => practice.offers[0], 10_000, "the practice caller's offer");
      expect(offer).toMatchObject({ from: '+13235550187', language: 'es', direction: 'inbound' });
      const row = await db
        .selectFrom('routed_calls')
        .selectAll()
        .where('id', '=', offer.callId)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        sandbox: `practice:${trainee.user.id}`,
        provider: 'practice',
        provider_call_id: started.body.id,
        target_operator_id: trainee.user.id,
      });

      // Never a live operator's call, nor a live queue's caller.
      const queues = await lead.api.get<{ items: { id: string; waiting?: number }[] }>('/api/floor/queues');
      expect(queues.status).toBe(200);
      const waitingLive = queues.body.items.reduce((sum, q) => sum + (q.waiting ?? 0), 0);
      expect(waitingLive).toBe(0);

      const accepted = await trainee.api.post<MyCall>(`/api/offers/${offer.offerId}/accept`);
      expect(accepted.status).toBe(200);
      const mine = await trainee.api.get<MyCall>('/api/me/call');
      expect(mine.status).toBe(200);
      expect(mine.body).toMatchObject({ callId: offer.callId, status: 'connected', from: '+13235550187' });
      // The scenario's registered caller, in the trainee's sandbox, is the one match: the screen pop.
      expect(mine.body.matches).toHaveLength(1);
      expect(mine.body.matches[0]).toMatchObject({ phone: '+13235550187' });
      expect(live.offers).toEqual([]);
      expect((await operator.api.get('/api/me/call')).status).toBe(204);
    } finally {
      live.socket.close();
      practice.socket.close();
      await db.destroy();
    }
  });

  it('hangs up when the next run starts, so only the new caller rings', async () => {
    const first = await trainee.api.post<PracticeRun>('/api/practice/runs', {
      scenarioId: 'arizona-matricula-tucson',
    });
    const second = await trainee.api.post<PracticeRun>('/api/practice/runs', {
      scenarioId: 'english-only-first-passport',
    });
    expect([first.status, second.status]).toEqual([201, 201]);
    const db = openTestKysely(server.databaseUrl, { readOnly: true });
    try {
      const rows = await db
        .selectFrom('routed_calls')
        .select(['provider_call_id', 'status', 'from_number', 'language'])
        .where('provider', '=', 'practice')
        .where('provider_call_id', 'in', [first.body.id, second.body.id])
        .execute();
      const byRun = new Map(rows.map(({ provider_call_id, ...rest }) => [provider_call_id, rest]));
      expect(byRun.get(first.body.id)).toEqual({
        status: 'abandoned',
        from_number: '+15205550119',
        language: 'es',
      });
      expect(byRun.get(second.body.id)).toEqual({
        status: 'waiting',
        from_number: '+14045550168',
        language: 'en',
      });
    } finally {
      await db.destroy();
    }
  });
});
