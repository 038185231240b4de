import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Applicant } from '../../../../../shared/api/applicants';
import { AppointmentList } from '../../../../../shared/api/booking/appointments';
import type { Hold } from '../../../../../shared/api/booking/holds';
import type { Slot } from '../../../../../shared/api/slots';
import { spellPhonetic } from '../../../../../shared/domain/booking/confirmation-code';
import { ApiProvider, type Api } from '../../../api/api-client-context';
import { createHold, releaseHold } from '../../../api/holds';
import { formatDateTimeInWords, zoneName } from '../../../i18n/format-zoned';
import { ApiError } from '../../../lib/api-error';
import { callerWithSeat } from '../../../testing/caller-with-seat';
import { ConsoleHooks } from '../../../testing/console-hooks';
import { installDesktopShell, removeDesktopShell } from '../../../testing/desktop-shell';
import { onLiveServer } from '../../../testing/live-server';
import { renderWithConsole, type Rendered } from '../../../testing/render-console';
import { slotsOf } from '../../../testing/seat-fixtures';
import { BookingPanel } from './booking-panel';

// Leamington, Ontario: Eastern time.
const CONSULATE = 'LEA';
const ZONE = 'America/Toronto';
const PROCEDURE = 'matricula';

const { undoAfterEach } = onLiveServer();
afterEach(removeDesktopShell);

type Setup = Rendered & { hold: Hold; slot: Slot; applicant: Applicant };

/**
 * The booking panel with a seat just held for a fresh caller, as the grid leaves it: caller,
 * service, consulate and hold in the store, focus asked for the booking panel. `wrapApi` puts a
 * test-only layer around the real API the panel uses.
 */
async function renderWithHold(
  wrapApi?: (real: Api) => Api,
  locale: 'es-MX' | 'en' = 'es-MX',
): Promise<Setup> {
  let real: Api | null = null;
  let wrapped: Api | null = null;
  const panelApi: Api = (path, options) => {
    if (!real) throw new Error('API not ready');
    wrapped ??= wrapApi ? wrapApi(real) : real;
    return wrapped(path, options);
  };
  const rendered = await renderWithConsole(
    <ApiProvider api={panelApi}>
      <ConsoleHooks />
      <BookingPanel />
    </ApiProvider>,
    { username: 'operator23', locale },
  );
  real = rendered.api;
  const { api, store } = rendered;
  const { applicant, slot } = await callerWithSeat(rendered, {
    procedureId: PROCEDURE,
    consulateId: CONSULATE,
    timeZone: ZONE,
  });
  const hold = await createHold(api, { slotId: slot.id, applicantId: applicant.id, procedureId: PROCEDURE });
  undoAfterEach(() => releaseHold(api, hold.id));
  act(() => {
    const s = store.getState();
    s.setHold(hold);
    s.selectSlot(slot.id);
    s.focusPanel('booking');
  });
  return { ...rendered, hold, slot, applicant };
}

const confirmButton = () => screen.getByRole('button', { name: /Confirmar cita/ }) as HTMLButtonElement;
const extendButton = () => screen.getByRole('button', { name: /Extender/ }) as HTMLButtonElement;
const appointmentsOf = (api: Api, applicantId: string) =>
  api('/api/appointments', { query: { applicantId }, schema: AppointmentList }).then((r) => r.items);

