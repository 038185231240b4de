import type { Kysely } from 'kysely';
import type { Clock } from '../../../kernel/clock';
import { appendAudit } from '../../../platform/audit/audit-log';
import type { SqlDialect } from '../../../platform/db/dialect';
import type { Database, OutboundMessageRow } from '../../../platform/db/schema';
import type { MessageChannel } from '../../../../shared/api/messages';
import { asDeliveryError, type DeliveryError, type MessageSender } from '../delivery/message-sender';
import {
  leaseDueMessages,
  settleMessage,
  stillBookedReservations,
  type MessageOutcome,
} from './outbound-message-repository';
import { afterTemporaryFailure, type RetryPolicy } from './retry-schedule';
import { enqueuedCount } from './message-queue';

export interface MessageWorkerOptions {
  db: Kysely<Database>;
  dialect: SqlDialect;
  clock: Clock;
  /** This instance's name: the lease owner. */
  instanceId: string;
  /** The configured senders by channel; a channel without one keeps its messages (`kept`). */
  senders: Partial<Record<MessageChannel, MessageSender>>;
  pollMs: number;
  batch: number;
  leaseMs: number;
  retry: RetryPolicy;
  random?: () => number;
  onError(error: unknown, what: string): void;
}

export interface MessageWorker {
  start(): void;
  /** Runs a pass soon (a message was queued here, or a test asks). */
  wake(): void;
  /** After a unit of work: wakes the worker if that work queued messages in this process. */
  wakeIfEnqueued(): void;
  /** One pass, for tests and benchmarks: leases, sends and settles up to a batch; answers how many. */
  runOnce(): Promise<number>;
  /** Stops polling; in-flight sends finish and are settled, then the senders close. */
  stop(): Promise<void>;
}

/**
 * Sends one instance has in flight per channel: twenty for each of the SMTP pool's 5 connections
 * (fewer leave the pool idle between turns: 10,000 e-mails went out at a third of nodemailer's own
 * rate with 25). At a slow server's one message a second the last waits 20 s, well before its
 * lease's last quarter, when it would be left to run out rather than sent.
 */
const SENDS_IN_FLIGHT = 100;

