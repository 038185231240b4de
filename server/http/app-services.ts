import type { Kysely } from 'kysely';
import type { ApplicantService } from '../applicants/applicant-service';
import type { SessionService } from '../auth/session-service';
import type { BookingEngine } from '../booking/booking-engine';
import type { Clock } from '../booking/clock';
import type { CallService } from '../calls/call-service';
import type { Database } from '../db/schema';
import type { SlotSequence } from '../realtime/slot-sequence';

/** What the HTTP routes need, wired once in the composition root. */
export interface AppServices {
  db: Kysely<Database>;
  clock: Clock;
  sessions: SessionService;
  booking: BookingEngine;
  applicants: ApplicantService;
  slotSequence: SlotSequence;
  calls: CallService;
}
