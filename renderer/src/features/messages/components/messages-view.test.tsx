import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../../../shared/api/messages';
import { MessageList } from '../../../../../shared/api/messages';
import { buildCurp } from '../../../../../shared/domain/curp/curp-builder';
import type { Api } from '../../../api/api-client-context';
import { createApplicant } from '../../../api/applicants';
import { cancelAppointment, confirmAppointment } from '../../../api/appointments';
import { createHold } from '../../../api/holds';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { fixtureInt } from '../../../testing/fixture-random';
import { onLiveServer } from '../../../testing/live-server';
import { otherOperator, renderWithConsole } from '../../../testing/render-console';
import { slotWithSeats } from '../../../testing/seat-fixtures';
import { MessagesView } from './messages-view';

// lead2 reads; operator39 books at Douglas (Arizona) for callers with an e-mail address.
const LEAD = 'lead2';
const OPERATOR = 'operator39';

const { undoAfterEach } = onLiveServer();

/** A caller with an e-mail address, booked now: the server queues the confirmation (kept: no SMTP here). */
async function bookWithEmail(api: Api, language: 'es' | 'en') {
  const tag = `${Date.now().toString(36)}${fixtureInt(1_000_000).toString(36)}`;
  const email = `wl-${tag}@example.org`;
  const birthDate = `19${60 + fixtureInt(30)}-0${1 + fixtureInt(9)}-1${fixtureInt(9)}`;
  const names = { givenNames: 'Remedios', firstSurname: 'Villaseñor', secondSurname: 'Ochoa' };
  const curp = buildCurp({ ...names, birthDate, sex: 'M', state: 'SR', homonym: String(fixtureInt(10)) });
  const applicant = await createApplicant(api, { curp, ...names, birthDate, email, language });
  const slot = await slotWithSeats(api, 'DGL', 'America/Phoenix');
  const hold = await createHold(api, {
    slotId: slot.id,
    applicantId: applicant.id,
    procedureId: 'matricula',
  });
  const appointment = await confirmAppointment(api, hold.id, newIdempotencyKey('test'));
  undoAfterEach(() => cancelAppointment(api, appointment.id));
  return { email, appointment };
}

/** Waits until the server has settled the message to `email` of that kind (kept, without a mail server). */
async function settled(lead: Api, email: string, kind: OutboundMessage['kind']): Promise<OutboundMessage> {
  let found: OutboundMessage | undefined;
  await waitFor(
    async () => {
      const { items } = await lead('/api/messages', { query: { kind, limit: 200 }, schema: MessageList });
      found = items.find((m) => m.recipient === email && m.status !== 'queued');
      expect(found).toBeDefined();
    },
    { timeout: 15_000 },
  );
  return found!;
}

describe('a lead’s messages view', () => {
  it('counts by status, filters by kind, and opens a message to its text and calendar file with the keyboard', async () => {
    const operator = await otherOperator(OPERATOR);
    const { email, appointment } = await bookWithEmail(operator, 'es');
    const r = await renderWithConsole(<MessagesView />, { username: LEAD });
    const message = await settled(r.api, email, 'booked');
    expect(message.status).toBe('kept');

    const summary = await screen.findByLabelText('Mensajes por estado');
    expect(within(summary).getByText('Guardado (sin envío)')).toBeTruthy();

    // Filter: booked only (keyboard on the select).
    const kind = screen.getByLabelText('Tipo');
    kind.focus();
    await r.user.selectOptions(kind, 'Cita agendada');
    const open = await screen.findByRole('button', { name: `Leer el mensaje a ${email}, Cita agendada` });
    const table = screen.getByRole('table', { name: 'Mensajes, del más nuevo al más antiguo' });
    for (const row of within(table).getAllByRole('row').slice(1))
      expect(within(row).getByText('Cita agendada')).toBeTruthy();

    open.focus();
    await r.user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: `Mensaje a ${email}` });
    expect(within(dialog).getByText(/Cita agendada · Correo · Guardado \(sin envío\)/)).toBeTruthy();
    // Why it was kept, in the console's words (not the server's sentence).
    expect(within(dialog).getByText(/^Sin remitente configurado para este canal/)).toBeTruthy();
    const body = dialog.querySelector('pre')?.textContent ?? '';
    expect(body).toContain(appointment.confirmationCode);
    const ics = dialog.querySelectorAll('pre')[1]?.textContent ?? '';
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain('BEGIN:VEVENT');
    await r.user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(open);
  });

  it('in English, pages older messages and shows a cancellation’s calendar file cancelling the event', async () => {
    const operator = await otherOperator(OPERATOR);
    const first = await bookWithEmail(operator, 'en');
    await cancelAppointment(operator, first.appointment.id);
    const second = await bookWithEmail(operator, 'en');
    await cancelAppointment(operator, second.appointment.id);
    const r = await renderWithConsole(<MessagesView pageSize={1} />, { username: LEAD, locale: 'en' });
    await settled(r.api, first.email, 'cancelled');
    await settled(r.api, second.email, 'cancelled');

    await r.user.selectOptions(await screen.findByLabelText('Kind'), 'Cancelled');
    const table = await screen.findByRole('table', { name: 'Messages, newest first' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    // One a page: the newer cancellation first; older ones on asking.
    expect(within(table).getByText(new RegExp(second.email))).toBeTruthy();
    const more = screen.getByRole('button', { name: 'Load older ones' });
    more.focus();
    await r.user.keyboard('{Enter}');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(within(table).getByText(new RegExp(first.email))).toBeTruthy();

    screen.getByRole('button', { name: `Read the message to ${first.email}, Cancelled` }).focus();
    await r.user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: `Message to ${first.email}` });
    const ics = dialog.querySelectorAll('pre')[1]?.textContent ?? '';
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
  });
});
