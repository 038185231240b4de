import { createContext, useContext, type ReactNode } from 'react';
import { request, type RequestOptions } from '../lib/api-client';
import type { ConsoleStore } from '../stores/console-store';
import { inPractice } from '../stores/slices/practice-slice';

/** The API as the console calls it: token and current call read from the store at call time. */
export type Api = <T>(path: string, options: RequestOptions<T>) => Promise<T>;

export const createApi =
  (baseUrl: string, store: ConsoleStore): Api =>
  (path, options) => {
    const state = store.getState();
    return request(
      {
        baseUrl,
        token: state.token,
        callId: state.call?.id ?? null,
        practice: inPractice(state),
        locale: state.locale,
      },
      path,
      options,
    );
  };

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
