import { isApiError } from '../../lib/api-error';

/**
 * Confirming a hold survives a network blip: the same request is sent again WITH THE SAME
 * Idempotency-Key, so a retry after a lost answer gets the appointment already made, never a
 * second one. A refusal (4xx) ends the attempt at once.
 */

/** Short waits before each automatic retry: three retries, about two and a half seconds in all. */
export const CONFIRM_RETRY_DELAYS_MS: readonly number[] = [300, 700, 1_500];

/** Whether a failed send may be retried with the same key: the server was not reached or failed (5xx, 429). */
export const isRetryable = (error: unknown): boolean => isApiError(error) && error.retryable;

/** The wait before retry number `retriesDone + 1`, or null when the attempt must end. */
export function retryDelay(
  error: unknown,
  retriesDone: number,
  delays: readonly number[] = CONFIRM_RETRY_DELAYS_MS,
): number | null {
  if (!isRetryable(error)) return null;
  return delays[retriesDone] ?? null;
}

export type ConfirmKey = { holdId: string; key: string };

/**
 * The key of an operator's confirm attempt: the key of an earlier attempt on the same hold whose
 * outcome is unknown (it ended on a network failure, so it may have booked) is kept; otherwise a
 * fresh one.
 */
export const keyForAttempt = (pending: ConfirmKey | null, holdId: string, fresh: () => string): ConfirmKey =>
  pending && pending.holdId === holdId ? pending : { holdId, key: fresh() };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends once, then retries with the same key while the failures are retryable and retries remain. */
export async function sendWithRetries<T>(
  send: () => Promise<T>,
  options: {
    delays?: readonly number[];
    sleep?: (ms: number) => Promise<void>;
    onRetry?: (retry: number, of: number) => void;
  } = {},
): Promise<T> {
  const { delays = CONFIRM_RETRY_DELAYS_MS, sleep = wait, onRetry } = options;
  for (let retriesDone = 0; ; retriesDone++) {
    try {
      return await send();
    } catch (error) {
      const delay = retryDelay(error, retriesDone, delays);
      if (delay === null) throw error;
      onRetry?.(retriesDone + 1, delays.length);
      await sleep(delay);
    }
  }
}
