import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DayFigures } from '../../../../../shared/api/floor/floor';
import { callCenterClock } from '../../../../../shared/domain/floor/call-center';
import { endCall, startCall } from '../../../api/calls';
import { queryKeys } from '../../../api/query-keys';
import { onLiveServer } from '../../../testing/live-server';
import { otherOperator, renderWithConsole } from '../../../testing/render-console';
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
});
