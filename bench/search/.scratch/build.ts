import { rmSync } from 'node:fs';
import { migrateToLatest } from '../../../server/db/migrate';
import { openSqlite } from '../../../server/db/sqlite-connection';
import { insertApplicants, type NewApplicant } from '../../../server/repositories/applicant-repository';
import { generateApplicants } from '../../../server/seed/generators/applicant-generator';
const n = Number(process.argv[2]);
const path = `/tmp/sb/db-${n}.sqlite`;
rmSync(path, { force: true });
const { db, raw } = openSqlite(path);
await migrateToLatest(db as never, 'sqlite');
let chunk: NewApplicant[] = [];
for (const a of generateApplicants({ count: n, seed: 20250115 })) {
  chunk.push({ ...a, sandbox: 'live', createdAt: '2025-01-15T16:00:00.000Z', createdBy: null });
  if (chunk.length >= 10000) { const c = chunk; chunk = []; await db.transaction().execute((t) => insertApplicants(t, c)); }
}
if (chunk.length) await db.transaction().execute((t) => insertApplicants(t, chunk));
raw.pragma('wal_checkpoint(TRUNCATE)');
await db.destroy();
