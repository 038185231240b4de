import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import { emailRow } from '../../../../test/support/message-queue-client';
import { startSmtpInbox, type SmtpInbox } from '../../../../test/support/smtp-inbox';
import { openTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { createSmtpSender } from '../delivery/smtp-sender';
import { enqueueMessages } from './message-queue';
import { createMessageWorker, type MessageWorker } from './message-worker';
import { leaseDueMessages } from './outbound-message-repository';
import { RETRY_CAP_MS } from './retry-schedule';

const T0 = new Date('2027-03-14T09:30:00.000Z');
const HOUR = 3_600_000;

let t: TestDatabase;
let inbox: SmtpInbox;
let worker: MessageWorker | undefined;
let now: Date;

function startWorker(pollMs: number, clock: () => Date = () => now) {
  worker = createMessageWorker({
    db: t.db,
    dialect: t.dialect,
    clock,
    instanceId: 'live-instance',
    senders: { email: createSmtpSender({ url: inbox.url, from: 'MiConsulado <citas@miconsulado.example>' }) },
    pollMs,
    batch: 10,
    leaseMs: 60_000,
    retry: { baseMs: 2000, capMs: RETRY_CAP_MS, maxAttempts: 8, giveUpAfterMs: 24 * HOUR },
    onError: (error) => {
      throw error;
    },
  });
  return worker;
}

describeEachDialect('the message worker', (dialect) => {
  beforeEach(async () => {
    now = T0;
    t = await openTestDatabase({ dialect });
    inbox = await startSmtpInbox();
  });

  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
    await inbox.close();
    await t.cleanup();
  });

  it('a lease held by an instance that died is respected until it runs out, then the message is sent by another', async () => {
    const row = emailRow({}, T0);
    await t.transact((trx) => enqueueMessages(trx, [row]));
    // Another instance leased it for 60 s at T0, then died mid-send.
    const leased = await leaseDueMessages(
      t.db,
      dialect,
      'dead-instance',
      T0.toISOString(),
      new Date(T0.getTime() + 60_000).toISOString(),
      10,
    );
    expect(leased).toHaveLength(1);

    const live = startWorker(HOUR);
    now = new Date(T0.getTime() + 59_000);
    expect(await live.runOnce()).toBe(0);
    expect(inbox.envelopes).toHaveLength(0);

    now = new Date(T0.getTime() + 61_000);
    expect(await live.runOnce()).toBe(1);
    const [mail] = await inbox.waitFor(1);
    expect(mail!.messageId).toBe(`<${leased[0]!.id}@miconsulado.example>`);
    const settled = await t.db
      .selectFrom('outbound_messages')
      .select(['status', 'lease_owner', 'attempts', 'sent_at'])
      .executeTakeFirstOrThrow();
    expect(settled).toEqual({
      status: 'sent',
      lease_owner: 'live-instance',
      attempts: 1,
      sent_at: now.toISOString(),
    });
  });

  it('a message whose lease is nearly over when its turn to send comes is not sent: left to run out, then sent once', async () => {
    await t.transact((trx) => enqueueMessages(trx, [emailRow({}, T0)]));
    // Leased at T0 for 60 s; by the time its send would start the clock says T0 + 50 s.
    let reads = 0;
    const live = startWorker(HOUR, () => (reads++ === 0 ? T0 : new Date(T0.getTime() + 50_000)));
    expect(await live.runOnce()).toBe(1);
    expect(inbox.envelopes).toHaveLength(0);
    expect(
      await t.db
        .selectFrom('outbound_messages')
        .select(['status', 'attempts', 'next_attempt_at'])
        .executeTakeFirstOrThrow(),
    ).toEqual({
      status: 'queued',
      attempts: 0,
      next_attempt_at: new Date(T0.getTime() + 60_000).toISOString(),
    });
    await live.stop();
    now = new Date(T0.getTime() + 61_000);
    expect(await startWorker(HOUR).runOnce()).toBe(1);
    expect(await inbox.waitFor(1)).toHaveLength(1);
  });

  it('a message not due yet (a reminder) waits for its time', async () => {
    await t.transact((trx) =>
      enqueueMessages(trx, [emailRow({ notBefore: new Date(T0.getTime() + 48 * HOUR).toISOString() }, T0)]),
    );
    const live = startWorker(HOUR);
    expect(await live.runOnce()).toBe(0);
    now = new Date(T0.getTime() + 48 * HOUR);
    expect(await live.runOnce()).toBe(1);
    expect(await inbox.waitFor(1)).toHaveLength(1);
  });

  it('a message queued on this instance is sent when its unit of work ends, not at the next poll (an hour away)', async () => {
    const live = startWorker(HOUR);
    live.start();
    // The start's pass finds nothing; the next poll is an hour away.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await t.transact((trx) => enqueueMessages(trx, [emailRow({}, T0)])).finally(() => live.wakeIfEnqueued());
    expect(await inbox.waitFor(1, 10_000)).toHaveLength(1);
  });
});
