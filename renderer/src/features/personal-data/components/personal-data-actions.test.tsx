import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Applicant } from '../../../../../shared/api/applicants';
import { PersonExport } from '../../../../../shared/api/personal-data';
import { WaitlistEntry } from '../../../../../shared/api/waitlist';
import { buildCurp } from '../../../../../shared/domain/curp/curp-builder';
import type { Api } from '../../../api/api-client-context';
import { createApplicant } from '../../../api/applicants';
import { exportPerson } from '../../../api/personal-data';
import { fixtureInt } from '../../../testing/fixture-random';
import { otherOperator, renderWithConsole } from '../../../testing/render-console';
import { PersonalDataActions } from './personal-data-actions';

// operator36 registers the callers; admin1 exports and erases them.
const OPERATOR = 'operator36';

async function registeredCaller(operator: Api): Promise<Applicant> {
  const birthDate = `19${50 + fixtureInt(40)}-0${1 + fixtureInt(9)}-1${fixtureInt(9)}`;
  const names = { givenNames: 'Casilda', firstSurname: 'Zamarripa', secondSurname: 'Olguín' };
  const curp = buildCurp({ ...names, birthDate, sex: 'M', state: 'ZS', homonym: String(fixtureInt(10)) });
  return createApplicant(operator, {
    curp,
    ...names,
    birthDate,
    phone: `+1520555${1000 + fixtureInt(8999)}`,
  });
}

/** A date `days` after today, `YYYY-MM-DD` (the waitlist's range). */
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('personal data on an applicant record', () => {
  it('shows nothing to an operator', async () => {
    const operator = await otherOperator(OPERATOR);
    const applicant = await registeredCaller(operator);
    await renderWithConsole(<PersonalDataActions applicant={applicant} />, { username: OPERATOR });
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('lets an administrator export, then erase by keyboard once the waitlist no longer needs the person', async () => {
    const operator = await otherOperator(OPERATOR);
    const applicant = await registeredCaller(operator);
    const entry = await operator('/api/waitlist', {
      method: 'POST',
      body: {
        applicantId: applicant.id,
        procedureId: 'matricula',
        consulateIds: ['TUS'],
        from: daysAhead(20),
        to: daysAhead(21),
      },
      schema: WaitlistEntry,
    });
    const r = await renderWithConsole(<PersonalDataActions applicant={applicant} />, { username: 'admin1' });
    const name = 'Casilda Zamarripa Olguín';

    // Export: a JSON file named for the person and the day, and the export said recorded.
    const exportButton = await screen.findByRole('button', {
      name: `Exportar datos: todo lo que se guarda de ${name} (archivo JSON)`,
    });
    exportButton.focus();
    await r.user.keyboard('{Enter}');
    const status = await screen.findByText(
      new RegExp(`^Datos exportados: miconsulado-${applicant.id}-\\d{4}-\\d{2}-\\d{2}\\.json\\.`),
    );
    expect(status.getAttribute('role')).toBe('status');

    // Erase: Tab to the button, the dialog asks the reason and the typed word.
    await r.user.tab();
    const eraseButton = screen.getByRole('button', { name: `Borrar datos personales de ${name}` });
    expect(document.activeElement).toBe(eraseButton);
    await r.user.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: `Borrar los datos de ${name}` });
    const reason = screen.getByLabelText('Motivo (la solicitud y su folio)');
    expect(document.activeElement).toBe(reason);
    // Without the typed confirmation, nothing is sent.
    await r.user.keyboard('Solicitud ARCO folio 77{Enter}');
    expect(await screen.findByText('Escriba el motivo y la palabra de confirmación.')).toBeTruthy();
    await r.user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Escriba BORRAR para confirmar'));
    await r.user.keyboard('borrar{Enter}');
    // Refused while the person waits on the list: the reason, worded for the admin.
    expect(
      await screen.findByText('No se puede borrar: está en la lista de espera. Sáquela de la lista primero.'),
    ).toBeTruthy();
    expect(dialog.isConnected).toBe(true);

    await operator(`/api/waitlist/${entry.id}`, { method: 'DELETE', schema: null });
    await r.user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(
      await screen.findByText('Los datos personales se borraron. La acción quedó registrada con su motivo.'),
    ).toBeTruthy();

    const remains = PersonExport.parse(await exportPerson(r.api, applicant.id));
    expect(remains.applicant).toMatchObject({ anonymised: true, givenNames: '', phone: null });
    expect(remains.waitlist).toEqual([expect.objectContaining({ id: entry.id, status: 'cancelled' })]);
  });
});
