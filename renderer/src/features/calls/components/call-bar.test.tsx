import { act, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Call } from '../../../../../shared/api/calls';
import { MyCall } from '../../../../../shared/api/routing';
import { extendHold, releaseHold } from '../../../api/holds';
import { useShortcutListener } from '../../../commands/command-registry';
import { isApiError } from '../../../lib/api-error';
import { renderConsole, renderWithConsole, type Rendered } from '../../../testing/render-console';
import { bookSeat, holdSeat, registerApplicant } from '../../../testing/seat-fixtures';
import { CallBar } from './call-bar';

const USERNAME = 'operator13';

// jsdom has no CSS.escape, which user-event needs to walk a radio group with the arrow keys.
beforeAll(() => {
  window.CSS ??= {} as typeof CSS;
  window.CSS.escape ??= (value: string) => value.replace(/["\\]/g, '\\$&');
});

/** The console's keyboard listener around the call bar, as the console screen mounts it. */
function WithShortcuts({ children }: { children: ReactNode }) {
  useShortcutListener();
  return children;
}

const renderCallBar = () =>
  renderWithConsole(
    <WithShortcuts>
      <CallBar />
    </WithShortcuts>,
    { username: USERNAME },
  );

async function startWithKeyboard({ user, store }: Rendered) {
  await user.keyboard('{Alt>}n{/Alt}');
  await waitFor(() => expect(store.getState().call).not.toBeNull());
  return store.getState().call!;
}

const fetchCall = (r: Rendered, id: string) => r.api(`/api/calls/${id}`, { schema: Call });

async function holdIsGone(r: Rendered, holdId: string) {
  const error = await extendHold(r.api, holdId).then(
    () => null,
    (e: unknown) => e,
  );
  return isApiError(error) && error.code === 'hold_expired';
}

describe('CallBar', () => {
  it('starts a call with Alt+N and shows its running timer', async () => {
    const r = await renderCallBar();
    await startWithKeyboard(r);
    const timer = screen.getByRole('timer');
    expect(timer.textContent).toMatch(/^00:0\d$/);
    expect(timer.getAttribute('aria-label')).toMatch(/^Duración de la llamada: \d+ segundos?$/);
    expect(screen.getByRole('button', { name: /Terminar llamada/ }).getAttribute('aria-keyshortcuts')).toBe(
      'Alt+W',
    );
    await waitFor(() => expect(timer.textContent).not.toBe('00:00'), { timeout: 2500 });
  });

  it('Alt+W opens the wrap-up with "information" chosen; Escape goes back to the call', async () => {
    const r = await renderCallBar();
    await startWithKeyboard(r);
    await r.user.keyboard('{Alt>}w{/Alt}');
    const dialog = screen.getByRole('dialog', { name: 'Cerrar la llamada' });
    const information = within(dialog).getByRole('radio', { name: 'Solo información' });
    expect(document.activeElement).toBe(information);
    expect((information as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByRole('radio', { name: 'Cita agendada' }) as HTMLInputElement).disabled).toBe(
      true,
    );

    await r.user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Terminar llamada/ }));
    expect(r.store.getState().call).not.toBeNull();
  });

  it('ends the call with the chosen outcome and a note, and logs it on the server', async () => {
    const r = await renderCallBar();
    const call = await startWithKeyboard(r);
    const applicant = await registerApplicant(r.api);
    r.store.getState().selectApplicant(applicant);
    expect(
      await screen.findByText(
        `con ${applicant.givenNames} ${applicant.firstSurname} ${applicant.secondSurname}`,
      ),
    ).toBeTruthy();

    await r.user.keyboard('{Alt>}w{/Alt}');
    // From "information": down to "no times available", then into the note.
    await r.user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Sin horarios disponibles' }));
    await r.user.tab();
    await r.user.keyboard('Volverá a llamar el lunes{Enter}');

    const status = await screen.findByText(/^Llamada registrada, \d+ s\.$/);
    expect(status.getAttribute('role')).toBe('status');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(r.store.getState().call).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: /Llamada saliente/ })),
    );

    const logged = await fetchCall(r, call.id);
    expect(logged).toMatchObject({
      wrapUpCode: 'no_availability',
      applicantId: applicant.id,
      appointmentId: null,
      note: 'Volverá a llamar el lunes',
    });
    expect(logged.endedAt).not.toBeNull();
  });

  it('proposes "booked" after a booking and logs the appointment', async () => {
    const r = await renderCallBar();
    const call = await startWithKeyboard(r);
    const applicant = await registerApplicant(r.api);
    r.store.getState().selectApplicant(applicant);
    const appointment = await bookSeat(r.api, applicant.id);
    r.store.getState().setBooked(appointment);

    await r.user.keyboard('{Alt>}w{/Alt}');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Cita agendada' }));
    await r.user.keyboard('{Enter}');
    await screen.findByText(/^Llamada registrada/);
    expect(await fetchCall(r, call.id)).toMatchObject({
      wrapUpCode: 'booked',
      applicantId: applicant.id,
      appointmentId: appointment.id,
    });
  });

  it('proposes "rescheduled" when the booking moved an existing appointment', async () => {
    const r = await renderCallBar();
    await startWithKeyboard(r);
    const applicant = await registerApplicant(r.api);
    const appointment = await bookSeat(r.api, applicant.id);
    r.store.getState().selectApplicant(applicant);
    r.store.getState().startReschedule(appointment);
    r.store.getState().setBooked({ ...appointment, id: `${appointment.id}x` });

    await r.user.keyboard('{Alt>}w{/Alt}');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Cita reprogramada' }));
    await r.user.keyboard('{Escape}');
  });

  it('warns that a held seat will be released, and releases it before logging the call', async () => {
    const r = await renderCallBar();
    const call = await startWithKeyboard(r);
    const applicant = await registerApplicant(r.api);
    r.store.getState().selectApplicant(applicant);
    const hold = await holdSeat(r.api, applicant.id);
    r.store.getState().setHold(hold);

    await r.user.keyboard('{Alt>}w{/Alt}');
    expect(within(screen.getByRole('dialog')).getByText(/se liberará al terminar la llamada/)).toBeTruthy();
    await r.user.keyboard('{Enter}');
    await screen.findByText(/^Llamada registrada/);

    expect(await holdIsGone(r, hold.id)).toBe(true);
    expect((await fetchCall(r, call.id)).wrapUpCode).toBe('information');
  });

  it('releases a seat held outside a call when the console window closes', async () => {
    const r = await renderCallBar();
    const applicant = await registerApplicant(r.api);
    const hold = await holdSeat(r.api, applicant.id);
    r.store.getState().setHold(hold);

    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await holdIsGone(r, hold.id)).toBe(true));
  });

  it('keeps a seat held on a call when the window closes: the call and its hold live on the server', async () => {
    const r = await renderCallBar();
    const call = await startWithKeyboard(r);
    const applicant = await registerApplicant(r.api);
    const hold = await holdSeat(r.api, applicant.id);
    r.store.getState().setHold(hold);

    window.dispatchEvent(new Event('pagehide'));
    // The console that comes back finds the call with its hold.
    const back = await r.api('/api/me/call', { schema: MyCall });
    expect(back.callId).toBe(call.id);
    expect(back.hold?.id).toBe(hold.id);
    expect(await holdIsGone(r, hold.id)).toBe(false);
    await releaseHold(r.api, hold.id);
    await r.api(`/api/calls/${call.id}/end`, {
      method: 'POST',
      body: { wrapUpCode: 'information' },
      schema: Call,
    });
  });

  it('proposes "cancelled" after the caller\'s appointment was cancelled on the call, and logs it', async () => {
    const r = await renderConsole({ username: USERNAME });
    await screen.findByRole('button', { name: /Llamada saliente/ });
    const call = await startWithKeyboard(r);
    const applicant = await registerApplicant(r.api);
    const appointment = await bookSeat(r.api, applicant.id);
    act(() => r.store.getState().selectApplicant(applicant));
    const code = appointment.confirmationCode;
    await r.user.click(await screen.findByRole('button', { name: `Cancelar la cita ${code}` }));
    await r.user.click(await screen.findByRole('button', { name: 'Sí, cancelar' }));
    expect(await screen.findByText(`Cita ${code} cancelada; el lugar quedó libre.`)).toBeTruthy();

    await r.user.keyboard('{Alt>}w{/Alt}');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Cita cancelada' })),
    );
    await r.user.keyboard('{Enter}');
    await screen.findByText(/^Llamada registrada/);
    expect(await fetchCall(r, call.id)).toMatchObject({
      wrapUpCode: 'cancelled',
      applicantId: applicant.id,
      appointmentId: appointment.id,
    });
  });

  it('in the console, Alt+N puts the cursor in the caller search', async () => {
    const r = await renderConsole({ username: USERNAME });
    await screen.findByRole('button', { name: /Llamada saliente/ });
    await startWithKeyboard(r);
    expect(screen.getByRole('timer')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /Buscar solicitante/ })),
    );
  });
});
