/**
 * `npm start` on a fresh machine: builds the console when it is missing or older than its sources,
 * starts the server on the embedded SQLite database (filled with the demo seed the first time), and
 * opens the Electron console connected to it, with the call simulator ringing at its demo rate
 * (SIMULATE_CALLS=demo unless set). Closing the window stops the server. Where no window
 * can open (no display, no Electron binary), it says why and where the same console opens in a
 * browser, and keeps serving.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../app';
import { loadConfig } from '../platform/config';
import { createServerLogger, lifecycleLogger, type ServerLogger } from '../platform/logging/server-logger';
import { writeStartupFailure } from '../platform/logging/startup-failure';
import { consoleBuildStatus } from './console-build';
import {
  browserUrl,
  electronEnv,
  electronExitOutcome,
  keepServingMessage,
  noWindowMessage,
  npmRunBuild,
} from './console-launch';
import { ELECTRON_MAIN, findElectronBinary, type ElectronProbe } from './electron-binary';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run build` in the repository with this terminal; resolves to its exit code. */
function runBuild(log: ServerLogger): Promise<number> {
  const { command, args, shell } = npmRunBuild(process.env, process.platform, process.execPath);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell });
    child.once('error', (error) => {
      log.error({ err: error }, 'Could not run npm run build');
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function buildConsoleIfNeeded(log: ServerLogger): Promise<boolean> {
  const status = consoleBuildStatus(ROOT);
  if (!status.needed) return true;
  log.info(`Building the console (${status.reason}): npm run build`);
  const started = Date.now();
  const code = await runBuild(log);
  if (code === 0) {
    log.info(`Console built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return true;
  }
  log.error(
    `npm run build failed (exit code ${code}); the server starts anyway and / answers 503 until the console is built.`,
  );
  return false;
}

async function main() {
  process.env.SEED ??= 'demo';
  // A newcomer sees calls ring: the built-in simulator at its demo rate unless SIMULATE_CALLS says otherwise.
  process.env.SIMULATE_CALLS ??= 'demo';
  const config = loadConfig();
  // The same JSON lines as the server's (docs/DEPLOYMENT.md, "Logs"); what a newcomer must read is in `msg`.
  const log = lifecycleLogger(
    createServerLogger({ level: config.LOG_LEVEL, instanceId: config.INSTANCE_ID }),
  );
  const built = await buildConsoleIfNeeded(log);
  const server = await startServer(config);

  let electron: ChildProcess | null = null;
  let stopping = false;
  const stop = async (why: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    log.info(why);
    if (electron && electron.exitCode === null && electron.signalCode === null) electron.kill('SIGTERM');
    await server.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT: closing connections…'));
  process.on('SIGTERM', () => void stop('SIGTERM: closing connections…'));

  if (!built) {
    log.info(
      `The desktop console cannot open: its build failed (see above). The API serves at ${server.url}/api; the console opens at ${browserUrl(server.url)} once npm run build succeeds.`,
    );
    return;
  }
  const probe: ElectronProbe = findElectronBinary({
    root: ROOT,
    platform: process.platform,
    env: process.env,
    uid: process.getuid?.(),
  });
  if (!probe.ok) {
    log.info(noWindowMessage(probe.reason, server.url));
    return;
  }
  electron = openConsoleWindow(probe.binary, server, stop, log);
}

function openConsoleWindow(
  binary: string,
  server: RunningServer,
  stop: (why: string) => Promise<void>,
  log: ServerLogger,
): ChildProcess {
  log.info(`Opening the console window (Electron), connected to ${server.url}`);
  const child = spawn(binary, [join(ROOT, ELECTRON_MAIN)], {
    cwd: ROOT,
    env: electronEnv(process.env, server.url),
    stdio: 'inherit',
  });
  // A failed spawn may report both 'error' and 'exit': say it once.
  let ended = false;
  child.once('error', (error) => {
    if (ended) return;
    ended = true;
    log.info(keepServingMessage(`Electron could not start (${error.message})`, server.url));
  });
  child.once('exit', (code, signal) => {
    if (ended) return;
    ended = true;
    const outcome = electronExitOutcome({ code, signal }, server.url);
    if (outcome.action === 'stop') void stop(outcome.message);
    else log.info(outcome.message);
  });
  return child;
}

main().catch((error: unknown) => {
  writeStartupFailure(error);
  process.exit(1);
});
