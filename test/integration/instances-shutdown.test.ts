/**
 * SIGTERM as a supervisor sends it during a rolling deploy, to a real `npm run server` process
 * under a steady stream of requests: readiness turns 503 first, nothing already accepted is cut
 * (no connection reset, a request whose body is still arriving gets its answer), the live channel's
 * clients are told to reconnect, and the process exits 0 within SHUTDOWN_GRACE_MS.
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/api-client';
import { fakedClockEnv } from '../support/faked-clock-env';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { connectSocket } from '../support/socket-client';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const DRAIN_MS = 1500;
/** How long the proxy in front takes to act on readiness's 503 (its check interval): shorter than the drain. */
const PROXY_REACTION_MS = 500;
const GRACE_MS = 8000;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

interface Outcome {
  path: string;
  /** When it was sent and answered, in ms since SIGTERM (negative: before). */
  sentAt: number;
  doneAt: number;
  status?: number;
  /** A network error code: ECONNREFUSED once the listener is closed is what a proxy retries elsewhere. */
  error?: string;
}

function send(
  url: string,
  agent: Agent,
  method: string,
  path: string,
  body?: { first: string; rest: string; afterFirst: () => Promise<void> },
): Promise<{ status?: number; error?: string; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done) => {
    const req = request(
      {
        host: hostname,
        port,
        method,
        path,
        agent,
        headers: body
          ? {
              'content-type': 'application/json',
              'content-length': String(Buffer.byteLength(body.first + body.rest)),
            }
          : {},
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done({ status: res.statusCode, text }));
        res.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message, text }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message, text: '' }));
    if (!body) return void req.end();
    req.write(body.first);
    void body.afterFirst().then(() => req.end(body.rest));
  });
}

describe('graceful shutdown of npm run server', () => {
  it('on SIGTERM: readiness 503 before exit, no request reset, a request in flight answered, sockets told to go, exit 0 within the grace', async () => {
    const database: ScratchDatabase = scratchDatabase();
    cleanups.push(() => database.drop());
    const child = spawn(TSX, ['server/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? tmpdir(),
        ...fakedClockEnv(),
        PORT: '0',
        DATABASE_URL: database.url,
        SEED: 'demo',
        SEED_APPLICANTS: '0',
        SEED_DAYS: '1',
        LOG_LEVEL: 'warn',
        INSTANCE_ID: 'shutdown-test',
        SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
        SHUTDOWN_GRACE_MS: String(GRACE_MS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<{ code: number | null; at: number }>((done) =>
      child.once('exit', (code) => done({ code, at: Date.now() })),
    );
    cleanups.push(async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid)
        process.kill(-child.pid, 'SIGKILL');
    });

    const url = await new Promise<string>((found, fail) => {
      const timer = setTimeout(() => fail(new Error(`no "listening on" within 60 s:\n${out}`)), 60_000);
      const look = () => {
        const match = /listening on (http:\/\/[^\s]+)/.exec(out);
        if (match?.[1]) {
          clearTimeout(timer);
          found(match[1]);
        } else setTimeout(look, 50);
      };
      look();
    });

    // A console on the live channel.
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    cleanups.push(async () => agent.destroy());
    const loginBody = JSON.stringify({ username: 'operator1', password: DEMO_PASSWORD });
    const session = JSON.parse(
      (
        await send(url, agent, 'POST', '/api/auth/login', {
          first: loginBody,
          rest: '',
          afterFirst: async () => {},
        })
      ).text,
    ) as { token: string };
    const socket = await connectSocket(url, session.token);
    cleanups.push(async () => void socket.close());
    const socketGone = new Promise<string>((done) => socket.once('disconnect', (reason) => done(reason)));

    // A steady stream as a proxy sends it: three clients on kept-alive connections, one request after
    // the other, until PROXY_REACTION_MS after readiness first said 503 (the instance is out of rotation).
    const outcomes: Outcome[] = [];
    let sigtermAt = Number.POSITIVE_INFINITY;
    let outOfRotationAt = Number.POSITIVE_INFINITY;
    let streaming = true;
    const stream = async (path: string) => {
      while (streaming && Date.now() < outOfRotationAt + PROXY_REACTION_MS) {
        const sentAt = Date.now();
        const result = await send(url, agent, 'GET', path);
        outcomes.push({
          path,
          sentAt: sentAt - sigtermAt,
          doneAt: Date.now() - sigtermAt,
          status: result.status,
          error: result.error,
        });
        if (path === '/api/ready' && result.status === 503)
          outOfRotationAt = Math.min(outOfRotationAt, Date.now());
        if (result.error === 'ECONNREFUSED') return;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const streams = [stream('/api/ready'), stream('/api/health'), stream('/api/consulates')];
    await new Promise((r) => setTimeout(r, 300));

    // A sign-in whose body is still arriving when SIGTERM comes and is finished during the drain.
    let inFlightSent: () => void = () => {};
    const inFlight = send(url, agent, 'POST', '/api/auth/login', {
      first: loginBody.slice(0, 10),
      rest: loginBody.slice(10),
      afterFirst: () => new Promise<void>((r) => (inFlightSent = r)),
    });
    await new Promise((r) => setTimeout(r, 100));
    sigtermAt = Date.now();
    process.kill(child.pid as number, 'SIGTERM');
    await new Promise((r) => setTimeout(r, DRAIN_MS - 300));
    inFlightSent();
    const answered = await inFlight;
    const exit = await exited;
    streaming = false;
    await Promise.all(streams);

    expect(exit.code, out.slice(-3000)).toBe(0);
    expect(exit.at - sigtermAt).toBeLessThan(GRACE_MS);
    expect(answered.error).toBeUndefined();
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text)).toHaveProperty('token');
    // Every request got an answer: no reset, no hang-up, no refusal while in rotation.
    expect(outcomes.filter((o) => o.error !== undefined)).toEqual([]);
    expect(outcomes.filter((o) => o.sentAt > 0).length).toBeGreaterThan(10);
    const after = outcomes.filter((o) => o.sentAt > 0);
    const ready = outcomes.filter((o) => o.path === '/api/ready' && o.status !== undefined);
    // Ready before SIGTERM; 503 after it, and before the process exited.
    expect(ready.filter((o) => o.sentAt < 0).every((o) => o.status === 200)).toBe(true);
    const notReady = ready.filter((o) => o.status === 503);
    expect(notReady.length).toBeGreaterThan(0);
    expect(notReady.every((o) => o.sentAt >= 0 && o.doneAt <= exit.at - sigtermAt)).toBe(true);
    // (A request sent in the first instants may be answered before the process handles the signal.)
    expect(ready.filter((o) => o.sentAt >= 100).every((o) => o.status === 503)).toBe(true);
    // Liveness and the API kept answering during the drain.
    expect(after.some((o) => o.path === '/api/health' && o.status === 200)).toBe(true);
    expect(after.some((o) => o.path === '/api/consulates' && o.status === 401)).toBe(true);
    // The console's socket was dropped as a lost transport: socket.io reconnects by itself.
    expect(await socketGone).toBe('transport close');
    expect(out).toContain('SIGTERM: shutdown-test draining');
  });
});
