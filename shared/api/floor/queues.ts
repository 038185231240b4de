import { z } from 'zod';
import { Bilingual, ConsulateId, Id, Instant, LocalDate, ProcedureId, listOf } from '../common';

/** A queue groups calls by the region of the consulates asked for, or by procedure family. */
export const QueueKind = z.enum(['region', 'procedure_family']);
export type QueueKind = z.infer<typeof QueueKind>;

/** A named queue and what its operators serve first (consulates of a region, or procedures). */
export const Queue = z.object({
  id: Id,
  name: Bilingual,
  kind: QueueKind,
  servesFirst: z.object({ consulateIds: z.array(ConsulateId), procedureIds: z.array(ProcedureId) }),
});
export type Queue = z.infer<typeof Queue>;

/** A share between 0 and 1 (service level, abandonment), `null` when there is nothing to share. */
const Share = z.number().min(0).max(1);

/** How many calls waiting a queue lists with their waits (the count `waiting` has them all). */
export const WAITING_CALLS_LISTED = 20;

/** A caller waiting in a queue now (routed, live), oldest first. */
export const WaitingCall = z.object({
  callId: Id,
  /** The caller's number masked to its last four digits (`…1234`): the lead's wall is seen by many. */
  from: z.string(),
  language: z.enum(['es', 'en']),
  waitingSeconds: z.number().int().nonnegative(),
  /** The operator whose console rings for it now, if any. */
  offeredTo: Id.nullable(),
});
export type WaitingCall = z.infer<typeof WaitingCall>;

/**
 * A queue with its operators and its load now and today (lead's view). Only live routed calls
 * count (practice callers never). "Today" is the call center's date (America/Mexico_City).
 *
 * A call's **outcome** is its answer (`answered_at`) or its abandonment (the caller hung up while
 * waiting or ringing). **Service level** is the share of calls whose outcome happened in a window
 * that were answered within the queue's `serviceLevelSeconds` (20 by default) of arriving, exactly
 * that many seconds counting as within; abandoned calls count as not answered in time. `serviceLevel`
 * takes the calls whose outcome happened in the last 30 minutes, `serviceLevelToday` those of today;
 * either is `null` when there is none.
 */
export const QueueLoad = Queue.extend({
  members: z.number().int().nonnegative(),
  available: z.number().int().nonnegative(),
  onCall: z.number().int().nonnegative(),
  wrapUp: z.number().int().nonnegative(),
  onBreak: z.number().int().nonnegative(),
  offline: z.number().int().nonnegative(),
  /** Calls the queue's members started today and in the last hour (the operators' call log). */
  callsToday: z.number().int().nonnegative(),
  callsLastHour: z.number().int().nonnegative(),
  /** Calls waiting now (not yet answered: waiting, or ringing at an operator's console). */
  waiting: z.number().int().nonnegative(),
  /** How long the oldest of them has waited; 0 when none waits. */
  longestWaitSeconds: z.number().int().nonnegative(),
  answeredToday: z.number().int().nonnegative(),
  abandonedToday: z.number().int().nonnegative(),
  /** Service level of the last 30 minutes (see above). */
  serviceLevel: Share.nullable(),
  serviceLevelToday: Share.nullable(),
  /** The lead's target for the service level, and the answer time it counts within. */
  serviceLevelTarget: Share,
  serviceLevelSeconds: z.number().int().positive(),
  /** Mean seconds from arrival to answer of the calls answered today. */
  averageSpeedOfAnswerSeconds: z.number().nonnegative().nullable(),
  /** Mean seconds from answer to the end of wrap-up of the queue's routed calls ended today. */
  averageHandleSeconds: z.number().nonnegative().nullable(),
  /** Abandoned today over answered and abandoned today. */
  abandonmentRate: Share.nullable(),
  /** The oldest waiting calls, at most WAITING_CALLS_LISTED. */
  waitingCalls: z.array(WaitingCall),
});
export type QueueLoad = z.infer<typeof QueueLoad>;
export const QueueLoadList = listOf(QueueLoad);

export const QueueParams = z.strictObject({ queueId: Id });

/** A whole percent as a share (0.57 for 57 %): what the lead's console sends, and what a `real` column holds. */
const WholePercent = Share.refine((share) => Math.round(share * 100) / 100 === share, {
  message: 'must be a whole percent as a share: 0, 0.01 … 1',
});

/** A lead sets a queue's service level target (a whole percent, 0..1) and optionally the seconds it counts within. */
export const SetQueueTargetBody = z.strictObject({
  serviceLevelTarget: WholePercent,
  serviceLevelSeconds: z.number().int().min(1).max(600).optional(),
});
export type SetQueueTargetBody = z.infer<typeof SetQueueTargetBody>;

/** Per hour of the call center's day: calls answered, abandoned, and the service level of their outcomes. */
export const QueueHour = z.object({
  hour: z.number().int().min(0).max(23),
  answered: z.number().int().nonnegative(),
  abandoned: z.number().int().nonnegative(),
  serviceLevel: Share.nullable(),
});
export type QueueHour = z.infer<typeof QueueHour>;

/** The routed calls of a call-center date by the hour of their outcome, all queues together (live only). */
export const HourlyQueueFigures = z.object({
  date: LocalDate,
  timeZone: z.string(),
  answered: z.number().int().nonnegative(),
  abandoned: z.number().int().nonnegative(),
  serviceLevel: Share.nullable(),
  /** 24 entries, hour 0 to 23 of the call center's clock. */
  byHour: z.array(QueueHour),
  at: Instant,
});
export type HourlyQueueFigures = z.infer<typeof HourlyQueueFigures>;
