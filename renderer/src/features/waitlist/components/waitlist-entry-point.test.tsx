import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Applicant } from '../../../../../shared/api/applicants';
import { SlotList } from '../../../../../shared/api/slots';
import { WaitlistEntry } from '../../../../../shared/api/waitlist';
import { addDays } from '../../../../../shared/domain/time/local-date';
import { todayIn } from '../../../../../shared/domain/time/zoned-time';
import type { Api } from '../../../api/api-client-context';
import { cancelAppointment } from '../../../api/appointments';
import { deleteWaitlistEntry } from '../../../api/waitlist';
import type { Locale } from '../../../i18n/locales';
import { ConsoleHooks } from '../../../testing/console-hooks';
import { onLiveServer } from '../../../testing/live-server';
import { renderWithConsole, type Rendered } from '../../../testing/render-console';
import { registerApplicant } from '../../../testing/seat-fixtures';
import { daysWithoutSeats, entriesOf, giveBackASeat } from '../testing/waitlist-fixtures';
import { ApplicantWaitlist } from './applicant-waitlist';
import { WaitlistEntryPoint } from './waitlist-entry-point';

// operator38 puts callers on the waitlist at Douglas and Nogales (Arizona: no DST), which no other renderer test books.
const OPERATOR = 'operator38';
const ZONE = 'America/Phoenix';
const PROCEDURE = 'matricula';

const { undoAfterEach } = onLiveServer();

const entryOf = (api: Api, id: string) => api(`/api/waitlist/${id}`, { schema: WaitlistEntry });
/** The operator's screen around the waitlist: a caller picked, a service, a consulate; the shortcut listener. */
async function renderWaitlist(locale: Locale): Promise<Rendered & { applicant: Applicant }> {
  const r = await renderWithConsole(<ConsoleHooks />, { username: OPERATOR, locale });
  const applicant = await registerApplicant(r.api);
  r.unmount();
  const rendered = await renderWithConsole(
    <>
      <ConsoleHooks />
      <WaitlistEntryPoint />
      <ApplicantWaitlist applicantId={applicant.id} />
    </>,
    { username: OPERATOR, locale },
  );
  act(() => {
    const s = rendered.store.getState();
    s.selectApplicant(applicant);
    s.selectProcedure(PROCEDURE);
    s.selectConsulate('DGL');
  });
  // The form needs the services and consulates: Alt+Y works once the button does.
  const button = await screen.findByRole('button', {
    name: locale === 'en' ? /Put on the waitlist/ : /Poner en lista de espera/,
  });
  await waitFor(() => expect(button).toHaveProperty('disabled', false));
  return { ...rendered, applicant };
}

async function typeDate(rendered: Rendered, label: string, value: string) {
  const input = screen.getByLabelText<HTMLInputElement>(label);
  await rendered.user.clear(input);
  await rendered.user.type(input, value);
  expect(input.value).toBe(value);
}

