import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-error';

/** Server state: retried only when a retry can help (network, 5xx), never on a 4xx answer. */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 3 && (!isApiError(error) || error.retryable),
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
