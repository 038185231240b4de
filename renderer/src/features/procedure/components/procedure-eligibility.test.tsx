import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConsulateList } from '../../../../../shared/api/reference/consulates';
import { addDays } from '../../../../../shared/domain/time/local-date';
import { todayIn } from '../../../../../shared/domain/time/zoned-time';
import { slotWindow, slotsQuery } from '../../../api/slots';
import { useCommand, useShortcutListener } from '../../../commands/command-registry';
import { panelShortcuts } from '../../../commands/keymap';
import { formatCalendarDate } from '../../../i18n/format-zoned';
import { localToday } from '../../../lib/age';
import { useFocusRequest } from '../../../lib/use-focus-request';
import { useConsole } from '../../../stores/console-store-context';
import { registerPersonTurning, registerWithoutCurp } from '../../../testing/eligibility-fixtures';
import { renderWithConsole } from '../../../testing/render-console';
import { ProcedurePanel } from './procedure-panel';

const USERNAME = 'operator17';

function Harness() {
  useShortcutListener();
  const focusPanel = useConsole((s) => s.focusPanel);
  useCommand({
    id: 'panel.procedure',
    label: 'app.panel.procedure',
    shortcut: panelShortcuts.procedure,
    run: () => focusPanel('procedure'),
  });
  const consulateRef = useFocusRequest<HTMLInputElement>('consulate');
  const slotsRef = useFocusRequest<HTMLDivElement>('slots');
  return (
    <>
      <ProcedurePanel />
      <input ref={consulateRef} aria-label="consulate step" />
      <div ref={slotsRef} tabIndex={-1} aria-label="slots step" />
    </>
  );
}

/** The option whose service name starts so (its text starts with its number, then the name, then any mark). */
const optionNamed = (listbox: HTMLElement, name: string) =>
  within(listbox)
    .getAllByRole('option', { hidden: true })
    .find((o) => (o.textContent ?? '').replace(/^\d+/, '').startsWith(name)) as HTMLElement;
/** "3 de marzo" (with the year when it is not this year's where the operator sits), as the console says a date. */
const said = (date: string) =>
  formatCalendarDate(
    date,
    'es-MX',
    date.slice(0, 4) === localToday().slice(0, 4)
      ? { day: 'numeric', month: 'long' }
      : { day: 'numeric', month: 'long', year: 'numeric' },
  );

describe('ProcedurePanel: who may have which service on the date', () => {
  it('marks the adult services for a 17-year-old, says when they turn 18, and the chosen slot after the birthday clears it', async () => {
    const { user, store, api, queryClient } = await renderWithConsole(<Harness />, { username: USERNAME });
    const phx = (await api('/api/consulates', { schema: ConsulateList })).items.find((c) => c.id === 'PHX')!;
    const today = todayIn(phx.timeZone);
    // Ten days ahead (eleven if that is 29 February: the fixture needs a birthday every year has).
    const birthday = addDays(today, addDays(today, 10).endsWith('-02-29') ? 11 : 10);
    const teen = await registerPersonTurning(api, 18, birthday);
    act(() => {
      store.getState().selectApplicant(teen);
      store.getState().selectConsulate('PHX');
    });
    const listbox = await screen.findByRole('listbox', { name: 'Trámites' });

    // Before any slot, the check uses today at the consulate.
    const first = optionNamed(listbox, 'Pasaporte por primera vez');
    expect(first.textContent).toContain(
      `No corresponde: tendrá 17 años el ${said(today)}; use «Pasaporte para menores de edad»`,
    );
    expect(optionNamed(listbox, 'Matrícula consular').textContent).toContain(
      `No corresponde: tendrá 17 años el ${said(today)}`,
    );
    expect(optionNamed(listbox, 'Pasaporte para menores').textContent).not.toContain('No corresponde');

    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(listbox));
    await user.keyboard('1');
    const warning = screen.getByRole('alert');
    expect(warning.textContent).toContain(
      `La persona tendrá 17 años el ${said(today)}: agende «Pasaporte para menores de edad». «Pasaporte por primera vez (mayores de edad)» es a partir de los 18 años (los cumple el ${said(birthday)}).`,
    );
    expect(warning.textContent).toMatch(/Según la fecha de hoy/);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(warning).getByRole('button', { name: 'Cambiar a «Pasaporte para menores de edad»' }),
      ),
    );

    // The caller wants a date after the birthday: with that slot chosen, the adult passport is right.
    const { from, to } = slotWindow(phx.timeZone);
    const page = await queryClient.fetchQuery(slotsQuery(api, 'PHX', from, to));
    const later = page.items.find((s) => s.localStart.slice(0, 10) > birthday && s.available > 0)!;
    act(() => store.getState().selectSlot(later.id));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(optionNamed(listbox, 'Pasaporte por primera vez').textContent).not.toContain('No corresponde');
    expect(optionNamed(listbox, 'Pasaporte para menores').textContent).toContain(
      `No corresponde: tendrá 18 años el ${said(later.localStart.slice(0, 10))}; use «Pasaporte por primera vez (mayores de edad)»`,
    );
  });

  it('a foreign national without a CURP: every service but the visa is marked, and the visa is one key away (English)', async () => {
    const { user, store, api } = await renderWithConsole(<Harness />, { username: USERNAME, locale: 'en' });
    const visitor = await registerWithoutCurp(api, 'foreign_national', '1987-09-14');
    act(() => store.getState().selectApplicant(visitor));
    const listbox = await screen.findByRole('listbox', { name: 'Services' });
    const unmarked = within(listbox)
      .getAllByRole('option')
      .filter((o) => !(o.textContent ?? '').includes('Not for them'));
    expect(unmarked.map((o) => o.textContent)).toEqual([expect.stringMatching(/Visa for foreign nationals/)]);

    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(listbox));
    await user.keyboard('4');
    expect(store.getState().procedureId).toBe('matricula');
    const warning = screen.getByRole('alert');
    expect(warning.textContent).toContain(
      'The person is registered without a CURP as a foreign national: “Consular ID card (matrícula consular, MCAS)” needs a CURP. Book “Visa for foreign nationals” instead.',
    );
    const switchButton = within(warning).getByRole('button', {
      name: 'Switch to “Visa for foreign nationals”',
    });
    await waitFor(() => expect(document.activeElement).toBe(switchButton));
    await user.keyboard('{Enter}');
    expect(store.getState().procedureId).toBe('visa');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'consulate step' })),
    );
  });
});
