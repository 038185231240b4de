import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { inject } from 'vitest';
import { createApi, type Api } from '../api/api-client-context';
import { login } from '../api/auth';
import { App } from '../app/app';
import { AppProviders } from '../app/app-providers';
import { createQueryClient } from '../app/create-query-client';
import type { Locale } from '../i18n/locales';
import { createConsoleStore, type ConsoleStore } from '../stores/console-store';
import type { QueryClient } from '@tanstack/react-query';

export const DEMO_PASSWORD = 'demo1234';

export type Rendered = RenderResult & {
  user: UserEvent;
  store: ConsoleStore;
  queryClient: QueryClient;
  api: Api;
  serverUrl: string;
};

type Options = { username?: string; locale?: Locale; signedIn?: boolean };

/**
 * Renders the console (or one panel) as the app composes it, against the real test server
 * (test/support/renderer-global-setup.ts), signed in as a demo user.
 */
export async function renderWithConsole(
  ui: ReactElement,
  { username = 'operator1', locale = 'es-MX', signedIn = true }: Options = {},
): Promise<Rendered> {
  const serverUrl = inject('serverUrl');
  const store = createConsoleStore();
  store.getState().setLocale(locale);
  const queryClient = createQueryClient();
  const api = createApi(serverUrl, store);
  if (signedIn) await signIn(api, store, username);
  const user = userEvent.setup();
  const result = render(<AppProviders deps={{ serverUrl, store, queryClient, api }}>{ui}</AppProviders>);
  return { ...result, user, store, queryClient, api, serverUrl };
}

/** Signs a demo user in through the API module, into `store`. */
async function signIn(api: Api, store: ConsoleStore, username: string): Promise<void> {
  const session = await login(api, { username, password: DEMO_PASSWORD });
  store.getState().signIn(session.token, session.user);
}

/** Another operator at another desk, signed in through the same API module, with a store of their own. */
export async function otherOperator(username: string): Promise<Api> {
  const store = createConsoleStore();
  const api = createApi(inject('serverUrl'), store);
  await signIn(api, store, username);
  return api;
}

/** The whole console, signed in. */
export const renderConsole = (options: Options = {}) => renderWithConsole(<App />, options);
