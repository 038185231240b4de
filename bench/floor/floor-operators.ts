/**
 * The floor bench's simulated operators, in a child process (bench/lib/child.ts) so their work
 * never competes with the server's event loop. Each operator keeps one console connected (the
 * socket is their presence) and walks the day's cycle through the real API, one step every few
 * seconds: start a call → open the wrap-up → end it with a wrap-up code → now and then a break →
 * available again. Every step is a state change the lead's floor shows.
 */
import { io, type Socket } from 'socket.io-client';
import { serveParent } from '../lib/child';
import { createHttpClient, type HttpClient } from '../lib/http-client';
import type { FloorChildIn, FloorChildOut, SimulatedOperator } from './floor-protocol';

type Step = 'start_call' | 'wrap_up' | 'end_call' | 'break' | 'available';

interface Operator extends SimulatedOperator {
  socket: Socket;
  next: Step;
  callId: string | null;
  timer: NodeJS.Timeout | null;
}

const wrapUpCodes = ['information', 'no_availability', 'caller_declined', 'dropped'] as const;
let operators: Operator[] = [];
let http: HttpClient | null = null;
let running = false;
let gaps = { min: 2000, max: 5000 };
let changes = 0;
let failures = 0;
let firstFailure: string | null = null;

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)] as T;
const gap = () => gaps.min + Math.random() * (gaps.max - gaps.min);

async function act(op: Operator): Promise<void> {
  const client = http!;
  const request = async (method: string, path: string, body?: unknown) => {
    const answer = await client.request<{ id?: string }>(method, path, { token: op.token, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path} → ${answer.status} ${JSON.stringify(answer.body)}`);
    changes++;
    return answer.body;
  };
  switch (op.next) {
    case 'start_call': {
      op.callId = (await request('POST', '/api/calls', {})).id ?? null;
      op.next = 'wrap_up';
      return;
    }
    case 'wrap_up':
      await request('PUT', '/api/me/status', { state: 'wrap_up' });
      op.next = 'end_call';
      return;
    case 'end_call':
      await request('POST', `/api/calls/${op.callId}/end`, { wrapUpCode: pick(wrapUpCodes) });
      op.callId = null;
      op.next = Math.random() < 0.15 ? 'break' : 'start_call';
      return;
    case 'break':
      await request('PUT', '/api/me/status', { state: 'break' });
      op.next = 'available';
      return;
    case 'available':
      await request('PUT', '/api/me/status', { state: 'available' });
      op.next = 'start_call';
  }
}

function schedule(op: Operator): void {
  if (!running) return;
  op.timer = setTimeout(() => {
    act(op)
      .catch((error: unknown) => {
        failures++;
        firstFailure ??= error instanceof Error ? error.message : String(error);
        // Back to a known state: whatever happened, the next step starts a fresh call.
        op.next = op.callId ? 'end_call' : 'start_call';
      })
      .finally(() => schedule(op));
  }, gap());
}

function connect(url: string, op: SimulatedOperator): Promise<Operator> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { auth: { token: op.token }, transports: ['websocket'], reconnection: false });
    const timer = setTimeout(
      () => reject(new Error(`operator ${op.userId}: no connection within 20 s`)),
      20_000,
    );
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve({ ...op, socket, next: 'start_call', callId: null, timer: null });
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

serveParent<FloorChildIn, FloorChildOut>(async (message, send) => {
  switch (message.type) {
    case 'connect': {
      const started = performance.now();
      http = createHttpClient(message.url, { connections: 32 });
      operators = [];
      for (let i = 0; i < message.operators.length; i += 50) {
        operators.push(
          ...(await Promise.all(message.operators.slice(i, i + 50).map((op) => connect(message.url, op)))),
        );
      }
      send({ type: 'connected', ms: performance.now() - started });
      return;
    }
    case 'start':
      gaps = { min: message.minGapMs, max: message.maxGapMs };
      running = true;
      changes = 0;
      failures = 0;
      firstFailure = null;
      for (const op of operators) schedule(op);
      send({ type: 'started' });
      return;
    case 'stop':
      running = false;
      for (const op of operators) if (op.timer) clearTimeout(op.timer);
      send({ type: 'stopped', changes, failures, firstFailure });
      return;
    case 'close':
      for (const op of operators) op.socket.close();
      http?.close();
      send({ type: 'closed' });
  }
});
