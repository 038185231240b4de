import type { Kysely } from 'kysely';
import type { RateLimiter } from '../../platform/rate-limits/rate-limiter';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';
import type { Clock } from '../../kernel/clock';
import type { SlotChangeLog } from '../slots/index';
import type { AppointmentNotices } from './appointment-notices';

export interface BookingLimits {
  holdTtlSeconds: number;
  /** A hold may be extended, but never lives longer than this many TTLs in all. */
  maxHoldLifetimeTtls: number;
  /** Resellers hoard seats: one user holds at most this many at once. */
  maxLiveHoldsPerUser: number;
}

export interface BookingDeps {
  db: Kysely<Database>;
  /** How a command gets its transaction (SQLite: group commit; see db/transaction-runner.ts). */
  transact: Transact;
  clock: Clock;
  limits: BookingLimits;
  holdRateLimiter: RateLimiter;
  /** The outbox: seat changes are written in the command's own transaction. */
  slotChanges: SlotChangeLog;
  /** Uniform random integer in [0, max): confirmation codes. */
  randomInt: (maxExclusive: number) => number;
  /** The applicant is told (booked, rescheduled, cancelled) in the command's own transaction. */
  notices: AppointmentNotices;
  /** Live appointments booked and cancelled, told after the commit (metrics); practice ones are not. */
  events?: BookingEvents;
}

export interface BookingEvents {
  booked(consulateId: string): void;
  cancelled(consulateId: string, appointments: number): void;
}
