import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/api-client-context';
import { App } from './app/app';
import { AppProviders } from './app/app-providers';
import { createQueryClient } from './app/create-query-client';
import { serverUrl } from './lib/server-url';
import { createConsoleStore } from './stores/console-store';
import { persistLocale } from './stores/locale-persistence';
import './styles/global.css';

const store = createConsoleStore();
// The language chosen last time, on this computer (a bad or missing value: es-MX).
persistLocale(store, window.localStorage);
const url = serverUrl();
const deps = { serverUrl: url, store, queryClient: createQueryClient(), api: createApi(url, store) };

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppProviders deps={deps}>
      <App />
    </AppProviders>
  </StrictMode>,
);
