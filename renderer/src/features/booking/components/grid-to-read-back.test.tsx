/**
 * The hold-to-confirm path as the console composes it: the slot grid and the booking panel side by
 * side (this test composes the two features the way ConsoleScreen does; neither imports the other).
 */
import { act, configure, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cancelAppointment } from '../../../api/appointments';
import { releaseHold } from '../../../api/holds';
import { formatDateTimeInWords, formatLocalDate, formatWallTime, zoneName } from '../../../i18n/format-zoned';
import { renderWithConsole } from '../../../testing/render-console';
import { SlotGridPanel } from '../../slots/components/slot-grid-panel';
import { BookingPanel } from './booking-panel';
import { ConsoleHooks, newApplicant, slotWithSeats } from './booking-test-fixtures';

// Douglas, Arizona: a small office, Mountain time without daylight saving.
const CONSULATE = 'DGL';
const ZONE = 'America/Phoenix';
const PROCEDURE = 'passport-renewal';

// Loads and live events cross a real server and socket: allow for a machine busy with parallel tests.
configure({ asyncUtilTimeout: 5_000 });

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.().catch(() => undefined);
});

describe('from the grid to the read-back, by keyboard', () => {
  it('Enter holds the time and focus moves to Confirm; Enter confirms and the read-back takes focus', async () => {
    const { user, store, api } = await renderWithConsole(
      <>
        <ConsoleHooks />
        <SlotGridPanel />
        <BookingPanel />
      </>,
      { username: 'operator24' },
    );
    const applicant = await newApplicant(api);
    const slot = await slotWithSeats(api, CONSULATE, ZONE);
    await waitFor(() => expect(store.getState().socketStatus).toBe('online'));
    act(() => {
      const s = store.getState();
      s.selectApplicant(applicant);
      s.selectProcedure(PROCEDURE);
      s.selectConsulate(CONSULATE);
      s.selectSlot(slot.id);
      s.focusPanel('slots');
    });
    const day = formatLocalDate(slot.localStart.slice(0, 10), 'es-MX', 'long');
    const time = formatWallTime(slot.localStart.slice(11), 'es-MX');
    const seats = (n: number) => (n === 0 ? 'sin lugares' : n === 1 ? '1 lugar libre' : `${n} lugares libres`);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(`${day}, ${time}: ${seats(slot.available)}`));

    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Confirmar cita/));
    const hold = store.getState().hold;
    cleanups.push(() => releaseHold(api, hold?.id ?? ''));
    // The seat we hold shows as taken in the grid, through the live event.
    await screen.findByRole('gridcell', { name: `${day}, ${time}: ${seats(slot.available - 1)}` });

    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Cita confirmada: léala al solicitante' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const booked = store.getState().booked;
    cleanups.push(() => cancelAppointment(api, booked?.id ?? ''));
    expect(screen.getByText(`${formatDateTimeInWords(slot.start, ZONE, 'es-MX')}, ${zoneName(slot.start, ZONE, 'es-MX')}`)).toBeTruthy();

    // Back to the grid (Alt+4 in the console): the time just booked, still selected, takes focus.
    act(() => store.getState().focusPanel('slots'));
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(`${day}, ${time}: ${seats(slot.available - 1)}`));
  });
});
