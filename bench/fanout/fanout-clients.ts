/**
 * The fan-out bench's client side, in a child process (see bench/lib/child.ts). It opens one set of
 * `clients` connections per mode and records, for every delivery, arrival time (shared clock) minus
 * the send time carried in the payload:
 * - `socket.io`: socket.io-client sockets (websocket transport) subscribed with `slots:subscribe`,
 *   as the console does;
 * - `ws`: plain `ws` clients of a plain `ws.WebSocketServer`;
 * - `socket.io-server/ws-clients`: plain `ws` clients speaking the engine.io/socket.io protocol by
 *   hand to the socket.io server (same client code as `ws`, so the difference is the server's).
 */
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { serveParent } from '../lib/child';
import { sharedNow } from '../lib/clock';
import type { FanoutChildIn, FanoutChildOut, FanoutMode } from './protocol';

interface Recorder {
  latencies: Float64Array;
  arrived: Uint16Array;
  frameBytes: number;
  cpuMs: number[];
}

const recorders = new Map<FanoutMode, Recorder>();
const closers: (() => void)[] = [];
let plan: Extract<FanoutChildIn, { type: 'connect' }> | null = null;
let send: (m: FanoutChildOut) => void = () => {};
let lastCpu = process.cpuUsage();

function record(
  mode: FanoutMode,
  client: number,
  payload: { round?: unknown; sentAt?: unknown },
  frameBytes: number,
) {
  const at = sharedNow();
  const recorder = recorders.get(mode);
  if (!plan || !recorder || typeof payload.round !== 'number' || typeof payload.sentAt !== 'number') return;
  const { round, sentAt } = payload;
  if (round >= plan.warmup) recorder.latencies[(round - plan.warmup) * plan.clients + client] = at - sentAt;
  recorder.frameBytes = frameBytes;
  const arrived = ++recorder.arrived[round]!;
  if (arrived === plan.clients) {
    // CPU this process spent since the previous round completed: its share of this round's deliveries
    // (rounds never overlap), plus a little IPC.
    const cpu = process.cpuUsage(lastCpu);
    lastCpu = process.cpuUsage();
    if (round >= plan.warmup) recorder.cpuMs.push((cpu.user + cpu.system) / 1000);
    send({ type: 'round', mode, round });
  }
}

const once = <T>(
  register: (resolve: (value: T) => void, reject: (error: Error) => void) => void,
  ms: number,
  what: string,
) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
    register(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });

async function connectSocketIo(p: NonNullable<typeof plan>, client: number): Promise<void> {
  const socket: Socket = io(p.socketIoUrl, {
    auth: { token: p.token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  closers.push(() => socket.disconnect());
  socket.on('slots:changed', (payload: { round?: unknown; sentAt?: unknown }) =>
    record('socket.io', client, payload, 0),
  );
  await once<void>(
    (resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    },
    15_000,
    'socket.io connect',
  );
  const ack = (await socket.timeout(15_000).emitWithAck('slots:subscribe', p.subscriptions['socket.io'])) as {
    ok?: boolean;
  };
  if (!ack.ok) throw new Error(`slots:subscribe refused: ${JSON.stringify(ack)}`);
}

async function connectRawWs(mode: 'ws', url: string, client: number) {
  const ws = new WebSocket(url);
  closers.push(() => ws.terminate());
  ws.on('message', (data: Buffer) => {
    const [, payload] = JSON.parse(data.toString().slice(2)) as [
      string,
      { round?: unknown; sentAt?: unknown },
    ];
    record(mode, client, payload, data.length);
  });
  await once<void>(
    (resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    },
    15_000,
    'ws connect',
  );
}

/** The socket.io protocol by hand: engine.io open, namespace connect with auth, subscribe with ack, pongs. */
async function connectEngineIoByHand(p: NonNullable<typeof plan>, client: number) {
  const mode: FanoutMode = 'socket.io-server/ws-clients';
  const url = `${p.socketIoUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
  const ws = new WebSocket(url);
  closers.push(() => ws.terminate());
  let subscribed: (() => void) | null = null;
  let failed: ((e: Error) => void) | null = null;
  ws.on('message', (data: Buffer) => {
    const text = data.toString();
    if (text.startsWith('42')) {
      const [, payload] = JSON.parse(text.slice(2)) as [string, { round?: unknown; sentAt?: unknown }];
      record(mode, client, payload, data.length);
    } else if (text === '2') ws.send('3');
    else if (text.startsWith('0')) ws.send(`40${JSON.stringify({ token: p.token })}`);
    else if (text.startsWith('40'))
      ws.send(`420${JSON.stringify(['slots:subscribe', p.subscriptions[mode]])}`);
    else if (text.startsWith('430')) {
      const [ack] = JSON.parse(text.slice(3)) as [{ ok?: boolean }];
      if (ack.ok) subscribed?.();
      else failed?.(new Error(`slots:subscribe refused: ${text}`));
    } else if (text.startsWith('44')) failed?.(new Error(`connect refused: ${text}`));
  });
  await once<void>(
    (resolve, reject) => {
      subscribed = resolve;
      failed = reject;
      ws.once('error', reject);
    },
    15_000,
    'engine.io handshake',
  );
}

async function connectAll(p: NonNullable<typeof plan>) {
  const started = sharedNow();
  const batch = 20;
  for (const mode of p.modes) {
    recorders.set(mode, {
      latencies: new Float64Array(p.rounds * p.clients).fill(Number.NaN),
      arrived: new Uint16Array(p.warmup + p.rounds),
      frameBytes: 0,
      cpuMs: [],
    });
    for (let i = 0; i < p.clients; i += batch) {
      const ids = Array.from({ length: Math.min(batch, p.clients - i) }, (_, k) => i + k);
      await Promise.all(
        ids.map((client) =>
          mode === 'socket.io'
            ? connectSocketIo(p, client)
            : mode === 'ws'
              ? connectRawWs('ws', p.wsUrl, client)
              : connectEngineIoByHand(p, client),
        ),
      );
    }
  }
  return sharedNow() - started;
}

serveParent<FanoutChildIn, FanoutChildOut>(async (message, reply) => {
  send = reply;
  switch (message.type) {
    case 'connect': {
      plan = message;
      const ms = await connectAll(message);
      reply({ type: 'connected', ms });
      return;
    }
    case 'collect': {
      const samples = [...recorders].map(([mode, r]) => ({
        mode,
        latencies: r.latencies,
        frameBytes: r.frameBytes,
        cpuMs: r.cpuMs,
      }));
      reply({ type: 'samples', samples });
      return;
    }
    case 'close': {
      for (const close of closers.splice(0)) close();
      reply({ type: 'closed' });
      return;
    }
  }
});
