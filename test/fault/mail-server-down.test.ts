/**
 * The mail server goes away in the middle of a batch and stays away through several retries, then
 * comes back: every queued e-mail arrives exactly once (by its Message-ID), none lost, none doubled,
 * and the queue records the attempts each one took. On SQLite, and on PostgreSQL where it answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import type { SqlDialect } from '../../server/platform/db/dialect';
import { emailRow, messageQueueClient, type MessageQueueClient } from '../support/message-queue-client';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { needs } from '../support/services/needs';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox';
import { DEFAULT_TEST_ENV } from '../support/test-server';

const MESSAGES = 150;
/** The inbox goes down right after accepting this many. */
const DOWN_AFTER = 30;
/**
 * …and stays down this long. With a 100 ms base the worker rests the channel 50–100 ms, then
 * 100–200 ms… after each batch that found no server: about six batches of 50 in the outage, so
 * each of the 120 waiting messages is tried about twice meanwhile.
 */
const OUTAGE_MS = 4_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let inbox: SmtpInbox | undefined;
let server: RunningServer | undefined;
let database: ScratchDatabase | undefined;
let queue: MessageQueueClient | undefined;

afterEach(async () => {
  await queue?.close();
  await server?.close();
  await inbox?.close();
  await database?.drop();
  [queue, server, inbox, database] = [undefined, undefined, undefined, undefined];
});

async function outage(dialect: SqlDialect) {
  inbox = await startSmtpInbox({ parse: false });
  database = scratchDatabase(dialect);
  server = await startServer(
    loadConfig({
      ...DEFAULT_TEST_ENV,
      SEED_APPLICANTS: '0',
      DATABASE_URL: database.url,
      SMTP_URL: inbox.url,
      MESSAGE_POLL_MS: '50',
      MESSAGE_RETRY_BASE_MS: '100',
      MESSAGE_MAX_ATTEMPTS: '30',
      MESSAGE_BATCH: '50',
    }),
    { log: () => {} },
  );
  queue = messageQueueClient(database.url);

  inbox.downAfter(DOWN_AFTER);
  const rows = Array.from({ length: MESSAGES }, (_, i) => emailRow({ recipient: `caller${i}@example.com` }));
  await queue.enqueue(rows);
  const ids = (await queue.db.selectFrom('outbound_messages').select('id').execute()).map((r) => r.id);
  expect(ids).toHaveLength(MESSAGES);

  // Down mid-batch: some accepted, the rest waiting for retries.
  const deadline = Date.now() + 20_000;
  while (inbox.isUp() && Date.now() < deadline) await pause(10);
  expect(inbox.isUp()).toBe(false);
  const acceptedBeforeOutage = inbox.envelopes.length;
  expect(acceptedBeforeOutage).toBeGreaterThanOrEqual(DOWN_AFTER);
  expect(acceptedBeforeOutage).toBeLessThan(MESSAGES);
  await pause(OUTAGE_MS);
  const during = await queue.db
    .selectFrom('outbound_messages')
    .select(['status', 'attempts', 'last_error'])
    .where('status', '=', 'queued')
    .execute();
  // Still queued, with the failed attempts counted and the reason kept; none given up.
  expect(during.length).toBe(MESSAGES - acceptedBeforeOutage);
  expect(Math.max(...during.map((r) => r.attempts))).toBeGreaterThanOrEqual(2);
  // Tried, but not hammered: a batch per rest, not every message on every poll (50 ms).
  const attemptsDuring = during.reduce((sum, r) => sum + r.attempts, 0);
  expect(attemptsDuring).toBeGreaterThanOrEqual(during.length);
  expect(attemptsDuring).toBeLessThan((OUTAGE_MS / 50) * 50);
  expect(during.every((r) => r.last_error !== null)).toBe(true);
  expect(inbox.envelopes.length).toBe(acceptedBeforeOutage);

  await inbox.up();
  const until = Date.now() + 60_000;
  while (inbox.envelopes.length < MESSAGES && Date.now() < until) await pause(50);
  await pause(500);

  // Exactly once, by Message-ID: every row's, no other, none twice.
  const received = inbox.envelopes.map((e) => e.messageId);
  const expected = ids.map((id) => `<${id}@miconsulado.example>`).sort();
  expect([...received].sort()).toEqual(expected);

  const settled = await queue.db.selectFrom('outbound_messages').select(['status', 'attempts']).execute();
  expect(settled.filter((r) => r.status !== 'sent')).toEqual([]);
  const retried = settled.filter((r) => r.attempts > 1);
  expect(retried.length).toBe(MESSAGES - acceptedBeforeOutage);
  expect(settled.filter((r) => r.attempts === 1).length).toBe(acceptedBeforeOutage);
}

describe('the mail server down mid-batch', () => {
  it('SQLite: every message arrives exactly once after it comes back, attempts recorded', () =>
    outage('sqlite'));
  needs('postgres').it(
    'PostgreSQL: every message arrives exactly once after it comes back, attempts recorded',
    () => outage('postgres'),
  );
});
