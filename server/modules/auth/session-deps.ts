import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { RateLimiter } from '../../platform/rate-limits/rate-limiter';

export interface SessionDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** How long a session lasts from sign-in. */
  ttlHours: number;
  /** Failed sign-ins per username. */
  loginLimiter: RateLimiter;
}
