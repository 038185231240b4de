import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-error';

/**
 * Server state: retried only when a retry can help (network, 5xx), never on a 4xx answer. A write
 * is sent even when the browser thinks it is offline, and its failure said in words: a write
 * paused until the browser says otherwise would leave its button busy with nothing said (and a
 * hold sent minutes later). Confirming retries network failures itself, with its Idempotency-Key.
 */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 3 && (!isApiError(error) || error.retryable),
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