describe('the waitlist from the operator’s console', () => {
  it('puts a caller on the waitlist with the keyboard, words a second try by its code, and takes them off', async () => {
    const r = await renderWaitlist('es-MX');
    const range = await daysWithoutSeats(r.api, ['DGL', 'NOG'], ZONE);

    // "No time suits": Alt+Y opens the form with the consulate on screen chosen and the dates focused.
    await r.user.keyboard('{Alt>}y{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Poner en lista de espera' });
    expect(within(dialog).getByText(/Matrícula consular/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Quitar Douglas' })).toBeTruthy();
    const from = within(dialog).getByLabelText<HTMLInputElement>('Desde (fecha del consulado)');
    await waitFor(() => expect(document.activeElement).toBe(from));
    // Today in the consulate's zone is where the range starts.
    expect(from.value).toBe(todayIn(ZONE));

    // Another consulate, typed and picked with Enter (Enter there adds it, it does not send the form).
    await r.user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(
      within(dialog).getByRole('combobox', { name: 'Agregar otro consulado' }),
    );
    await r.user.keyboard('Nogales{Enter}');
    expect(within(dialog).getByRole('button', { name: 'Quitar Nogales' })).toBeTruthy();
    expect(screen.getByRole('dialog')).toBe(dialog);

    await typeDate(r, 'Desde (fecha del consulado)', range.from);
    await typeDate(r, 'Hasta', range.to);
    await r.user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText(/quedó en la lista de espera/)).toBeTruthy();
    const waitingLine = await screen.findByText(/^En lista de espera: Douglas, Nogales, /);
    const [entry] = await entriesOf(r.api, r.applicant.id);
    expect(entry).toMatchObject({ status: 'waiting', consulateIds: ['DGL', 'NOG'], ...range });
    undoAfterEach(() => deleteWaitlistEntry(r.api, entry!.id));
    expect(waitingLine.textContent).toContain('Douglas, Nogales');

    // A second entry for the same person and service: 409, worded from the catalog.
    await r.user.keyboard('{Alt>}y{/Alt}');
    const again = await screen.findByRole('dialog', { name: 'Poner en lista de espera' });
    await typeDate(r, 'Desde (fecha del consulado)', range.from);
    await typeDate(r, 'Hasta', range.to);
    await r.user.keyboard('{Enter}');
    expect((await within(again).findByRole('alert')).textContent).toBe(
      'Esta persona ya está en la lista de espera para este trámite. Consulte su lugar en la lista.',
    );
    await r.user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // Taken off the list from the caller's record, with the keyboard.
    const remove = screen.getByRole('button', { name: 'Quitar de la lista de espera: Douglas, Nogales' });
    remove.focus();
    await r.user.keyboard('{Enter}');
    expect(await screen.findByText('Se quitó de la lista de espera.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/^En lista de espera:/)).toBeNull());
  });

  it('in English, refuses dates past the horizon before sending, and books from the record a seat given back for the caller', async () => {
    const r = await renderWaitlist('en');
    act(() => r.store.getState().selectConsulate('NOG'));
    await r.user.keyboard('{Alt>}y{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Put on the waitlist' });
    const today = todayIn(ZONE);
    await typeDate(r, 'Until', addDays(today, 400));
    await r.user.keyboard('{Enter}');
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/^Enter two dates between /);
    expect(await entriesOf(r.api, r.applicant.id)).toEqual([]);

    // Nogales has free seats in the seeded weeks, but the new entry waits (the caller declined them)…
    await typeDate(r, 'Until', addDays(today, 30));
    await r.user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText(/is on the waitlist\.$/)).toBeTruthy();
    expect((await entriesOf(r.api, r.applicant.id))[0]?.status).toBe('waiting');
    // …until another caller's seat there is given back: it is held for this caller, shown on the record.
    await giveBackASeat(r.api, 'NOG', { from: today, to: addDays(today, 30) }, PROCEDURE);
    const offer = await screen.findByText(/^Seat held for the caller: Nogales, /, {}, { timeout: 10_000 });
    const [entry] = await entriesOf(r.api, r.applicant.id);
    expect(entry?.status).toBe('offered');
    // The time is said in the consulate's zone, named.
    expect(offer.textContent).toMatch(/Mountain Standard Time\)$/);
    expect(screen.getByText(/^Expires on /)).toBeTruthy();

    const confirm = screen.getByRole('button', { name: 'Confirm appointment' });
    confirm.focus();
    await r.user.keyboard('{Enter}');
    await waitFor(() => expect(r.store.getState().booked).not.toBeNull());
    const booked = r.store.getState().booked!;
    undoAfterEach(() => cancelAppointment(r.api, booked.id));
    expect(booked).toMatchObject({ applicantId: r.applicant.id, consulateId: 'NOG', status: 'booked' });
    expect(booked.start).toBe(entry!.offeredSlot!.start);
    expect(await entryOf(r.api, entry!.id)).toMatchObject({ status: 'booked', appointmentId: booked.id });
    // The record no longer shows the held seat.
    await waitFor(() => expect(screen.queryByText(/^Seat held for the caller/)).toBeNull());
  });

  it('releases a seat held for the caller with Liberar: the entry leaves the list and the seat is free again', async () => {
    const r = await renderWaitlist('es-MX');
    await r.user.keyboard('{Alt>}y{/Alt}');
    await screen.findByRole('dialog', { name: 'Poner en lista de espera' });
    const today = todayIn(ZONE);
    await typeDate(r, 'Hasta', addDays(today, 30));
    await r.user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // A seat at Douglas given back by another caller is held for this one.
    await giveBackASeat(r.api, 'DGL', { from: today, to: addDays(today, 30) }, PROCEDURE);
    await screen.findByText(/^Lugar apartado para usted: Douglas, /, {}, { timeout: 10_000 });
    const [entry] = await entriesOf(r.api, r.applicant.id);
    expect(entry?.status).toBe('offered');
    const slotId = entry!.offeredSlot!.slotId;
    const seatsOf = async () => {
      const date = entry!.offeredSlot!.localStart.slice(0, 10);
      const { items } = await r.api('/api/slots', {
        query: { consulateId: 'DGL', from: date, to: date },
        schema: SlotList,
      });
      return items.find((s) => s.id === slotId)!.available;
    };
    const whileHeld = await seatsOf();

    const release = screen.getByRole('button', { name: 'Liberar el lugar apartado y quitar de la lista' });
    release.focus();
    await r.user.keyboard('{Enter}');
    expect(
      await screen.findByText('Se liberó el lugar; pasa a la siguiente persona en espera.'),
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/^Lugar apartado para usted/)).toBeNull());
    expect((await entryOf(r.api, entry!.id)).status).toBe('cancelled');
    // Nobody else waits for that seat here: it is free again for anyone.
    expect(await seatsOf()).toBe(whileHeld + 1);
  });
});
