import { screen, waitFor } from '@testing-library/react';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../api/api-client-context';
import { fetchMe, login } from '../../../api/auth';
import { isApiError } from '../../../lib/api-error';
import { createConsoleStore } from '../../../stores/console-store';
import {
  DEMO_PASSWORD,
  renderConsole,
  renderWithConsole,
  otherOperator,
} from '../../../testing/render-console';
import { signOutOperator } from '../../../api/floor';
import { SignOutOperators } from './sign-out-operators';

/** Nobody else in the renderer's tests signs in as these operators. */
const AT_DESK = 'operator9';
const ON_CONSOLE = 'operator10';

/** An operator signed in at another desk: their API and who they are. */
async function operatorAtDesk(username: string) {
  const store = createConsoleStore();
  const api = createApi(inject('serverUrl'), store);
  const session = await login(api, { username, password: DEMO_PASSWORD });
  store.getState().signIn(session.token, session.user);
  return { api, user: session.user };
}

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: unknown) => (isApiError(error) ? error.status : -1),
  );

describe("the lead's sign-out of an operator", () => {
  it('asks first (Cancel focused, Escape sends nothing), then ends the operator’s session, from the keyboard', async () => {
    const operator = await operatorAtDesk(AT_DESK);
    const { user } = await renderWithConsole(
      <SignOutOperators
        operators={[{ userId: operator.user.id, displayName: operator.user.displayName }]}
        selectedIds={[operator.user.id]}
      />,
      { username: 'lead1' },
    );

    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Cerrar sesión de los operadores seleccionados' }),
    );
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('alertdialog', {
      name: `¿Cerrar la sesión de ${operator.user.displayName}?`,
    });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancelar' }));
    await user.keyboard('{Escape}');
    expect(dialog.isConnected).toBe(false);
    expect(await statusOf(fetchMe(operator.api))).toBe(200);

    await user.keyboard('{Enter}');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Cerrar sesión');
    await user.keyboard('{Enter}');
    await screen.findByText(`Sesión de ${operator.user.displayName} cerrada: deben iniciar sesión de nuevo.`);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await statusOf(fetchMe(operator.api))).toBe(401);
  });

  it("sends the signed-out operator's console back to sign-in, saying why, in English too", async () => {
    const lead = await otherOperator('lead1');
    const { store, queryClient } = await renderConsole({ username: ON_CONSOLE, locale: 'en' });
    await waitFor(() => expect(store.getState().socketStatus).toBe('online'), { timeout: 10_000 });
    window.sessionStorage.setItem('miconsulado.token', store.getState().token!);
    await waitFor(() => expect(queryClient.getQueryCache().getAll().length).toBeGreaterThan(0));
    const userId = store.getState().user!.id;

    await signOutOperator(lead, userId);
    await screen.findByRole('heading', { name: 'Sign in' }, { timeout: 10_000 });
    expect(
      screen.getByText(
        'Your session ended: it expired, was signed out on another console, or a lead signed you out. Sign in again to go on.',
      ),
    ).toBeTruthy();
    expect(store.getState().token).toBeNull();
    // Neither the dead token (a reload would try it) nor the operator's data stay behind.
    await waitFor(() => expect(window.sessionStorage.getItem('miconsulado.token')).toBeNull());
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
  });
});
