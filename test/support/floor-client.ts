/**
 * The live floor as its clients see it: a console's socket recording `status:changed`,
 * `reassignment:received` and (for leads) `floor:changed`, and the floor's HTTP reads.
 */
import type { Floor, FloorOperator, MyStatus, Reassignment } from '../../shared/api/floor/floor';
import type {
  Ack,
  FloorChangedPayload,
  QueuesChangedPayload,
  ReassignmentReceivedPayload,
} from '../../shared/realtime/events';
import type { ApiClient } from './api-client';
import { io } from 'socket.io-client';
import { waitFor, type ClientSocket } from './socket-client';

export class FloorSocket {
  readonly statuses: MyStatus[] = [];
  readonly floorChanges: FloorChangedPayload[] = [];
  readonly reassignments: ReassignmentReceivedPayload[] = [];
  /** `queues:changed` received (leads in the floor's room). */
  readonly queueChanges: QueuesChangedPayload[] = [];

  private constructor(readonly socket: ClientSocket) {
    socket.on('status:changed', (payload) => this.statuses.push(payload));
    socket.on('floor:changed', (payload) => this.floorChanges.push(payload));
    socket.on('reassignment:received', (payload) => this.reassignments.push(payload));
    socket.on('queues:changed', (payload) => this.queueChanges.push(payload));
  }

  /**
   * Listens before connecting, as the console does: the server tells a console its status as soon as
   * it connects, in the same network read as the connection itself.
   */
  static connect(url: string, token: string, options: { practice?: boolean } = {}): Promise<FloorSocket> {
    const auth = options.practice ? { token, practice: true } : { token };
    const socket: ClientSocket = io(url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: 10_000,
      autoConnect: false,
      auth,
    });
    const floorSocket = new FloorSocket(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(floorSocket));
      socket.once('connect_error', (error) => {
        socket.close();
        reject(error);
      });
      socket.connect();
    });
  }

  async subscribeFloor(payload: unknown = {}): Promise<Ack> {
    return (await this.socket.timeout(5_000).emitWithAck('floor:subscribe', payload)) as Ack;
  }

  async acknowledge(reassignmentId: unknown): Promise<Ack<{ reassignment: Reassignment }>> {
    return (await this.socket
      .timeout(5_000)
      .emitWithAck('reassignment:acknowledge', { reassignmentId })) as Ack<{ reassignment: Reassignment }>;
  }

  lastStatus(): MyStatus | undefined {
    return this.statuses.at(-1);
  }

  /** Resolves when the latest `status:changed` matches (statuses are absolute: only the latest counts). */
  waitForStatus(matches: (status: MyStatus) => boolean, what: string, timeoutMs = 5_000): Promise<MyStatus> {
    return waitFor(
      () => {
        const last = this.lastStatus();
        return last && matches(last) ? last : undefined;
      },
      timeoutMs,
      `status:changed with ${what}`,
    );
  }

  /** The latest row of this operator received in `floor:changed`. */
  lastRowOf(userId: string): FloorOperator | undefined {
    for (let i = this.floorChanges.length - 1; i >= 0; i--) {
      const row = this.floorChanges[i]?.operators.find((o) => o.userId === userId);
      if (row) return row;
    }
    return undefined;
  }

  waitForRow(
    userId: string,
    matches: (row: FloorOperator) => boolean,
    what: string,
    timeoutMs = 5_000,
  ): Promise<FloorOperator> {
    return waitFor(
      () => {
        const row = this.lastRowOf(userId);
        return row && matches(row) ? row : undefined;
      },
      timeoutMs,
      `floor:changed row of ${userId} with ${what}`,
    );
  }

  waitForReassignment(
    matches: (payload: ReassignmentReceivedPayload) => boolean,
    what: string,
    timeoutMs = 5_000,
  ): Promise<ReassignmentReceivedPayload> {
    return waitFor(() => this.reassignments.find(matches), timeoutMs, `reassignment:received ${what}`);
  }

  close() {
    this.socket.close();
  }
}

async function ok<T>(response: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const r = await response;
  if (r.status !== 200) throw new Error(`${what} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export const getMyStatus = (api: ApiClient) => ok(api.get<MyStatus>('/api/me/status'), 'GET /api/me/status');
export const getFloor = (api: ApiClient) => ok(api.get<Floor>('/api/floor'), 'GET /api/floor');
export const putMyState = (api: ApiClient, state: string) =>
  api.request<MyStatus>('PUT', '/api/me/status', { body: { state } });

/** One operator's row on the lead's floor now. */
export async function floorRowOf(lead: ApiClient, userId: string): Promise<FloorOperator> {
  const row = (await getFloor(lead)).operators.find((o) => o.userId === userId);
  if (!row) throw new Error(`${userId} is not on the floor`);
  return row;
}
