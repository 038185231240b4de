import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { ApiProvider, type Api } from '../api/api-client-context';
import { CommandRegistryProvider } from '../commands/command-registry';
import { catalogs } from '../i18n/catalog';
import { defaultLocale } from '../i18n/locales';
import { SocketProvider } from '../realtime/socket-context';
import type { openConsoleSocket } from '../realtime/console-socket';
import type { ConsoleStore } from '../stores/console-store';
import { ConsoleStoreProvider, useConsole } from '../stores/console-store-context';

export type AppDependencies = {
  serverUrl: string;
  store: ConsoleStore;
  queryClient: QueryClient;
  api: Api;
  openSocket?: typeof openConsoleSocket;
};

function LocalizedIntl({ children }: { children: ReactNode }) {
  const locale = useConsole((s) => s.locale);
  return (
    <IntlProvider locale={locale} defaultLocale={defaultLocale} messages={catalogs[locale]}>
      {children}
    </IntlProvider>
  );
}

/** The console's one composition root: store, server state, API, live channel, language, commands. */
export function AppProviders({ deps, children }: { deps: AppDependencies; children: ReactNode }) {
  return (
    <ConsoleStoreProvider store={deps.store}>
      <QueryClientProvider client={deps.queryClient}>
        <ApiProvider api={deps.api}>
          <SocketProvider serverUrl={deps.serverUrl} open={deps.openSocket}>
            <LocalizedIntl>
              <CommandRegistryProvider>{children}</CommandRegistryProvider>
            </LocalizedIntl>
          </SocketProvider>
        </ApiProvider>
      </QueryClientProvider>
    </ConsoleStoreProvider>
  );
}
