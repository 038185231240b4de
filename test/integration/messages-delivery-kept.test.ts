/**
 * The embedded default: no SMTP_URL and no SMS sender. Nothing is dropped: every message is kept in
 * the database, and a lead reads it (newest first, by status, page after page); operators may not.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MessageList, OutboundMessage } from '../../shared/api/messages';
import { expectError, login, type Session } from '../support/api-client';
import {
  emailRow,
  messageQueueClient,
  smsRow,
  type MessageQueueClient,
} from '../support/message-queue-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let queue: MessageQueueClient;
let lead: Session;

async function listUntil(path: string, done: (list: MessageList) => boolean): Promise<MessageList> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await lead.api.get<MessageList>(path);
    expect(response.status).toBe(200);
    if (done(response.body)) return response.body;
    if (Date.now() > deadline) throw new Error(`not yet: ${JSON.stringify(response.body.counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  server = await startTestServer({ MESSAGE_POLL_MS: '50' });
  queue = messageQueueClient(server.databaseUrl);
  lead = await login(server.url, 'lead1');
});

afterAll(async () => {
  await queue?.close();
  await server?.close();
});

it('without SMTP_URL or an SMS sender, e-mails and SMS are kept, with the reason, and a lead reads them', async () => {
  const base = Date.now();
  // Created a second apart, so "newest first" is a fact of the data, not of insertion order.
  const rows = Array.from({ length: 5 }, (_, i) =>
    (i % 2 === 0 ? emailRow : smsRow)({ createdAt: new Date(base - (5 - i) * 1000).toISOString() }),
  );
  await queue.enqueue(rows);
  const list = await listUntil('/api/messages?status=kept', (l) => l.items.length >= 5);
  expect(list.counts.kept).toBe(5);
  expect(list.counts.queued).toBe(0);
  expect(list.items.map((m) => m.text)).toEqual(rows.map((r) => r.text).reverse());
  const email = list.items.find((m) => m.channel === 'email')!;
  expect(email.lastError).toMatch(/SMTP_URL/);
  expect(email.calendar).toContain('BEGIN:VCALENDAR');
  expect(email.subject).not.toBeNull();
  const sms = list.items.find((m) => m.channel === 'sms')!;
  expect(sms.lastError).toMatch(/TWILIO_SMS_FROM/);
  expect(sms).toMatchObject({ attempts: 0, sentAt: null, nextAttemptAt: null });

  // One message, and pages: two at a time, the second page after the first's last.
  const one = await lead.api.get<OutboundMessage>(`/api/messages/${email.id}`);
  expect(one.status).toBe(200);
  expect(one.body).toEqual(email);
  const first = await lead.api.get<MessageList>('/api/messages?status=kept&limit=2');
  const second = await lead.api.get<MessageList>(
    `/api/messages?status=kept&limit=2&before=${first.body.items.at(-1)!.id}`,
  );
  expect([...first.body.items, ...second.body.items].map((m) => m.id)).toEqual(
    list.items.slice(0, 4).map((m) => m.id),
  );
});

it('answers 404 for a message that does not exist, 400 for a page after one that does not', async () => {
  expectError(await lead.api.get('/api/messages/msg_doesnotexist000000000'), 404, 'not_found');
  expectError(await lead.api.get('/api/messages?before=msg_doesnotexist000000000'), 400, 'invalid_request');
  expectError(await lead.api.get('/api/messages?status=lost'), 400, 'invalid_request');
});

it('an operator may not read them (403)', async () => {
  const operator = await login(server.url, 'operator2');
  expectError(await operator.api.get('/api/messages'), 403, 'forbidden');
  expectError(await operator.api.get('/api/messages/msg_doesnotexist000000000'), 403, 'forbidden');
});
