/**
 * The monthly release: a burst of 10,000 bookings, each queuing its confirmation e-mail in its own
 * transaction (as the booking commands do), delivered by the message worker through nodemailer to
 * a real SMTP server in this process. Measured: queued (the booking's commit) → accepted by the
 * SMTP server, p50/p99, and throughput; against nodemailer sending the same 10,000 messages
 * directly (the same pooled transport settings), measured in the same run.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import { systemClock } from '../../server/kernel/clock';
import { createMessagesRuntime, createSmtpSender } from '../../server/modules/messages';
import { enqueueMessages } from '../../server/modules/messages/queue/message-queue';
import type { NewOutboundMessage } from '../../server/modules/messages/message-types';
import { openDatabase } from '../../server/platform/db/database';
import { migrateToLatest } from '../../server/platform/db/migrate';
import { loadConfig } from '../../server/platform/config';
import { startSmtpInbox, type AcceptedEnvelope } from '../../test/support/smtp-inbox';
import { figure, type BenchFigure } from '../lib/figures';
import { summarize } from '../lib/stats';

const BENCH = 'messages';
/** Bookings in flight at once while the burst is queued (operators and the release's web clients). */
const CONCURRENT_BOOKINGS = 64;

export interface MessagesBenchOptions {
  dir: string;
  messages: number;
  log?: (line: string) => void;
}

function message(i: number, now: Date): NewOutboundMessage {
  const code = `MC${String(i).padStart(6, '0')}`;
  return {
    dedupeKey: `bench:${i}`,
    sandbox: 'live',
    kind: 'booked',
    channel: 'email',
    recipient: `applicant${i}@example.com`,
    language: i % 3 === 0 ? 'en' : 'es',
    subject: `Cita confirmada ${code} — Consulado de México en Los Ángeles`,
    text: `Su cita está confirmada para el jueves 21 de enero de 2027 a las 9:00 (hora del Pacífico).\nCódigo de confirmación: ${code}.\nDirección: 2401 W 6th St, Los Angeles, CA 90057.\nTraiga: identificación oficial, comprobante de domicilio.\n`,
    html: `<p>Su cita está confirmada para el <strong>jueves 21 de enero de 2027 a las 9:00</strong>.</p><p>Código: <strong>${code}</strong></p>`,
    calendar: [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//MiConsulado//Citas//ES',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      `UID:apt_${i}@miconsulado`,
      'SEQUENCE:0',
      'DTSTAMP:20270104T150000Z',
      'DTSTART;TZID=America/Los_Angeles:20270121T090000',
      'DTEND;TZID=America/Los_Angeles:20270121T093000',
      'SUMMARY:Cita consular',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
    calendarMethod: 'REQUEST',
    reservationId: null,
    appointmentId: null,
    notBefore: now.toISOString(),
    onlyIfStillBooked: false,
    createdAt: now.toISOString(),
  };
}

async function waitUntil(done: () => boolean, timeoutMs: number, what: string) {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`${what}: not done within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** nodemailer alone: every message handed to one pooled transport at once. */
async function direct(rows: NewOutboundMessage[], log: (line: string) => void) {
  const accepted = new Map<string, number>();
  const inbox = await startSmtpInbox({
    parse: false,
    onAccepted: (e: AcceptedEnvelope) => accepted.set(e.messageId ?? '', performance.now()),
  });
  const transport = nodemailer.createTransport({
    pool: true,
    url: inbox.url,
    maxConnections: 5,
    maxMessages: 1000,
  });
  try {
    const handed = new Map<string, number>();
    const started = performance.now();
    await Promise.all(
      rows.map((row, i) => {
        const messageId = `<direct${i}@miconsulado.example>`;
        handed.set(messageId, performance.now());
        return transport.sendMail({
          from: 'MiConsulado <citas@miconsulado.example>',
          to: row.recipient,
          subject: row.subject!,
          text: row.text,
          html: row.html!,
          messageId,
          icalEvent: { method: 'REQUEST', filename: 'cita.ics', content: row.calendar! },
        });
      }),
    );
    await waitUntil(() => accepted.size >= rows.length, 600_000, 'direct sends');
    const seconds = (Math.max(...accepted.values()) - started) / 1000;
    const latencies = [...handed].map(([id, at]) => accepted.get(id)! - at);
    log(`direct: ${rows.length} in ${seconds.toFixed(2)} s`);
    return { latency: summarize(latencies), throughput: rows.length / seconds, seconds };
  } finally {
    transport.close();
    await inbox.close();
  }
}

/** Through the queue: committed bookings' rows, the worker, the SMTP sender. */
async function queued(dir: string, rows: NewOutboundMessage[], log: (line: string) => void) {
  const accepted = new Map<string, number>();
  const inbox = await startSmtpInbox({
    parse: false,
    onAccepted: (e: AcceptedEnvelope) => accepted.set(e.messageId ?? '', performance.now()),
  });
  const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'messages-bench.sqlite')}` });
  const database = await openDatabase(config.DATABASE_URL, { log: () => {} });
  await migrateToLatest(database.db as never, database.dialect);
  const runtime = createMessagesRuntime({
    db: database.db,
    dialect: database.dialect,
    clock: systemClock,
    instanceId: 'bench',
    senders: { email: createSmtpSender({ url: inbox.url, from: config.MAIL_FROM }) },
    delivery: {
      pollMs: config.MESSAGE_POLL_MS,
      batch: config.MESSAGE_BATCH,
      leaseMs: config.MESSAGE_LEASE_MS,
      maxAttempts: config.MESSAGE_MAX_ATTEMPTS,
      retryBaseMs: config.MESSAGE_RETRY_BASE_MS,
      giveUpAfterMs: config.MESSAGE_GIVE_UP_HOURS * 3_600_000,
    },
    onError: (error, what) => log(`${what}: ${String(error)}`),
  });
  // As app.ts wires it: a unit of work that queued messages wakes this instance's worker as it ends.
  const transact = <T>(work: Parameters<typeof database.transact<T>>[0]) =>
    database.transact(work).finally(() => runtime.worker.wakeIfEnqueued());
  runtime.worker.start();
  try {
    const committed = new Map<number, number>();
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENT_BOOKINGS }, async () => {
        while (next < rows.length) {
          const i = next++;
          await transact((trx) => enqueueMessages(trx, [rows[i]!]));
          committed.set(i, performance.now());
        }
      }),
    );
    const queuedSeconds = (performance.now() - started) / 1000;
    log(`queued ${rows.length} in ${queuedSeconds.toFixed(2)} s`);
    await waitUntil(() => accepted.size >= rows.length, 600_000, 'queued sends');
    const seconds = (Math.max(...accepted.values()) - started) / 1000;
    const ids = await database.db
      .selectFrom('outbound_messages')
      .select(['id', 'dedupe_key', 'status'])
      .execute();
    const latencies = ids.map((r) => {
      const at = accepted.get(`<${r.id}@miconsulado.example>`);
      if (at === undefined) throw new Error(`${r.id} never arrived`);
      return at - committed.get(Number(r.dedupe_key.slice('bench:'.length)))!;
    });
    log(`through the queue: ${rows.length} in ${seconds.toFixed(2)} s`);
    return {
      latency: summarize(latencies),
      throughput: rows.length / seconds,
      seconds,
      queuedSeconds,
      sentRows: ids.filter((r) => r.status === 'sent').length,
    };
  } finally {
    await runtime.worker.stop();
    await database.close();
    await inbox.close();
  }
}

