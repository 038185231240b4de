/**
 * The routing benches' clients, in a child process (bench/lib/child.ts) so their work never competes
 * with the server's event loop: the telephony side (posts calls with TELEPHONY_TOKEN, hangs up for a
 * caller whose patience ran out) and the simulated operators (a socket.io console each; they accept
 * every `call:offered`, talk for the call's handle time and end it with a wrap-up code; they go on
 * break and come back as the staffing says). Everything a client sees is timed on this process's
 * clock, so no clock offset enters the figures.
 */
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { CallOfferedPayload, OfferWithdrawnPayload, CallEndedPayload } from '../../shared/api/routing';
import { serveParent } from '../lib/child';
import { sleep, withTimeout } from '../lib/clock';
import { createHttpClient, type HttpClient } from '../lib/http-client';
import type { CallOutcome } from './half-hour-outcomes';
import type { DayCall, RoutingChildIn, RoutingChildOut, SimulatedOperator } from './routing-protocol';

interface Operator extends SimulatedOperator {
  socket: Socket;
  http: HttpClient;
  /** Whether the staffing wants this operator taking calls (null: not said yet). */
  active: boolean | null;
  /** The call they are on (accepted, not yet ended). */
  callId: string | null;
  /** A break asked for during the call: the server starts it when the call ends. */
  breakAfterCall: boolean;
  endTimer: NodeJS.Timeout | null;
}

let operators: Operator[] = [];
let byUser = new Map<string, Operator>();
let telephony: HttpClient | null = null;
let telephonyToken = '';
let failures = 0;
let firstFailure: string | null = null;

const fail = (what: string, detail: unknown) => {
  failures++;
  firstFailure ??= `${what}: ${detail instanceof Error ? detail.message : JSON.stringify(detail)}`;
};

/** What the current mode does with an offer and a finished call. */
interface Mode {
  onOffered(op: Operator, offer: CallOfferedPayload, at: number): void;
  onAnswered(op: Operator, callId: string, at: number): void;
  /** The accept was refused (the offer expired or went elsewhere). */
  onRefused?(callId: string): void;
  /** Milliseconds the operator talks once the call is accepted. */
  handleMs(callId: string): Promise<number>;
}
let mode: Mode | null = null;

async function request<T>(
  op: { http: HttpClient; token: string },
  method: string,
  path: string,
  body?: unknown,
) {
  return op.http.request<T>(method, path, { token: op.token, body });
}

async function setState(op: Operator, state: 'available' | 'break') {
  const answer = await request(op, 'PUT', '/api/me/status', { state });
  if (answer.status !== 200) fail(`PUT /api/me/status ${state}`, answer.body);
}

async function endCall(op: Operator, callId: string) {
  if (op.callId !== callId) return;
  if (op.endTimer) clearTimeout(op.endTimer);
  op.endTimer = null;
  const answer = await request(op, 'POST', `/api/calls/${callId}/end`, { wrapUpCode: 'information' });
  if (answer.status !== 200)
    fail(`POST /api/calls/${callId}/end`, { status: answer.status, body: answer.body });
  op.callId = null;
  // The server ends a break asked for during the call by starting it; a staffing that wants the
  // operator back by now makes them available again.
  if (op.breakAfterCall) {
    op.breakAfterCall = false;
    if (op.active) await setState(op, 'available');
  }
}

let offersMissed = 0;
let acceptsRefused = 0;
let refusals: Record<string, number> = {};

async function accept(op: Operator, offer: CallOfferedPayload) {
  const answer = await request<{ callId?: string }>(op, 'POST', `/api/offers/${offer.offerId}/accept`);
  if (answer.status !== 200) {
    acceptsRefused++;
    const code = (answer.body as { error?: { code?: string } })?.error?.code ?? String(answer.status);
    refusals[code] = (refusals[code] ?? 0) + 1;
    mode?.onRefused?.(offer.callId);
    if (answer.status !== 409) fail(`POST /api/offers/${offer.offerId}/accept`, answer.body);
    return;
  }
  const at = answer.endedAt;
  op.callId = offer.callId;
  mode?.onAnswered(op, offer.callId, at);
  const handle = (await mode?.handleMs(offer.callId)) ?? 0;
  const left = Math.max(0, handle - (performance.now() - at));
  op.endTimer = setTimeout(() => void endCall(op, offer.callId).catch((e) => fail('end', e)), left);
}

