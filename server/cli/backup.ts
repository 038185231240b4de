/**
 * `npm run backup -- <file> [--force]`: a consistent, checked copy of the SQLite database named by
 * DATABASE_URL, taken while a server runs and books on it. Restore: stop the server, put the copy
 * in place (or point DATABASE_URL at it), start the server. PostgreSQL has its own recipe
 * (docs/DEPLOYMENT.md). Exit 0 when the copy is written and checked, 1 when it failed (no file is
 * left under the destination's name), 2 for a usage mistake.
 */
import { getPriority, setPriority } from 'node:os';
import { DEFAULT_DATABASE_URL } from '../platform/db/database';
import { backupSqlite, BackupError, type BackupMethod } from '../platform/backup/sqlite-backup';
import { sqliteFileOf } from '../platform/backup/sqlite-url';

const USAGE = 'usage: npm run backup -- <destination file> [--force]';

function fail(message: string, code: number): never {
  console.error(`backup: ${message}`);
  process.exit(code);
}

const args = process.argv.slice(2);
const force = args.includes('--force');
const methodArg = args.find((a) => a.startsWith('--method='))?.slice('--method='.length);
const unknown = args.filter((a) => a.startsWith('--') && a !== '--force' && !a.startsWith('--method='));
const files = args.filter((a) => !a.startsWith('--'));
if (unknown.length > 0) fail(`unknown option ${unknown.join(', ')}\n${USAGE}`, 2);
if (files.length !== 1) fail(files.length === 0 ? USAGE : `one destination only\n${USAGE}`, 2);
if (methodArg !== undefined && methodArg !== 'online' && methodArg !== 'vacuum')
  fail(`--method must be online or vacuum (got "${methodArg}")`, 2);
const method: BackupMethod = methodArg ?? 'online';

const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
let source: string | null;
try {
  source = sqliteFileOf(databaseUrl);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), 2);
}
if (source === null)
  fail(
    'DATABASE_URL names a PostgreSQL database: npm run backup copies the embedded SQLite database only. ' +
      'Back PostgreSQL up as docs/DEPLOYMENT.md says (base backups with WAL archiving, or pg_dump for a small site).',
    2,
  );

// The server on the same machine comes first: copying and checking are CPU and disk work (nice 10).
try {
  setPriority(Math.max(getPriority(), 10));
} catch {
  // Not allowed here: the backup runs at the caller's priority.
}

try {
  const result = await backupSqlite(source, files[0]!, { force, method });
  console.log(
    `backup: ${source} → ${result.file}: ${result.pages} pages, ${result.bytes} bytes in ${result.ms.toFixed(0)} ms ` +
      `(copy ${result.copyMs.toFixed(0)} ms, check ${result.checkMs.toFixed(0)} ms, ` +
      `${method === 'online' ? 'online backup' : 'VACUUM INTO'}); integrity_check ok, foreign_key_check ok`,
  );
} catch (error) {
  fail(error instanceof BackupError ? error.message : String(error), 1);
}
