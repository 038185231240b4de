/**
 * Reminders go 48 hours before the appointment on the consulate's clock, and only to an appointment
 * still booked then: the server's clock is moved past the reminder's time (test/support/clocked-server),
 * its worker sends the booked applicant's reminder through a real SMTP server in this process and
 * skips the one whose appointment was cancelled in the meantime.
 */
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Applicant } from '../../shared/api/applicants';
import type { MessageList, OutboundMessage } from '../../shared/api/messages';
import {
  addDays,
  book,
  findFreeSlot,
  login,
  newApplicantBody,
  wallTimeIn,
  type Session,
} from '../support/api-client';
import { startClockedServer, type ClockedServer } from '../support/clocked-server';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox';

let inbox: SmtpInbox;
let server: ClockedServer;
let operator: Session;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  server = await startClockedServer({ SMTP_URL: inbox.url, MESSAGE_POLL_MS: '50' });
  operator = await login(server.url, 'operator1');
});

afterAll(async () => {
  await server?.close();
  await inbox?.close();
});

const recipientsOf = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
    a.value.map((v) => (v.address ?? '').toLowerCase()),
  );
const mailsTo = (address: string) => inbox.messages.filter((m) => recipientsOf(m).includes(address));

async function reminderOf(lead: Session, appointmentId: string): Promise<OutboundMessage> {
  const response = await lead.api.get<MessageList>('/api/messages?kind=reminder&limit=200');
  expect(response.status).toBe(200);
  const found = response.body.items.find((m) => m.appointmentId === appointmentId);
  if (!found) throw new Error(`no reminder queued for ${appointmentId}`);
  return found;
}

it("sends the reminder of a booked appointment when its time comes on the consulate's clock, and skips a cancelled one's", async () => {
  const stamp = Date.now().toString(36);
  const kept = `kept.${stamp}@example.com`;
  const dropped = `dropped.${stamp}@example.com`;
  const register = async (email: string) => {
    const response = await operator.api.post<Applicant>('/api/applicants', newApplicantBody({ email }));
    expect(response.status).toBe(201);
    return response.body;
  };
  const [keeper, dropper] = [await register(kept), await register(dropped)];
  const slot = await findFreeSlot(operator.api, { consulateId: 'DEN', seats: 2, skipDays: 3 });
  const input = { slotId: slot.id, procedureId: 'passport-renewal' };
  const booked = await book(operator.api, { ...input, applicantId: keeper.id });
  const cancelled = await book(operator.api, { ...input, applicantId: dropper.id });
  expect(
    (await operator.api.post(`/api/appointments/${cancelled.id}/cancel`, { reason: 'the caller asked' }))
      .status,
  ).toBe(200);
  await inbox.waitFor(() => mailsTo(kept).length === 1 && mailsTo(dropped).length === 2);

  const lead = await login(server.url, 'lead1');
  const reminder = await reminderOf(lead, booked.id);
  // Two days before at the same wall time in Denver (47 or 49 real hours when the clocks change between).
  expect(wallTimeIn(reminder.notBefore, 'America/Denver')).toBe(
    `${addDays(slot.localStart.slice(0, 10), -2)}T${slot.localStart.slice(11, 16)}`,
  );
  expect(reminder.status).toBe('queued');
  expect((await reminderOf(lead, cancelled.id)).notBefore).toBe(reminder.notBefore);

  // A minute before, nothing goes.
  server.moveTo(Date.parse(reminder.notBefore) - 60_000);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(mailsTo(kept)).toHaveLength(1);

  server.moveTo(Date.parse(reminder.notBefore) + 60_000);
  const [, sent] = await inbox.waitFor(() => mailsTo(kept).length === 2).then(() => mailsTo(kept));
  expect(sent!.subject).toMatch(/^Recordatorio de su cita: /);
  expect(sent!.text).toContain(booked.confirmationCode);

  const later = await login(server.url, 'lead1');
  const deadline = Date.now() + 10_000;
  let skipped = await reminderOf(later, cancelled.id);
  while (skipped.status === 'queued' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    skipped = await reminderOf(later, cancelled.id);
  }
  expect(skipped).toMatchObject({ status: 'skipped', attempts: 0 });
  expect((await reminderOf(later, booked.id)).status).toBe('sent');
  expect(mailsTo(dropped)).toHaveLength(2);
});
