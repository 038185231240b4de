/** Messages between the booking storm bench (server side) and its worker process. */
export interface StormSlot {
  id: string;
  capacity: number;
}

export interface StormPlan {
  baseUrl: string;
  /** Operator tokens; worker i acts as tokens[i % tokens.length]. */
  tokens: string[];
  slots: StormSlot[];
  applicantIds: string[];
  procedureId: string;
  workers: number;
}

export interface PhaseSpec {
  name: string;
  kind: 'health' | 'storm';
  seconds: number;
  /** How many of the workers run in this phase (all by default). */
  workers?: number;
  /** Think time between a worker's operations, uniform in [min, max] ms; none when absent. */
  thinkMs?: [number, number];
}

export interface StormViolation {
  kind: 'over_capacity' | 'duplicate_appointment' | 'idempotency' | 'ledger_mismatch' | 'unexpected_status';
  detail: string;
}

export interface PhaseResult {
  name: string;
  kind: PhaseSpec['kind'];
  seconds: number;
  requests: number;
  /** Latencies in ms by operation (`health`, `hold`, `hold.201`, `hold.409`, `confirm`, `confirm.replay`, `release`, `cancel`). */
  latencies: Record<string, number[]>;
  /** Answers by operation and status, e.g. `hold 201`, `hold 409 slot_full`. */
  statuses: Record<string, number>;
  violations: StormViolation[];
  violationCount: number;
}

export type StormChildIn =
  { type: 'init'; plan: StormPlan } | { type: 'phase'; phase: PhaseSpec } | { type: 'finish' };

export type StormChildOut =
  | { type: 'ready' }
  | { type: 'phase-done'; result: PhaseResult }
  /** The client's view at the end: seats taken per slot (holds not released plus bookings not cancelled) and live appointments. */
  | {
      type: 'finished';
      ledger: Record<string, number>;
      appointments: { id: string; slotId: string; applicantId: string; confirmationCode: string }[];
      appointmentsCreated: number;
    };
