import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LockedAccountList } from '../../../../../shared/api/auth';
import { lockAccountByGuessing } from '../../../testing/failed-sign-ins';
import { onLiveServer } from '../../../testing/live-server';
import { DEMO_PASSWORD, otherOperator, renderWithConsole } from '../../../testing/render-console';
import { LockedAccountsPanel } from './locked-accounts-panel';

const { undoAfterEach } = onLiveServer();

/** Nobody else in the renderer's tests signs in as this operator. */
const VICTIM = 'operator7';

const signInStatus = async (serverUrl: string) =>
  (
    await fetch(serverUrl + '/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: VICTIM, password: DEMO_PASSWORD }),
    })
  ).status;

describe('the locked accounts panel', () => {
  // A hundred password checks on the server first: slow where the cores are shared.
  it(
    'lists an account locked by guessing, and a lead unlocks it from the keyboard, in Spanish and in English',
    { timeout: 240_000 },
    async () => {
      await lockAccountByGuessing(VICTIM);
      const lead = await otherOperator('lead2');
      undoAfterEach(async () => {
        const list = await lead('/api/auth/locked-accounts', { schema: LockedAccountList });
        for (const item of list.items.filter((i) => i.username === VICTIM))
          await lead(`/api/auth/locked-accounts/${item.userId}`, { method: 'DELETE', schema: null });
      });

      const { user, store, serverUrl } = await renderWithConsole(<LockedAccountsPanel />, {
        username: 'lead1',
      });
      expect(await signInStatus(serverUrl)).toBe(429);
      const list = await screen.findByRole('list', { name: 'Cuentas bloqueadas' });
      const row = within(list)
        .getAllByRole('listitem')
        .find((item) => item.textContent?.includes(`(${VICTIM})`))!;
      expect(row.textContent).toMatch(/operador/);
      expect(row.textContent).toMatch(/Bloqueada el .+ tras 100 intentos fallidos/);
      const button = within(row).getByRole('button', { name: /^Desbloquear a / });

      act(() => store.getState().toggleLocale());
      expect(await within(row).findByRole('button', { name: /^Unlock / })).toBe(button);
      expect(row.textContent).toMatch(/Locked .+ after 100 failed sign-ins/);
      act(() => store.getState().toggleLocale());

      // Tab reaches the button (nothing else in the panel takes focus first); Enter unlocks.
      for (let i = 0; i < 20 && document.activeElement !== button; i++) await user.tab();
      expect(document.activeElement).toBe(button);
      await user.keyboard('{Enter}');

      const status = await screen.findByText(/desbloqueada: ya puede iniciar sesión\.$/);
      expect(status.getAttribute('role')).toBe('status');
      await waitFor(() => expect(document.activeElement).toBe(status));
      await waitFor(() => expect(screen.queryByText(`(${VICTIM})`, { exact: false })).toBeNull());
      expect(await signInStatus(serverUrl)).toBe(200);
    },
  );

  it('shows nothing to an operator', async () => {
    const { container } = await renderWithConsole(<LockedAccountsPanel />, { username: 'operator39' });
    expect(container.textContent).toBe('');
  });
});
