import type { Kysely } from 'kysely';
import type { ApplicantService } from '../applicants/applicant-service';
import type { SessionService } from '../auth/session-service';
import type { BookingEngine } from '../booking/booking-engine';
import type { Clock } from '../booking/clock';
import type { CallService } from '../calls/call-service';
import type { CapacityService } from '../capacity/capacity-service';
import type { Database } from '../db/schema';
import type { FloorService } from '../floor/floor-service';
import type { ReadinessProbe } from '../lifecycle/readiness';
import type { PracticeService } from '../practice/practice-service';
import type { SlotSequence } from '../realtime/slot-sequence';
import type { ShiftService } from '../shifts/shift-service';

/** What the HTTP routes need, wired once in the composition root. */
export interface AppServices {
  db: Kysely<Database>;
  clock: Clock;
  sessions: SessionService;
  booking: BookingEngine;
  applicants: ApplicantService;
  slotSequence: SlotSequence;
  calls: CallService;
  floor: FloorService;
  capacity: CapacityService;
  shifts: ShiftService;
  practice: PracticeService;
  /** Liveness and readiness (`/api/health`, `/api/ready`). */
  health: ReadinessProbe;
}
