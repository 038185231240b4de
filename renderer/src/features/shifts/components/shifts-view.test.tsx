import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScheduleList, type ShiftCoverage, type WeeklySchedule } from '../../../../../shared/api/shifts';
import { callCenterToday, phoneHoursOn } from '../../../../../shared/domain/floor/call-center';
import type { Api } from '../../../api/api-client-context';
import { queryKeys } from '../../../api/query-keys';
import { putSchedule } from '../../../api/shifts';
import { formatCalendarDate, formatWallTime } from '../../../i18n/format-zoned';
import { ConsoleHooks } from '../../../testing/console-hooks';
import { onLiveServer } from '../../../testing/live-server';
import { renderWithConsole, type Rendered } from '../../../testing/render-console';
import { ShiftsView } from './shifts-view';

// lead1 belongs to the floor's tests; operator36's week is the one these tests edit (and put back).
const LEAD = 'lead2';
const OPERATOR = { userId: 'usr_operator36', displayName: 'Operador 36' };

const { undoAfterEach } = onLiveServer();

const renderShifts = (): Promise<Rendered> =>
  renderWithConsole(
    <>
      <ConsoleHooks />
      <ShiftsView />
    </>,
    { username: LEAD },
  );

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const scheduleOf = async (api: Api, userId: string): Promise<WeeklySchedule> =>
  (await api('/api/floor/schedules', { schema: ScheduleList })).items.find((s) => s.userId === userId) ?? {
    userId,
    shifts: [],
  };

/** Opens operator 36's week from the table, keeping the week as it was to put it back after the test. */
async function openEditor({ api, user }: Rendered): Promise<WeeklySchedule> {
  const before = await scheduleOf(api, OPERATOR.userId);
  undoAfterEach(() => putSchedule(api, OPERATOR.userId, { shifts: before.shifts }));
  await user.click(
    await screen.findByRole('button', { name: `Editar horario semanal de ${OPERATOR.displayName}` }),
  );
  await screen.findByRole('region', { name: `Horario semanal de ${OPERATOR.displayName}` });
  // The editor opens on Monday's start.
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('lunes, turno 1: entrada')));
  return before;
}

describe('the shifts view', () => {
  it('shows today’s phone hours and the coverage figures the server counted', async () => {
    const rendered = await renderShifts();
    const { queryClient } = rendered;
    const today = callCenterToday(new Date());
    const hours = phoneHoursOn(today);

    const figures = await screen.findByRole('region', { name: /^A las / });
    const coverage = queryClient.getQueryData<ShiftCoverage>(
      queryKeys.shifts.coverage(today),
    ) as ShiftCoverage;
    const figure = (label: string) =>
      Number(
        within(figures).getByText(label, { selector: 'dt' }).nextElementSibling?.firstChild?.textContent,
      );
    expect(figure('Programados')).toBe(coverage.scheduledNow);
    expect(figure('Conectados')).toBe(coverage.loggedInNow);
    expect(figure('Faltan')).toBe(coverage.missing);
    expect(figure('Sin turno')).toBe(coverage.unscheduled);
    expect(
      screen.getByText(
        plain(
          `Horario telefónico del ${formatCalendarDate(today, 'es-MX', { weekday: 'long' })}: ${formatWallTime(hours.open, 'es-MX')}–${formatWallTime(hours.close, 'es-MX')}`,
        ),
      ),
    ).toBeTruthy();

    // The hourly chart reads as a table: one row per phone hour, each with the server's count.
    const chart = screen.getByRole('table', { name: 'Operadores programados por hora' });
    const counts = within(chart)
      .getAllByRole('cell')
      .map((c) => Number(c.textContent));
    expect(counts).toEqual(coverage.byHour.map((h) => h.scheduled));
    expect(coverage.byHour.length).toBeGreaterThan(0);

    // Every operator the server listed has a row; "missing" keeps exactly the server's count.
    const operators = screen.getByRole('table', { name: /^Operadores \(\d+\)$/ });
    expect(within(operators).getAllByRole('row')).toHaveLength(coverage.operators.length + 1);
    await rendered.user.click(screen.getByRole('radio', { name: `Faltantes (${coverage.missing})` }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: /^Operadores \(\d+\)$/ })).getAllByRole('row'),
      ).toHaveLength(coverage.missing + 1),
    );
  });

  it('shows the server’s refusal of a Saturday shift that starts before the phones open, and saves nothing', async () => {
    const rendered = await renderShifts();
    const before = await openEditor(rendered);
    const { user, api } = rendered;

    await user.type(screen.getByLabelText('sábado, turno 1: entrada'), '08:00');
    await user.type(screen.getByLabelText('sábado, turno 1: salida'), '12:00');
    await user.keyboard('{Enter}');

    // The server's reason, worded in the console's language (its own sentence is English).
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^No se guardó el horario\./);
    expect(alert.textContent).toMatch(
      /sábado .*8:00.*12:00.*: empieza antes de que abran los teléfonos, a las 9:00/,
    );
    expect(await scheduleOf(api, OPERATOR.userId)).toEqual(before);
  });

  it('saves a valid week and shows it', async () => {
    const rendered = await renderShifts();
    const before = await openEditor(rendered);
    const { user, api } = rendered;

    await user.type(screen.getByLabelText('sábado, turno 1: entrada'), '10:00');
    await user.type(screen.getByLabelText('sábado, turno 1: salida'), '14:00');
    await user.click(screen.getByRole('button', { name: 'Guardar horario' }));

    const saved = await screen.findByText(/^Horario de Operador 36 guardado: /);
    expect(plain(saved.textContent)).toContain(
      plain(`sáb ${formatWallTime('10:00', 'es-MX')}–${formatWallTime('14:00', 'es-MX')}`),
    );
    const after = await scheduleOf(api, OPERATOR.userId);
    expect(after.shifts).toEqual(
      expect.arrayContaining([{ weekday: 6, start: '10:00', end: '14:00' }, ...before.shifts]),
    );
    expect(after.shifts).toHaveLength(before.shifts.length + 1);
    expect(screen.getByLabelText<HTMLInputElement>('sábado, turno 1: entrada').value).toBe('10:00');

    // Escape closes the editor and gives the focus back to the row's button.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Horario semanal de/ })).toBeNull());
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: `Editar horario semanal de ${OPERATOR.displayName}` }),
      ),
    );
  });
});
