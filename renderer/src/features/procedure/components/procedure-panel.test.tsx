import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApplicantList, type Applicant } from '../../../../../shared/api/applicants';
import { ProcedureList } from '../../../../../shared/api/reference/procedures';
import type { Api } from '../../../api/api-client-context';
import { useCommand, useShortcutListener } from '../../../commands/command-registry';
import { panelShortcuts } from '../../../commands/keymap';
import { useFocusRequest } from '../../../lib/use-focus-request';
import { useConsole } from '../../../stores/console-store-context';
import { renderWithConsole } from '../../../testing/render-console';
import { ageOn, localToday } from '../../../lib/age';
import { ProcedurePanel } from './procedure-panel';

const USERNAME = 'operator16';

/** The panel as the console composes it: its Alt+2 command, and the next steps' controls to land on. */
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

/** A real demo applicant, adult or minor today. */
async function findApplicant(api: Api, minor: boolean): Promise<Applicant> {
  const today = localToday();
  for (const q of ['Hernandez', 'Garcia', 'Martinez', 'Lopez']) {
    const { items } = await api('/api/applicants', { query: { q, limit: 50 }, schema: ApplicantList });
    const found = items.find((a) => ageOn(a.birthDate, today) < 18 === minor);
    if (found) return found;
  }
  throw new Error(`no ${minor ? 'minor' : 'adult'} applicant in the demo data`);
}

const activeOptionText = (listbox: HTMLElement) =>
  document.getElementById(listbox.getAttribute('aria-activedescendant') ?? '')?.textContent ?? '';

