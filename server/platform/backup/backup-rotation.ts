import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Only files named like this are the schedule's own: anything else in BACKUP_DIR is never touched. */
const OWN_FILE = /^miconsulado-(\d{8}T\d{6}\d{3}Z)\.sqlite$/;

/** `miconsulado-20261206T072100123Z.sqlite`: the UTC start, sortable as text. */
export function backupFileName(at: Date): string {
  return `miconsulado-${at.toISOString().replace(/[-:.]/g, '')}.sqlite`;
}

/** Deletes this schedule's files beyond the newest `keep` (by the time in their names); returns their names. */
export function rotateBackups(dir: string, keep: number): string[] {
  const own = readdirSync(dir)
    .filter((name) => OWN_FILE.test(name))
    .sort()
    .reverse();
  const deleted = own.slice(keep);
  for (const name of deleted) rmSync(join(dir, name), { force: true });
  return deleted;
}

/** A copy of the schedule's own cut short (the server killed mid-backup): `.miconsulado-<time>.sqlite.<hex>.partial`. */
const OWN_PARTIAL = /^\.miconsulado-\d{8}T\d{6}\d{3}Z\.sqlite\.[0-9a-f]{8}\.partial(-journal|-wal|-shm)?$/;

/** Deletes the schedule's own unfinished copies (never a finished backup, never another file); returns their names. */
export function removeUnfinishedBackups(dir: string): string[] {
  const unfinished = readdirSync(dir).filter((name) => OWN_PARTIAL.test(name));
  for (const name of unfinished) rmSync(join(dir, name), { force: true });
  return unfinished;
}
