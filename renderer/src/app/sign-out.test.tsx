import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../api/api-client-context';
import { fetchMe } from '../api/auth';
import { createConsoleStore } from '../stores/console-store';
import { renderConsole } from '../testing/render-console';

afterEach(() => window.sessionStorage.clear());

describe('signing out', () => {
  it('ends the session on the server, forgets the saved token and every cached answer, and shows the sign-in screen', async () => {
    const r = await renderConsole({ username: 'trainee4' });
    const { token, user } = r.store.getState();
    window.sessionStorage.setItem('miconsulado.token', token ?? '');
    await screen.findByRole('heading', { name: 'Solicitante' });

    await r.user.click(screen.getByRole('button', { name: 'Cerrar sesión' }));

    expect(await screen.findByRole('heading', { name: 'Iniciar sesión' })).toBeTruthy();
    expect(r.store.getState().token).toBeNull();
    expect(window.sessionStorage.getItem('miconsulado.token')).toBeNull();
    await waitFor(() => expect(r.queryClient.getQueryCache().getAll()).toEqual([]));
    // The token no longer opens anything: another tab holding it is signed out too.
    const store = createConsoleStore();
    if (token && user) store.getState().signIn(token, user);
    const refused = await fetchMe(createApi(r.serverUrl, store)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ status: 401 });
  });
});
