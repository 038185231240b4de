/** How the worker spaces the attempts of a message that could not be sent (MESSAGE_RETRY_BASE_MS, doubling). */
export interface RetryPolicy {
  baseMs: number;
  /** No wait is longer than this (15 minutes). */
  capMs: number;
  /** A message not accepted is `failed` once it has had at least this many attempts… */
  maxAttempts: number;
  /**
   * …and has waited at least this long since it was queued (MESSAGE_GIVE_UP_HOURS, a day): a mail
   * server down for an hour loses nothing, an address that never takes mail is not tried forever.
   */
  giveUpAfterMs: number;
}

export const RETRY_CAP_MS = 15 * 60_000;

/**
 * The wait after the `attempt`-th failed attempt (1 for the first): base × 2^(attempt−1), capped,
 * with "equal jitter" — between half and all of it — so the messages of one burst that failed
 * together do not all come back at the same instant. `random` is in [0, 1).
 */
export function retryDelayMs(policy: RetryPolicy, attempt: number, random: number): number {
  const exponential = policy.baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30));
  const ceiling = Math.min(policy.capMs, exponential);
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/**
 * After a temporary failure: try again at this delay, or give up (`failed`) when the attempts are
 * spent and the message has waited long enough. `ageMs`: since the message was queued.
 */
export function afterTemporaryFailure(
  policy: RetryPolicy,
  attemptsSoFar: number,
  ageMs: number,
  random: number,
): { retryInMs: number } | { giveUp: true } {
  if (attemptsSoFar >= policy.maxAttempts && ageMs >= policy.giveUpAfterMs) return { giveUp: true };
  return { retryInMs: retryDelayMs(policy, attemptsSoFar, random) };
}