export async function runMessagesBench(options: MessagesBenchOptions) {
  const log = options.log ?? (() => {});
  const now = new Date();
  const rows = Array.from({ length: options.messages }, (_, i) => message(i, now));
  const baseline = await direct(rows, log);
  const queue = await queued(options.dir, rows, log);
  const figures: BenchFigure[] = [
    figure({
      bench: BENCH,
      name: 'queued → accepted p99',
      value: queue.latency.p99,
      unit: 'ms',
      baseline: { name: 'nodemailer direct: sendMail → accepted p99', value: baseline.latency.p99 },
      goal: '≤ 2× baseline',
      pass: queue.latency.p99 <= 2 * baseline.latency.p99,
    }),
    figure({
      bench: BENCH,
      name: 'throughput (messages/s accepted)',
      value: queue.throughput,
      unit: 'msg/s',
      baseline: { name: 'nodemailer direct', value: baseline.throughput },
      goal: '≥ 0.5× baseline',
      pass: queue.throughput >= 0.5 * baseline.throughput,
    }),
    figure({
      bench: BENCH,
      name: 'queued → accepted p50',
      value: queue.latency.p50,
      unit: 'ms',
      baseline: { name: 'nodemailer direct: sendMail → accepted p50', value: baseline.latency.p50 },
    }),
  ];
  return {
    figures,
    notes: [
      `${options.messages.toLocaleString('en-US')} e-mails (subject, text, HTML, an iCalendar alternative and attachment), one per booking transaction, ${CONCURRENT_BOOKINGS} bookings at once, on SQLite (group commit); the worker with the defaults (MESSAGE_BATCH ${loadConfig({}).MESSAGE_BATCH}, a pool of 5 SMTP connections); the SMTP server is smtp-server in the same process.`,
      `The baseline hands the same messages to one nodemailer pool (5 connections) at once, without a queue: no durability, no retries, no deduplication.`,
      `Queuing the burst took ${queue.queuedSeconds.toFixed(2)} s; delivering it ${queue.seconds.toFixed(2)} s from the first commit; directly ${baseline.seconds.toFixed(2)} s.`,
    ],
    details: { queue, baseline },
  };
}
