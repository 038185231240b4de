/**
 * Client side of the commit-to-another-client bench, in a child process: client A holds seats over
 * HTTP, client B (another operator's console) listens to `slots:changed` over socket.io. Both live
 * in this process, so their timestamps share one clock (performance.now()).
 */
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import type { SlotsChangedPayload } from '../../shared/realtime/events';
import { serveParent } from '../lib/child';
import { sleep, withTimeout } from '../lib/clock';
import { createHttpClient } from '../lib/http-client';
import type { CommitChildIn, CommitChildOut, CommitPlan, CommitSamples } from './commit-protocol';

async function run(plan: CommitPlan): Promise<CommitSamples> {
  const http = createHttpClient(plan.baseUrl, { connections: 1 });
  const socket = io(plan.socketUrl ?? plan.baseUrl, {
    auth: { token: plan.tokenB },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const echo = new WebSocket(plan.echoUrl);
  const echoOpen = new Promise<void>(
    (resolve, reject) => (echo.once('open', () => resolve()), echo.once('error', reject)),
  );
  const waiting = new Map<string, (at: number) => void>();
  let frameBytes = 0;
  socket.on('slots:changed', (payload: SlotsChangedPayload) => {
    const at = performance.now();
    frameBytes = `42${JSON.stringify(['slots:changed', payload, 'PbE2ZQ1'])}`.length;
    for (const change of payload.changes) {
      const resolve = waiting.get(change.slotId);
      if (resolve) {
        waiting.delete(change.slotId);
        resolve(at);
      }
    }
  });
  const eventFor = (slotId: string) =>
    withTimeout(
      new Promise<number>((resolve) => waiting.set(slotId, resolve)),
      10_000,
      `slots:changed for ${slotId}`,
    );
  try {
    await withTimeout(
      new Promise<void>(
        (resolve, reject) => (socket.once('connect', resolve), socket.once('connect_error', reject)),
      ),
      15_000,
      'socket.io connect',
    );
    const ack = (await socket.timeout(15_000).emitWithAck('slots:subscribe', plan.subscription)) as {
      ok?: boolean;
    };
    if (!ack.ok) throw new Error(`slots:subscribe refused: ${JSON.stringify(ack)}`);
    await withTimeout(echoOpen, 15_000, 'ws echo connect');

    const samples: CommitSamples = {
      fromCommit: [],
      fromSend: [],
      hold: [],
      releaseFromCommit: [],
      wsRoundTrip: [],
      frameBytes: 0,
    };
    for (let round = 0; round < plan.warmup + plan.rounds; round++) {
      const measured = round >= plan.warmup;
      const slotId = plan.slotIds[round % plan.slotIds.length] as string;
      const applicantId = plan.applicantIds[round % plan.applicantIds.length] as string;

      const held = eventFor(slotId);
      const sent = performance.now();
      const hold = await http.request<{ id: string }>('POST', '/api/holds', {
        token: plan.tokenA,
        body: { slotId, applicantId, procedureId: plan.procedureId },
      });
      if (hold.status !== 201) throw new Error(`hold ${slotId}: ${hold.status} ${JSON.stringify(hold.body)}`);
      const heldAt = await held;
      if (measured) {
        samples.fromCommit.push(heldAt - hold.endedAt);
        samples.fromSend.push(heldAt - sent);
        samples.hold.push(hold.ms);
      }

      const released = eventFor(slotId);
      const release = await http.request('DELETE', `/api/holds/${hold.body.id}`, { token: plan.tokenA });
      if (release.status !== 204) throw new Error(`release ${hold.body.id}: ${release.status}`);
      const releasedAt = await released;
      if (measured) samples.releaseFromCommit.push(releasedAt - release.endedAt);

      // The baseline: a ws round trip of a message as large as the event's frame.
      const message = 'x'.repeat(frameBytes || 120);
      const echoed = withTimeout(
        new Promise<number>((resolve) => echo.once('message', () => resolve(performance.now()))),
        10_000,
        'ws echo',
      );
      const t0 = performance.now();
      echo.send(message);
      const rtt = (await echoed) - t0;
      if (measured) samples.wsRoundTrip.push(rtt);
      await sleep(5 + Math.random() * 10);
    }
    samples.frameBytes = frameBytes;
    return samples;
  } finally {
    socket.disconnect();
    echo.terminate();
    http.close();
  }
}

serveParent<CommitChildIn, CommitChildOut>(async (message, reply) => {
  if (message.type === 'run') reply({ type: 'done', samples: await run(message.plan) });
});
