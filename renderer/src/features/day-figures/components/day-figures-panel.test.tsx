import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DayFigures } from '../../../../../shared/api/floor/floor';
import type { HourlyQueueFigures } from '../../../../../shared/api/floor/queues';
import { callCenterClock } from '../../../../../shared/domain/floor/call-center';
import { endCall, startCall } from '../../../api/calls';
import { queryKeys } from '../../../api/query-keys';
import { onLiveServer } from '../../../testing/live-server';
import { otherOperator, renderWithConsole } from '../../../testing/render-console';
import { hangUp, placeCall, unknownNumber } from '../../../testing/telephony';
import { DayFiguresPanel } from './day-figures-panel';

onLiveServer();

const total = (id: string) => document.querySelector(`[data-total="${id}"]`)?.textContent;
const wrapUpCount = (label: string) =>
  within(screen.getByRole('rowheader', { name: label }).closest('tr')!).getByRole('cell').textContent;

describe('the day in figures', () => {
  it('shows the day’s totals, calls by hour and outcomes from the server, in Spanish and in English', async () => {
    // operator32 takes a call and logs it as information only.
    const operator = await otherOperator('operator32');
    const call = await startCall(operator);
    await endCall(operator, call.id, { wrapUpCode: 'information' });
    const hour = Number(callCenterClock(new Date(call.startedAt)).time.slice(0, 2));

    const { queryClient, store } = await renderWithConsole(<DayFiguresPanel />, { username: 'lead1' });
    await waitFor(() => expect(total('calls')).toMatch(/^Llamadas\d/));
    const key = queryKeys.floor.figures(callCenterClock(new Date()).date);
    const figures = queryClient.getQueryData<DayFigures>(key)!;
    expect(figures.calls).toBeGreaterThanOrEqual(1);
    expect(figures.wrapUpCodes.information).toBeGreaterThanOrEqual(1);

    expect(total('calls')).toBe(`Llamadas${figures.calls}`);
    expect(total('ended')).toBe(`Terminadas${figures.endedCalls}`);
    expect(total('bookings')).toBe(`Citas agendadas${figures.bookings}`);
    expect(total('avg')).toMatch(/^Atención media\d+:\d\d$/);
    expect(wrapUpCount('Solo información')).toBe(String(figures.wrapUpCodes.information));
    expect(screen.getByRole('figure', { name: 'Llamadas y citas por hora' })).toBeTruthy();
    // The chart's numbers, for screen readers: the hour of our call has it.
    const byHour = screen.getByRole('table', { name: 'Llamadas y citas por hora' });
    const thisHour = figures.byHour.find((h) => h.hour === hour)!;
    expect(thisHour.calls).toBeGreaterThanOrEqual(1);
    const hourLabel = new Intl.DateTimeFormat('es-MX', { hour: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(2000, 0, 1, hour),
    );
    const hourRow = within(byHour).getByRole('rowheader', { name: hourLabel }).closest('tr')!;
    expect(
      within(hourRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([String(thisHour.calls), String(thisHour.bookings)]);

    act(() => store.getState().toggleLocale());
    await waitFor(() => expect(total('calls')).toBe(`Calls${figures.calls}`));
    expect(total('bookings')).toBe(`Bookings${figures.bookings}`);
    expect(wrapUpCount('Information only')).toBe(String(figures.wrapUpCodes.information));
    expect(screen.getByRole('table', { name: 'Calls and bookings by hour' })).toBeTruthy();
  });

  it('shows the routed calls answered and abandoned by hour and the day’s service level', async () => {
    // A caller hangs up before anyone answers: abandoned, in the hour it happened.
    const call = await placeCall({ from: unknownNumber(), language: 'es', queueId: 'q-civil-registry' });
    const gone = await hangUp(call.id);
    expect(gone.status).toBe('abandoned');

    const { queryClient } = await renderWithConsole(<DayFiguresPanel />, { username: 'lead1' });
    const table = await screen.findByRole('table', { name: 'Llamadas atendidas y abandonadas por hora' });
    const date = callCenterClock(new Date()).date;
    const figures = queryClient.getQueryData<HourlyQueueFigures>(queryKeys.floor.figureHours(date))!;
    expect(figures.abandoned).toBeGreaterThanOrEqual(1);
    const hour = figures.byHour.reduce((last, h) => (h.abandoned > 0 ? h : last)).hour;
    const hourLabel = new Intl.DateTimeFormat('es-MX', { hour: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(2000, 0, 1, hour),
    );
    const row = within(table).getByRole('rowheader', { name: hourLabel }).closest('tr')!;
    const thisHour = figures.byHour[hour]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([String(thisHour.answered), String(thisHour.abandoned)]);
    // The hour's service level, in percent, beside it.
    const levels = screen.getByRole('table', { name: 'Nivel de servicio por hora (%)' });
    const levelRow = within(levels).getByRole('rowheader', { name: hourLabel }).closest('tr')!;
    expect(within(levelRow).getByRole('cell').textContent).toBe(
      String(Math.round((thisHour.serviceLevel ?? 0) * 100)),
    );
    expect(screen.getByText(/abandonadas; nivel de servicio del día \d+\s?%/)).toBeTruthy();
  });
});