/** At most `max` of the functions run at once; the others wait their turn, in order. */
function slots(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/** Passes one instance runs at once (see kick). */
const PARALLEL_PASSES = 4;

const NO_SENDER: Record<MessageChannel, string> = {
  email: 'No e-mail sender is configured (SMTP_URL): kept for the leads to read.',
  sms: 'No SMS sender is configured (TWILIO_SMS_FROM or TWILIO_MESSAGING_SERVICE_SID): kept for the leads to read.',
};

/**
 * Sends the queued messages, on every instance: leases due rows, sends them outside any
 * transaction, and settles each one — `sent`, back to `queued` with a backed-off time after a
 * temporary failure (`failed` once MESSAGE_MAX_ATTEMPTS are spent), `failed` at once when the
 * server refused it for good, `kept` when its channel has no sender, `skipped` when a reminder no
 * longer applies. An instance that dies mid-send leaves leases that run out: its rows are sent
 * again by whoever leases them next (at least once; the e-mail's Message-ID is the row's, so a
 * repeat is recognisable).
 */
export function createMessageWorker(options: MessageWorkerOptions): MessageWorker {
  const { db, clock } = options;
  const random = options.random ?? Math.random;
  let timer: NodeJS.Timeout | null = null;
  const running = new Set<Promise<void>>();
  let again = false;
  let started = false;
  let stopped = false;
  let lastEnqueued = enqueuedCount();
  /**
   * A channel whose server could not be reached at all in a pass (every attempt of that channel
   * failed so) rests: its rows are not leased until then, so an outage costs one batch of attempts
   * per rest rather than an attempt of every queued row. Rests grow like a message's retries.
   */
  const resting = new Map<MessageChannel, { until: number; times: number }>();

  async function settle(outcomes: MessageOutcome[], rows: Map<string, OutboundMessageRow>) {
    const final = outcomes.filter((o) => o.status === 'failed' || o.status === 'skipped');
    const routine = outcomes.filter((o) => o.status !== 'failed' && o.status !== 'skipped');
    if (routine.length > 0)
      await db.transaction().execute(async (trx) => {
        for (const outcome of routine) await settleMessage(trx, options.instanceId, outcome);
      });
    // A message given up on, or not sent, is recorded in the audit log with the row that says so.
    for (const outcome of final)
      await db.transaction().execute(async (trx) => {
        if (!(await settleMessage(trx, options.instanceId, outcome))) return;
        const row = rows.get(outcome.id)!;
        await appendAudit(
          trx,
          clock(),
          null,
          outcome.status === 'failed' ? 'message.failed' : 'message.skipped',
          { type: 'message', id: outcome.id },
          {
            kind: row.kind,
            channel: row.channel,
            appointmentId: row.appointment_id,
            reason: outcome.status === 'failed' ? outcome.error : outcome.reason,
          },
        );
      });
  }

  /** `outcome` null: not sent, its lease too near its end; left to run out (the row is due again then). */
  type Delivered = { outcome: MessageOutcome | null; failure: DeliveryError | null };

  /**
   * Sends in flight per channel: the rest of the leased rows wait here rather than in the sender's
   * own queue, so each one's lease is looked at just before it goes out.
   */
  const inFlight: Record<MessageChannel, ReturnType<typeof slots>> = {
    email: slots(SENDS_IN_FLIGHT),
    sms: slots(SENDS_IN_FLIGHT),
  };

  async function deliver(row: OutboundMessageRow, sender: MessageSender): Promise<Delivered> {
    // A send that starts this late could end after the lease, when another instance may send it too.
    if (clock().getTime() > Date.parse(row.lease_until!) - options.leaseMs / 4)
      return { outcome: null, failure: null };
    try {
      const { providerId } = await sender.send({
        id: row.id,
        channel: row.channel,
        recipient: row.recipient,
        language: row.language,
        subject: row.subject,
        text: row.text,
        html: row.html,
        calendar: row.calendar,
        calendarMethod: row.calendar_method,
      });
      return {
        outcome: { id: row.id, status: 'sent', providerId, at: clock().toISOString() },
        failure: null,
      };
    } catch (thrown) {
      const error = asDeliveryError(thrown);
      if (error.permanent)
        return { outcome: { id: row.id, status: 'failed', error: error.message }, failure: error };
      const now = clock().getTime();
      const attempts = row.attempts + 1;
      const next = afterTemporaryFailure(options.retry, attempts, now - Date.parse(row.created_at), random());
      const outcome: MessageOutcome =
        'giveUp' in next
          ? {
              id: row.id,
              status: 'failed',
              error: `Not accepted after ${attempts} attempts; the last: ${error.message}`,
            }
          : {
              id: row.id,
              status: 'queued',
              error: error.message,
              nextAttemptAt: new Date(now + next.retryInMs).toISOString(),
            };
      return { outcome, failure: error };
    }
  }

  /** After a pass: a channel all of whose attempts found no server rests; one that got through wakes. */
  function restIfUnreachable(channel: MessageChannel, results: Delivered[]) {
    if (results.length === 0) return;
    if (!results.every((r) => r.failure?.unreachable === true)) {
      resting.delete(channel);
      return;
    }
    const times = (resting.get(channel)?.times ?? 0) + 1;
    const ceiling = Math.min(options.retry.capMs, options.retry.baseMs * 2 ** Math.min(times - 1, 30));
    resting.set(channel, { until: Date.now() + ceiling / 2 + (ceiling / 2) * random(), times });
  }

  async function pass(): Promise<number> {
    const now = clock();
    const rests = [...resting].filter(([, rest]) => rest.until > Date.now()).map(([channel]) => channel);
    const rows = await leaseDueMessages(
      db,
      options.dialect,
      options.instanceId,
      now.toISOString(),
      new Date(now.getTime() + options.leaseMs).toISOString(),
      options.batch,
      rests,
    );
    if (rows.length === 0) return 0;
    const conditional = rows.filter((r) => r.only_if_still_booked === 1 && r.reservation_id !== null);
    const booked = await stillBookedReservations(
      db,
      conditional.map((r) => r.reservation_id!),
    );
    const attempts: Record<MessageChannel, Promise<Delivered>[]> = { email: [], sms: [] };
    const outcomes = await Promise.all(
      rows.map((row): MessageOutcome | Promise<MessageOutcome | null> => {
        if (
          row.only_if_still_booked === 1 &&
          (row.reservation_id === null || !booked.has(row.reservation_id))
        )
          return {
            id: row.id,
            status: 'skipped',
            reason:
              'The appointment is no longer booked (cancelled, rescheduled, lapsed, or its day closed).',
          };
        const sender = options.senders[row.channel];
        if (!sender) return { id: row.id, status: 'kept', reason: NO_SENDER[row.channel] };
        const delivery = inFlight[row.channel](() => deliver(row, sender));
        attempts[row.channel].push(delivery);
        return delivery.then((d) => d.outcome);
      }),
    );
    for (const channel of ['email', 'sms'] as const)
      restIfUnreachable(
        channel,
        (await Promise.all(attempts[channel])).filter((d) => d.outcome !== null),
      );
    await settle(
      outcomes.filter((o): o is MessageOutcome => o !== null),
      new Map(rows.map((r) => [r.id, r])),
    );
    return rows.length;
  }

  function schedule() {
    if (stopped || !started) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(kick, options.pollMs);
    timer.unref();
  }

  /**
   * Passes running at once (each its own leased batch): while one waits for its slowest message,
   * the others keep the sender's connections busy. A pass that found a full batch starts another.
   */
  function kick() {
    if (stopped) return;
    if (running.size >= PARALLEL_PASSES) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = null;
    const loop: Promise<void> = (async () => {
      let more = true;
      while (more && !stopped) {
        again = false;
        try {
          const leased = await pass();
          // A full batch: more may be due at once, and another pass may take some meanwhile.
          if (leased >= options.batch && running.size < PARALLEL_PASSES) queueMicrotask(kick);
          more = leased >= options.batch || again;
        } catch (error) {
          options.onError(error, 'sending queued messages');
          more = false;
        }
      }
    })().finally(() => {
      running.delete(loop);
      if (running.size === 0) schedule();
    });
    running.add(loop);
  }

  return {
    start() {
      started = true;
      kick();
    },
    wake: () => {
      if (started) kick();
    },
    wakeIfEnqueued() {
      const count = enqueuedCount();
      if (count === lastEnqueued) return;
      lastEnqueued = count;
      if (started) kick();
    },
    runOnce: () => pass(),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await Promise.all([...running]);
      await Promise.all(
        Object.values(options.senders).map((sender) =>
          sender
            .close()
            .catch((error: unknown) => options.onError(error, `closing the ${sender.channel} sender`)),
        ),
      );
    },
  };
}
