import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SlotList } from '../../../../../shared/api/slots';
import { cancelAppointment, confirmAppointment } from '../../../api/appointments';
import { releaseHold, createHold } from '../../../api/holds';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { queryKeys } from '../../../api/query-keys';
import { slotWindow, type SlotPage } from '../../../api/slots';
import { formatLocalDate, formatWallTime, zoneName } from '../../../i18n/format-zoned';
import { ConsoleHooks } from '../../../testing/console-hooks';
import { onLiveServer } from '../../../testing/live-server';
import { otherOperator, renderWithConsole, type Rendered } from '../../../testing/render-console';
import { registerApplicant, slotsOf, slotWithSeats } from '../../../testing/seat-fixtures';
import { localDateOf, wallTimeOf } from '../grid-model';
import { slotCellRenders } from '../slot-cell-renders';
import { SlotGridPanel } from './slot-grid-panel';

// Presidio, Texas: a small office (one seat per time), Central time.
const CONSULATE = 'PRS';
const ZONE = 'America/Chicago';
const PROCEDURE = 'matricula';

const { undoAfterEach } = onLiveServer();

async function renderGrid(
  options: { withCaller?: boolean; selectedSlotId?: string } = {},
): Promise<Rendered> {
  const rendered = await renderWithConsole(
    <>
      <ConsoleHooks />
      <SlotGridPanel />
    </>,
    { username: 'operator21' },
  );
  const { store, api } = rendered;
  const applicant = options.withCaller ? await registerApplicant(api) : null;
  act(() => {
    const s = store.getState();
    if (applicant) s.selectApplicant(applicant);
    if (options.withCaller) s.selectProcedure(PROCEDURE);
    s.selectConsulate(CONSULATE);
    if (options.selectedSlotId) s.selectSlot(options.selectedSlotId);
  });
  await screen.findByRole('grid', { name: 'Horarios de Consulado de México en Presidio' });
  await waitFor(() => expect(store.getState().socketStatus).toBe('online'));
  return rendered;
}

const cellName = (slot: { localStart: string; available: number }, seats: string) =>
  `${formatLocalDate(localDateOf(slot), 'es-MX', 'long')}, ${formatWallTime(wallTimeOf(slot), 'es-MX')}: ${seats}`;

