import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApplicantList } from '../../../../../shared/api/applicants';
import { ConsulateList, type Consulate } from '../../../../../shared/api/reference/consulates';
import { ProcedureList } from '../../../../../shared/api/reference/procedures';
import type { Api } from '../../../api/api-client-context';
import { slotsQuery, slotWindow } from '../../../api/slots';
import { ageOn, localToday } from '../../../lib/age';
import { otherOperator, renderWithConsole } from '../../../testing/render-console';
import { ProcedureDetails } from './procedure-details';
import { ProcedureFees } from './procedure-fees';

const USERNAME = 'operator27';

/** The minor's passport (1, 3, 6 years) in US dollars by year, as published. */
const MINOR_USD: Record<string, string[]> = {
  '2024': ['USD 41.00', 'USD 96.00', 'USD 130.00'],
  '2025': ['USD 42.00', 'USD 99.00', 'USD 133.00'],
  '2026': ['USD 44.00', 'USD 101.00', 'USD 137.00'],
};

async function consulate(api: Api, id: string): Promise<Consulate> {
  const found = (await api('/api/consulates', { schema: ConsulateList })).items.find((c) => c.id === id);
  if (!found) throw new Error(`no consulate ${id}`);
  return found;
}

/** The fee lines as the operator sees them: label and what is read out for the amount (Intl's no-break spaces as spaces). */
const feeLines = (region: HTMLElement) =>
  within(region)
    .getAllByRole('term')
    .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent?.replace(/\u00a0/g, ' ')]);

describe('ProcedureFees', () => {
  it("shows a US consulate's 2026 fees in US dollars, for the appointment date", async () => {
    const api = await otherOperator(USERNAME);
    const phx = await consulate(api, 'PHX');
    await renderWithConsole(
      <ProcedureFees
        procedureId="passport-minor"
        lang="es"
        consulate={phx}
        date="2026-06-01"
        isSlotDate
        headingId="fees"
      />,
      { username: USERNAME },
    );
    const region = screen.getByRole('region', { name: 'Derechos vigentes' });
    await waitFor(() => expect(within(region).getAllByRole('term')).toHaveLength(3));
    expect(feeLines(region)).toEqual([
      ['Pasaporte, 1 año', 'USD 44.00'],
      ['Pasaporte, 3 años', 'USD 101.00'],
      ['Pasaporte, 6 años', 'USD 137.00'],
    ]);
    expect(region.textContent).toContain(
      'Consulado en Phoenix, cita del 1 de junio de 2026: montos en dólares estadounidenses (USD).',
    );
  });

  it('shows a Canadian consulate in Canadian dollars, and an amount nobody published as one to confirm', async () => {
    const api = await otherOperator(USERNAME);
    const yyz = await consulate(api, 'YYZ');
    await renderWithConsole(
      <ProcedureFees
        procedureId="passport-first"
        lang="en"
        consulate={yyz}
        date="2026-06-01"
        isSlotDate={false}
        headingId="fees"
      />,
      {
        username: USERNAME,
        locale: 'en',
      },
    );
    const region = screen.getByRole('region', { name: 'Fees in force' });
    await waitFor(() => expect(within(region).getAllByRole('term')).toHaveLength(3));
    expect(feeLines(region)).toEqual([
      ['Passport, 3 years', 'Amount to be confirmed with the consulate'],
      ['Passport, 6 years', 'Amount to be confirmed with the consulate'],
      ['Passport, 10 years', 'Amount to be confirmed with the consulate'],
    ]);
    expect(region.textContent).toContain(
      'At Toronto, today June 1, 2026: amounts in Canadian dollars (CAD).',
    );
    expect(region.textContent).not.toMatch(/\$/);
  });

  it('shows a free service at a Canadian consulate as free, in Canadian dollars', async () => {
    const api = await otherOperator(USERNAME);
    const yvr = await consulate(api, 'YVR');
    await renderWithConsole(
      <ProcedureFees
        procedureId="ine-credential"
        lang="en"
        consulate={yvr}
        date="2026-06-01"
        isSlotDate
        headingId="fees"
      />,
      { username: USERNAME, locale: 'en' },
    );
    const region = screen.getByRole('region', { name: 'Fees in force' });
    await waitFor(() => expect(within(region).getAllByRole('term')).toHaveLength(1));
    expect(feeLines(region)).toEqual([['Free', 'CA$0.00']]);
  });

  it('asks to confirm every amount on a 2027 date, whose fees are not published', async () => {
    const api = await otherOperator(USERNAME);
    const phx = await consulate(api, 'PHX');
    await renderWithConsole(
      <ProcedureFees
        procedureId="matricula"
        lang="es"
        consulate={phx}
        date="2027-02-01"
        isSlotDate
        headingId="fees"
      />,
      { username: USERNAME },
    );
    const region = screen.getByRole('region', { name: 'Derechos vigentes' });
    await waitFor(() => expect(within(region).getAllByRole('term')).toHaveLength(1));
    expect(feeLines(region)).toEqual([
      ['Matrícula consular', 'Monto por confirmar: confirme el monto con el consulado'],
    ]);
    expect(region.textContent).not.toMatch(/USD \d/);
  });

  it('before a consulate is chosen, shows the US amounts and says the fee depends on the consulate', async () => {
    await renderWithConsole(
      <ProcedureFees
        procedureId="matricula"
        lang="es"
        consulate={null}
        date={null}
        isSlotDate={false}
        headingId="fees"
      />,
      { username: USERNAME },
    );
    const region = screen.getByRole('region', { name: 'Derechos vigentes' });
    await waitFor(() => expect(within(region).getAllByRole('term')).toHaveLength(1));
    expect(region.textContent).toContain(
      'Montos en los consulados de Estados Unidos (USD). El monto depende del consulado',
    );
    // Today's amount in Mexico City's year: published (USD …) or, in a year without fees yet, to confirm.
    expect(feeLines(region)[0]?.[1]).toMatch(/^USD \d+\.\d{2}$|^Monto por confirmar/);
  });
});

