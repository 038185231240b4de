/**
 * The scheduled backup's worker process: copies and checks away from the server's event loop (the
 * copy and `integrity_check` of a large file are seconds of synchronous work). Arguments: the
 * source file and the destination; prints one JSON line, the BackupResult or `{error}`.
 */
import { backupSqlite, BackupError } from './sqlite-backup';

const [source, destination] = process.argv.slice(2);
try {
  if (!source || !destination) throw new BackupError('usage: backup-child <source> <destination>');
  const result = await backupSqlite(source, destination);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (error) {
  process.stdout.write(
    `${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`,
  );
  process.exitCode = 1;
}
