import type { Kysely } from 'kysely';
import type { ApplicantService } from '../../modules/applicants/applicant-service';
import type { SessionService } from '../../modules/auth/session-service';
import type { BookingEngine } from '../../modules/booking/booking-engine';
import type { Clock } from '../../kernel/clock';
import type { CallService } from '../../modules/calls/call-service';
import type { CapacityService } from '../../modules/capacity/capacity-service';
import type { Database } from '../db/schema';
import type { FloorService } from '../../modules/floor/floor-service';
import type { ReadinessProbe } from '../lifecycle/readiness';
import type { PracticeService } from '../../modules/practice/practice-service';
import type { SlotSequence } from '../../modules/slots/slot-sequence';
import type { ShiftService } from '../../modules/shifts/shift-service';

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