describe('ProcedureDetails reads the fees of the call', () => {
  it("follows the consulate chosen and then the chosen slot's date", async () => {
    const api = await otherOperator(USERNAME);
    const minor = (await api('/api/procedures', { schema: ProcedureList })).items.find(
      (p) => p.id === 'passport-minor',
    )!;
    const { items } = await api('/api/applicants', {
      query: { q: 'Garcia', limit: 50 },
      schema: ApplicantList,
    });
    const child = items.find((a) => ageOn(a.birthDate, localToday()) < 18) ?? items[0]!;
    const view = await renderWithConsole(
      <ProcedureDetails procedure={minor} lang="es" prerequisiteName={null} />,
      { username: USERNAME },
    );
    act(() => {
      view.store.getState().selectApplicant(child);
      view.store.getState().selectProcedure('passport-minor');
    });
    const region = () => within(view.container).getByRole('region', { name: 'Derechos vigentes' });
    await waitFor(() => expect(region().textContent).toContain('El monto depende del consulado'));

    // A Canadian consulate: Canadian dollars, today at Toronto.
    act(() => view.store.getState().selectConsulate('YYZ'));
    await waitFor(() =>
      expect(region().textContent).toMatch(
        /Consulado en Toronto, hoy .*: montos en dólares canadienses \(CAD\)/,
      ),
    );
    await waitFor(() => expect(within(region()).getAllByRole('term')).toHaveLength(3));
    expect(feeLines(region()).map(([, amount]) => amount)).toEqual(
      Array(3).fill('Monto por confirmar: confirme el monto con el consulado'),
    );

    // Phoenix, then a real slot of Phoenix picked from its page: the fees of that slot's date.
    act(() => view.store.getState().selectConsulate('PHX'));
    const phx = await consulate(api, 'PHX');
    const { from, to } = slotWindow(phx.timeZone);
    const page = await view.queryClient.fetchQuery(slotsQuery(api, 'PHX', from, to));
    const slot = page.items.at(-1)!;
    act(() => view.store.getState().selectSlot(slot.id));
    const slotDate = slot.localStart.slice(0, 10);
    const spoken = new Intl.DateTimeFormat('es-MX', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${slotDate}T12:00:00Z`));
    await waitFor(() =>
      expect(region().textContent).toContain(
        `Consulado en Phoenix, cita del ${spoken}: montos en dólares estadounidenses (USD).`,
      ),
    );
    await waitFor(() => expect(within(region()).getAllByRole('term')).toHaveLength(3));
    const amounts = feeLines(region()).map(([, amount]) => amount);
    // The amounts of the slot's year as published (shared/reference/README.md), or, in a year without published fees, to confirm.
    expect(amounts).toEqual(
      MINOR_USD[slotDate.slice(0, 4)] ??
        Array(3).fill('Monto por confirmar: confirme el monto con el consulado'),
    );
  });
});
