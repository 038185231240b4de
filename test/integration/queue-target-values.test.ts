/**
 * A queue's service level target is a whole percent: what the lead's console sends (0.57 for 57 %) is
 * kept, and a share no console sends (5e-286, which PostgreSQL's `real` cannot hold) is refused with a
 * 400 naming the field instead of a 500. Found by the OpenAPI fuzz on PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { QueueLoad } from '../../shared/api/floor/queues';
import { expectError, login, type Session } from '../support/api-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let lead: Session;

beforeAll(async () => {
  server = await startTestServer();
  lead = await login(server.url, 'lead1');
});

afterAll(async () => {
  await server?.close();
});

const setTarget = (queueId: string, serviceLevelTarget: number) =>
  lead.api.request<QueueLoad>('PUT', `/api/floor/queues/${queueId}/target`, { body: { serviceLevelTarget } });

it('keeps a whole percent and refuses a share no percent is', async () => {
  const queues = await lead.api.get<{ items: QueueLoad[] }>('/api/floor/queues');
  const queueId = queues.body.items[0]!.id;
  for (const target of [0, 0.57, 1]) {
    const response = await setTarget(queueId, target);
    expect(response.status).toBe(200);
    expect(response.body.serviceLevelTarget).toBeCloseTo(target, 6);
  }
  for (const target of [5.867139329144047e-286, 1e-300, 0.575, 0.333333]) {
    const error = expectError(await setTarget(queueId, target), 400, 'invalid_request');
    expect(error.error.message).toContain('serviceLevelTarget');
  }
  const after = await lead.api.get<{ items: QueueLoad[] }>('/api/floor/queues');
  expect(after.body.items.find((q) => q.id === queueId)?.serviceLevelTarget).toBeCloseTo(1, 6);
});
