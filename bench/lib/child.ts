import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sharedNow } from './clock';

/**
 * A bench's client side runs in a child process, so that the clients' work (parsing, timers,
 * bookkeeping) never competes with the server's event loop: the server runs in the bench process,
 * the clients in the child, each on its own core of a two-core machine. Messages go both ways over
 * the IPC channel with structured-clone ("advanced") serialization, so typed arrays travel as such.
 */
export interface Message {
  type: string;
}

type Of<M extends Message, T extends M['type']> = Extract<M, { type: T }>;

interface ClockPing {
  type: '$ping';
  t0: number;
}
interface ClockPong {
  type: '$pong';
  t0: number;
  t1: number;
}
interface ChildFailure {
  type: '$error';
  message: string;
}

export interface BenchChild<In extends Message, Out extends Message> {
  send(message: In): void;
  /** The next message of this type (earlier ones of the type are queued, never lost). */
  next<T extends Out['type']>(type: T, timeoutMs: number): Promise<Of<Out, T>>;
  /** Everything the child said on the side (`console.log` lines), for the report on failure. */
  output(): string;
  /**
   * Offset of the child's shared clock from this process's, in ms (child − parent), from the
   * IPC ping with the shortest round trip; `uncertainty` is half that round trip.
   */
  clockOffset(pings?: number): Promise<{ offset: number; uncertainty: number }>;
  close(): Promise<void>;
}

export function spawnBenchChild<In extends Message, Out extends Message>(
  module: URL,
  label: string,
  options: { onOutput?: (text: string) => void } = {},
): BenchChild<In, Out> {
  const child: ChildProcess = fork(fileURLToPath(module), [], {
    execArgv: process.execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-100_000);
    options.onOutput?.(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const queued: Message[] = [];
  const waiters: { type: string; resolve: (m: Message) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiters.splice(0)) w.reject(failure);
  };
  child.on('message', (raw) => {
    const message = raw as Message;
    if (message.type === '$error') return fail(new Error(`${label}: ${(message as ChildFailure).message}`));
    const index = waiters.findIndex((w) => w.type === message.type);
    if (index >= 0) waiters.splice(index, 1)[0]?.resolve(message);
    else queued.push(message);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) =>
    fail(new Error(`${label} exited (${signal ?? code}) ${output.trim().slice(-2000)}`)),
  );
  child.once('error', (error) => fail(error));

  function next(type: string, timeoutMs: number): Promise<Message> {
    const index = queued.findIndex((m) => m.type === type);
    if (index >= 0) return Promise.resolve(queued.splice(index, 1)[0] as Message);
    if (failure) return Promise.reject(failure);
    return new Promise<Message>((resolve, reject) => {
      const waiter = {
        type,
        resolve: (m: Message) => (clearTimeout(timer), resolve(m)),
        reject: (e: Error) => (clearTimeout(timer), reject(e)),
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`${label}: no ${type} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.push(waiter);
    });
  }

  return {
    send: (message) => {
      if (failure) throw failure;
      child.send(message);
    },
    next: next as BenchChild<In, Out>['next'],
    output: () => output,
    async clockOffset(pings = 40) {
      let best = { rtt: Number.POSITIVE_INFINITY, offset: 0 };
      for (let i = 0; i < pings; i++) {
        const t0 = sharedNow();
        child.send({ type: '$ping', t0 } satisfies ClockPing);
        const pong = (await next('$pong', 5_000)) as ClockPong;
        const t2 = sharedNow();
        if (t2 - t0 < best.rtt) best = { rtt: t2 - t0, offset: pong.t1 - (t0 + t2) / 2 };
      }
      return { offset: best.offset, uncertainty: best.rtt / 2 };
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        if (child.connected) child.disconnect();
        else child.kill();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/**
 * The child's end: `handle` gets every message from the bench process and may answer with `send`.
 * A failure is reported to the parent; the child exits when the parent disconnects.
 */
export function serveParent<In extends Message, Out extends Message>(
  handle: (message: In, send: (m: Out) => void) => Promise<void> | void,
) {
  const send = (message: Out | ClockPong | ChildFailure) => {
    if (process.connected) process.send?.(message);
  };
  const report = (error: unknown) =>
    send({
      type: '$error',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  process.on('message', (raw) => {
    const message = raw as In | ClockPing;
    if (message.type === '$ping')
      return send({ type: '$pong', t0: (message as ClockPing).t0, t1: sharedNow() });
    Promise.resolve()
      .then(() => handle(message as In, send))
      .catch(report);
  });
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
  process.on('disconnect', () => process.exit(0));
}
