import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, renderWithConsole } from '../../../testing/render-console';
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
});
