import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApi } from '../../../api/api-client-context';
import { login } from '../../../api/auth';
import { browserTokenStorage } from '../../../lib/token-storage';
import { createConsoleStore } from '../../../stores/console-store';
import { useConsole } from '../../../stores/console-store-context';
import { DEMO_PASSWORD, renderWithConsole } from '../../../testing/render-console';
import { useRestoreSession } from './use-restore-session';

const USERNAME = 'operator12';
const saved = () => browserTokenStorage(window.sessionStorage);

/** What App shows: restoring, the console (signed in) or the sign-in screen. */
function Probe() {
  const restoring = useRestoreSession();
  const name = useConsole((s) => s.user?.username ?? null);
  if (restoring) return <p>restoring</p>;
  return <p>{name ? `signed in as ${name}` : 'signed out'}</p>;
}

afterEach(() => window.sessionStorage.clear());

describe('useRestoreSession', () => {
  it('signs back in with a saved token the server still accepts', async () => {
    const session = await login(createApi(inject('serverUrl'), createConsoleStore()), {
      username: USERNAME,
      password: DEMO_PASSWORD,
    });
    await saved().set(session.token);

    const { store } = await renderWithConsole(<Probe />, { signedIn: false });
    expect(screen.getByText('restoring')).toBeTruthy();
    expect(await screen.findByText(`signed in as ${USERNAME}`)).toBeTruthy();
    expect(store.getState().token).toBe(session.token);
  });

  it('forgets a token the server refuses and shows the sign-in screen', async () => {
    await saved().set('expired-or-made-up-token');
    const { store } = await renderWithConsole(<Probe />, { signedIn: false });
    expect(await screen.findByText('signed out')).toBeTruthy();
    expect(store.getState().token).toBeNull();
    expect(await saved().get()).toBeNull();
  });

  it('does nothing without a saved token', async () => {
    await renderWithConsole(<Probe />, { signedIn: false });
    expect(await screen.findByText('signed out')).toBeTruthy();
  });
});
