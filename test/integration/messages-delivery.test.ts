/**
 * Messages to applicants leave through real parts: the server's worker sends queued rows to a real
 * SMTP server in this process (parsed with mailparser) and SMS to the Twilio stand-in through the
 * official client. Rows are queued as a change queues them (enqueueMessages in a transaction).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageList, OutboundMessage } from '../../shared/api/messages';
import { book, createApplicant, expectError, findFreeSlot, login, type Session } from '../support/api-client';
import { holdIdFor } from '../../server/kernel/ids';
import {
  emailRow,
  messageQueueClient,
  smsRow,
  type MessageQueueClient,
} from '../support/message-queue-client';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox';
import { startTestServer, type TestServer } from '../support/test-server';
import { startTwilioStandIn, type TwilioStandIn } from '../support/twilio-stand-in';
import { inspectDb } from '../support/db-inspector';

const ACCOUNT_SID = `AC${'1'.repeat(32)}`;
const SMS_FROM = '+15205550100';

let inbox: SmtpInbox;
let twilio: TwilioStandIn;
let server: TestServer;
let queue: MessageQueueClient;
let lead: Session;

async function messageOf(id: string): Promise<OutboundMessage> {
  const response = await lead.api.get<OutboundMessage>(`/api/messages/${id}`);
  expect(response.status).toBe(200);
  return response.body;
}

async function idOf(dedupeKey: string): Promise<string> {
  const row = await queue.db
    .selectFrom('outbound_messages')
    .select('id')
    .where('dedupe_key', '=', dedupeKey)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Polls the lead's view of a message until it settles (not queued). */
