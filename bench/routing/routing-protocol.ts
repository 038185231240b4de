/** Messages between the routing benches and their clients' child process (bench/routing/routing-clients.ts). */
import type { CallOutcome } from './half-hour-outcomes';

export interface SimulatedOperator {
  userId: string;
  token: string;
  /** The instance this operator's console talks to (HTTP and socket). */
  url: string;
}

/** One call of the day, its instants in real milliseconds from the day's start. */
export interface DayCall {
  providerCallId: string;
  from: string;
  language: 'es' | 'en';
  queueId: string;
  halfHour: number;
  atMs: number;
  handleMs: number;
  patienceMs: number;
}

/** From `atMs` on, exactly these operators take calls (the others go on break after their call). */
export interface StaffingStep {
  atMs: number;
  activeUserIds: string[];
}

/** A lead moves operators to another queue (after their call), through the real API. */
export interface ReassignStep {
  atMs: number;
  userIds: string[];
  queueId: string;
}

export type RoutingChildIn =
  | { type: 'connect'; telephonyUrl: string; telephonyToken: string; operators: SimulatedOperator[] }
  | {
      type: 'latency';
      /** Measured rounds after `warmup` ones: post a call, wait for the offer, accept, end. */
      rounds: number;
      warmup: number;
      queueId: string;
      operatorUserId: string;
    }
  | {
      type: 'day';
      startInMs: number;
      calls: DayCall[];
      staffing: StaffingStep[];
      reassignments: ReassignStep[];
      leadToken: string;
      /** Real milliseconds after the last arrival to let the last callers be answered or hang up. */
      drainMs: number;
    }
  | {
      type: 'rate';
      callsPerSecond: number;
      seconds: number;
      queueId: string;
      handleMs: number;
    }
  | { type: 'close' };

export interface ChildFailures {
  failures: number;
  firstFailure: string | null;
}

export type RoutingChildOut =
  | { type: 'connected'; ms: number }
  | ({
      type: 'latency-done';
      /** Call POST sent → `call:offered` at the operator's console, ms. */
      offered: Float64Array;
      /** Call POST sent → its 201 answer, ms. */
      posted: Float64Array;
      /** A socket event and its acknowledgement on the operator's console, ms (the baseline). */
      roundTrip: Float64Array;
    } & ChildFailures)
  | ({
      type: 'day-done';
      outcomes: CallOutcome[];
      offersMissed: number;
      acceptsRefused: number;
      /** Refused accepts by error code. */
      refusals: Record<string, number>;
    } & ChildFailures)
  | ({
      type: 'rate-done';
      offered: Float64Array;
      posted: number;
      notOffered: number;
      achievedPerSecond: number;
    } & ChildFailures);
