/**
 * Fan-out: one `slots:changed` event to 400 subscribed consoles, socket.io against a raw `ws`
 * broadcast of the same bytes.
 *
 * Layout (the same for every mode): the servers run in this process, the clients in child
 * processes, so the clients' parsing does not run on the server's event loop. Each event carries its
 * send time (`sentAt`, shared clock, see bench/lib/clock.ts); the children record arrival − sentAt
 * for every delivery. Rounds are spaced (the next starts only after all 400 deliveries of the
 * previous one, plus a random 4–12 ms), modes are interleaved in a random order each round so that
 * background load hits every mode alike, and the first rounds are warm-up.
 *
 * The socket.io side is the real server's: `createSocketServer` (same options: connection state
 * recovery, room per sandbox and consulate, the `slots:subscribe` handler) and its
 * `emitSlotsChanged`, i.e. `io.local.to(room).emit('slots:changed', payload)`. The baseline is a
 * `ws.WebSocketServer` that sends the very string socket.io puts on the wire (`42["slots:changed",
 * payload, offset]`) to each client with `client.send(data)`.
 *
 * Where the 400 clients run matters: in one process they are served one after another, so the
 * client library's per-message cost is paid up to 400 times before the last delivery is stamped.
 * Real consoles each have their own machine. The headline uses two client processes (one per core);
 * the same measurement with a single client process is reported beside it.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, WebSocket } from 'ws';
import { LIVE_SANDBOX } from '../../server/kernel/actor';
import { systemClock } from '../../server/kernel/clock';
import type { AuthenticatedUser } from '../../server/kernel/authenticated-user';
import { openDatabase } from '../../server/platform/db/database';
import { migrateToLatest } from '../../server/platform/db/migrate';
import { slotIdFor } from '../../server/modules/slots/publish-slots';
import { createSocketServer } from '../../server/platform/realtime/socket-server';
import { slotRoom } from '../../server/platform/realtime/rooms';
import { createSlotService, slotSocketHandlers } from '../../server/modules/slots';
import { createSlotChangeLog } from '../../server/modules/slots/outbox/slot-change-log';
import { seedReferenceData } from '../../server/seed/reference-seed';
import type { SlotsChangedPayload } from '../../shared/realtime/events';
import { spawnBenchChild } from '../lib/child';
import { sleep } from '../lib/clock';
import { figure, type BenchFigure } from '../lib/figures';
import { describe, summarize, type Summary } from '../lib/stats';
import type { FanoutChildIn, FanoutChildOut, FanoutMode } from './protocol';

const BENCH = 'fanout';
const TOKEN = 'bench-fanout-token';
const BENCH_USER: AuthenticatedUser = {
  id: 'usr_bench',
  username: 'bench',
  displayName: 'Bench',
  role: 'operator',
  sandbox: LIVE_SANDBOX,
};
/** A socket.io offset (yeast id) is 7–8 characters; the ws baseline carries a filler of the same size. */
const OFFSET_FILLER = 'PbE2ZQ1';
const MODES: FanoutMode[] = ['socket.io', 'ws', 'socket.io-server/ws-clients'];

export interface FanoutBenchOptions {
  clients?: number;
  rounds?: number;
  warmup?: number;
  /** Client processes of the headline layout (2 by default); the single-process layout runs after it. */
  processes?: number;
  /** Also measure with all clients in one process (default true). */
  singleProcessToo?: boolean;
  /** Seat changes per event (a 5 ms batch of the broadcaster usually carries one to a few). */
  changesPerEvent?: number;
  log?: (line: string) => void;
}

interface ModeStats {
  delivery: Summary;
  lastOfRound: Summary;
  emit: Summary;
  serverCpuMs: Summary;
  clientCpuMs: Summary;
  missing: number;
  frameBytes: number;
}

interface LayoutResult {
  processes: number;
  stats: Map<FanoutMode, ModeStats>;
  clockOffsets: { offset: number; uncertainty: number }[];
  connectMs: number;
}

const listen = (server: HttpServer) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });

function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function until(condition: () => boolean, ms: number, what: string) {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(20);
  }
}

