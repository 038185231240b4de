/**
 * A lead opens a closed day again from the capacity view, by keyboard: a lead's closure lifted
 * (its appointment stands again) and a holiday the consulate works (its slots are published). The
 * result says what came back.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Appointment } from '../../../../../shared/api/booking/appointments';
import { DayClosure } from '../../../../../shared/api/capacity';
import { SlotList, type Slot } from '../../../../../shared/api/slots';
import { addDays } from '../../../../../shared/domain/time/local-date';
import { todayIn } from '../../../../../shared/domain/time/zoned-time';
import type { Api } from '../../../api/api-client-context';
import { cancelAppointment, confirmAppointment } from '../../../api/appointments';
import { closeDay, publishSlots, reopenDay } from '../../../api/capacity';
import { createHold } from '../../../api/holds';
import { isApiError } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { ConsoleHooks } from '../../../testing/console-hooks';
import { onLiveServer } from '../../../testing/live-server';
import { otherOperator, renderWithConsole } from '../../../testing/render-console';
import { registerApplicant } from '../../../testing/seat-fixtures';
import { CapacityView } from './capacity-view';

// Milwaukee and Saint Paul: consulates no other renderer test touches.
const LEAD = 'lead2';
const OPERATOR = 'operator40';

const { undoAfterEach } = onLiveServer();

const renderCapacity = () =>
  renderWithConsole(
    <>
      <ConsoleHooks />
      <CapacityView />
    </>,
    { username: LEAD },
  );

const daySlots = async (api: Api, consulateId: string, date: string): Promise<Slot[]> =>
  (await api('/api/slots', { query: { consulateId, from: date, to: date }, schema: SlotList })).items;

const closureOf = (api: Api, consulateId: string, date: string) =>
  api(`/api/consulates/${consulateId}/days/${date}/closure`, { schema: DayClosure }).catch(
    (error: unknown) => (isApiError(error) && error.code === 'not_found' ? null : Promise.reject(error)),
  );

/** Picks the consulate by typing its city, then types the date, as a lead does. */
async function openDay(user: UserEvent, city: string, date: string): Promise<void> {
  const picker = await screen.findByRole('combobox', { name: 'Consulado' });
  await user.click(picker);
  await user.keyboard(`${city}{Enter}`);
  const dateInput = screen.getByLabelText<HTMLInputElement>('Fecha (del consulado)');
  await waitFor(() => expect(document.activeElement).toBe(dateInput));
  await user.clear(dateInput);
  await user.type(dateInput, date);
}

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ');

describe('reopening a closed day', () => {
  it("lifts a lead's closure: the reason is asked, the seats come back and the appointment stands again", async () => {
    const { api, user } = await renderCapacity();
    const operator = await otherOperator(OPERATOR);
    const from = addDays(todayIn('America/Chicago'), 20);
    const slots = (
      await api('/api/slots', {
        query: { consulateId: 'MKE', from, to: addDays(from, 10) },
        schema: SlotList,
      })
    ).items;
    const slot = slots.find((s) => s.available > 0) as Slot;
    const date = slot.localStart.slice(0, 10);
    const applicant = await registerApplicant(operator);
    const hold = await createHold(operator, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    const booked = await confirmAppointment(operator, hold.id, newIdempotencyKey('test'));
    undoAfterEach(() => cancelAppointment(operator, booked.id));
    await closeDay(api, 'MKE', date, { reason: 'Falla en el elevador' });
    undoAfterEach(() => reopenDay(api, 'MKE', date, { reason: 'Fin de la prueba' }));

    await openDay(user, 'Milwaukee', date);
    await screen.findByRole('heading', { name: 'Día cerrado' });
    const form = screen.getByRole('form', { name: 'Reabrir el día' });
    const reason = within(form).getByLabelText('Motivo de la reapertura');
    // Without a reason nothing is sent.
    await user.click(reason);
    await user.keyboard('{Enter}');
    expect(within(form).getByText('Escriba el motivo (al menos 3 caracteres).')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(await closureOf(api, 'MKE', date)).not.toBeNull();

    await user.type(reason, 'Se reparó el elevador');
    await user.keyboard('{Enter}');

    const after = await daySlots(api, 'MKE', date);
    const seats = after.reduce((sum, s) => sum + s.available, 0);
    const result = await screen.findByText(
      `Día reabierto (Se reparó el elevador): ${seats} lugares libres en ${after.length} horarios.`,
    );
    await waitFor(() => expect(document.activeElement).toBe(result));
    expect(screen.getByText('1 cita agendada vuelve a la normalidad.')).toBeTruthy();
    // The day is open: the form to close it is back, the seats table no longer says closed.
    expect(screen.getByRole('button', { name: 'Cerrar el día…' })).toBeTruthy();
    expect(
      screen.queryByText('El día está cerrado: ya no se agenda y sus lugares no se pueden cambiar.'),
    ).toBeNull();
    expect(await closureOf(api, 'MKE', date)).toBeNull();
    expect((await operator(`/api/appointments/${booked.id}`, { schema: Appointment })).closure).toBeNull();
  });

  it('opens a holiday the consulate works: its slots are published from the weekly hours', async () => {
    const { api, user } = await renderCapacity();
    const today = todayIn('America/Chicago');
    // A release beyond the seeded days skips the holidays in it (published on purpose past the horizon).
    const release = await publishSlots(api, 'STP', {
      from: addDays(today, 41),
      to: addDays(today, 133),
      beyondHorizon: true,
    });
    const holiday = release.closedDates[0] as string;
    const closure = (await closureOf(api, 'STP', holiday)) as DayClosure;
    expect(closure.closedBy).toBeNull();
    expect(await daySlots(api, 'STP', holiday)).toEqual([]);
    undoAfterEach(() => closeDay(api, 'STP', holiday, { reason: 'Fin de la prueba' }));

    await openDay(user, 'Saint Paul', holiday);
    await screen.findByRole('heading', { name: 'Día cerrado' });
    expect(plain(screen.getByText(/Motivo:/).textContent)).toContain(`Motivo: ${closure.reason}`);
    await user.click(screen.getByLabelText('Motivo de la reapertura'));
    await user.keyboard('Jornada especial de trámites{Enter}');

    const status = await screen.findByText(
      /^Se publicaron \d+ horarios con el horario semanal del consulado\.$/,
    );
    const published = await daySlots(api, 'STP', holiday);
    expect(published.length).toBeGreaterThan(0);
    expect(status.textContent).toBe(
      `Se publicaron ${published.length} horarios con el horario semanal del consulado.`,
    );
    expect(screen.getByText('No había citas agendadas.')).toBeTruthy();
    expect(
      screen.getByText(
        new RegExp(
          `^Día reabierto \\(Jornada especial de trámites\\): \\d+ lugares libres en ${published.length} horarios\\.$`,
        ),
      ),
    ).toBeTruthy();
  });
});
