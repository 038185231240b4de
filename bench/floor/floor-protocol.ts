/** Messages between the floor bench (server and browser side) and its simulated operators' process. */
export interface SimulatedOperator {
  userId: string;
  token: string;
}

export type FloorChildIn =
  /** Open one console (socket.io, as the console connects) per operator: they come online. */
  | { type: 'connect'; url: string; operators: SimulatedOperator[] }
  /** Each operator changes state every `minGapMs`…`maxGapMs` (calls, wrap-up, breaks) until `stop`. */
  | { type: 'start'; minGapMs: number; maxGapMs: number }
  | { type: 'stop' }
  | { type: 'close' };

export type FloorChildOut =
  | { type: 'connected'; ms: number }
  | { type: 'started' }
  /** Requests the operators made between start and stop, and how many failed. */
  | { type: 'stopped'; changes: number; failures: number; firstFailure: string | null }
  | { type: 'closed' };
