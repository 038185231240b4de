import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppointmentList } from '../../../../../shared/api/booking/appointments';
import { ConsulateList } from '../../../../../shared/api/reference/consulates';
import { ProcedureList } from '../../../../../shared/api/reference/procedures';
import { queryKeys } from '../../../api/query-keys';
import { renderWithConsole, type Rendered } from '../../../testing/render-console';
import { renderCallerPanel } from '../testing/caller-harness';
import { bookSeat, registerApplicant } from '../../../testing/seat-fixtures';
import { CallerPanel } from './caller-panel';

const USERNAME = 'operator15';

/** The caller panel with a caller picked who has one appointment, made through the API. */
async function renderWithAppointment() {
  const r = await renderCallerPanel(USERNAME);
  const applicant = await registerApplicant(r.api);
  const appointment = await bookSeat(r.api, applicant.id);
  act(() => r.store.getState().selectApplicant(applicant));
  const item = (await screen.findByText(`Código ${appointment.confirmationCode}`)).closest('li')!;
  return { ...r, applicant, appointment, item };
}

const serverAppointments = (r: Rendered, applicantId: string) =>
  r.api('/api/appointments', { query: { applicantId }, schema: AppointmentList }).then((l) => l.items);

describe("The caller's appointments", () => {
  it("lists each with its service, consulate, time in the consulate's zone and code", async () => {
    const r = await renderWithAppointment();
    const procedures = await r.api('/api/procedures', { schema: ProcedureList });
    const consulates = await r.api('/api/consulates', { schema: ConsulateList });
    const procedure = procedures.items.find((p) => p.id === r.appointment.procedureId)!;
    const consulate = consulates.items.find((c) => c.id === r.appointment.consulateId)!;
    await waitFor(() => expect(within(r.item).getByText(procedure.name.es)).toBeTruthy());
    expect(within(r.item).getByText(consulate.name)).toBeTruthy();
    expect(within(r.item).getByText('Activa')).toBeTruthy();
    // "mar 1 dic, 9:20 a.m. (MST)": the day and time as the consulate counts them, zone said.
    const when = within(r.item).getByText(/\d:\d\d.*\(.+\)$/).textContent!;
    const minutes = r.appointment.localStart.slice(14, 16);
    expect(when).toContain(`:${minutes}`);
    expect(when).toContain(String(Number(r.appointment.localStart.slice(8, 10))));
  });

  it('Alt+A reaches them; cancelling asks first and Escape keeps the appointment', async () => {
    const r = await renderWithAppointment();
    await r.user.keyboard('{Alt>}a{/Alt}');
    const reschedule = within(r.item).getByRole('button', {
      name: `Reprogramar la cita ${r.appointment.confirmationCode}`,
    });
    expect(document.activeElement).toBe(reschedule);
    await r.user.tab();
    await r.user.keyboard('{Enter}');
    const confirm = within(r.item).getByRole('group', {
      name: `¿Cancelar la cita ${r.appointment.confirmationCode}?`,
    });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Sí, cancelar' }));

    await r.user.keyboard('{Escape}');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(r.item).getByRole('button', { name: `Cancelar la cita ${r.appointment.confirmationCode}` }),
      ),
    );
    expect((await serverAppointments(r, r.applicant.id))[0]?.status).toBe('booked');
  });

  it('Enter on the confirm step cancels it, says so, and frees the seat on the server', async () => {
    const r = await renderWithAppointment();
    const code = r.appointment.confirmationCode;
    r.queryClient.setQueryData(queryKeys.slots.range(r.appointment.consulateId, 'a', 'b'), {
      items: [],
      seq: 0,
    });
    await r.user.click(within(r.item).getByRole('button', { name: `Cancelar la cita ${code}` }));
    await r.user.keyboard('{Enter}');

    expect(await screen.findByText(`Cita ${code} cancelada; el lugar quedó libre.`)).toBeTruthy();
    await waitFor(() => expect(within(r.item).getByText('Cancelada')).toBeTruthy());
    expect(within(r.item).queryByRole('button')).toBeNull();
    expect(
      r.queryClient.getQueryState(queryKeys.slots.range(r.appointment.consulateId, 'a', 'b'))?.isInvalidated,
    ).toBe(true);
    expect((await serverAppointments(r, r.applicant.id))[0]?.status).toBe('cancelled');
  });

  it('Reschedule hands the appointment to the slot grid', async () => {
    const r = await renderWithAppointment();
    await r.user.click(
      within(r.item).getByRole('button', { name: `Reprogramar la cita ${r.appointment.confirmationCode}` }),
    );
    expect(r.store.getState().reschedulingAppointmentId).toBe(r.appointment.id);
    expect(r.store.getState().procedureId).toBe(r.appointment.procedureId);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('slots step')));
  });

  it('says when the caller has no appointments', async () => {
    const r = await renderWithConsole(<CallerPanel />, { username: USERNAME });
    const applicant = await registerApplicant(r.api);
    act(() => r.store.getState().selectApplicant(applicant));
    expect(await screen.findByText('No tiene citas registradas.')).toBeTruthy();
  });
});
