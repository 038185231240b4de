/**
 * Commit to another client: how long after a hold commits does another operator's console learn
 * of it? Client A holds a seat over HTTP; client B, subscribed to the consulate over socket.io,
 * waits for the `slots:changed` that carries that slot. Measured from A's 201 (the commit as the
 * caller sees it) and from A's request start, to B's event; 200 rounds after 20 warm-up, one at a
 * time, each released before the next (its event awaited too).
 *
 * The server (startServer, production defaults, so SLOT_EVENT_BATCH_MS = 5 ms of batching) and a
 * ws echo server run in this process; A, B and the echo client in one child process, on one clock.
 * Baselines from the same run: the ws round trip of a message as large as the event's frame, and
 * A's own hold latency.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { loadConfig } from '../../server/platform/config';
import { spawnBenchChild } from '../lib/child';
import { figure, type BenchFigure } from '../lib/figures';
import { createHttpClient } from '../lib/http-client';
import { loginAll, startBenchServer } from '../lib/bench-server';
import { describe, summarize } from '../lib/stats';
import type { CommitChildIn, CommitChildOut } from './commit-protocol';

const BENCH = 'commit';
const CONSULATE = 'CHI';
const PROCEDURE = 'passport-renewal';

export interface CommitBenchOptions {
  dir: string;
  rounds?: number;
  warmup?: number;
  log?: (line: string) => void;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function runCommitBench(options: CommitBenchOptions) {
  const log = options.log ?? (() => {});
  const rounds = options.rounds ?? 200;
  const warmup = options.warmup ?? 20;
  const server = await startBenchServer({
    dir: options.dir,
    name: 'commit',
    log,
    env: { MAX_LIVE_HOLDS_PER_USER: '1000', HOLDS_PER_MINUTE: '100000' },
  });
  const batchMs = loadConfig({}).SLOT_EVENT_BATCH_MS;
  const setup = createHttpClient(server.url, { connections: 2 });
  const echoHttp = createServer();
  const echo = new WebSocketServer({ server: echoHttp });
  echo.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary })));
  await new Promise<void>((resolve) => echoHttp.listen(0, '127.0.0.1', resolve));
  const child = spawnBenchChild<CommitChildIn, CommitChildOut>(
    new URL('./commit-clients.ts', import.meta.url),
    'commit clients',
  );
  try {
    const [a, b] = await loginAll(setup, ['operator1', 'operator2']);
    const today = new Date().toISOString().slice(0, 10);
    const subscription = { consulateId: CONSULATE, from: addDays(today, 1), to: addDays(today, 10) };
    const list = await setup.request<{ items: { id: string; start: string; available: number }[] }>(
      'GET',
      `/api/slots?consulateId=${CONSULATE}&from=${subscription.from}&to=${subscription.to}`,
      { token: a!.token },
    );
    const slotIds = list.body.items
      .filter((s) => s.available > 0 && Date.parse(s.start) > Date.now() + 6 * 3_600_000)
      .slice(0, 8)
      .map((s) => s.id);
    if (slotIds.length < 8) throw new Error(`only ${slotIds.length} free future slots at ${CONSULATE}`);
    const applicantIds = (
      await server.database.db
        .selectFrom('applicants')
        .select('id')
        .where('sandbox', '=', 'live')
        .orderBy('id')
        .limit(50)
        .execute()
    ).map((r) => r.id);

    const plan = {
      baseUrl: server.url,
      tokenA: a!.token,
      tokenB: b!.token,
      subscription,
      slotIds,
      applicantIds,
      procedureId: PROCEDURE,
      echoUrl: `ws://127.0.0.1:${(echoHttp.address() as AddressInfo).port}`,
      rounds,
      warmup,
    };
    child.send({ type: 'run', plan });
    const { samples } = await child.next('done', 120_000);
    const fromCommit = summarize(samples.fromCommit);
    const fromSend = summarize(samples.fromSend);
    const hold = summarize(samples.hold);
    const release = summarize(samples.releaseFromCommit);
    const rtt = summarize(samples.wsRoundTrip);
    log(`201 → event: ${describe(fromCommit)}`);
    log(`sent → event: ${describe(fromSend)}`);
    log(`hold HTTP: ${describe(hold)}`);
    log(`204 (release) → event: ${describe(release)}`);
    log(`ws round trip (${samples.frameBytes} B): ${describe(rtt)}`);

    const figures: BenchFigure[] = [
      figure({
        bench: BENCH,
        name: "commit → other client's event p50 (from the 201)",
        value: fromCommit.p50,
        unit: 'ms',
        baseline: { name: 'ws round trip p50', value: rtt.p50 },
      }),
      figure({
        bench: BENCH,
        name: "commit → other client's event p99 (from the 201)",
        value: fromCommit.p99,
        unit: 'ms',
        baseline: { name: 'ws round trip p99', value: rtt.p99 },
        goal: '≤ 25 ms',
        pass: fromCommit.p99 <= 25,
      }),
      figure({
        bench: BENCH,
        name: "hold sent → other client's event p50",
        value: fromSend.p50,
        unit: 'ms',
        baseline: { name: 'hold HTTP p50', value: hold.p50 },
      }),
      figure({
        bench: BENCH,
        name: "hold sent → other client's event p99",
        value: fromSend.p99,
        unit: 'ms',
        baseline: { name: 'hold HTTP p99', value: hold.p99 },
      }),
      figure({
        bench: BENCH,
        name: "release → other client's event p99 (from the 204)",
        value: release.p99,
        unit: 'ms',
        baseline: { name: 'ws round trip p99', value: rtt.p99 },
      }),
    ];
    const notes = [
      `${rounds} holds after ${warmup} warm-up, one at a time on ${slotIds.length} slots of ${CONSULATE}, each released before the next; 5–15 ms between rounds; client A (operator1, HTTP keep-alive) and B (operator2, socket.io-client, websocket) in one child process, the server in the bench process.`,
      `The server batches seat changes for SLOT_EVENT_BATCH_MS = ${batchMs} ms before one slots:changed per consulate goes out: that wait is part of every figure here.`,
      `Baselines: a ws echo of a ${samples.frameBytes}-byte message (the event's frame size) to a ws server in the bench process, and A's hold latency itself.`,
    ];
    return {
      figures,
      notes,
      details: {
        fromCommit,
        fromSend,
        hold,
        releaseFromCommit: release,
        wsRoundTrip: rtt,
        frameBytes: samples.frameBytes,
        slotEventBatchMs: batchMs,
      },
    };
  } finally {
    await child.close();
    setup.close();
    for (const c of echo.clients) c.terminate();
    await new Promise<void>((resolve) => echo.close(() => resolve()));
    await new Promise<void>((resolve) => echoHttp.close(() => resolve()));
    await server.close();
  }
}
