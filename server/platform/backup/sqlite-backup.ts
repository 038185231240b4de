import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';

/**
 * How the copy is taken. `online`: SQLite's online backup API, every page in one step (one read
 * transaction: in WAL mode writers go on, and no write of another process can restart it). `vacuum`:
 * `VACUUM INTO`, a rebuilt (compacted) copy, also in one read transaction, slower (bench/backup).
 */
export type BackupMethod = 'online' | 'vacuum';

export interface BackupResult {
  /** The destination, absolute. */
  file: string;
  bytes: number;
  pages: number;
  ms: number;
  /** Of `ms`: taking the copy, then checking it (integrity_check, foreign_key_check). */
  copyMs: number;
  checkMs: number;
  method: BackupMethod;
  /** `integrity_check` answered ok and `foreign_key_check` found nothing (else no result: an error). */
  integrity: 'ok';
}

export class BackupError extends Error {
  override name = 'BackupError';
}

export interface BackupOptions {
  method?: BackupMethod;
  /** Replace an existing destination (refused otherwise). */
  force?: boolean;
}

/** Every page in one step: a stepped copy restarts whenever another connection writes between steps. */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the SQLite database at `source` to `destination` while others read and write it: the copy
 * is written to a temporary file beside the destination, checked (`integrity_check`,
 * `foreign_key_check`), made a single self-contained file (rollback journal), fsynced, then renamed.
 * A failure leaves no file under the destination's name.
 */
export async function backupSqlite(
  source: string,
  destination: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const method = options.method ?? 'online';
  const file = resolve(destination);
  if (!existsSync(source)) throw new BackupError(`there is no SQLite database at ${source}`);
  if (!existsSync(dirname(file))) throw new BackupError(`the directory ${dirname(file)} does not exist`);
  if (existsSync(file) && !options.force)
    throw new BackupError(`${file} already exists (use --force to replace it)`);
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.partial`);
  const started = performance.now();
  try {
    await copy(source, temp, method);
    const copied = performance.now();
    const pages = checkCopy(temp);
    const checkMs = performance.now() - copied;
    fsyncFile(temp);
    renameSync(temp, file);
    fsyncFile(dirname(file));
    return {
      file,
      bytes: statSync(file).size,
      pages,
      ms: performance.now() - started,
      copyMs: copied - started,
      checkMs,
      method,
      integrity: 'ok',
    };
  } finally {
    for (const leftover of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`])
      rmSync(leftover, { force: true });
  }
}

async function copy(source: string, temp: string, method: BackupMethod): Promise<void> {
  // Read-only: the backup never writes the live database (nor creates it when the path is wrong).
  const db = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    if (method === 'vacuum') db.prepare('vacuum into ?').run(temp);
    else await db.backup(temp, { progress: () => ALL_PAGES });
  } catch (error) {
    throw new BackupError(`copying ${source} failed: ${error instanceof Error ? error.message : error}`);
  } finally {
    db.close();
  }
}

/** Checks the copy and makes it one file; returns its page count. Throws when the copy is damaged. */
function checkCopy(temp: string): number {
  const db = new BetterSqlite3(temp, { fileMustExist: true });
  try {
    // The live database is in WAL mode; its copy is one file, so a restore is one file copied back.
    db.pragma('journal_mode = DELETE');
    const integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const problems = integrity.map((row) => row.integrity_check).filter((line) => line !== 'ok');
    if (problems.length > 0)
      throw new BackupError(`the copy fails integrity_check: ${problems.slice(0, 5).join('; ')}`);
    const orphans = db.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (orphans.length > 0)
      throw new BackupError(
        `the copy fails foreign_key_check: ${orphans.length} rows, first ${orphans[0]!.table} → ${orphans[0]!.parent}`,
      );
    return db.pragma('page_count', { simple: true }) as number;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`checking the copy failed: ${error instanceof Error ? error.message : error}`);
  } finally {
    db.close();
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
