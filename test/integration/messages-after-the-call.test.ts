/**
 * After the call, the applicant is told (CONTRACT.md "After the call (v2)"): a booking, a reschedule,
 * a cancellation and a lead's closure of the day each send one e-mail in the applicant's language,
 * through a real SMTP server in this process (parsed with mailparser), with the consulate's address,
 * what to bring, the fees in force in the consulate's currency, the confirmation code and a calendar
 * file (parsed with ical.js) whose UID stays and whose SEQUENCE rises. Messages are queued in the
 * change's own transaction: a refused change queues nothing. The reminder is queued with the booking,
 * 48 hours before on the consulate's clock.
 */
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Applicant, CreateApplicantBody } from '../../shared/api/applicants';
import type { Appointment } from '../../shared/api/booking/appointments';
import type { MessageList, OutboundMessage } from '../../shared/api/messages';
import type { Procedure } from '../../shared/api/reference/procedures';
import {
  addDays,
  book,
  expectError,
  findFreeSlot,
  hold,
  login,
  newApplicantBody,
  newIdempotencyKey,
  postConfirm,
  setCapacity,
  timeZoneOf,
  wallTimeIn,
  type Session,
} from '../support/api-client';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox';
import { startTestServer, type TestServer } from '../support/test-server';

let inbox: SmtpInbox;
let server: TestServer;
let operator: Session;
let lead: Session;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  server = await startTestServer({
    SMTP_URL: inbox.url,
    MESSAGE_POLL_MS: '50',
    MAX_LIVE_HOLDS_PER_USER: '100',
    HOLDS_PER_MINUTE: '10000',
  });
  [operator, lead] = await Promise.all([login(server.url, 'operator1'), login(server.url, 'lead1')]);
});

afterAll(async () => {
  await server?.close();
  await inbox?.close();
});

const PROCEDURE = 'passport-renewal';
let mailboxCounter = 0;
const uniqueAddress = (name: string) => `${name}.${Date.now().toString(36)}${mailboxCounter++}@example.com`;

async function register(overrides: Partial<CreateApplicantBody>): Promise<Applicant> {
  const response = await operator.api.post<Applicant>('/api/applicants', newApplicantBody(overrides));
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const recipientsOf = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
    a.value.map((v) => (v.address ?? '').toLowerCase()),
  );
const mailsTo = (address: string) => inbox.messages.filter((m) => recipientsOf(m).includes(address));

/** Waits until `address` has received `count` e-mails; answers them in the order accepted. */
async function mailTo(address: string, count: number): Promise<ParsedMail[]> {
  await inbox.waitFor(() => mailsTo(address).length >= count, 10_000);
  return mailsTo(address);
}

interface CalendarEvent {
  method: string;
  uid: string;
  sequence: number;
  status: string | null;
  tzid: string;
  /** The event's start as the consulate's clocks show it, 'YYYY-MM-DDTHH:mm'. */
  localStart: string;
}

