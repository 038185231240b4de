/**
 * The hold-to-confirm path as the console composes it: the slot grid and the booking panel side by
 * side (this test composes the two features the way ConsoleScreen does; neither imports the other).
 */
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cancelAppointment } from '../api/appointments';
import { releaseHold } from '../api/holds';
import { formatDateTimeInWords, formatLocalDate, formatWallTime, zoneName } from '../i18n/format-zoned';
import { callerWithSeat } from '../testing/caller-with-seat';
import { ConsoleHooks } from '../testing/console-hooks';
import { onLiveServer } from '../testing/live-server';
import { renderWithConsole } from '../testing/render-console';
import { BookingPanel } from '../features/booking/components/booking-panel';
import { SlotGridPanel } from '../features/slots/components/slot-grid-panel';

// Douglas, Arizona: a small office, Mountain time without daylight saving.
const CONSULATE = 'DGL';
const ZONE = 'America/Phoenix';
const PROCEDURE = 'passport-renewal';

const { undoAfterEach } = onLiveServer();

describe('from the grid to the read-back, by keyboard', () => {
  it('Enter holds the time and focus moves to Confirm; Enter confirms and the read-back takes focus', async () => {
    const rendered = await renderWithConsole(
      <>
        <ConsoleHooks />
        <SlotGridPanel />
        <BookingPanel />
      </>,
      { username: 'operator24' },
    );
    const { user, store, api } = rendered;
    const { slot } = await callerWithSeat(rendered, {
      procedureId: PROCEDURE,
      consulateId: CONSULATE,
      timeZone: ZONE,
    });
    act(() => {
      const s = store.getState();
      s.selectSlot(slot.id);
      s.focusPanel('slots');
    });
    const day = formatLocalDate(slot.localStart.slice(0, 10), 'es-MX', 'long');
    const time = formatWallTime(slot.localStart.slice(11), 'es-MX');
    const seats = (n: number) =>
      n === 0 ? 'sin lugares' : n === 1 ? '1 lugar libre' : `${n} lugares libres`;
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(
        `${day}, ${time}: ${seats(slot.available)}`,
      ),
    );

    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Confirmar cita/));
    const hold = store.getState().hold;
    undoAfterEach(() => releaseHold(api, hold?.id ?? ''));
    // The seat we hold shows as taken in the grid, through the live event.
    await screen.findByRole('gridcell', { name: `${day}, ${time}: ${seats(slot.available - 1)}` });

    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Cita confirmada: léala al solicitante' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const booked = store.getState().booked;
    undoAfterEach(() => cancelAppointment(api, booked?.id ?? ''));
    expect(
      screen.getByText(
        `${formatDateTimeInWords(slot.start, ZONE, 'es-MX')}, ${zoneName(slot.start, ZONE, 'es-MX')}`,
      ),
    ).toBeTruthy();

    // Back to the grid (Alt+4 in the console): the time just booked, still selected, takes focus.
    act(() => store.getState().focusPanel('slots'));
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(
        `${day}, ${time}: ${seats(slot.available - 1)}`,
      ),
    );
  });
});
