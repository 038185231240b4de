import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SlotList, type Slot } from '../../../../../shared/api/slots';
import { addDays } from '../../../../../shared/domain/time/local-date';
import { todayIn } from '../../../../../shared/domain/time/zoned-time';
import type { Api } from '../../../api/api-client-context';
import { cancelAppointment, confirmAppointment } from '../../../api/appointments';
import { closeDay, setSlotCapacity } from '../../../api/capacity';
import { createHold } from '../../../api/holds';
import { slotWindow } from '../../../api/slots';
import { formatLocalDate, formatWallTime } from '../../../i18n/format-zoned';
import { isApiError } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { ConsoleHooks } from '../../../testing/console-hooks';
import { onLiveServer } from '../../../testing/live-server';
import { otherOperator, renderWithConsole, type Rendered } from '../../../testing/render-console';
import { registerApplicant } from '../../../testing/seat-fixtures';
import { CapacityView } from './capacity-view';

// lead1 belongs to the floor's tests; operators 33–36 book what these tests need.
const LEAD = 'lead2';
const PROCEDURE = 'matricula';

const { undoAfterEach } = onLiveServer();

const renderCapacity = (): Promise<Rendered> =>
  renderWithConsole(
    <>
      <ConsoleHooks />
      <CapacityView />
    </>,
    { username: LEAD },
  );

const daySlots = async (api: Api, consulateId: string, date: string): Promise<Slot[]> =>
  (await api('/api/slots', { query: { consulateId, from: date, to: date }, schema: SlotList })).items;

/** A consulate-local day at least `ahead` days away with two or more slots with free seats. */
async function dayWithSlots(
  api: Api,
  consulateId: string,
  timeZone: string,
  ahead: number,
): Promise<{ date: string; slots: Slot[] }> {
  const { to } = slotWindow(timeZone);
  const from = addDays(todayIn(timeZone), ahead);
  const { items } = await api('/api/slots', { query: { consulateId, from, to }, schema: SlotList });
  const onDate = (date: string) => items.filter((s) => s.localStart.startsWith(date));
  const date = [...new Set(items.map((s) => s.localStart.slice(0, 10)))].find(
    (d) => onDate(d).filter((s) => s.available > 0).length >= 2,
  );
  if (!date) throw new Error(`no day with free seats at ${consulateId}`);
  return { date, slots: onDate(date) };
}

/** Picks the consulate by typing its city, then types the date, as a lead does. */
async function openDay(user: UserEvent, city: string, date: string): Promise<void> {
  const picker = await screen.findByRole('combobox', { name: 'Consulado' });
  await user.click(picker);
  await user.keyboard(city);
  await user.keyboard('{Enter}');
  const dateInput = screen.getByLabelText<HTMLInputElement>('Fecha (del consulado)');
  await waitFor(() => expect(document.activeElement).toBe(dateInput));
  await user.clear(dateInput);
  await user.type(dateInput, date);
  expect(dateInput.value).toBe(date);
}

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ');

const seatsTable = (date: string) =>
  screen.findByRole('table', { name: `Horarios del ${formatLocalDate(date, 'es-MX', 'long')}, hora local` });

/** Capacity, taken and available of each row, in order. */
const rowNumbers = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((c) => Number(c.textContent)),
    );

async function bookOn(operatorName: string, slot: Slot) {
  const operator = await otherOperator(operatorName);
  const applicant = await registerApplicant(operator);
  const hold = await createHold(operator, {
    slotId: slot.id,
    applicantId: applicant.id,
    procedureId: PROCEDURE,
  });
  const appointment = await confirmAppointment(operator, hold.id, newIdempotencyKey('test'));
  return { operator, applicant, appointment };
}