/** The e-mail's text/calendar part, parsed with ical.js. */
function calendarOf(mail: ParsedMail): CalendarEvent {
  const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) throw new Error(`no text/calendar part in "${mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const event = events[0]!;
  const dtstart = event.getFirstProperty('dtstart')!;
  const start = dtstart.getFirstValue() as ICAL.Time;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    status: (event.getFirstPropertyValue('status') as string | null) ?? null,
    tzid: String(dtstart.getParameter('tzid')),
    localStart: start.toString().slice(0, 16),
  };
}

/** The messages queued for an appointment, as a lead reads them (GET /api/messages). */
async function messagesOf(appointmentId: string): Promise<OutboundMessage[]> {
  const response = await lead.api.get<MessageList>('/api/messages?limit=200');
  expect(response.status).toBe(200);
  return response.body.items.filter((m) => m.appointmentId === appointmentId);
}

const procedureOn = async (consulateId: string, date: string): Promise<Procedure> => {
  const response = await operator.api.get<{ items: Procedure[] }>(
    `/api/procedures?consulateId=${consulateId}&date=${date}`,
  );
  expect(response.status).toBe(200);
  return response.body.items.find((p) => p.id === PROCEDURE)!;
};

async function addressOf(consulateId: string): Promise<string> {
  const response = await operator.api.get<{ items: { id: string; address?: string | null }[] }>(
    '/api/consulates',
  );
  const address = response.body.items.find((c) => c.id === consulateId)?.address;
  if (!address) throw new Error(`no address on record for ${consulateId}`);
  return address;
}

/** The wall time two days earlier on the same clock: when the reminder is due. */
const twoDaysBefore = (localStart: string) =>
  `${addDays(localStart.slice(0, 10), -2)}T${localStart.slice(11, 16)}`;

describe("the applicant's language", () => {
  it('is English when the operator registers it so, Spanish when left out; anything else is refused', async () => {
    expect((await register({ language: 'en' })).language).toBe('en');
    expect((await register({})).language).toBe('es');
    const refused = await operator.api.post('/api/applicants', { ...newApplicantBody(), language: 'fr' });
    expectError(refused, 400, 'invalid_request');
  });
});

describe('a booking, its reschedule and its cancellation', () => {
  it('each e-mail the applicant once, in English, with the address, what to bring, the fees, the code and one calendar event whose SEQUENCE rises', async () => {
    const email = uniqueAddress('grace');
    const applicant = await register({ email, language: 'en' });
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX', skipDays: 3 });
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: PROCEDURE,
    });
    const key = newIdempotencyKey();
    const confirmed = await postConfirm(operator.api, held.id, key);
    expect(confirmed.status).toBe(201);
    const booked = confirmed.body;
    // The same request again (a retry) books nothing new and tells nobody twice.
    expect((await postConfirm(operator.api, held.id, key)).status).toBe(201);

    const [mail] = await mailTo(email, 1);
    expect(mail!.subject).toMatch(/^Appointment confirmed: /);
    const text = mail!.text ?? '';
    expect(text).toContain(await addressOf('PHX'));
    expect(text).toContain(booked.confirmationCode);
    const procedure = await procedureOn('PHX', slot.localStart.slice(0, 10));
    expect(text).toContain(procedure.name.en);
    for (const requirement of procedure.requirements) expect(text).toContain(requirement.en);
    expect(procedure.fees.length).toBeGreaterThan(0);
    for (const fee of procedure.fees) {
      expect(fee.currency).toBe('USD');
      expect(text).toContain(fee.label.en);
      expect(text).toContain(
        fee.amount === null
          ? 'check the fee with the consulate'
          : new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(fee.amount),
      );
    }
    const first = calendarOf(mail!);
    expect(first).toEqual({
      method: 'REQUEST',
      uid: `${booked.id}@miconsulado`,
      sequence: 0,
      status: 'CONFIRMED',
      tzid: 'America/Phoenix',
      localStart: slot.localStart,
    });

    // The reminder waits in the queue for 48 hours before, on Phoenix's clock.
    const queued = await messagesOf(booked.id);
    expect(queued.map((m) => `${m.kind}/${m.channel}`).sort()).toEqual(['booked/email', 'reminder/email']);
    const reminder = queued.find((m) => m.kind === 'reminder')!;
    expect(reminder).toMatchObject({ status: 'queued', recipient: email, language: 'en' });
    expect(wallTimeIn(reminder.notBefore, 'America/Phoenix')).toBe(twoDaysBefore(slot.localStart));

    const target = await findFreeSlot(operator.api, { consulateId: 'PHX', skipDays: 4 });
    const moved = await operator.api.post<Appointment>(
      `/api/appointments/${booked.id}/reschedule`,
      { slotId: target.id },
      { 'idempotency-key': newIdempotencyKey() },
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    const rescheduled = (await mailTo(email, 2))[1]!;
    expect(rescheduled.subject).toMatch(/^Your appointment changed: /);
    expect(calendarOf(rescheduled)).toEqual({
      ...first,
      sequence: 1,
      localStart: target.localStart,
    });

    const cancelled = await operator.api.post<Appointment>(`/api/appointments/${moved.body.id}/cancel`, {
      reason: 'the caller asked',
    });
    expect(cancelled.status).toBe(200);
    const cancellation = (await mailTo(email, 3))[2]!;
    expect(cancellation.subject).toMatch(/^Appointment cancelled: /);
    expect(calendarOf(cancellation)).toEqual({
      ...first,
      method: 'CANCEL',
      status: 'CANCELLED',
      sequence: 2,
      localStart: target.localStart,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(email)).toHaveLength(3);
  });
});

describe("a lead's closure of the day", () => {
  it('tells each booked applicant, in Spanish, with the reason, and takes the event off their calendar', async () => {
    const email = uniqueAddress('rosa');
    const applicant = await register({ email });
    const slot = await findFreeSlot(operator.api, { consulateId: 'DEN', skipDays: 3 });
    const booked = await book(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: PROCEDURE,
    });
    const [confirmation] = await mailTo(email, 1);
    expect(confirmation!.subject).toMatch(/^Cita confirmada/);
    const procedure = await procedureOn('DEN', slot.localStart.slice(0, 10));
    for (const requirement of procedure.requirements) expect(confirmation!.text).toContain(requirement.es);
    const reminder = (await messagesOf(booked.id)).find((m) => m.kind === 'reminder')!;
    expect(wallTimeIn(reminder.notBefore, await timeZoneOf(operator.api, 'DEN'))).toBe(
      twoDaysBefore(slot.localStart),
    );

    const date = slot.localStart.slice(0, 10);
    const closed = await lead.api.post(`/api/consulates/DEN/days/${date}/close`, {
      reason: 'Falla eléctrica',
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(201);
    const notice = (await mailTo(email, 2))[1]!;
    expect(notice.text).toContain('Falla eléctrica');
    expect(calendarOf(notice)).toMatchObject({
      method: 'CANCEL',
      uid: `${booked.id}@miconsulado`,
      sequence: 1,
      tzid: 'America/Denver',
      localStart: slot.localStart,
    });
    expect((await messagesOf(booked.id)).filter((m) => m.kind === 'closed')).toHaveLength(1);
  });
});

describe('who has no e-mail address', () => {
  it('with a mobile number gets an SMS (kept without an SMS provider); with neither, the booking goes through and nothing is queued', async () => {
    const texted = await register({ phone: '(602) 555-0143' });
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX', seats: 2, skipDays: 3 });
    const first = await book(operator.api, {
      slotId: slot.id,
      applicantId: texted.id,
      procedureId: PROCEDURE,
    });
    // Queued with the booking; the worker keeps it (no SMS provider here) instead of sending it.
    let sms = (await messagesOf(first.id)).filter((m) => m.kind === 'booked');
    for (const deadline = Date.now() + 10_000; sms[0]?.status === 'queued' && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      sms = (await messagesOf(first.id)).filter((m) => m.kind === 'booked');
    }
    expect(sms).toEqual([
      expect.objectContaining({ channel: 'sms', recipient: '+16025550143', status: 'kept', subject: null }),
    ]);
    expect(sms[0]!.text).toContain(first.confirmationCode);

    const silent = await register({});
    const second = await book(operator.api, {
      slotId: slot.id,
      applicantId: silent.id,
      procedureId: PROCEDURE,
    });
    expect(second.status).toBe('booked');
    expect(await messagesOf(second.id)).toEqual([]);
  });
});

describe('a change that is refused', () => {
  it('queues nothing: a confirmation refused because the day closed, a reschedule refused for a full slot', async () => {
    const email = uniqueAddress('lupe');
    const applicant = await register({ email });
    const slot = await findFreeSlot(operator.api, { consulateId: 'SLC', skipDays: 3 });
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: PROCEDURE,
    });
    const closed = await lead.api.post(`/api/consulates/SLC/days/${slot.localStart.slice(0, 10)}/close`, {
      reason: 'Inundación',
    });
    expect(closed.status).toBe(201);
    expectError(await postConfirm(operator.api, held.id), 409, 'day_closed');

    const other = uniqueAddress('tono');
    const booker = await register({ email: other });
    const open = await findFreeSlot(operator.api, { consulateId: 'PHX', skipDays: 3 });
    const booked = await book(operator.api, {
      slotId: open.id,
      applicantId: booker.id,
      procedureId: PROCEDURE,
    });
    await mailTo(other, 1);
    const full = await findFreeSlot(operator.api, { consulateId: 'PHX', skipDays: 5 });
    await setCapacity(lead.api, full.id, 0);
    expectError(
      await operator.api.post(
        `/api/appointments/${booked.id}/reschedule`,
        { slotId: full.id },
        { 'idempotency-key': newIdempotencyKey() },
      ),
      409,
      'slot_full',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(email)).toEqual([]);
    expect(mailsTo(other)).toHaveLength(1);
    expect((await messagesOf(booked.id)).map((m) => m.kind).sort()).toEqual(['booked', 'reminder']);
    const all = await lead.api.get<MessageList>('/api/messages?limit=200');
    expect(all.body.items.filter((m) => m.recipient === email)).toEqual([]);
  });
});