describe('ProcedurePanel', () => {
  it('a service picked with the keyboard shows its requirements and fees, and the checklist can be ticked', async () => {
    const { user, store, api } = await renderWithConsole(<Harness />, { username: USERNAME });
    const adult = await findApplicant(api, false);
    act(() => store.getState().selectApplicant(adult));

    const listbox = await screen.findByRole('listbox', { name: 'Trámites' });
    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(listbox));

    // Type-ahead: "m" jumps to the consular ID card; Enter picks it and moves on to the consulate.
    await user.keyboard('m');
    expect(activeOptionText(listbox)).toMatch(/Matrícula consular/);
    await user.keyboard('{Enter}');
    expect(store.getState().procedureId).toBe('matricula');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'consulate step' })),
    );

    const requirements = screen.getByRole('group', { name: /Requisitos/ });
    const boxes = within(requirements).getAllByRole('checkbox');
    expect(boxes).toHaveLength(4);
    expect(requirements.textContent).toMatch(/Comprobante de domicilio/);
    expect(screen.getByText('0 de 4 leídos')).toBeTruthy();
    const fees = screen.getByRole('region', { name: 'Derechos vigentes' });
    expect(fees.textContent).toMatch(/Matrícula consular/);
    // Today's fee, as the server knows it: an amount in dollars, or to be confirmed in a year whose
    // fees are not published yet (the suite runs on any date, 2027 included).
    const [todays] = (await api('/api/procedures', { schema: ProcedureList })).items.find(
      (p) => p.id === 'matricula',
    )!.fees;
    expect(fees.textContent).toMatch(
      todays!.amount === null
        ? /Monto por confirmar: confirme el monto con el consulado/
        : /USD\s?\d+\.\d{2}/,
    );
    expect(fees.textContent).toMatch(/15 minutos/);

    // With focus gone on, the list folds to the chosen service, leaving room for the requirements.
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['4Matrícula consular (MCAS)15 min']);

    // Back to the service (Alt+2) unfolds it; Tab to the first requirement, Space ticks it.
    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(listbox));
    expect(within(listbox).getAllByRole('option')).toHaveLength(10);
    await user.tab();
    expect(document.activeElement).toBe(boxes[0]);
    await user.keyboard(' ');
    expect((boxes[0] as HTMLInputElement).checked).toBe(true);
    expect(store.getState().ticked[0]).toBe(true);
    expect(screen.getByText('1 de 4 leídos')).toBeTruthy();
  });

  it('with the consulate known already, a digit picks the n-th service and goes straight to the slots', async () => {
    const { user, store, api } = await renderWithConsole(<Harness />, { username: USERNAME, locale: 'en' });
    const adult = await findApplicant(api, false);
    act(() => {
      store.getState().selectApplicant(adult);
      store.getState().selectConsulate('PHX');
    });
    const listbox = await screen.findByRole('listbox', { name: 'Services' });
    expect(within(listbox).getAllByRole('option')[1]?.textContent).toMatch(/Passport renewal/);

    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(listbox));
    await user.keyboard('2');
    expect(store.getState().procedureId).toBe('passport-renewal');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('slots step')));
    expect(screen.getByRole('group', { name: /Requirements/ }).textContent).toMatch(
      /previous Mexican passport/,
    );
  });

  it('shows the prerequisite of a service that needs an earlier appointment', async () => {
    const { user, store, api } = await renderWithConsole(<Harness />, { username: USERNAME });
    const adult = await findApplicant(api, false);
    act(() => store.getState().selectApplicant(adult));
    const listbox = await screen.findByRole('listbox');
    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(listbox));
    await user.keyboard('6');
    expect(store.getState().procedureId).toBe('birth-registration');
    expect(
      screen.getByText(
        /Requiere una cita previa de «Registro de nacimiento \(doble nacionalidad\): revisión de documentos»/,
      ),
    ).toBeTruthy();
  });

  it('without a caller, Alt+2 lands on a hint to pick the caller first; the services appear once there is one', async () => {
    const { user, store, api } = await renderWithConsole(<Harness />, { username: USERNAME });
    const hint = await screen.findByText(/Primero elija a la persona que llama/);
    expect(screen.queryByRole('listbox')).toBeNull();

    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(hint));
    await user.keyboard('{Enter}');
    expect(store.getState().procedureId).toBeNull();

    const adult = await findApplicant(api, false);
    act(() => store.getState().selectApplicant(adult));
    const listbox = await screen.findByRole('listbox', { name: 'Trámites' });
    expect(within(listbox).getAllByRole('option')).toHaveLength(10);
    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(listbox));
  });

  it('a minor on an adult passport is warned, and one key switches to the minor passport with both parents and OP-7 highlighted', async () => {
    const { user, store, api } = await renderWithConsole(<Harness />, { username: USERNAME });
    const minor = await findApplicant(api, true);
    act(() => store.getState().selectApplicant(minor));
    const listbox = await screen.findByRole('listbox', { name: 'Trámites' });

    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(listbox));
    await user.keyboard('1');
    expect(store.getState().procedureId).toBe('passport-first');

    const warning = screen.getByRole('alert');
    expect(warning.textContent).toMatch(/menor de edad/);
    expect(warning.textContent).toMatch(/Pasaporte para menores de edad/);
    expect(warning.textContent).toMatch(/OP-7/);
    const switchButton = within(warning).getByRole('button', {
      name: /Cambiar a «Pasaporte para menores de edad»/,
    });
    await waitFor(() => expect(document.activeElement).toBe(switchButton));

    await user.keyboard('{Enter}');
    expect(store.getState().procedureId).toBe('passport-minor');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'consulate step' })),
    );

    const highlighted = screen.getAllByText(/Indispensable/).map((el) => el.closest('li')?.textContent ?? '');
    // The child comes with both parents, both bring their IDs, both sign OP-7.
    expect(highlighted).toHaveLength(3);
    expect(highlighted[0]).toMatch(/debe acudir a la cita en persona, acompañada de ambos padres/);
    expect(highlighted[1]).toMatch(/Ambos padres .*identificación/);
    expect(highlighted[2]).toMatch(/ambos padres con su firma en el formato OP-7/);
  });
});
