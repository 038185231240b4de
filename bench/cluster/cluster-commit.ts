/**
 * Commit to a client on another instance: the commit bench's clients (bench/booking/commit-clients.ts,
 * unchanged) with A's HTTP on the first instance and B's socket on the last one (the same one
 * when there is one), so the event travels through the outbox and the other instance's relay.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { spawnBenchChild } from '../lib/child';
import { createHttpClient } from '../lib/http-client';
import { loginAll } from '../lib/bench-server';
import { summarize, type Summary } from '../lib/stats';
import type { CommitChildIn, CommitChildOut } from '../booking/commit-protocol';
import { openTestKysely } from '../../test/support/test-kysely';
import type { Deployment } from './cluster-setup';

const CONSULATE = 'CHI';
const PROCEDURE = 'passport-renewal';

export interface CommitFigures {
  fromCommit: Summary;
  fromSend: Summary;
  hold: Summary;
  wsRoundTrip: Summary;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function runClusterCommit(
  deployment: Deployment,
  rounds: number,
  log: (line: string) => void,
): Promise<CommitFigures> {
  const { urls, databaseUrl } = deployment.cluster;
  const setup = createHttpClient(urls[0]!, { connections: 2 });
  const db = openTestKysely(databaseUrl, { readOnly: true });
  const echoHttp = createServer();
  const echo = new WebSocketServer({ server: echoHttp });
  echo.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary })));
  await new Promise<void>((resolve) => echoHttp.listen(0, '127.0.0.1', resolve));
  const child = spawnBenchChild<CommitChildIn, CommitChildOut>(
    new URL('../booking/commit-clients.ts', import.meta.url),
    'commit clients',
  );
  try {
    const [a, b] = await loginAll(setup, ['operator17', 'operator18']);
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
    // The storm used the first applicants; these are the last ones, never booked.
    const applicantIds = (
      await db
        .selectFrom('applicants')
        .select('id')
        .where('sandbox', '=', 'live')
        .orderBy('id', 'desc')
        .limit(50)
        .execute()
    ).map((r) => r.id);
    child.send({
      type: 'run',
      plan: {
        baseUrl: urls[0]!,
        socketUrl: urls.at(-1)!,
        tokenA: a!.token,
        tokenB: b!.token,
        subscription,
        slotIds,
        applicantIds,
        procedureId: PROCEDURE,
        echoUrl: `ws://127.0.0.1:${(echoHttp.address() as AddressInfo).port}`,
        rounds,
        warmup: 20,
      },
    });
    const { samples } = await child.next('done', 180_000);
    const figures = {
      fromCommit: summarize(samples.fromCommit),
      fromSend: summarize(samples.fromSend),
      hold: summarize(samples.hold),
      wsRoundTrip: summarize(samples.wsRoundTrip),
    };
    log(
      `${deployment.label}: 201 → event at the other client p50 ${figures.fromCommit.p50.toFixed(1)} ms p99 ${figures.fromCommit.p99.toFixed(1)} ms (${rounds} rounds; hold p50 ${figures.hold.p50.toFixed(1)} ms)`,
    );
    return figures;
  } finally {
    await child.close();
    setup.close();
    await db.destroy();
    for (const c of echo.clients) c.terminate();
    await new Promise<void>((resolve) => echo.close(() => resolve()));
    await new Promise<void>((resolve) => echoHttp.close(() => resolve()));
  }
}
