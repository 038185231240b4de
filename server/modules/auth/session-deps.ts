import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { RateLimiter } from '../../platform/rate-limits/rate-limiter';

export interface SessionDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** How long a session lasts from sign-in. */
  ttlHours: number;
  /** Sign-in attempts per username and client address (FAILED_LOGINS_PER_15_MINUTES in 15 minutes). */
  loginLimiter: RateLimiter;
  /** Sign-in attempts per username from any address (FAILED_LOGINS_PER_HOUR_TO_LOCK in an hour): past it, the account locks. */
  accountLimiter: RateLimiter;
  /** The account limiter's limit, recorded with a lock. */
  lockAfterFailures: number;
  /** A sign-in was refused (metrics): a wrong password or user, a locked account, too many tries. */
  onSignInRefused?(reason: 'wrong_credentials' | 'locked' | 'rate_limited'): void;
}
