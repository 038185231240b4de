import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../api/api-client-context';
import { createWaitlistEntry, deleteWaitlistEntry } from '../../../api/waitlist';
import { onLiveServer } from '../../../testing/live-server';
import { otherOperator, renderWithConsole } from '../../../testing/render-console';
import { registerApplicant } from '../../../testing/seat-fixtures';
import { formatDateRange } from '../waitlist-text';
import { daysWithoutSeats } from '../testing/waitlist-fixtures';
import { WaitlistView } from './waitlist-view';

// lead2 reads; operator40 puts two callers on Douglas's waitlist for a power of attorney (no other test does).
const LEAD = 'lead2';
const OPERATOR = 'operator40';
const PROCEDURE = 'power-of-attorney';

const { undoAfterEach } = onLiveServer();

async function waitingEntry(api: Api, range: { from: string; to: string }) {
  const applicant = await registerApplicant(api);
  const entry = await createWaitlistEntry(api, {
    applicantId: applicant.id,
    procedureId: PROCEDURE,
    consulateIds: ['DGL'],
    ...range,
  });
  undoAfterEach(() => deleteWaitlistEntry(api, entry.id));
  expect(entry.status).toBe('waiting');
  return entry;
}

describe('a lead’s waitlist view', () => {
  it('sums up every list, opens one with the keyboard in its order, and speaks both languages', async () => {
    const operator = await otherOperator(OPERATOR);
    const range = await daysWithoutSeats(operator, ['DGL'], 'America/Phoenix');
    const first = await waitingEntry(operator, range);
    const second = await waitingEntry(operator, { ...range, to: range.from });

    const r = await renderWithConsole(<WaitlistView />, { username: LEAD });
    const summary = await screen.findByRole('table', {
      name: 'Listas con personas en espera o lugares apartados',
    });
    const show = within(summary).getByRole('button', { name: /^Ver la lista de Douglas, Poder notarial/ });
    const row = show.closest('tr')!;
    // Two (or more, if anyone else waits there) waiting, none held; the oldest since today.
    expect(Number(within(row).getAllByRole('cell')[2]!.textContent)).toBeGreaterThanOrEqual(2);

    show.focus();
    await r.user.keyboard('{Enter}');
    const heading = screen.getByRole('heading', { name: 'Lista de un consulado y trámite' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const list = await screen.findByRole('table', {
      name: /^Lista de espera de Consulado .*Douglas, Poder notarial/,
    });
    const rows = within(list).getAllByRole('row').slice(1);
    const ours = rows.filter((tr) =>
      [
        formatDateRange(first.from, first.to, 'es-MX'),
        formatDateRange(second.from, second.to, 'es-MX'),
      ].includes(within(tr).getAllByRole('cell')[2]!.textContent ?? ''),
    );
    // In the order seats go to them: the first put on the list first.
    expect(ours.map((tr) => within(tr).getAllByRole('cell')[2]!.textContent)).toEqual([
      formatDateRange(first.from, first.to, 'es-MX'),
      formatDateRange(second.from, second.to, 'es-MX'),
    ]);
    expect(within(ours[0]!).getByText('En espera')).toBeTruthy();
    expect(screen.getByText(/en espera · 0 lugares apartados · Espera más antigua: desde el /)).toBeTruthy();

    act(() => r.store.getState().setLocale('en'));
    expect(
      await screen.findByRole('table', { name: /^Waitlist of Consulado .*Douglas, Power of attorney/ }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'One consulate’s list for a service' })).toBeTruthy();
    expect(screen.getByText(/waiting · 0 seats held · Oldest wait: since /)).toBeTruthy();
  });
});
