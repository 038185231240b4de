import { screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApplicantSearchResult, type Applicant } from '../../../../../shared/api/applicants';
import { buildCurp } from '../../../../../shared/domain/curp/curp-builder';
import type { Api } from '../../../api/api-client-context';
import { createApplicant } from '../../../api/applicants';
import { useShortcutListener } from '../../../commands/command-registry';
import { zoneName } from '../../../i18n/format-zoned';
import { fixtureInt } from '../../../testing/fixture-random';
import { otherOperator, renderWithConsole } from '../../../testing/render-console';
import { formatDateTimeShort } from '../../../i18n/format-zoned';
import { viewerTimeZone } from '../read-time';
import { ApplicantReads } from './applicant-reads';

// operator37 registers and searches a caller; lead1 and admin1 look at who looked; operator38 may not.
const OPERATOR = 'operator37';

/** The console's one keydown listener, as the console screen mounts it. */
function WithShortcuts({ children }: { children: ReactNode }) {
  useShortcutListener();
  return <>{children}</>;
}

/** A caller registered by one operator and found by them with a search by CURP. */
async function searchedCaller(operator: Api): Promise<Applicant> {
  const birthDate = `19${50 + fixtureInt(40)}-0${1 + fixtureInt(9)}-1${fixtureInt(9)}`;
  const names = { givenNames: 'Eulalia', firstSurname: 'Quintanilla', secondSurname: 'Barajas' };
  const curp = buildCurp({ ...names, birthDate, sex: 'M', state: 'SL', homonym: String(fixtureInt(10)) });
  const applicant = await createApplicant(operator, { curp, ...names, birthDate });
  const found = await operator('/api/applicants', { query: { q: curp }, schema: ApplicantSearchResult });
  expect(found.items.map((a) => a.id)).toEqual([applicant.id]);
  return applicant;
}

describe('Consultas: who looked at a record', () => {
  it('shows a lead who looked, when on their own clock, in which call and what, opened with Alt+Shift+C', async () => {
    const operator = await otherOperator(OPERATOR);
    const applicant = await searchedCaller(operator);
    const r = await renderWithConsole(
      <WithShortcuts>
        <ApplicantReads applicant={applicant} />
      </WithShortcuts>,
      { username: 'lead1' },
    );
    const button = await screen.findByRole('button', {
      name: /^Consultas \(quién vio el registro de Eulalia Quintanilla Barajas\)$/,
    });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+C');
    button.focus();
    await r.user.keyboard('{Alt>}{Shift>}C{/Shift}{/Alt}');

    const dialog = await screen.findByRole('dialog', {
      name: 'Quién consultó a Eulalia Quintanilla Barajas',
    });
    const zone = viewerTimeZone();
    const table = await within(dialog).findByRole('table', {
      name: `Consultas del registro, de la más reciente a la más antigua (${zoneName(new Date(), zone, 'es-MX')})`,
    });
    const rows = within(table).getAllByRole('row').slice(1);
    // Newest first: this look itself, then the operator's search.
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(1)
          .map((c) => c.textContent),
      ),
    ).toEqual([
      [expect.stringMatching(/\(líder de turno\)$/), 'Sin llamada', 'Esta lista de consultas'],
      [expect.stringMatching(/\(operador\)$/), 'Sin llamada', 'Resultado de búsqueda'],
    ]);
    // The date and time are the viewer's clock, from the instant the server recorded.
    const time = rows[1]!.querySelector('time')!;
    expect(time.textContent).toBe(formatDateTimeShort(time.dateTime, zone, 'es-MX', { seconds: true }));
    expect(Date.now() - Date.parse(time.dateTime)).toBeLessThan(60_000);
    // Focus starts on the list (scrollable by keyboard), visible; Escape gives it back to the button.
    expect(document.activeElement?.className).toContain('applicant-reads__table-wrap');
    await r.user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(button);
  });

  it('speaks English to an English-speaking admin, and each look is listed on the next', async () => {
    const operator = await otherOperator(OPERATOR);
    const applicant = await searchedCaller(operator);
    const r = await renderWithConsole(<ApplicantReads applicant={applicant} />, {
      username: 'admin1',
      locale: 'en',
    });
    for (let look = 0; look < 2; look++) {
      await r.user.click(
        await screen.findByRole('button', { name: /^Record views \(who looked at Eulalia/ }),
      );
      const dialog = await screen.findByRole('dialog', { name: 'Who looked at Eulalia Quintanilla Barajas' });
      await within(dialog).findByRole('table');
      await r.user.click(within(dialog).getByRole('button', { name: 'Close' }));
    }
    await r.user.click(screen.getByRole('button', { name: /^Record views/ }));
    const table = await within(await screen.findByRole('dialog')).findByRole('table');
    const what = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[3]!.textContent);
    expect(what).toEqual(['This list of views', 'This list of views', 'This list of views', 'Search result']);
  });

  it('shows nothing to an operator', async () => {
    const operator = await otherOperator(OPERATOR);
    const applicant = await searchedCaller(operator);
    const r = await renderWithConsole(
      <WithShortcuts>
        <ApplicantReads applicant={applicant} />
      </WithShortcuts>,
      { username: 'operator38' },
    );
    await r.user.keyboard('{Alt>}{Shift>}C{/Shift}{/Alt}');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
