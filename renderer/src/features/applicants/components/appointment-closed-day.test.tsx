/**
 * An appointment whose consulate is closed that day, as the operator sees it in the caller's
 * appointments: a clear "closed — rebook" state with the reason, never "Activa", and Reschedule
 * offered first. The day is closed and reopened by a lead through the real server.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../../../shared/api/booking/appointments';
import type { Applicant } from '../../../../../shared/api/applicants';
import { closeDay, reopenDay } from '../../../api/capacity';
import { queryKeys } from '../../../api/query-keys';
import { onLiveServer } from '../../../testing/live-server';
import { otherOperator, type Rendered } from '../../../testing/render-console';
import { bookSeat, registerApplicant } from '../../../testing/seat-fixtures';
import { renderCallerPanel } from '../testing/caller-harness';

const USERNAME = 'operator20';
const LEAD = 'lead2';

const { undoAfterEach } = onLiveServer();

const dayOf = (appointment: Appointment) => appointment.localStart.slice(0, 10);

/** A caller with one appointment whose day a lead has just closed (reopened after the test). */
async function callerOnClosedDay(reason: string) {
  const r = await renderCallerPanel(USERNAME);
  const applicant = await registerApplicant(r.api);
  const appointment = await bookSeat(r.api, applicant.id);
  const lead = await otherOperator(LEAD);
  await closeDay(lead, appointment.consulateId, dayOf(appointment), { reason });
  undoAfterEach(() =>
    reopenDay(lead, appointment.consulateId, dayOf(appointment), { reason: 'Fin de la prueba' }),
  );
  return { ...r, lead, applicant, appointment };
}

async function showCaller(r: Rendered, applicant: Applicant, code: string) {
  act(() => r.store.getState().selectApplicant(applicant));
  return (await screen.findByText(`Código ${code}`)).closest('li') as HTMLElement;
}

describe('an appointment on a day its consulate is closed', () => {
  it('says "Consulado cerrado ese día — reagendar" with the reason, not "Activa", and offers Reschedule first', async () => {
    const r = await callerOnClosedDay('Falla eléctrica en el edificio');
    const code = r.appointment.confirmationCode;
    const item = await showCaller(r, r.applicant, code);

    expect(within(item).getByText('Consulado cerrado ese día — reagendar')).toBeTruthy();
    expect(within(item).queryByText('Activa')).toBeNull();
    expect(
      within(item).getByText(
        'Motivo: Falla eléctrica en el edificio. No confirme esta fecha al solicitante: ofrézcale otra.',
      ),
    ).toBeTruthy();
    const buttons = within(item).getAllByRole('button');
    expect(buttons[0]?.getAttribute('aria-label')).toBe(`Reprogramar la cita ${code}`);
    expect(buttons[0]?.className).toContain('button--primary');
    // Cancelling stays possible (the caller may not want another date).
    expect(within(item).getByRole('button', { name: `Cancelar la cita ${code}` })).toBeTruthy();
  });

  it('Alt+A lands on Reschedule, and Enter hands the appointment to the slot grid to rebook it', async () => {
    const r = await callerOnClosedDay('Cierre por obras');
    await showCaller(r, r.applicant, r.appointment.confirmationCode);
    await r.user.keyboard('{Alt>}a{/Alt}');
    const reschedule = screen.getByRole('button', {
      name: `Reprogramar la cita ${r.appointment.confirmationCode}`,
    });
    await waitFor(() => expect(document.activeElement).toBe(reschedule));
    await r.user.keyboard('{Enter}');
    expect(r.store.getState().reschedulingAppointmentId).toBe(r.appointment.id);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('slots step')));
  });

  it('in English, says "Consulate closed that day — rebook" with the reason', async () => {
    const r = await callerOnClosedDay('Building maintenance');
    act(() => r.store.getState().setLocale('en'));
    act(() => r.store.getState().selectApplicant(r.applicant));
    const item = (await screen.findByText(`Code ${r.appointment.confirmationCode}`)).closest(
      'li',
    ) as HTMLElement;
    expect(within(item).getByText('Consulate closed that day — rebook')).toBeTruthy();
    expect(
      within(item).getByText(
        'Reason: Building maintenance. Do not confirm this date to the caller: offer another one.',
      ),
    ).toBeTruthy();
    expect(within(item).queryByText('Active')).toBeNull();
  });

  it('is "Activa" again once a lead reopens the day', async () => {
    const r = await callerOnClosedDay('Simulacro de protección civil');
    const item = await showCaller(r, r.applicant, r.appointment.confirmationCode);
    await within(item).findByText('Consulado cerrado ese día — reagendar');
    await reopenDay(r.lead, r.appointment.consulateId, dayOf(r.appointment), {
      reason: 'Se suspendió el simulacro',
    });
    await act(() =>
      r.queryClient.invalidateQueries({ queryKey: queryKeys.appointments.ofApplicant(r.applicant.id) }),
    );
    await waitFor(() => expect(within(item).getByText('Activa')).toBeTruthy());
    expect(within(item).queryByText(/^Motivo:/)).toBeNull();
  });
});