/** The words of the read-back's code spelled out, under its term. */
const spelledOut = (term: string) =>
  within(screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('the booking panel', () => {
  it('lists the steps and their keys while nothing is held', async () => {
    await renderWithConsole(<BookingPanel />, { username: 'operator23' });
    expect(screen.getByRole('heading', { name: 'Pasos para agendar' })).toBeTruthy();
    expect(screen.getByText('Confirme y lea la cita al solicitante')).toBeTruthy();
    expect(screen.getByText('Alt+C')).toBeTruthy();
  });

  it('shows the held seat in the consulate’s zone with a countdown, Confirm focused', async () => {
    const { slot, applicant } = await renderWithHold();
    await waitFor(() => expect(document.activeElement).toBe(confirmButton()));
    expect(
      await screen.findByText(
        `${formatDateTimeInWords(slot.start, ZONE, 'es-MX')}, ${zoneName(slot.start, ZONE, 'es-MX')}`,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(`${applicant.givenNames} ${applicant.firstSurname} ${applicant.secondSurname}`),
    ).toBeTruthy();
    expect(await screen.findByText('Consulado de México en Leamington (Leamington, ON)')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toMatch(/^0[45]:\d\d$/);
    expect(confirmButton().getAttribute('aria-keyshortcuts')).toBe('Alt+C');
  });

  it('confirms with Alt+C and reads back the date in the consulate’s zone and the code spelled out', async () => {
    const { user, store, api, slot, applicant } = await renderWithHold();
    await waitFor(() => expect(document.activeElement).toBe(confirmButton()));
    await user.keyboard('{Alt>}c{/Alt}');
    const heading = await screen.findByRole('heading', { name: 'Cita confirmada: léala al solicitante' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const booked = store.getState().booked;
    expect(booked?.slotId).toBe(slot.id);
    expect(store.getState().hold).toBeNull();
    expect(
      screen.getByText(
        `${formatDateTimeInWords(slot.start, ZONE, 'es-MX')}, ${zoneName(slot.start, ZONE, 'es-MX')}`,
      ),
    ).toBeTruthy();
    const code = booked?.confirmationCode ?? '';
    expect(screen.getByText([...code].join(' '))).toBeTruthy();
    const spelled = spelledOut('Deletreado');
    expect(spelled).toEqual(spellPhonetic(code, 'es'));
    expect(screen.getByText('Para terminar, cierre la llamada con Alt+W.')).toBeTruthy();
    // Printing is the desktop shell's: no button in a browser.
    expect(screen.queryByRole('button', { name: /Imprimir/ })).toBeNull();
    expect(await appointmentsOf(api, applicant.id)).toHaveLength(1);
  });

  it('reads back in English with the zone named in English and the code in the NATO alphabet', async () => {
    const { user, store, slot } = await renderWithHold(undefined, 'en');
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Confirm appointment/));
    await user.keyboard('{Alt>}c{/Alt}');
    await screen.findByRole('heading', { name: 'Appointment confirmed: read it to the caller' });
    expect(
      screen.getByText(
        `${formatDateTimeInWords(slot.start, ZONE, 'en')}, ${zoneName(slot.start, ZONE, 'en')}`,
      ),
    ).toBeTruthy();
    const code = store.getState().booked?.confirmationCode ?? '';
    expect(spelledOut('Spelled out')).toEqual(spellPhonetic(code, 'en'));
  });

  it('books once when the network fails during confirm: retried with the same key', async () => {
    const keys: string[] = [];
    let confirmCalls = 0;
    const blips =
      (real: Api): Api =>
      async (path, options) => {
        if (path !== '/api/appointments' || options.method !== 'POST') return real(path, options);
        confirmCalls++;
        keys.push(options.headers?.['idempotency-key'] ?? '');
        // First: never sent. Second: sent and booked, but the answer is lost. Third: as it comes.
        if (confirmCalls === 1) throw new ApiError('network', 0, 'blip before sending');
        if (confirmCalls === 2) {
          await real(path, options);
          throw new ApiError('network', 0, 'answer lost');
        }
        return real(path, options);
      };
    const { user, store, api, applicant } = await renderWithHold(blips);
    await waitFor(() => expect(document.activeElement).toBe(confirmButton()));
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/reintentando \(1 de 3\)/)).toBeTruthy();
    expect(
      await screen.findByRole('heading', { name: 'Cita confirmada: léala al solicitante' }),
    ).toBeTruthy();
    expect(confirmCalls).toBe(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^confirm:/);
    const appointments = await appointmentsOf(api, applicant.id);
    expect(appointments).toHaveLength(1);
    expect(appointments[0]?.confirmationCode).toBe(store.getState().booked?.confirmationCode);
  });

  it('shows a refused confirm and ends the attempt with a new key next time', async () => {
    const { user, store, api, hold } = await renderWithHold();
    await waitFor(() => expect(document.activeElement).toBe(confirmButton()));
    await releaseHold(api, hold.id);
    await user.keyboard('{Alt>}c{/Alt}');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'La reservación temporal venció. Aparte el lugar de nuevo.',
    );
    expect(store.getState().confirmKey).toBeNull();
    expect(store.getState().hold).toBeNull();
    expect(store.getState().focusRequest?.panel).toBe('slots');
  });

  it('warns once as the hold nears its end, and Alt+E extends it', async () => {
    const shell = installDesktopShell();
    const { user, store, hold } = await renderWithHold();
    await waitFor(() => expect(document.activeElement).toBe(confirmButton()));
    expect(screen.queryByText(/está por vencer/)).toBeNull();
    act(() => store.getState().setHold({ ...hold, expiresAt: new Date(Date.now() + 20_000).toISOString() }));
    const warning = await screen.findByText(
      'El apartado está por vencer. Confirme (Alt+C) o extienda (Alt+E).',
    );
    expect(warning.closest('[aria-live="assertive"]')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toMatch(/^00:(19|20)$/);
    await waitFor(() => expect(shell.notify).toHaveLength(1));
    expect(shell.notify[0]?.title).toBe('El apartado está por vencer');

    await user.keyboard('{Alt>}e{/Alt}');
    await waitFor(() => expect(screen.queryByText(/está por vencer/)).toBeNull());
    expect(screen.getByRole('timer').textContent).toMatch(/^0[45]:\d\d$/);
    expect(Date.parse(store.getState().hold?.expiresAt ?? '')).toBeGreaterThan(Date.parse(hold.expiresAt));
    expect(shell.notify).toHaveLength(1);
  });

  it('tells the operator when the hold expires and goes back to the grid', async () => {
    const { store, hold } = await renderWithHold();
    await waitFor(() => expect(document.activeElement).toBe(confirmButton()));
    act(() => store.getState().setHold({ ...hold, expiresAt: new Date(Date.now() + 1_200).toISOString() }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'El apartado venció y el lugar puede estar ocupado. Aparte un horario de nuevo.',
    );
    expect(store.getState().hold).toBeNull();
    expect(store.getState().focusRequest?.panel).toBe('slots');
  });

  it('releases with Alt+X: the seat is free again and the grid takes over', async () => {
    const { user, store, api, slot } = await renderWithHold();
    await waitFor(() => expect(document.activeElement).toBe(confirmButton()));
    await user.keyboard('{Alt>}x{/Alt}');
    await screen.findByRole('heading', { name: 'Pasos para agendar' });
    expect(store.getState().hold).toBeNull();
    expect(store.getState().focusRequest?.panel).toBe('slots');
    const now = (await slotsOf(api, CONSULATE, ZONE)).find((s) => s.id === slot.id);
    expect(now?.available).toBe(slot.available);
  });

  it('disables Confirm and Extend while offline, saying why', async () => {
    const { user, store } = await renderWithHold();
    await waitFor(() => expect(document.activeElement).toBe(confirmButton()));
    act(() => store.getState().setSocketStatus('offline'));
    expect(confirmButton().disabled).toBe(true);
    expect(extendButton().disabled).toBe(true);
    expect(
      screen.getByText('Sin conexión en vivo: no se puede confirmar ni extender hasta reconectar.'),
    ).toBeTruthy();
    await user.keyboard('{Alt>}c{/Alt}');
    expect(store.getState().booked).toBeNull();
    act(() => store.getState().setSocketStatus('online'));
    expect(confirmButton().disabled).toBe(false);
  });

  it('prints the confirmation with Alt+P in the desktop shell', async () => {
    const shell = installDesktopShell();
    const { user, store } = await renderWithHold();
    await waitFor(() => expect(document.activeElement).toBe(confirmButton()));
    await user.keyboard('{Alt>}c{/Alt}');
    await screen.findByRole('heading', { name: 'Cita confirmada: léala al solicitante' });
    const print = screen.getByRole('button', { name: /Imprimir confirmación/ });
    expect(print.getAttribute('aria-keyshortcuts')).toBe('Alt+P');
    await user.keyboard('{Alt>}p{/Alt}');
    await waitFor(() =>
      expect(shell.print).toEqual([{ confirmationCode: store.getState().booked?.confirmationCode }]),
    );
    expect(await screen.findByText('Confirmación guardada en /tmp/confirmacion.pdf.')).toBeTruthy();
  });
});
