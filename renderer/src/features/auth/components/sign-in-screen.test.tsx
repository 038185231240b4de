import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LockedAccountList } from '../../../../../shared/api/auth';
import { lockAccountByGuessing } from '../../../testing/failed-sign-ins';
import { DEMO_PASSWORD, otherOperator, renderWithConsole } from '../../../testing/render-console';
import { SignInScreen } from './sign-in-screen';

const USERNAME = 'operator11';

afterEach(() => window.sessionStorage.clear());

describe('SignInScreen', () => {
  it('puts the cursor in the username field', async () => {
    await renderWithConsole(<SignInScreen />, { signedIn: false });
    expect(document.activeElement).toBe(screen.getByLabelText('Usuario'));
  });

  it('says the password is wrong, then signs in with the right one and keeps the session', async () => {
    const { user, store } = await renderWithConsole(<SignInScreen />, { signedIn: false });
    await user.keyboard(USERNAME);
    await user.tab();
    await user.keyboard('not-the-password{Enter}');

    expect(await screen.findByText('Usuario o contraseña incorrectos.')).toBeTruthy();
    const password = screen.getByLabelText('Contraseña');
    expect(document.activeElement).toBe(password);
    expect((password as HTMLInputElement).value).toBe('');
    expect(store.getState().token).toBeNull();

    await user.keyboard(`${DEMO_PASSWORD}{Enter}`);
    await waitFor(() => expect(store.getState().user?.username).toBe(USERNAME));
    expect(window.sessionStorage.getItem('miconsulado.token')).toBe(store.getState().token);
  });

  it('asks for both fields before calling the server', async () => {
    const { user, store } = await renderWithConsole(<SignInScreen />, { signedIn: false });
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Escriba su usuario y su contraseña.');
    expect(document.activeElement).toBe(screen.getByLabelText('Usuario'));
    expect(store.getState().token).toBeNull();
  });

  it('switches to English with the language button', async () => {
    const { user } = await renderWithConsole(<SignInScreen />, { signedIn: false });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByLabelText('Username')).toBeTruthy();
  });

  it('tells screen readers the page’s language when it starts in English (a reload keeps the choice)', async () => {
    document.documentElement.lang = 'es-MX';
    const { user } = await renderWithConsole(<SignInScreen />, { signedIn: false, locale: 'en' });
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Español' }));
    expect(document.documentElement.lang).toBe('es-MX');
  });

  it('words a refused sign-in from the console’s catalog, naming the field, in English when the console is in English', async () => {
    // A username longer than the server takes is refused (400 invalid_request, details name body.username).
    const { user } = await renderWithConsole(<SignInScreen />, { signedIn: false, locale: 'en' });
    await user.type(screen.getByLabelText('Username'), 'x'.repeat(65));
    await user.type(screen.getByLabelText('Password'), 'whatever{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'The server did not accept the data. Check: username.',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Español' }));
    expect(screen.getByRole('alert').textContent).toBe('El servidor no aceptó los datos. Revise: usuario.');
  });

  it(
    'says when this computer tried too often, and when the account is locked and who unlocks it',
    { timeout: 240_000 },
    async () => {
      const { user, serverUrl } = await renderWithConsole(<SignInScreen />, { signedIn: false });
      // Ten failures from this very computer for operator6 (nobody else's renderer tests sign in as them).
      for (let i = 0; i < 10; i++)
        await fetch(serverUrl + '/api/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'operator6', password: `guess-${i}` }),
        });
      await user.keyboard('operator6');
      await user.tab();
      await user.keyboard(`${DEMO_PASSWORD}{Enter}`);
      expect(
        await screen.findByText(
          'Demasiados intentos fallidos desde este equipo. Espere unos minutos e intente de nuevo.',
        ),
      ).toBeTruthy();

      await lockAccountByGuessing('operator8');
      const lead = await otherOperator('lead2');
      try {
        await user.clear(screen.getByLabelText('Usuario'));
        await user.type(screen.getByLabelText('Usuario'), 'operator8');
        await user.type(screen.getByLabelText('Contraseña'), `${DEMO_PASSWORD}{Enter}`);
        const locked =
          'Esta cuenta quedó bloqueada por demasiados intentos fallidos. Pida a su líder de turno que la desbloquee.';
        expect(await screen.findByText(locked)).toBe(screen.getByRole('alert'));
      } finally {
        const list = await lead('/api/auth/locked-accounts', { schema: LockedAccountList });
        for (const item of list.items.filter((i) => i.username === 'operator8'))
          await lead(`/api/auth/locked-accounts/${item.userId}`, { method: 'DELETE', schema: null });
      }
    },
  );
});