function connectOperator(o: SimulatedOperator): Promise<Operator> {
  const socket = io(o.url, {
    auth: { token: o.token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const op: Operator = {
    ...o,
    socket,
    http: createHttpClient(o.url, { connections: 2 }),
    active: null,
    callId: null,
    breakAfterCall: false,
    endTimer: null,
  };
  socket.on('call:offered', (offer: CallOfferedPayload) => {
    const at = performance.now();
    mode?.onOffered(op, offer, at);
    void accept(op, offer).catch((e) => fail('accept', e));
  });
  socket.on('call:offer_withdrawn', (p: OfferWithdrawnPayload) => {
    // An offer that timed out makes the operator unroutable until they say they are ready again.
    if (p.reason === 'expired') {
      offersMissed++;
      if (op.active && !op.callId) void setState(op, 'available').catch((e) => fail('available', e));
    }
  });
  socket.on('call:ended', (p: CallEndedPayload) => {
    // The caller hung up while talking: the wrap-up is done at once.
    if (op.callId === p.callId) void endCall(op, p.callId).catch((e) => fail('end', e));
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(op));
    socket.once('connect_error', (e) => reject(new Error(`${o.userId}: connect_error ${e.message}`)));
  });
}

async function staff(activeUserIds: ReadonlySet<string>) {
  await Promise.all(
    operators.map(async (op) => {
      const active = activeUserIds.has(op.userId);
      if (active === op.active) return;
      op.active = active;
      if (!active) {
        if (op.callId) op.breakAfterCall = true;
        await setState(op, 'break');
      } else if (!op.callId) await setState(op, 'available');
    }),
  );
}

const telephonyRequest = <T>(method: string, path: string, body?: unknown) =>
  telephony!.request<T>(method, path, { token: telephonyToken, body });

let callSerial = 0;
const uniqueId = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++callSerial}`;

/** A promise per call id that resolves to what the telephony side knows of it (its 201 may come after the offer). */
function callRegistry<T>() {
  const entries = new Map<string, { value?: T; resolve?: (v: T) => void; promise: Promise<T> }>();
  const entry = (id: string) => {
    let e = entries.get(id);
    if (!e) {
      let resolve!: (v: T) => void;
      const promise = new Promise<T>((r) => (resolve = r));
      e = { resolve, promise };
      entries.set(id, e);
    }
    return e;
  };
  return {
    set(id: string, value: T) {
      const e = entry(id);
      e.value = value;
      e.resolve?.(value);
    },
    get: (id: string) => entry(id).promise,
    peek: (id: string) => entries.get(id)?.value,
  };
}

async function runLatency(plan: Extract<RoutingChildIn, { type: 'latency' }>) {
  const op = byUser.get(plan.operatorUserId)!;
  await staff(new Set([op.userId]));
  const offered: number[] = [];
  const posted: number[] = [];
  const roundTrip: number[] = [];
  const expected = new Map<string, (at: number) => void>();
  let answered: (() => void) | null = null;
  mode = {
    onOffered: (_op, offer, at) => expected.get(offer.from)?.(at),
    onAnswered: () => answered?.(),
    handleMs: async () => 0,
  };
  for (let i = 0; i < plan.warmup + plan.rounds; i++) {
    const measured = i >= plan.warmup;
    // The baseline: an event and its acknowledgement on the same console, just before.
    const pingStart = performance.now();
    await withTimeout(
      new Promise<void>((resolve) =>
        op.socket.emit('slots:unsubscribe', { consulateId: 'LAX' }, () => resolve()),
      ),
      5_000,
      'socket round trip',
    );
    if (measured) roundTrip.push(performance.now() - pingStart);
    const from = `+1213720${String(1000 + (i % 9000)).padStart(4, '0')}`;
    const callAnswered = new Promise<void>((resolve) => (answered = resolve));
    const offeredAt = new Promise<number>((resolve) => expected.set(from, resolve));
    const sentAt = performance.now();
    const answer = await telephonyRequest<{ id: string }>('POST', '/api/telephony/calls', {
      providerCallId: uniqueId('lat'),
      from,
      language: 'es',
      queueId: plan.queueId,
    });
    if (answer.status !== 201)
      throw new Error(`POST /api/telephony/calls → ${answer.status} ${JSON.stringify(answer.body)}`);
    const at = await withTimeout(offeredAt, 10_000, `call:offered of call ${i}`);
    expected.delete(from);
    await withTimeout(callAnswered, 10_000, `accept of call ${i}`);
    // The operator ends it at once (handle 0): wait until they are free again.
    while (op.callId) await sleep(1);
    if (measured) {
      offered.push(at - sentAt);
      posted.push(answer.endedAt - sentAt);
    }
    await sleep(2 + Math.random() * 6);
  }
  mode = null;
  return {
    offered: Float64Array.from(offered),
    posted: Float64Array.from(posted),
    roundTrip: Float64Array.from(roundTrip),
  };
}

async function runDay(plan: Extract<RoutingChildIn, { type: 'day' }>) {
  offersMissed = 0;
  acceptsRefused = 0;
  refusals = {};
  const outcomes: CallOutcome[] = plan.calls.map((c) => ({
    halfHour: c.halfHour,
    queueId: c.queueId,
    postedAt: Number.NaN,
    offeredAt: null,
    answeredAt: null,
    abandonedAt: null,
  }));
  const known = callRegistry<{ index: number; call: DayCall }>();
  const answering = new Set<string>();
  let start = 0;
  mode = {
    onOffered: (_op, offer, at) => {
      answering.add(offer.callId);
      void known.get(offer.callId).then(({ index }) => {
        outcomes[index]!.offeredAt ??= at - start;
      });
    },
    onRefused: (callId) => answering.delete(callId),
    onAnswered: (_op, callId, at) => {
      const index = known.peek(callId)?.index;
      if (index !== undefined) outcomes[index]!.answeredAt = at - start;
      else
        void known.get(callId).then(({ index: i }) => {
          outcomes[i]!.answeredAt = at - start;
        });
    },
    handleMs: async (callId) => (await known.get(callId)).call.handleMs,
  };
  const unresolved = () => outcomes.filter((o) => o.answeredAt === null && o.abandonedAt === null).length;

  const firstStep = plan.staffing[0];
  await staff(new Set(firstStep?.activeUserIds ?? []));
  start = performance.now() + plan.startInMs;
  const at = (ms: number) => Math.max(0, start + ms - performance.now());
  const timers: NodeJS.Timeout[] = [];
  for (const step of plan.staffing.slice(1))
    timers.push(
      setTimeout(() => void staff(new Set(step.activeUserIds)).catch((e) => fail('staff', e)), at(step.atMs)),
    );
  const lead = { http: telephony!, token: plan.leadToken };
  for (const step of plan.reassignments)
    timers.push(
      setTimeout(
        () =>
          void request(lead, 'POST', '/api/floor/reassignments', {
            userIds: step.userIds,
            queueId: step.queueId,
            when: 'after_call',
          })
            .then((a) => {
              if (a.status !== 200) fail('POST /api/floor/reassignments', a.body);
            })
            .catch((e) => fail('reassign', e)),
        at(step.atMs),
      ),
    );

  const place = async (index: number) => {
    const call = plan.calls[index]!;
    const sentAt = performance.now();
    outcomes[index]!.postedAt = sentAt - start;
    const answer = await telephonyRequest<{ id: string }>('POST', '/api/telephony/calls', {
      providerCallId: call.providerCallId,
      from: call.from,
      language: call.language,
      queueId: call.queueId,
    });
    if (answer.status !== 201) return fail('POST /api/telephony/calls', answer.body);
    const callId = answer.body.id;
    known.set(callId, { index, call });
    const patienceLeft = Math.max(0, call.patienceMs - (performance.now() - sentAt));
    setTimeout(() => {
      // An accept already on its way wins: the caller was being answered.
      if (outcomes[index]!.answeredAt !== null || answering.has(callId)) return;
      void telephonyRequest<{ status: string }>('POST', `/api/telephony/calls/${callId}/hangup`)
        .then((hangup) => {
          if (hangup.status !== 200) return fail(`hangup`, hangup.body);
          if (hangup.body.status === 'abandoned') outcomes[index]!.abandonedAt = hangup.endedAt - start;
        })
        .catch((e) => fail('hangup', e));
    }, patienceLeft);
  };
  // Arrivals in order, each at its instant (a timer per call would be 35,000 timers).
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now() - start;
      while (next < plan.calls.length && plan.calls[next]!.atMs <= now) {
        const index = next++;
        void place(index).catch((e) => fail('place', e));
      }
      if (next >= plan.calls.length) return resolve();
      setTimeout(tick, Math.max(0, Math.min(50, plan.calls[next]!.atMs - now)));
    };
    setTimeout(tick, at(0));
  });
  const drainUntil = performance.now() + plan.drainMs;
  while (unresolved() > 0 && performance.now() < drainUntil) await sleep(50);
  for (const t of timers) clearTimeout(t);
  mode = null;
  return { outcomes, offersMissed, acceptsRefused, refusals };
}

async function runRate(plan: Extract<RoutingChildIn, { type: 'rate' }>) {
  await staff(new Set(operators.map((o) => o.userId)));
  const offered: number[] = [];
  const sent = new Map<string, number>();
  mode = {
    onOffered: (_op, offer, at) => {
      const sentAt = sent.get(offer.from);
      if (sentAt !== undefined) {
        offered.push(at - sentAt);
        sent.delete(offer.from);
      }
    },
    onAnswered: () => {},
    handleMs: async () => plan.handleMs,
  };
  const total = Math.round(plan.callsPerSecond * plan.seconds);
  const gap = 1000 / plan.callsPerSecond;
  const start = performance.now();
  let serial = 0;
  const posts: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const wait = start + i * gap - performance.now();
    if (wait > 1) await sleep(wait);
    // A number per call: the offer is matched by it (it may arrive before the 201).
    const from = `+1415${String(2000000 + ((++serial * 7919) % 7999999)).padStart(7, '0')}`;
    sent.set(from, performance.now());
    posts.push(
      telephonyRequest('POST', '/api/telephony/calls', {
        providerCallId: uniqueId('cap'),
        from,
        language: 'es',
        queueId: plan.queueId,
      }).then((a) => {
        if (a.status !== 201) fail('POST /api/telephony/calls', a.body);
      }),
    );
  }
  const achievedPerSecond = total / ((performance.now() - start) / 1000);
  await Promise.all(posts);
  const until = performance.now() + 5_000;
  while (sent.size > 0 && performance.now() < until) await sleep(20);
  const notOffered = sent.size;
  while (operators.some((o) => o.callId) && performance.now() < until + 10_000) await sleep(20);
  mode = null;
  return { offered: Float64Array.from(offered), posted: total, notOffered, achievedPerSecond };
}

const failureFields = () => ({ failures, firstFailure });

serveParent<RoutingChildIn, RoutingChildOut>(async (message, send) => {
  switch (message.type) {
    case 'connect': {
      const started = performance.now();
      telephony = createHttpClient(message.telephonyUrl, { connections: 64 });
      telephonyToken = message.telephonyToken;
      operators = [];
      for (let i = 0; i < message.operators.length; i += 50)
        operators.push(...(await Promise.all(message.operators.slice(i, i + 50).map(connectOperator))));
      byUser = new Map(operators.map((o) => [o.userId, o]));
      send({ type: 'connected', ms: performance.now() - started });
      return;
    }
    case 'latency':
      failures = 0;
      firstFailure = null;
      send({ type: 'latency-done', ...(await runLatency(message)), ...failureFields() });
      return;
    case 'day':
      failures = 0;
      firstFailure = null;
      send({ type: 'day-done', ...(await runDay(message)), ...failureFields() });
      return;
    case 'rate':
      failures = 0;
      firstFailure = null;
      send({ type: 'rate-done', ...(await runRate(message)), ...failureFields() });
      return;
    case 'close':
      for (const op of operators) {
        if (op.endTimer) clearTimeout(op.endTimer);
        op.socket.close();
        op.http.close();
      }
      telephony?.close();
      return;
  }
});
