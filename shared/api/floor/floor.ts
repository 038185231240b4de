import { z } from 'zod';
import { WrapUpCode } from '../calls';
import { Id, Instant, LocalDate, ServiceDate, listOf } from '../common';
import { Queue } from './queues';

/** What an operator is doing, as every screen shows it (the server holds it). */
export const operatorStates = ['available', 'on_call', 'wrap_up', 'break', 'offline'] as const;
export const OperatorState = z.enum(operatorStates);
export type OperatorState = z.infer<typeof OperatorState>;

/**
 * Why the state is what it is: the console, the socket presence, a lead, a call, or `missed` (on break
 * because an offered call was not answered in time, until they make themselves available).
 */
export const StateReason = z.enum(['console', 'presence', 'lead', 'call', 'missed']);
export type StateReason = z.infer<typeof StateReason>;

/** A state asked for while the operator is on a call: applied when the call ends. */
export const PendingState = z.enum(['break', 'offline']);
export type PendingState = z.infer<typeof PendingState>;

/** Moving an operator to another queue: now, or when the call in progress ends. */
export const ReassignWhen = z.enum(['now', 'after_call']);
export type ReassignWhen = z.infer<typeof ReassignWhen>;

/** pending (waiting for the call to end) → applied (operator moved) → acknowledged (their console showed it). */
export const ReassignmentStatus = z.enum(['pending', 'applied', 'acknowledged']);
export type ReassignmentStatus = z.infer<typeof ReassignmentStatus>;

export const Reassignment = z.object({
  id: Id,
  userId: Id,
  fromQueueId: Id.nullable(),
  toQueueId: Id,
  when: ReassignWhen,
  status: ReassignmentStatus,
  requestedBy: Id,
  requestedAt: Instant,
  appliedAt: Instant.nullable(),
  acknowledgedAt: Instant.nullable(),
});
export type Reassignment = z.infer<typeof Reassignment>;
export const ReassignmentList = listOf(Reassignment);

/** The signed-in user's own state and queue, as every one of their consoles shows it. */
export const MyStatus = z.object({
  userId: Id,
  state: OperatorState,
  since: Instant,
  reason: StateReason,
  /** The call in progress, if any. */
  callId: Id.nullable(),
  /** Consoles of this user connected now (one user may have two). */
  consoles: z.number().int().nonnegative(),
  pendingState: PendingState.nullable(),
  queue: Queue.nullable(),
  /** The last reassignment not yet acknowledged by a console (pending or applied), if any. */
  reassignment: Reassignment.nullable(),
});
export type MyStatus = z.infer<typeof MyStatus>;

/** What a console may set for its own user: wrap-up opened, ready again, a break. */
export const SetMyStateBody = z.strictObject({ state: z.enum(['available', 'wrap_up', 'break']) });
export type SetMyStateBody = z.infer<typeof SetMyStateBody>;

/** One operator on the lead's floor. */
export const FloorOperator = z.object({
  userId: Id,
  username: z.string(),
  displayName: z.string(),
  state: OperatorState,
  since: Instant,
  reason: StateReason,
  consoles: z.number().int().nonnegative(),
  /** Consoles of this operator in practice mode now: a practice call is not a caller on the line. */
  practiceConsoles: z.number().int().nonnegative(),
  pendingState: PendingState.nullable(),
  queueId: Id.nullable(),
  /** The latest reassignment of this operator today, whatever its status. */
  reassignment: Reassignment.nullable(),
  callsToday: z.number().int().nonnegative(),
  bookingsToday: z.number().int().nonnegative(),
  /** Mean seconds from call start to wrap-up done over today's ended calls; null before the first. */
  avgHandleSeconds: z.number().nonnegative().nullable(),
  /** Scheduled to be on the phones now (shifts). */
  onShift: z.boolean(),
});
export type FloorOperator = z.infer<typeof FloorOperator>;

/** The whole floor at `at`; `day` is the call center's date (America/Mexico_City). */
export const Floor = z.object({ at: Instant, day: LocalDate, operators: z.array(FloorOperator) });
export type Floor = z.infer<typeof Floor>;

export const ReassignBody = z.strictObject({
  userIds: z.array(Id).min(1, 'choose at least one operator').max(500),
  queueId: Id,
  when: ReassignWhen,
});
export type ReassignBody = z.infer<typeof ReassignBody>;

/** A lead puts an operator on break or offline (after the call in progress, if any), or back to available. */
export const SetOperatorStateBody = z.strictObject({ state: z.enum(['available', 'break', 'offline']) });
export type SetOperatorStateBody = z.infer<typeof SetOperatorStateBody>;
export const OperatorParams = z.strictObject({ userId: Id });

export const DayQuery = z.object({ date: ServiceDate.optional() });
export type DayQuery = z.infer<typeof DayQuery>;

/** The day's figures of the live floor (practice calls excluded). */
export const DayFigures = z.object({
  date: LocalDate,
  timeZone: z.string(),
  calls: z.number().int().nonnegative(),
  endedCalls: z.number().int().nonnegative(),
  bookings: z.number().int().nonnegative(),
  avgHandleSeconds: z.number().nonnegative().nullable(),
  wrapUpCodes: z.record(WrapUpCode, z.number().int().nonnegative()),
  /** Calls and bookings by hour of the call center's day, 24 entries. */
  byHour: z.array(
    z.object({
      hour: z.number().int().min(0).max(23),
      calls: z.number().int().nonnegative(),
      bookings: z.number().int().nonnegative(),
    }),
  ),
});
export type DayFigures = z.infer<typeof DayFigures>;
