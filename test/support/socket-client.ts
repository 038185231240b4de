/**
 * socket.io clients as the console uses them (websocket transport, token in `auth`), collecting
 * every `slots:changed` they receive.
 */
import { io, type Socket } from 'socket.io-client';
import type {
  Ack,
  ClientToServerEvents,
  ServerToClientEvents,
  SlotsChangedPayload,
} from '../../shared/realtime/events';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type SubscribeAck = Ack<{ seq: number }>;

/** Polls `check` until it returns a value other than undefined/null/false. */
export async function waitFor<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 5_000,
  what = 'the condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function openSocket(url: string, auth: Record<string, unknown> | undefined): ClientSocket {
  return io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: 10_000,
    ...(auth ? { auth } : {}),
  });
}

/** Connects with a token (in practice mode if asked); rejects with the server's `connect_error`. */
export function connectSocket(
  url: string,
  token: string,
  options: { practice?: boolean } = {},
): Promise<ClientSocket> {
  const socket = openSocket(url, options.practice ? { token, practice: true } : { token });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Tries to connect with these credentials and returns the `connect_error` it must get. */
export function connectError(url: string, auth: Record<string, unknown> | undefined): Promise<Error> {
  const socket = openSocket(url, auth);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.close();
      reject(new Error('the socket connected'));
    });
    socket.once('connect_error', (error) => {
      socket.close();
      resolve(error);
    });
  });
}

/** A connected client that records every `slots:changed` in arrival order. */
export class SlotListener {
  readonly events: SlotsChangedPayload[] = [];

  private constructor(readonly socket: ClientSocket) {
    socket.on('slots:changed', (payload) => this.events.push(payload));
  }

  static async connect(
    url: string,
    token: string,
    options: { practice?: boolean } = {},
  ): Promise<SlotListener> {
    return new SlotListener(await connectSocket(url, token, options));
  }

  /** Sends any payload as `slots:subscribe` and returns the acknowledgement. */
  async emitSubscribe(payload: unknown, timeoutMs = 5_000): Promise<SubscribeAck> {
    return (await this.socket.timeout(timeoutMs).emitWithAck('slots:subscribe', payload)) as SubscribeAck;
  }

  async subscribe(consulateId: string, from: string, to: string): Promise<number> {
    const ack = await this.emitSubscribe({ consulateId, from, to });
    if (!('ok' in ack)) throw new Error(`slots:subscribe refused: ${JSON.stringify(ack)}`);
    return ack.seq;
  }

  /** Changes of one slot, in arrival order. */
  changesOf(slotId: string): number[] {
    return this.events.flatMap((e) => e.changes.filter((c) => c.slotId === slotId).map((c) => c.available));
  }

  /** Resolves when a received change says `slotId` has `available` seats (or one already did). */
  waitForAvailable(slotId: string, available: number, timeoutMs = 5_000): Promise<SlotsChangedPayload> {
    return waitFor(
      () => this.events.find((e) => e.changes.some((c) => c.slotId === slotId && c.available === available)),
      timeoutMs,
      `slots:changed with ${slotId} at ${available} seats`,
    );
  }

  waitForEvent(
    predicate: (event: SlotsChangedPayload) => boolean,
    timeoutMs = 5_000,
    what = 'a matching slots:changed',
  ): Promise<SlotsChangedPayload> {
    return waitFor(() => this.events.find(predicate), timeoutMs, what);
  }

  clear() {
    this.events.length = 0;
  }

  close() {
    this.socket.close();
  }
}