describe('the capacity view', () => {
  it('changes the whole day’s seats after saying what changes, and the table shows the new numbers', async () => {
    const { api, user } = await renderCapacity();
    const { date, slots } = await dayWithSlots(api, 'OMA', 'America/Chicago', 30);
    const target = Math.max(...slots.map((s) => s.capacity)) + 2;
    undoAfterEach(() => Promise.all(slots.map((s) => setSlotCapacity(api, s.id, s.capacity))));

    await openDay(user, 'Omaha', date);
    const table = await seatsTable(date);
    expect(rowNumbers(table).map((r) => r[0])).toEqual(slots.map((s) => s.capacity));
    expect(
      screen.getByText(/Consulado de México en Omaha, .* · hora (estándar|de verano) central \(C[SD]T\)/),
    ).toBeTruthy();

    await user.type(screen.getByLabelText('Lugares por horario'), String(target));
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Confirmar el cambio de lugares' });
    expect(plain(dialog.textContent)).toContain(
      `Los ${slots.length} horarios del ${formatLocalDate(date, 'es-MX', 'long')} pasan a ${target} lugares cada uno`,
    );
    // The confirm button has the focus: Enter applies.
    await user.keyboard('{Enter}');

    await screen.findByText(`Listo: cada horario del día tiene ahora ${target} lugares.`);
    expect(screen.queryByRole('dialog')).toBeNull();
    for (const [capacity, taken = NaN, available = NaN] of rowNumbers(table)) {
      expect(capacity).toBe(target);
      expect(taken + available).toBe(target);
    }
    expect(screen.getByText(new RegExp(`^Total del día: ${target * slots.length} lugares`))).toBeTruthy();
    expect((await daySlots(api, 'OMA', date)).map((s) => s.capacity)).toEqual(slots.map(() => target));
  });

  it('refuses fewer seats than are booked, says so in words, and changes nothing', async () => {
    const { api, user } = await renderCapacity();
    const { date, slots } = await dayWithSlots(api, 'LIT', 'America/Chicago', 25);
    const slot = slots.find((s) => s.available > 0) as Slot;
    const { operator, appointment } = await bookOn('operator33', slot);
    undoAfterEach(() => cancelAppointment(operator, appointment.id));

    await openDay(user, 'Little Rock', date);
    const table = await seatsTable(date);
    const time = plain(formatWallTime(slot.localStart.slice(11), 'es-MX'));
    await user.click(within(table).getByRole('button', { name: `Cambiar los lugares de las ${time}` }));
    const seats = screen.getByLabelText('Lugares por horario');
    expect(document.activeElement).toBe(seats);
    expect(
      (screen.getByLabelText<HTMLSelectElement>('Qué cambiar').selectedOptions[0] as HTMLOptionElement)
        .textContent,
    ).toBe(`Solo las ${time}`);

    await user.type(seats, '0');
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    expect(plain(dialog.textContent)).toMatch(
      new RegExp(
        `Las ${time} del .* pasan de ${slot.capacity} a 0 lugares \\([1-9]\\d* ya apartados o agendados\\)`,
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Aplicar el cambio' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'No se cambió nada. La capacidad no puede ser menor que las citas ya agendadas.',
    );
    const row = within(table)
      .getAllByRole('row')
      .find((r) => plain(within(r).queryByRole('rowheader')?.textContent) === time) as HTMLElement;
    expect(Number(within(row).getAllByRole('cell')[0]?.textContent)).toBe(slot.capacity);
    expect((await daySlots(api, 'LIT', date)).find((s) => s.id === slot.id)?.capacity).toBe(slot.capacity);
  });

  it('publishes a range and says how many slots are new, already there, and which closed dates it skipped', async () => {
    const { api, user } = await renderCapacity();
    const today = todayIn('America/Toronto');
    // Beyond the seeded days: nothing is published there yet.
    const from = addDays(today, 45);
    const to = addDays(today, 51);
    // A weekday the lead closes ahead of its release: the first one not closed already (a holiday
    // such as Ontario's Family Day is, depending on the day the suite runs).
    let closed = '';
    for (const day of [46, 47, 48, 49, 50]
      .map((n) => addDays(today, n))
      .filter((d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()))) {
      try {
        await closeDay(api, 'LEA', day, { reason: 'Inventario anual' });
        closed = day;
        break;
      } catch (error) {
        if (!(isApiError(error) && error.code === 'day_closed')) throw error;
      }
    }
    expect(closed, 'a weekday of Leamington to close').not.toBe('');

    await screen.findByRole('combobox', { name: 'Consulado' });
    await user.click(screen.getByRole('combobox', { name: 'Consulado' }));
    await user.keyboard('Leamington{Enter}');
    const fromInput = await screen.findByLabelText<HTMLInputElement>('Desde');
    await user.clear(fromInput);
    await user.type(fromInput, from);
    const toInput = screen.getByLabelText<HTMLInputElement>('Hasta');
    await user.clear(toInput);
    await user.type(toInput, to);
    await user.keyboard('{Enter}');

    const first = await screen.findByText(/horarios? nuevos?, \d+ ya publicados?\.$/);
    const published = Number(
      /: (\d+) horarios? nuevos?, 0 ya publicados\.$/.exec(first.textContent ?? '')?.[1],
    );
    expect(published).toBeGreaterThan(0);
    expect(screen.getByText(/^Fechas cerradas omitidas: /).textContent).toContain(
      formatLocalDate(closed, 'es-MX'),
    );
    const { items } = await api('/api/slots', { query: { consulateId: 'LEA', from, to }, schema: SlotList });
    expect(items).toHaveLength(published);

    // The same release again publishes nothing new.
    await user.click(screen.getByRole('button', { name: 'Publicar' }));
    await screen.findByText(new RegExp(`: 0 horarios nuevos, ${published} ya publicados?\\.$`));
  });

  it('closes a day after a warning, lists its booked appointment to rebook, and the day takes no more holds', async () => {
    const { api, user } = await renderCapacity();
    const { date, slots } = await dayWithSlots(api, 'BOI', 'America/Boise', 20);
    const [booked, other] = slots.filter((s) => s.available > 0) as [Slot, Slot];
    const { applicant, appointment } = await bookOn('operator34', booked);

    await openDay(user, 'Boise', date);
    await seatsTable(date);
    await user.type(screen.getByLabelText('Motivo del cierre'), 'Corte de luz en el edificio');
    await user.keyboard('{Enter}');
    const warning = await screen.findByRole('alertdialog', {
      name: `¿Cerrar Consulado de México en Boise el ${formatLocalDate(date, 'es-MX', 'long')}?`,
    });
    expect(warning.textContent).toContain('El día deja de aceptar citas de inmediato.');
    expect(warning.textContent).toContain('Los lugares apartados en este momento fallarán al confirmarse.');
    expect(warning.textContent).toContain(
      'Las citas ya agendadas se listarán para reagendarlas; no se borra ninguna.',
    );
    // A destructive step starts on Cancel.
    expect(document.activeElement).toBe(within(warning).getByRole('button', { name: 'Cancelar' }));
    await user.click(within(warning).getByRole('button', { name: 'Cerrar el día' }));

    const list = await screen.findByRole('table', { name: /^Citas por reagendar \(\d+\)$/ });
    const row = within(list).getByRole('row', { name: new RegExp(appointment.confirmationCode) });
    expect(row.textContent).toContain(`${applicant.givenNames} ${applicant.firstSurname}`);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Día cerrado' })),
    );
    expect(screen.getByText(/Motivo: Corte de luz en el edificio/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Copiar la lista (CSV)' }));
    await screen.findByText(/^Lista copiada: \d+ citas?\./);
    const csv = await navigator.clipboard.readText();
    expect(csv.split('\r\n')[0]).toBe('Código,Solicitante,Teléfono,Correo,Hora local');
    const line = csv.split('\r\n').find((l) => l.startsWith(`${appointment.confirmationCode},`));
    expect(line).toContain(`${applicant.givenNames} ${applicant.firstSurname}`);

    // The day takes no new holds; the appointment is still booked, to be rebooked.
    const operator = await otherOperator('operator35');
    const caller = await registerApplicant(operator);
    const refused = await createHold(operator, {
      slotId: other.id,
      applicantId: caller.id,
      procedureId: PROCEDURE,
    }).catch((e: unknown) => e);
    expect(isApiError(refused) && refused.code).toBe('day_closed');
  });

  it('shows a day closed earlier with its list, read from the server', async () => {
    const { api, user } = await renderCapacity();
    const { date, slots } = await dayWithSlots(api, 'SLC', 'America/Denver', 22);
    const { applicant, appointment } = await bookOn('operator36', slots.find((s) => s.available > 0) as Slot);
    await closeDay(api, 'SLC', date, { reason: 'Mantenimiento del edificio' });

    await openDay(user, 'Salt Lake', date);
    const list = await screen.findByRole('table', { name: /^Citas por reagendar/ });
    expect(
      within(list).getByRole('row', { name: new RegExp(appointment.confirmationCode) }).textContent,
    ).toContain(applicant.givenNames);
    expect(screen.getByText(/Motivo: Mantenimiento del edificio/)).toBeTruthy();
    await screen.findByText('El día está cerrado: ya no se agenda y sus lugares no se pueden cambiar.');
    expect(screen.queryByLabelText('Motivo del cierre')).toBeNull();
  });
});
