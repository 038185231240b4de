import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsulateList } from '../../../../../shared/api/reference/consulates';
import { formatCalendarDate, formatLocalDate, formatWallTime } from '../../../i18n/format-zoned';
import { localToday } from '../../../lib/age';
import { ConsoleHooks } from '../../../testing/console-hooks';
import { registerPersonTurning } from '../../../testing/eligibility-fixtures';
import { onLiveServer } from '../../../testing/live-server';
import { renderWithConsole } from '../../../testing/render-console';
import { registerApplicant, slotsOf } from '../../../testing/seat-fixtures';
import { localDateOf, wallTimeOf } from '../grid-model';
import { SlotGridPanel } from './slot-grid-panel';

// Phoenix: no daylight saving time, a large office with several seats a time.
const CONSULATE = 'PHX';
const ZONE = 'America/Phoenix';

onLiveServer();
afterEach(() => {
  vi.useRealTimers();
});

async function renderGrid(username: string) {
  const rendered = await renderWithConsole(
    <>
      <ConsoleHooks />
      <SlotGridPanel />
    </>,
    { username },
  );
  act(() => rendered.store.getState().selectConsulate(CONSULATE));
  await screen.findByRole('grid', { name: 'Horarios de Consulado de México en Phoenix' });
  await waitFor(() => expect(rendered.store.getState().socketStatus).toBe('online'));
  return rendered;
}

const cellLabel = (slot: { localStart: string }, what: string) =>
  `${formatLocalDate(localDateOf(slot), 'es-MX', 'long')}, ${formatWallTime(wallTimeOf(slot), 'es-MX')}: ${what}`;

describe('the slot grid says why a time cannot be held', () => {
  it("a time inside the consulate's 60 minutes of lead time shows no seat, and Hold says why; the next hour's time can be held", async () => {
    const { api, store, user } = await renderGrid('operator22');
    const phx = (await api('/api/consulates', { schema: ConsulateList })).items.find(
      (c) => c.id === CONSULATE,
    )!;
    expect(phx.minLeadMinutes).toBe(60);
    // A day ahead with a time that has seats and another, with seats, at least 90 minutes later.
    const slots = (await slotsOf(api, CONSULATE, ZONE)).filter(
      (s) => Date.parse(s.start) > Date.now() + 24 * 3_600_000 && s.available > 0,
    );
    const soon = slots.find((s) =>
      slots.some(
        (l) => Date.parse(l.start) - Date.parse(s.start) >= 90 * 60_000 && localDateOf(l) === localDateOf(s),
      ),
    )!;
    const later = slots.find(
      (l) =>
        Date.parse(l.start) - Date.parse(soon.start) >= 90 * 60_000 && localDateOf(l) === localDateOf(soon),
    )!;
    // The console's clock 30 minutes before that time (the server keeps real time: it still offers the seat).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse(soon.start) - 30 * 60_000);
    const applicant = await registerApplicant(api);
    act(() => {
      store.getState().selectApplicant(applicant);
      store.getState().selectProcedure('matricula');
      store.getState().selectSlot(soon.id);
    });
    // A fresh grid reads the new clock.
    act(() => store.getState().selectConsulate(null));
    act(() => store.getState().selectConsulate(CONSULATE));
    act(() => store.getState().selectSlot(soon.id));
    // Asked for the grid, the cursor goes to the chosen time.
    act(() => store.getState().focusPanel('slots'));
    const cell = await screen.findByRole('gridcell', {
      name: cellLabel(soon, 'ya no se puede agendar (se agenda hasta 60 minutos antes)'),
    });
    await waitFor(() => expect(document.activeElement).toBe(cell));
    expect(cell.textContent).toBe('');
    // The clock's jump reads as the machine waking from sleep: the console reconnects first.
    await waitFor(() => expect(store.getState().socketStatus).toBe('online'));
    expect(
      screen.getByText(
        'Ese horario empieza en menos de 60 minutos: el consulado ya no lo agenda. Elija uno posterior.',
      ),
    ).toBeTruthy();
    expect((screen.getByRole('button', { name: /^Apartar/ }) as HTMLButtonElement).disabled).toBe(true);
    await user.keyboard('{Enter}');
    expect(store.getState().hold).toBeNull();
    expect(
      screen.getByRole('gridcell', {
        name: cellLabel(
          later,
          `${later.available} ${later.available === 1 ? 'lugar libre' : 'lugares libres'}`,
        ),
      }),
    ).toBeTruthy();
  });

  it('a 17-year-old on an adult passport: a time before the 18th birthday says why in the operator\u2019s words, one on the birthday can be held', async () => {
    const { api, store } = await renderGrid('operator23');
    const slots = (await slotsOf(api, CONSULATE, ZONE)).filter(
      (s) => Date.parse(s.start) > Date.now() + 24 * 3_600_000 && s.available > 0,
    );
    const dates = [...new Set(slots.map(localDateOf))].filter((d) => !d.endsWith('-02-29'));
    const [before, birthday] = [dates[0]!, dates[1]!];
    const teen = await registerPersonTurning(api, 18, birthday);
    const slotBefore = slots.find((s) => localDateOf(s) === before)!;
    const slotOnBirthday = slots.find((s) => localDateOf(s) === birthday)!;
    act(() => {
      store.getState().selectApplicant(teen);
      store.getState().selectProcedure('passport-first');
      store.getState().selectSlot(slotBefore.id);
      store.getState().focusPanel('slots');
    });
    const thisYear = localToday().slice(0, 4);
    const said = (d: string) =>
      formatCalendarDate(
        d,
        'es-MX',
        d.startsWith(thisYear)
          ? { day: 'numeric', month: 'long' }
          : { day: 'numeric', month: 'long', year: 'numeric' },
      );
    await waitFor(() =>
      expect(
        screen.getByText(
          new RegExp(
            `^La persona tendrá 17 años el ${said(before)}: agende «Pasaporte para menores de edad»`,
          ),
        ),
      ).toBeTruthy(),
    );
    expect((screen.getByRole('button', { name: /^Apartar/ }) as HTMLButtonElement).disabled).toBe(true);

    act(() => {
      store.getState().selectSlot(slotOnBirthday.id);
      store.getState().focusPanel('slots');
    });
    await waitFor(() =>
      expect((screen.getByRole('button', { name: /^Apartar/ }) as HTMLButtonElement).disabled).toBe(false),
    );
    expect(screen.queryByText(/La persona tendrá/)).toBeNull();
  });
});
