import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Clock } from '../../kernel/clock';
import { backupFileName, removeUnfinishedBackups, rotateBackups } from './backup-rotation';
import type { BackupResult } from './sqlite-backup';

/** What a finished scheduled backup reports (the metrics count them; the log says them). */
export interface BackupCompleted {
  file: string;
  bytes: number;
  ms: number;
  finishedAt: Date;
}

export type OnBackedUp = (backup: BackupCompleted) => void;

export interface BackupScheduleOptions {
  /** The live SQLite file. */
  source: string;
  /** BACKUP_DIR: created if missing. */
  dir: string;
  /** BACKUP_EVERY_HOURS: the first backup is taken one interval after the start. */
  everyHours: number;
  /** BACKUP_KEEP: the newest files of this schedule kept; older ones of its own are deleted. */
  keep: number;
  clock: Clock;
  onBackedUp?: OnBackedUp;
  /** Deleted files and failures, for the server's log (file names only). */
  log: (line: string) => void;
  onError: (error: unknown) => void;
}

export interface BackupSchedule {
  /** No new backup starts; one under way is waited for (its file is then complete, or absent). */
  stop(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./backup-child.ts', import.meta.url));

/**
 * Backs the SQLite file up every `everyHours` into `dir`, one file per run named by its UTC start
 * (backup-rotation.ts), then keeps the newest `keep` of them. The copy and its check run in a child
 * process, so the server's event loop goes on serving while a large file is copied and checked.
 */
export function startBackupSchedule(options: BackupScheduleOptions): BackupSchedule {
  const dir = resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  for (const name of removeUnfinishedBackups(dir)) options.log(`backup: removed the unfinished copy ${name}`);
  const intervalMs = Math.max(1, Math.round(options.everyHours * 3_600_000));
  let stopped = false;
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce()
        .catch(options.onError)
        .finally(() => {
          running = null;
          schedule();
        });
    }, intervalMs);
    timer.unref();
  };

  async function runOnce(): Promise<void> {
    const file = join(dir, backupFileName(options.clock()));
    const result = await runChild(options.source, file);
    options.onBackedUp?.({
      file: result.file,
      bytes: result.bytes,
      ms: result.ms,
      finishedAt: options.clock(),
    });
    for (const deleted of rotateBackups(dir, options.keep))
      options.log(`backup rotation: deleted ${deleted}`);
  }

  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

function runChild(source: string, destination: string): Promise<BackupResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, source, destination], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4000)));
    child.once('error', fail);
    // Copying and checking are CPU and disk work the server's requests come first for (nice 10).
    if (child.pid !== undefined)
      try {
        setPriority(child.pid, 10);
      } catch {
        // Not allowed here (some containers): the backup runs at the server's priority.
      }
    child.once('exit', (code, signal) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      let answer: Partial<BackupResult> & { error?: string } = {};
      try {
        answer = JSON.parse(line) as typeof answer;
      } catch {
        answer = { error: err.trim() || 'no answer from the backup process' };
      }
      if (code === 0 && !answer.error && answer.file) done(answer as BackupResult);
      else
        fail(
          new Error(
            `scheduled backup to ${destination} failed (${signal ?? `exit ${code}`}): ${answer.error ?? err.trim()}`,
          ),
        );
    });
  });
}