describe('the slot grid', () => {
  it('shows days down and the consulate’s wall times across, in its own zone, named', async () => {
    const { api } = await renderGrid();
    const slot = await slotWithSeats(api, CONSULATE, ZONE);
    const grid = screen.getByRole('grid');
    expect(
      screen.getByText(
        new RegExp(`Horas de Consulado de México en Presidio · ${zoneName(slot.start, ZONE, 'es-MX')}`),
      ),
    ).toBeTruthy();
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers[0]).toBe('Día');
    // 20-minute times from 8:00 to 13:40, local wall clock.
    expect(headers.slice(1).map((h) => h?.slice(2))).toEqual(
      expect.arrayContaining([formatWallTime('08:00', 'es-MX'), formatWallTime('13:40', 'es-MX')]),
    );
    expect(headers).toHaveLength(1 + 18);
    const firstDay = within(grid).getAllByRole('rowheader')[0];
    expect(firstDay?.textContent).toMatch(/^(lun|mar|mié|jue|vie|sáb) \d+ de \w+/);
    // Rows render in jsdom (no layout): the first days are there, with their seats.
    expect(within(grid).getAllByRole('row').length).toBeGreaterThan(5);
    expect(
      within(grid)
        .getAllByRole('gridcell')
        .some((c) => /lugar/.test(c.getAttribute('aria-label') ?? '')),
    ).toBe(true);
  });

  it('moves between cells with the arrow keys, Home/End and PageDown, one tab stop', async () => {
    const { api, store, user } = await renderGrid();
    // A day near the start of the window, so there are later days to move down to.
    const tomorrow = Date.now() + 24 * 3_600_000;
    const slot = (await slotsOf(api, CONSULATE, ZONE)).find(
      (s) => Date.parse(s.start) > tomorrow && s.available > 0,
    )!;
    act(() => store.getState().selectSlot(slot.id));
    act(() => store.getState().focusPanel('slots'));
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(cellName(slot, '1 lugar libre')),
    );
    const start = document.activeElement as HTMLElement;
    expect(screen.getByRole('grid').querySelectorAll('[role="gridcell"][tabindex="0"]')).toHaveLength(1);

    await user.keyboard('{Home}');
    expect(document.activeElement?.getAttribute('data-time')).toBe('08:00');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('data-time')).toBe('08:20');
    expect(document.activeElement?.getAttribute('data-date')).toBe(start.dataset.date);
    await user.keyboard('{End}');
    expect(document.activeElement?.getAttribute('data-time')).toBe('13:40');
    await user.keyboard('{ArrowDown}');
    const nextDay = document.activeElement?.getAttribute('data-date') ?? '';
    expect(nextDay > (start.dataset.date ?? '')).toBe(true);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.getAttribute('data-date')).toBe(start.dataset.date);
    await user.keyboard('{PageDown}');
    const weekLater = document.activeElement?.getAttribute('data-date') ?? '';
    expect(weekLater >= addDaysIso(start.dataset.date ?? '', 7) || weekLater === lastRowDate()).toBe(true);
    expect(screen.getByRole('grid').querySelectorAll('[role="gridcell"][tabindex="0"]')).toHaveLength(1);
  });

  it('holds the cell with Enter and hands over to the booking panel', async () => {
    const { api, store, user } = await renderGrid({ withCaller: true });
    const slot = await slotWithSeats(api, CONSULATE, ZONE);
    act(() => store.getState().selectSlot(slot.id));
    act(() => store.getState().focusPanel('slots'));
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(cellName(slot, '1 lugar libre')),
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(store.getState().hold?.slotId).toBe(slot.id));
    const hold = store.getState().hold;
    undoAfterEach(() => releaseHold(api, hold?.id ?? ''));
    expect(store.getState().selectedSlotId).toBe(slot.id);
    expect(store.getState().focusRequest?.panel).toBe('booking');
    // Our own hold takes the seat: the cell shows it full, and that is not announced as news.
    await waitFor(() =>
      expect(screen.getByRole('gridcell', { name: cellName(slot, 'sin lugares') })).toBeTruthy(),
    );
    expect(screen.queryByText(/se acaba de llenar/)).toBeNull();
  });

  it('holds with Alt+H too, and says why not when there is no caller or no connection', async () => {
    const { api, store, user } = await renderGrid();
    const slot = await slotWithSeats(api, CONSULATE, ZONE);
    act(() => store.getState().selectSlot(slot.id));
    act(() => store.getState().focusPanel('slots'));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-date')).toBe(localDateOf(slot)));
    const holdButton = screen.getByRole('button', { name: /^Apartar/ });
    expect((holdButton as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Para apartar, primero elija al solicitante (Alt+1).')).toBeTruthy();
    await user.keyboard('{Enter}');
    await user.keyboard('{Alt>}h{/Alt}');
    expect(store.getState().hold).toBeNull();

    const applicant = await registerApplicant(api);
    act(() => {
      store.getState().selectApplicant(applicant);
      store.getState().selectProcedure(PROCEDURE);
      store.getState().selectSlot(slot.id);
      store.getState().setSocketStatus('offline');
    });
    expect(screen.getByText('Sin conexión en vivo: no se puede apartar hasta reconectar.')).toBeTruthy();
    expect((screen.getByRole('button', { name: /^Apartar/ }) as HTMLButtonElement).disabled).toBe(true);
    await user.keyboard('{Alt>}h{/Alt}');
    expect(store.getState().hold).toBeNull();

    act(() => store.getState().setSocketStatus('online'));
    await waitFor(() =>
      expect((screen.getByRole('button', { name: /^Apartar/ }) as HTMLButtonElement).disabled).toBe(false),
    );
    await user.keyboard('{Alt>}h{/Alt}');
    await waitFor(() => expect(store.getState().hold?.slotId).toBe(slot.id));
    const hold = store.getState().hold;
    undoAfterEach(() => releaseHold(api, hold?.id ?? ''));
  });

  it('shows a seat booked by another operator disappear live, re-rendering only that cell and refetching nothing', async () => {
    const { api, store, queryClient } = await renderGrid();
    const slot = await slotWithSeats(api, CONSULATE, ZONE, 1, true);
    act(() => store.getState().selectSlot(slot.id));
    act(() => store.getState().focusPanel('slots'));
    const cell = await screen.findByRole('gridcell', { name: cellName(slot, '1 lugar libre') });
    expect(cell.textContent).toBe('1');

    const { from, to } = slotWindow(ZONE);
    const key = queryKeys.slots.range(CONSULATE, from, to);
    // Let the grid settle first: its room join may refetch once if seats changed between its
    // first load and the join (earlier tests' clean-ups), which is the cache doing its job.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await waitFor(() => expect(queryClient.getQueryState(key)?.fetchStatus).toBe('idle'));
    let fetches = 0;
    const stop = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'fetch') fetches++;
    });
    slotCellRenders.reset();

    // operator22, at another desk, books the last seat of that time (hold, then confirm).
    const other = await otherOperator('operator22');
    const theirCaller = await registerApplicant(other);
    const theirHold = await createHold(other, {
      slotId: slot.id,
      applicantId: theirCaller.id,
      procedureId: PROCEDURE,
    });
    const theirAppointment = await confirmAppointment(other, theirHold.id, newIdempotencyKey('test'));
    undoAfterEach(() => cancelAppointment(other, theirAppointment.id));

    await waitFor(() =>
      expect(screen.getByRole('gridcell', { name: cellName(slot, 'sin lugares') }).textContent).toBe('—'),
    );
    expect(screen.getByText(/se acaba de llenar/).textContent).toBe(
      `El horario de las ${formatWallTime(wallTimeOf(slot), 'es-MX')} del ${formatLocalDate(localDateOf(slot), 'es-MX')} se acaba de llenar.`,
    );
    // Both live events (hold, booking) patched the cached page in place; nothing was refetched.
    const serverSeq = (
      await api('/api/slots', { query: { consulateId: CONSULATE, from, to }, schema: SlotList })
    ).seq;
    await waitFor(() => expect(queryClient.getQueryData<SlotPage>(key)?.seq).toBe(serverSeq));
    stop();
    expect(fetches).toBe(0);
    expect(queryClient.getQueryState(key)?.fetchStatus).toBe('idle');
    // Renders per live event: one, of the one cell that changed.
    expect(slotCellRenders.of(slot.id)).toBe(1);
    expect(slotCellRenders.total()).toBe(1);
  });

  it('takes back the "just filled up" notice once the seat is free again', async () => {
    const { api, store } = await renderGrid();
    const slot = await slotWithSeats(api, CONSULATE, ZONE, 1, true);
    act(() => store.getState().selectSlot(slot.id));
    act(() => store.getState().focusPanel('slots'));
    await screen.findByRole('gridcell', { name: cellName(slot, '1 lugar libre') });

    // operator22 holds the last seat of that time, then lets it go (the caller changed their mind).
    const other = await otherOperator('operator22');
    const theirCaller = await registerApplicant(other);
    const theirHold = await createHold(other, {
      slotId: slot.id,
      applicantId: theirCaller.id,
      procedureId: PROCEDURE,
    });
    let released = false;
    undoAfterEach(() => (released ? Promise.resolve() : releaseHold(other, theirHold.id)));
    expect(await screen.findByText(/se acaba de llenar/)).toBeTruthy();

    await releaseHold(other, theirHold.id);
    released = true;
    await screen.findByRole('gridcell', { name: cellName(slot, '1 lugar libre') });
    expect(screen.queryByText(/se acaba de llenar/)).toBeNull();
  });
});

