/**
 * The read-back of an appointment whose consulate is closed that day says so before anything
 * else (heading and alert), so nobody reads out a date that will not happen: when the day was
 * closed before the read-back is shown, and when a lead closes it while it is on screen.
 */
import { screen, waitFor } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../../../shared/api/booking/appointments';
import { useApi } from '../../../api/api-client-context';
import { closeDay, reopenDay } from '../../../api/capacity';
import { queryKeys } from '../../../api/query-keys';
import { slotsQuery } from '../../../api/slots';
import { useSlotSubscription } from '../../../realtime/use-slot-subscription';
import { ConsoleHooks } from '../../../testing/console-hooks';
import { onLiveServer } from '../../../testing/live-server';
import { otherOperator, renderWithConsole } from '../../../testing/render-console';
import { bookSeat, registerApplicant } from '../../../testing/seat-fixtures';
import type { Locale } from '../../../i18n/locales';
import { BookingReadback } from './booking-readback';

const USERNAME = 'operator39';
const LEAD = 'lead2';

const { undoAfterEach } = onLiveServer();

const dayOf = (appointment: Appointment) => appointment.localStart.slice(0, 10);

/** The grid's live watch over the appointment's day, as the console keeps it while the read-back shows. */
function WatchDay({ appointment }: { appointment: Appointment }) {
  const api = useApi();
  const day = dayOf(appointment);
  useQuery(slotsQuery(api, appointment.consulateId, day, day));
  useSlotSubscription(appointment.consulateId, day, day);
  return null;
}

/** An operator's fresh booking, and a lead who can close its day (reopened after the test). */
async function bookingToReadBack() {
  const operator = await otherOperator(USERNAME);
  const appointment = await bookSeat(operator, (await registerApplicant(operator)).id);
  const lead = await otherOperator(LEAD);
  const close = async (reason: string) => {
    await closeDay(lead, appointment.consulateId, dayOf(appointment), { reason });
    undoAfterEach(() =>
      reopenDay(lead, appointment.consulateId, dayOf(appointment), { reason: 'Fin de la prueba' }),
    );
  };
  return { appointment, close };
}

/** The read-back as the booking panel shows it, with the console's live sync and the grid's watch on the day. */
const renderReadback = (appointment: Appointment, locale: Locale = 'es-MX') =>
  renderWithConsole(
    <>
      <ConsoleHooks />
      <WatchDay appointment={appointment} />
      <BookingReadback appointment={appointment} headingRef={() => undefined} />
    </>,
    { username: USERNAME, locale },
  );

describe('the read-back of an appointment on a closed day', () => {
  it('says the consulate is closed that day first, with the reason, and strikes the date out', async () => {
    const { appointment, close } = await bookingToReadBack();
    await close('Falla eléctrica en el edificio');
    await renderReadback(appointment);

    const heading = await screen.findByRole('heading', { name: 'Consulado cerrado ese día — reagendar' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(
      'El consulado no atenderá ese día (Falla eléctrica en el edificio). No lea esta fecha al solicitante: reagende la cita.',
    );
    // Nothing comes between the heading and the warning: it is the first thing read.
    expect(heading.nextElementSibling).toBe(alert);
    expect(screen.queryByText('Cita confirmada: léala al solicitante')).toBeNull();
    // The date and time, once the consulate is known, are struck out.
    await waitFor(() =>
      expect(document.querySelector('.booking-readback__when')?.className).toContain(
        'booking-readback__when--void',
      ),
    );
  });

  it('turns into the warning when a lead closes the day while the read-back is on screen', async () => {
    const { appointment, close } = await bookingToReadBack();
    const r = await renderReadback(appointment);
    await screen.findByRole('heading', { name: 'Cita confirmada: léala al solicitante' });
    // The read on showing has answered (day open): what follows can only come from the live event.
    await waitFor(() =>
      expect(
        r.queryClient.getQueryState(queryKeys.appointments.detail(appointment.id))?.dataUpdatedAt,
      ).toBeGreaterThan(0),
    );
    expect(screen.queryByRole('alert')).toBeNull();

    await close('Inundación');
    // The day's seats go to 0 on the live socket; the read-back asks the server again at once.
    await screen.findByRole('heading', { name: 'Consulado cerrado ese día — reagendar' });
    expect(screen.getByRole('alert').textContent).toContain('(Inundación)');
  });

  it('in English', async () => {
    const { appointment, close } = await bookingToReadBack();
    await close('Building maintenance');
    await renderReadback(appointment, 'en');
    await screen.findByRole('heading', { name: 'Consulate closed that day — rebook' });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'The consulate will not open that day (Building maintenance). Do not read this date to the caller: rebook the appointment.',
      ),
    );
  });
});