export async function runFanoutBench(options: FanoutBenchOptions = {}) {
  const clients = options.clients ?? 400;
  const rounds = options.rounds ?? 200;
  const warmup = options.warmup ?? 30;
  const changesPerEvent = options.changesPerEvent ?? 3;
  const processes = Math.max(1, Math.min(options.processes ?? 2, clients));
  const log = options.log ?? (() => {});

  // The socket.io server as the real one builds it; sessions are stubbed (one token), the database
  // only answers the subscribe handler's consulate lookup.
  const database = await openDatabase('sqlite::memory:');
  await migrateToLatest(database.db as never, database.dialect);
  await database.db
    .transaction()
    .execute((trx) => seedReferenceData(trx, [new Date().getUTCFullYear()], new Date().toISOString()));
  // One session that never ends within the run.
  const session = async (token: string) =>
    token === TOKEN ? { user: BENCH_USER, id: 'bench-session', expiresAt: '9999-12-31T00:00:00.000Z' } : null;
  const sioHttp = createServer();
  const { io, handle } = createSocketServer(sioHttp, {
    session,
    clock: systemClock,
    onError: (error) => log(String(error)),
  });
  const slots = createSlotService({
    db: database.db,
    transact: database.transact,
    clock: systemClock,
    slotChanges: createSlotChangeLog({ dialect: database.dialect, clock: systemClock }),
  });
  handle([slotSocketHandlers(slots)]);
  // What the outbox's relay does with a committed event: this instance's sockets in the consulate's room.
  const emitSlotsChanged = (sandbox: string, payload: SlotsChangedPayload) =>
    io.local.to(slotRoom(sandbox, payload.consulateId)).emit('slots:changed', payload);
  const sioPort = await listen(sioHttp);
  const wsHttp = createServer();
  const wss = new WebSocketServer({ server: wsHttp });
  const wsPort = await listen(wsHttp);

  const start = new Date(Date.now() + 86_400_000).toISOString();
  const slotIds = Array.from({ length: changesPerEvent }, (_, i) =>
    slotIdFor('LAX', new Date(Date.parse(start) + i * 900_000).toISOString()),
  );
  const payloadFor = (consulateId: string, round: number, sentAt: number) =>
    ({
      consulateId,
      changes: slotIds.map((slotId, i) => ({ slotId, available: (round + i) % 4 })),
      seq: round + 1,
      sentAt,
      round,
    }) as SlotsChangedPayload;
  const broadcast: Record<FanoutMode, (round: number) => void> = {
    'socket.io': (round) =>
      emitSlotsChanged(LIVE_SANDBOX, payloadFor('LAX', round, performance.timeOrigin + performance.now())),
    'socket.io-server/ws-clients': (round) =>
      emitSlotsChanged(LIVE_SANDBOX, payloadFor('CHI', round, performance.timeOrigin + performance.now())),
    ws: (round) => {
      const data = `42${JSON.stringify(['slots:changed', payloadFor('LAX', round, performance.timeOrigin + performance.now()), OFFSET_FILLER])}`;
      for (const client of wss.clients) if (client.readyState === WebSocket.OPEN) client.send(data);
    },
  };

  async function measure(layoutProcesses: number): Promise<LayoutResult> {
    // Clients are split evenly over the client processes (the last takes the remainder).
    const shares = Array.from(
      { length: layoutProcesses },
      (_, k) =>
        Math.floor(clients / layoutProcesses) + (k === layoutProcesses - 1 ? clients % layoutProcesses : 0),
    );
    const children = shares.map((_, k) =>
      spawnBenchChild<FanoutChildIn, FanoutChildOut>(
        new URL('./fanout-clients.ts', import.meta.url),
        `fan-out clients ${k + 1}`,
      ),
    );
    try {
      const today = new Date().toISOString().slice(0, 10);
      const subscriptions = {
        'socket.io': { consulateId: 'LAX', from: today, to: today },
        'socket.io-server/ws-clients': { consulateId: 'CHI', from: today, to: today },
      };
      const connectStarted = performance.now();
      children.forEach((child, k) =>
        child.send({
          type: 'connect',
          socketIoUrl: `http://127.0.0.1:${sioPort}`,
          wsUrl: `ws://127.0.0.1:${wsPort}`,
          token: TOKEN,
          clients: shares[k]!,
          modes: MODES,
          subscriptions,
          rounds,
          warmup,
        }),
      );
      await Promise.all(children.map((child) => child.next('connected', 180_000)));
      const connectMs = performance.now() - connectStarted;
      if (wss.clients.size !== clients)
        throw new Error(`ws server has ${wss.clients.size} clients, expected ${clients}`);
      const clockOffsets: { offset: number; uncertainty: number }[] = [];
      for (const child of children) clockOffsets.push(await child.clockOffset());
      log(
        `${layoutProcesses} client process(es): ${MODES.length} × ${clients} clients connected in ${(connectMs / 1000).toFixed(1)} s; clock offset child − parent ` +
          clockOffsets
            .map((c) => `${(c.offset * 1000).toFixed(0)} µs ± ${(c.uncertainty * 1000).toFixed(0)} µs`)
            .join(', '),
      );

      const emitMs = new Map<FanoutMode, number[]>(MODES.map((m) => [m, []]));
      const serverCpuMs = new Map<FanoutMode, number[]>(MODES.map((m) => [m, []]));
      const started = performance.now();
      for (let round = 0; round < warmup + rounds; round++) {
        for (const mode of shuffle(MODES)) {
          const cpu0 = process.cpuUsage();
          const t0 = performance.now();
          broadcast[mode](round);
          if (round >= warmup) emitMs.get(mode)?.push(performance.now() - t0);
          for (const child of children) {
            const done = await child.next('round', 30_000);
            if (done.mode !== mode || done.round !== round)
              throw new Error(`expected round ${round} of ${mode}, got ${done.round} of ${done.mode}`);
          }
          const cpu = process.cpuUsage(cpu0);
          if (round >= warmup) serverCpuMs.get(mode)?.push((cpu.user + cpu.system) / 1000);
          await sleep(4 + Math.random() * 8);
        }
      }
      log(
        `  ${warmup} + ${rounds} rounds × ${MODES.length} modes in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );

      const collected = await Promise.all(
        children.map(async (child) => {
          child.send({ type: 'collect' });
          return new Map((await child.next('samples', 60_000)).samples.map((x) => [x.mode, x]));
        }),
      );
      const stats = new Map<FanoutMode, ModeStats>();
      for (const mode of MODES) {
        const parts = collected.map((byMode) => byMode.get(mode));
        if (parts.some((p) => !p)) throw new Error(`no samples for ${mode}`);
        const sample = parts as NonNullable<(typeof parts)[number]>[];
        // Each process's latencies are rounds × its share of the clients, round-major.
        const roundValues = (r: number) =>
          sample.flatMap((p, k) => Array.from(p.latencies.subarray(r * shares[k]!, (r + 1) * shares[k]!)));
        const values = Array.from({ length: rounds }, (_, r) => roundValues(r)).flat();
        const lastOfRound = Array.from({ length: rounds }, (_, r) =>
          Math.max(...roundValues(r).filter((v) => !Number.isNaN(v))),
        );
        const clientCpu = Array.from({ length: rounds }, (_, r) =>
          sample.reduce((sum, p) => sum + (p.cpuMs[r] ?? 0), 0),
        );
        const s: ModeStats = {
          delivery: summarize(values.filter((v) => !Number.isNaN(v))),
          lastOfRound: summarize(lastOfRound),
          emit: summarize(emitMs.get(mode) ?? []),
          serverCpuMs: summarize(serverCpuMs.get(mode) ?? []),
          clientCpuMs: summarize(clientCpu),
          missing: values.filter((v) => Number.isNaN(v)).length,
          frameBytes: sample[0]!.frameBytes,
        };
        stats.set(mode, s);
        log(`  ${mode}: delivery ${describe(s.delivery)}`);
        log(`    last of ${clients}: ${describe(s.lastOfRound)}`);
        log(
          `    emit call ${describe(s.emit)}; CPU per event: server ${s.serverCpuMs.mean.toFixed(2)} ms, clients ${s.clientCpuMs.mean.toFixed(2)} ms (${((s.clientCpuMs.mean / clients) * 1000).toFixed(1)} µs per delivery)`,
        );
      }
      return { processes: layoutProcesses, stats, clockOffsets, connectMs };
    } finally {
      for (const child of children) {
        try {
          child.send({ type: 'close' });
          await child.next('closed', 30_000);
        } catch {
          // the child is gone already; close() below reaps it
        }
        await child.close();
      }
      await until(
        () => wss.clients.size === 0 && io.engine.clientsCount === 0,
        30_000,
        'clients to disconnect',
      ).catch(() => {});
    }
  }

  try {
    const layouts = [await measure(processes)];
    if ((options.singleProcessToo ?? true) && processes !== 1) layouts.push(await measure(1));
    const [main, single] = layouts as [LayoutResult, LayoutResult | undefined];
    const sio = main.stats.get('socket.io')!;
    const raw = main.stats.get('ws')!;
    const sioServer = main.stats.get('socket.io-server/ws-clients')!;
    const where = `${clients} clients, ${main.processes} client process${main.processes === 1 ? '' : 'es'}`;
    const within = (value: number, base: number) => value / base <= 1.5;
    const figures: BenchFigure[] = [
      figure({
        bench: BENCH,
        name: `socket.io fan-out p50 (${where})`,
        value: sio.delivery.p50,
        unit: 'ms',
        baseline: { name: 'ws broadcast p50', value: raw.delivery.p50 },
        goal: '≤ 1.5× baseline',
        pass: within(sio.delivery.p50, raw.delivery.p50),
      }),
      figure({
        bench: BENCH,
        name: `socket.io fan-out p99 (${where})`,
        value: sio.delivery.p99,
        unit: 'ms',
        baseline: { name: 'ws broadcast p99', value: raw.delivery.p99 },
        goal: '≤ 1.5× baseline',
        pass: within(sio.delivery.p99, raw.delivery.p99),
      }),
      figure({
        bench: BENCH,
        name: `socket.io last of ${clients} delivered p99`,
        value: sio.lastOfRound.p99,
        unit: 'ms',
        baseline: { name: `ws last of ${clients} p99`, value: raw.lastOfRound.p99 },
      }),
      figure({
        bench: BENCH,
        name: 'socket.io server → ws clients p50',
        value: sioServer.delivery.p50,
        unit: 'ms',
        baseline: { name: 'ws broadcast p50', value: raw.delivery.p50 },
      }),
      figure({
        bench: BENCH,
        name: 'socket.io server → ws clients p99',
        value: sioServer.delivery.p99,
        unit: 'ms',
        baseline: { name: 'ws broadcast p99', value: raw.delivery.p99 },
      }),
      figure({
        bench: BENCH,
        name: `server CPU per event to ${clients} (mean)`,
        value: sio.serverCpuMs.mean,
        unit: 'ms',
        baseline: { name: 'ws server', value: raw.serverCpuMs.mean },
      }),
      figure({
        bench: BENCH,
        name: `client CPU per event, ${clients} clients (mean)`,
        value: sio.clientCpuMs.mean,
        unit: 'ms',
        baseline: { name: 'ws clients', value: raw.clientCpuMs.mean },
      }),
    ];
    if (single) {
      const sio1 = single.stats.get('socket.io')!;
      const raw1 = single.stats.get('ws')!;
      figures.push(
        figure({
          bench: BENCH,
          name: `socket.io fan-out p50 (${clients} clients, 1 client process)`,
          value: sio1.delivery.p50,
          unit: 'ms',
          baseline: { name: 'ws broadcast p50', value: raw1.delivery.p50 },
        }),
        figure({
          bench: BENCH,
          name: `socket.io fan-out p99 (${clients} clients, 1 client process)`,
          value: sio1.delivery.p99,
          unit: 'ms',
          baseline: { name: 'ws broadcast p99', value: raw1.delivery.p99 },
        }),
      );
    }
    const missing = layouts.reduce((n, l) => n + [...l.stats.values()].reduce((m, s) => m + s.missing, 0), 0);
    figures.push(
      figure({
        bench: BENCH,
        name: 'deliveries missing',
        value: missing,
        unit: 'count',
        goal: '= 0',
        pass: missing === 0,
      }),
    );

    const offsets = layouts.flatMap((l) => l.clockOffsets);
    const worst = offsets.reduce((w, c) => (Math.abs(c.offset) > Math.abs(w.offset) ? c : w));
    const notes = [
      `${clients} clients per mode, ${rounds} measured rounds after ${warmup} warm-up rounds, one event per round to all; modes interleaved in random order each round, 4–12 ms apart after the last delivery.`,
      `Servers in the bench process; clients in ${main.processes} child process${main.processes === 1 ? '' : 'es'} (headline)${single ? ', then all in one child process (the two "1 client process" rows)' : ''}. Latency = arrival (child) − sentAt (server), both on performance.timeOrigin + performance.now(); largest measured clock offset ${(worst.offset * 1000).toFixed(0)} µs ± ${(worst.uncertainty * 1000).toFixed(0)} µs (not subtracted).`,
      `Same bytes on the wire: ${sioServer.frameBytes} B per event from socket.io (${changesPerEvent} seat changes and the recovery offset), ${raw.frameBytes} B from the ws baseline (the timestamp's digits vary by a byte or two).`,
      `socket.io = createSocketServer (the real server's, connection state recovery on) + io.local.to(room).emit via emitSlotsChanged; clients socket.io-client 4.8 with transports ['websocket']. "socket.io server → ws clients" replaces socket.io-client by raw ws clients speaking the protocol: the same client code as the baseline, so it isolates the server side.`,
      `CPU per event: process.cpuUsage() of the server from emit until all deliveries, and of the client processes per round.`,
    ];
    const details = Object.fromEntries(
      layouts.map((l) => [
        `${l.processes} client process(es)`,
        { connectMs: l.connectMs, clockOffsets: l.clockOffsets, ...Object.fromEntries(l.stats) },
      ]),
    );
    return { figures, notes, details };
  } finally {
    io.disconnectSockets(true);
    await new Promise<void>((resolve) => io.close(() => resolve()));
    for (const client of wss.clients) client.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    await new Promise<void>((resolve) => wsHttp.close(() => resolve()));
    await database.close();
  }
}
