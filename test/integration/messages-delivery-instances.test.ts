/**
 * Two instances on one PostgreSQL database, each running its worker: 300 queued e-mails are
 * delivered exactly once between them (leases taken with FOR UPDATE SKIP LOCKED), and both send.
 * PostgreSQL only: two instances on one SQLite file is not a supported deployment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app';
import { startClusterInstance } from '../support/cluster-instance';
import { emailRow, messageQueueClient, type MessageQueueClient } from '../support/message-queue-client';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { needs } from '../support/services/needs';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox';
import { testDialect } from '../support/test-dialect';

const MESSAGES = 300;
const onPostgres = testDialect() === 'postgres';
const REDIS_KEY = `test-messages-${process.pid}-${Date.now()}`;

let database: ScratchDatabase;
let inbox: SmtpInbox;
let queue: MessageQueueClient;
const instances: RunningServer[] = [];

describe.skipIf(!onPostgres)(
  'two instances share the queue (integration-pg: one SQLite file has one instance)',
  () => {
    needs('redis').describe('on one PostgreSQL', () => {
      beforeAll(async () => {
        database = scratchDatabase('postgres');
        inbox = await startSmtpInbox({ parse: false });
        const env = { SMTP_URL: inbox.url, MESSAGE_POLL_MS: '20', MESSAGE_BATCH: '10' };
        // One after the other: the first migrates and seeds, the second finds it done.
        instances.push(await startClusterInstance(database.url, REDIS_KEY, 'messages-a', env));
        instances.push(await startClusterInstance(database.url, REDIS_KEY, 'messages-b', env));
        queue = messageQueueClient(database.url);
      });

      afterAll(async () => {
        await queue?.close();
        for (const instance of instances) await instance.close();
        await inbox?.close();
        await database?.drop();
      });

      it('delivers each of 300 queued e-mails exactly once, both instances sending', async () => {
        const rows = Array.from({ length: MESSAGES }, (_, i) =>
          emailRow({ recipient: `caller${i}@example.com` }),
        );
        await queue.enqueue(rows);
        const deadline = Date.now() + 30_000;
        while (inbox.envelopes.length < MESSAGES && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 50));
        await new Promise((resolve) => setTimeout(resolve, 500));

        const ids = (await queue.db.selectFrom('outbound_messages').select('id').execute()).map((r) => r.id);
        expect(inbox.envelopes.map((e) => e.messageId).sort()).toEqual(
          ids.map((id) => `<${id}@miconsulado.example>`).sort(),
        );
        const settled = await queue.db
          .selectFrom('outbound_messages')
          .select(['status', 'attempts', 'provider_message_id'])
          .execute();
        expect(settled.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);

        // Both workers took part (lease_owner stays on a settled row: the instance that sent it).
        const owners = await queue.db
          .selectFrom('outbound_messages')
          .select(['lease_owner', (eb) => eb.fn.countAll<string>().as('n')])
          .groupBy('lease_owner')
          .execute();
        expect(owners.map((o) => o.lease_owner).sort()).toEqual(['messages-a', 'messages-b']);
      });
    });
  },
);
