/** Messages between the fan-out bench (server side) and its client process. */
export type FanoutMode = 'socket.io' | 'ws' | 'socket.io-server/ws-clients';

export interface Subscription {
  consulateId: string;
  from: string;
  to: string;
}

export type FanoutChildIn =
  | {
      type: 'connect';
      socketIoUrl: string;
      wsUrl: string;
      token: string;
      clients: number;
      modes: FanoutMode[];
      /** Each socket.io mode subscribes to its own consulate, so each has a room of its own. */
      subscriptions: Record<Exclude<FanoutMode, 'ws'>, Subscription>;
      rounds: number;
      warmup: number;
    }
  | { type: 'collect' }
  | { type: 'close' };

export type FanoutChildOut =
  | { type: 'connected'; ms: number }
  /** Every client of this mode received this round's event. */
  | { type: 'round'; mode: FanoutMode; round: number }
  /**
   * Latencies in ms, rounds × clients (round-major), NaN where nothing arrived; the client
   * process's CPU time per measured round.
   */
  | {
      type: 'samples';
      samples: { mode: FanoutMode; latencies: Float64Array; frameBytes: number; cpuMs: number[] }[];
    }
  | { type: 'closed' };