describe('rescheduling from the grid', () => {
  it('says which appointment is being moved, holds the new time as its replacement, and can be cancelled', async () => {
    const { api, store, user } = await renderGrid();
    const applicant = await registerApplicant(api);
    const current = await slotWithSeats(api, CONSULATE, ZONE);
    const held = await createHold(api, {
      slotId: current.id,
      applicantId: applicant.id,
      procedureId: PROCEDURE,
    });
    const appointment = await confirmAppointment(api, held.id, newIdempotencyKey('test'));
    undoAfterEach(() => cancelAppointment(api, appointment.id));
    let target = await slotWithSeats(api, CONSULATE, ZONE);
    while (target.id === current.id) target = await slotWithSeats(api, CONSULATE, ZONE);

    act(() => {
      store.getState().selectApplicant(applicant);
      store.getState().startReschedule(appointment);
      store.getState().selectSlot(target.id);
      store.getState().focusPanel('slots');
    });
    expect(await screen.findByText(`Reprogramando la cita ${appointment.confirmationCode}`, {})).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(cellName(target, '1 lugar libre')),
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(store.getState().hold?.replacesAppointmentId).toBe(appointment.id));
    const hold = store.getState().hold;
    undoAfterEach(() => releaseHold(api, hold?.id ?? ''));

    await user.click(screen.getByRole('button', { name: 'Cancelar reprogramación' }));
    await waitFor(() => expect(screen.queryByText(/Reprogramando/)).toBeNull());
    expect(store.getState().hold).toBeNull();
    expect(store.getState().reschedulingAppointmentId).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('gridcell', { name: cellName(target, '1 lugar libre') })).toBeTruthy(),
    );
  });
});

const addDaysIso = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const lastRowDate = () => {
  const rows = screen.getAllByRole('rowheader');
  return rows[rows.length - 1]
    ?.closest('[role="row"]')
    ?.querySelector('[data-date]')
    ?.getAttribute('data-date');
};
