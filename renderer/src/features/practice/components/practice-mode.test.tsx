import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRACTICE_HEADER } from '../../../../../shared/api/practice';
import { onLiveServer } from '../../../testing/live-server';
import { renderConsole } from '../../../testing/render-console';

onLiveServer();

const BAND = 'PRÁCTICA — nada de esto es real';

/** Watches the console's requests; the real fetch still runs. */
const watchRequests = () => vi.spyOn(globalThis, 'fetch');

/** The practice header of each request made since the watch began (null: none). */
const practiceHeaders = (spy: ReturnType<typeof watchRequests>) =>
  spy.mock.calls.map(
    ([, init]) => (init?.headers as Record<string, string> | undefined)?.[PRACTICE_HEADER] ?? null,
  );

afterEach(() => {
  vi.restoreAllMocks();
  document.title = '';
});

describe('practice is unmistakable', () => {
  it('a trainee sees the band on every screen and in the window title, and cannot leave practice', async () => {
    document.title = 'MiConsulado';
    const r = await renderConsole({ username: 'trainee2' });
    const band = await screen.findByText(BAND);
    expect(band.getAttribute('role')).toBe('status');
    expect(document.title).toBe('PRÁCTICA — MiConsulado');
    expect(screen.queryByRole('button', { name: /Entrar a práctica|Salir de práctica/ })).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Práctica' })).toBeTruthy();

    await r.user.keyboard('{Alt>}{Shift>}p{/Shift}{/Alt}');
    expect(screen.getByText(BAND)).toBeTruthy();
  });

  it('an operator switches practice on with Alt+Shift+P: the band shows and every request carries the practice header; off again, neither', async () => {
    const r = await renderConsole({ username: 'operator38' });
    await screen.findByRole('button', { name: /Entrar a práctica/ });
    expect(screen.queryByText(BAND)).toBeNull();

    const spy = watchRequests();
    await r.user.keyboard('{Alt>}{Shift>}p{/Shift}{/Alt}');
    expect(await screen.findByText(BAND)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Salir de práctica/ })).toBeTruthy();
    // Switching refetches what is on screen, now from the practice sandbox.
    await waitFor(() => expect(practiceHeaders(spy).length).toBeGreaterThan(0));
    expect(practiceHeaders(spy).every((h) => h === 'on')).toBe(true);

    spy.mockClear();
    await r.user.click(screen.getByRole('button', { name: /Salir de práctica/ }));
    await waitFor(() => expect(screen.queryByText(BAND)).toBeNull());
    await waitFor(() => expect(practiceHeaders(spy).length).toBeGreaterThan(0));
    expect(practiceHeaders(spy).every((h) => h === null)).toBe(true);
  });

  it('an admin has no practice sandbox: no toggle, and Alt+Shift+P sends no practice header', async () => {
    const r = await renderConsole({ username: 'admin1' });
    await waitFor(() => expect(r.store.getState().user?.role).toBe('admin'));
    expect(screen.queryByRole('button', { name: /Entrar a práctica|Salir de práctica/ })).toBeNull();
    const spy = watchRequests();
    await r.user.keyboard('{Alt>}{Shift>}p{/Shift}{/Alt}');
    expect(screen.queryByText(BAND)).toBeNull();
    expect(practiceHeaders(spy).every((h) => h === null)).toBe(true);
  });

  it('an operator cannot switch practice on during a call', async () => {
    const r = await renderConsole({ username: 'operator38' });
    const toggle = await screen.findByRole('button', { name: /Entrar a práctica/ });
    await r.user.keyboard('{Alt>}n{/Alt}');
    await waitFor(() => expect(r.store.getState().call).not.toBeNull());
    expect((toggle as HTMLButtonElement).disabled).toBe(true);
    await r.user.keyboard('{Alt>}{Shift>}p{/Shift}{/Alt}');
    expect(screen.queryByText(BAND)).toBeNull();
    await r.user.keyboard('{Alt>}w{/Alt}');
    await screen.findByRole('dialog', { name: 'Cerrar la llamada' });
    await r.user.keyboard('{Enter}');
    await waitFor(() => expect(r.store.getState().call).toBeNull());
  });
});