async function settled(id: string, timeoutMs = 10_000): Promise<OutboundMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const message = await messageOf(id);
    if (message.status !== 'queued') return message;
    if (Date.now() > deadline) throw new Error(`message ${id} still queued: ${JSON.stringify(message)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  [inbox, twilio] = await Promise.all([startSmtpInbox(), startTwilioStandIn()]);
  server = await startTestServer({
    SMTP_URL: inbox.url,
    MESSAGE_POLL_MS: '50',
    MESSAGE_RETRY_BASE_MS: '50',
    MESSAGE_MAX_ATTEMPTS: '3',
    // 36 ms: a message answered "try later" for good gives up after its third attempt.
    MESSAGE_GIVE_UP_HOURS: '0.00001',
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: 'test-auth-token-0123456789',
    TWILIO_PUBLIC_URL: 'https://line.example.org',
    TWILIO_API_BASE_URL: twilio.url,
    TWILIO_SMS_FROM: SMS_FROM,
  });
  queue = messageQueueClient(server.databaseUrl);
  lead = await login(server.url, 'lead1');
});

afterAll(async () => {
  await queue?.close();
  await server?.close();
  await Promise.all([inbox?.close(), twilio?.close()]);
});

describe('e-mail through SMTP_URL', () => {
  it('arrives once, with its subject, text, HTML and the calendar as text/calendar; a second enqueue of the same notice is ignored', async () => {
    const row = emailRow({ recipient: 'ana.lopez@example.com' });
    expect(await queue.enqueue([row])).toBe(1);
    expect(await queue.enqueue([{ ...row, subject: 'otra vez' }])).toBe(0);
    const id = await idOf(row.dedupeKey);

    const [mail] = (
      await inbox.waitFor((all) => all.some((m) => m.messageId === `<${id}@miconsulado.example>`))
    ).filter((m) => m.messageId === `<${id}@miconsulado.example>`);
    expect(mail!.subject).toBe(row.subject);
    expect(mail!.text?.trim()).toBe(row.text);
    expect(mail!.html).toContain('<strong>');
    expect(mail!.from?.value).toEqual([{ name: 'MiConsulado', address: 'citas@miconsulado.example' }]);
    expect(mail!.to && !Array.isArray(mail!.to) ? mail!.to.text : '').toBe('ana.lopez@example.com');
    const calendarParts = mail!.attachments.filter((a) => a.contentType === 'text/calendar');
    expect(calendarParts.length).toBeGreaterThan(0);
    const calendar = calendarParts[0]!;
    expect(calendar.content.toString('utf8')).toBe(row.calendar);
    expect(mail!.attachments.some((a) => a.filename === 'cita.ics')).toBe(true);
    // The calendar part names its method, so mail programs offer it as an invitation.
    const methods = calendarParts.map(
      (a) =>
        (a.headers.get('content-type') as { params?: Record<string, string> } | undefined)?.params?.method,
    );
    expect(methods).toContain('REQUEST');

    const message = await settled(id);
    expect(message).toMatchObject({ status: 'sent', attempts: 1, lastError: null, nextAttemptAt: null });
    expect(message.sentAt).not.toBeNull();
    // Once: nothing else with that Message-ID, however many polls went by.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(inbox.envelopes.filter((e) => e.messageId === `<${id}@miconsulado.example>`)).toHaveLength(1);
  });

  it('a recipient the server refuses (550) is failed with the reason, never retried, and the lead sees it', async () => {
    inbox.refuse('nadie@example.com', 550);
    const row = emailRow({ recipient: 'nadie@example.com' });
    await queue.enqueue([row]);
    const id = await idOf(row.dedupeKey);
    const message = await settled(id);
    expect(message.status).toBe('failed');
    expect(message.attempts).toBe(1);
    expect(message.lastError).toMatch(/550/);
    expect(message.lastError).toContain('nadie@example.com');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await messageOf(id)).attempts).toBe(1);
    expect(inbox.envelopes.some((e) => e.to.includes('nadie@example.com'))).toBe(false);

    const failed = await lead.api.get<MessageList>('/api/messages?status=failed');
    expect(failed.status).toBe(200);
    expect(failed.body.items.map((m) => m.id)).toContain(id);
    expect(failed.body.counts.failed).toBeGreaterThanOrEqual(1);
    const audit = inspectDb(server.databaseUrl);
    try {
      expect((await audit.auditOf('message', id)).map((e) => e.action)).toEqual(['message.failed']);
    } finally {
      await audit.close();
    }
  });

  it('a recipient answered "try later" (451) is tried again with backoff, then failed after MESSAGE_MAX_ATTEMPTS', async () => {
    inbox.refuse('ocupado@example.com', 451);
    const row = emailRow({ recipient: 'ocupado@example.com' });
    await queue.enqueue([row]);
    const message = await settled(await idOf(row.dedupeKey), 15_000);
    expect(message.status).toBe('failed');
    expect(message.attempts).toBe(3);
    expect(message.lastError).toMatch(/^Not accepted after 3 attempts; the last: .*451/);
  });

  it('a reminder goes only while its appointment is booked: sent for a booked one, skipped for one that is not', async () => {
    // An appointment booked through the API (an operator books it for a new applicant).
    const operator = await login(server.url, 'operator3');
    const applicant = await createApplicant(operator.api);
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const appointment = await book(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    const booked = { id: holdIdFor(appointment.id) };
    const due = emailRow({ kind: 'reminder', onlyIfStillBooked: true, reservationId: booked.id });
    const gone = emailRow({
      kind: 'reminder',
      onlyIfStillBooked: true,
      reservationId: 'hld_notbookedatall0000',
    });
    await queue.enqueue([due, gone]);
    const [sent, skipped] = [
      await settled(await idOf(due.dedupeKey)),
      await settled(await idOf(gone.dedupeKey)),
    ];
    expect(sent.status).toBe('sent');
    expect(skipped.status).toBe('skipped');
    expect(skipped.attempts).toBe(0);
    expect(inbox.envelopes.filter((e) => e.to.includes(due.recipient))).toHaveLength(1);
    expect(inbox.envelopes.some((e) => e.to.includes(gone.recipient))).toBe(false);
  });

  it('a message of a practice sandbox is kept, never sent', async () => {
    const practice = emailRow({ sandbox: 'practice:u_trainee' });
    await queue.enqueue([practice]);
    const row = await queue.db
      .selectFrom('outbound_messages')
      .select(['status', 'sandbox'])
      .where('dedupe_key', '=', practice.dedupeKey)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('kept');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(inbox.envelopes.some((e) => e.to.includes(practice.recipient))).toBe(false);
  });
});

describe('SMS through Twilio Messaging', () => {
  it('sends the body to the number from TWILIO_SMS_FROM, with the account', async () => {
    const row = smsRow({ recipient: '+15205550177' });
    await queue.enqueue([row]);
    const request = await twilio.waitForRequest((r) => r.form.To === '+15205550177', 10_000);
    expect(request.path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`);
    expect(request.user).toBe(ACCOUNT_SID);
    expect(request.form).toMatchObject({ To: '+15205550177', From: SMS_FROM, Body: row.text });
    expect((await settled(await idOf(row.dedupeKey))).status).toBe('sent');
  });

  it("an invalid number (Twilio 21211) is failed at once, with Twilio's reason", async () => {
    twilio.failNext({
      status: 400,
      code: 21211,
      message: "The 'To' number +15205550000 is not a valid phone number.",
    });
    const row = smsRow({ recipient: '+15205550000' });
    await queue.enqueue([row]);
    const message = await settled(await idOf(row.dedupeKey));
    expect(message.status).toBe('failed');
    expect(message.attempts).toBe(1);
    expect(message.lastError).toContain('21211');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(twilio.requests.filter((r) => r.form.To === '+15205550000')).toHaveLength(1);
  });
});

it('operators and trainees may not read the messages (403); leads and admins may', async () => {
  const [operator, trainee, admin] = await Promise.all([
    login(server.url, 'operator1'),
    login(server.url, 'trainee1'),
    login(server.url, 'admin1'),
  ]);
  expectError(await operator.api.get('/api/messages'), 403, 'forbidden');
  expectError(await trainee.api.get('/api/messages'), 403, 'forbidden');
  expect((await admin.api.get('/api/messages')).status).toBe(200);
});
