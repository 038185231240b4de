/**
 * One server instance as a real process, started the way `npm run server` starts it (tsx running
 * server/main.ts), but as a single node process (`node --import tsx`): a SIGKILL then kills the
 * server itself, not a wrapper that would leave it running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fakedClockEnv } from '../../support/faked-clock-env';

const ROOT = resolve(import.meta.dirname, '../../..');
const LISTENING = /listening on (http:\/\/\S+)/;
const KEPT_OUTPUT = 200_000;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface InstanceProcess {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  /** Resolves once the process has exited, whoever ended it. */
  readonly exited: Promise<Exit>;
  running(): boolean;
  /** Everything it printed (the last 200 kB of each stream), for failure messages. */
  output(): string;
  /** Sends the signal and waits for the exit (SIGKILL after `graceMs` if it has not ended by then). */
  stop(signal: NodeJS.Signals, graceMs?: number): Promise<Exit>;
}

/** Starts the process and resolves when it prints its address; rejects (and kills it) if it exits or stays silent. */
export async function startInstanceProcess(
  name: string,
  env: Record<string, string>,
  timeoutMs = 90_000,
): Promise<InstanceProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    // Only what the server is configured by, so nothing of the test runner's environment leaks in
    // (but the test's clock, when faketime fakes it).
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...fakedClockEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`${name}: the server process did not start`);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-KEPT_OUTPUT)));
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-KEPT_OUTPUT)));
  const exited = new Promise<Exit>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const output = () => `--- ${name} stdout\n${stdout}\n--- ${name} stderr\n${stderr}`;
  const running = () => child.exitCode === null && child.signalCode === null;

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name}: no "listening on" line within ${timeoutMs} ms\n${output()}`));
    }, timeoutMs);
    const onData = () => {
      const match = LISTENING.exec(stdout);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolveUrl(match[1]);
    };
    child.stdout?.on('data', onData);
    void exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${exit.signal ?? exit.code}) before listening\n${output()}`));
    });
  });

  return {
    name,
    url,
    pid: child.pid,
    exited,
    running,
    output,
    async stop(signal, graceMs = 15_000) {
      if (!running()) return exited;
      child.kill(signal);
      if (signal === 'SIGKILL') return exited;
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
