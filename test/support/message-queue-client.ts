/**
 * Queues messages as a change would (`enqueueMessages` in a transaction of its own) on the database a
 * test server runs on, from the test's own connection: the server's worker finds them by polling,
 * as it finds the rows another instance queued.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { enqueueMessages } from '../../server/modules/messages/queue/message-queue';
import type { NewOutboundMessage } from '../../server/modules/messages/message-types';
import type { Database } from '../../server/platform/db/schema';
import { openTestKysely } from './test-kysely';

export interface MessageQueueClient {
  db: Kysely<Database>;
  enqueue(rows: NewOutboundMessage[]): Promise<number>;
  close(): Promise<void>;
}

export function messageQueueClient(databaseUrl: string): MessageQueueClient {
  const db = openTestKysely(databaseUrl, { readOnly: false });
  return {
    db,
    enqueue: (rows) => db.transaction().execute((trx) => enqueueMessages(trx, rows)),
    close: () => db.destroy(),
  };
}

const CALENDAR = (uid: string, method: 'REQUEST' | 'CANCEL') =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//MiConsulado//Citas//ES',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'SEQUENCE:0',
    'DTSTAMP:20270104T150000Z',
    'DTSTART:20270120T160000Z',
    'DTEND:20270120T163000Z',
    'SUMMARY:Cita en el Consulado',
    method === 'CANCEL' ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

/** An e-mail row as a booking's notice queues it (with its calendar file), due now. */
export function emailRow(overrides: Partial<NewOutboundMessage> = {}, now = new Date()): NewOutboundMessage {
  const key = randomUUID();
  return {
    dedupeKey: `test:${key}`,
    sandbox: 'live',
    kind: 'booked',
    channel: 'email',
    recipient: `applicant-${key.slice(0, 8)}@example.com`,
    language: 'es',
    subject: `Su cita está confirmada ${key.slice(0, 8)}`,
    text: `Cita confirmada. Código de confirmación: ${key.slice(0, 8).toUpperCase()}.`,
    html: `<p>Cita confirmada. Código: <strong>${key.slice(0, 8).toUpperCase()}</strong></p>`,
    calendar: CALENDAR(`apt_${key}@miconsulado`, 'REQUEST'),
    calendarMethod: 'REQUEST',
    reservationId: null,
    appointmentId: null,
    notBefore: now.toISOString(),
    onlyIfStillBooked: false,
    createdAt: now.toISOString(),
    ...overrides,
  };
}

/** An SMS row, due now. */
export function smsRow(overrides: Partial<NewOutboundMessage> = {}, now = new Date()): NewOutboundMessage {
  const key = randomUUID();
  return {
    ...emailRow({}, now),
    dedupeKey: `test:${key}`,
    channel: 'sms',
    recipient: '+15205550123',
    subject: null,
    text: `MiConsulado: su cita está confirmada. Código ${key.slice(0, 6).toUpperCase()}.`,
    html: null,
    calendar: null,
    calendarMethod: null,
    ...overrides,
  };
}
