/**
 * The PostgreSQL restore drill of docs/DEPLOYMENT.md ("Backups (PostgreSQL)"), run with the scripts
 * an operator runs: a server books under load from many clients; `deploy/postgres/dump.sh` dumps
 * its schema in the middle of it; `deploy/postgres/restore.sh` restores the dump as a new schema
 * beside the live one (through a scratch database, since the dumped schema's name is taken); a
 * second server starts on the restored schema. Every appointment acknowledged before the dump began
 * is there, as the API shows it, and the seats add up: no slot over capacity, every appointment
 * with its seat. PostgreSQL only (integration-pg): under the SQLite project this file skips.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import { parsePostgresUrl } from '../../server/platform/db/postgres-connection';
import type { Readiness } from '../../shared/api/health';
import type { Slot } from '../../shared/api/slots';
import { login, type Session } from '../support/api-client';
import {
  appointmentsById,
  bookableSlots,
  ledgerViolations,
  rowCounts,
  startLoad,
  until,
} from '../support/booking-load';
import { describePostgres } from '../support/each-dialect';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { testDialect } from '../support/test-dialect';
import { DEFAULT_TEST_ENV, startTestServer, type TestServer } from '../support/test-server';

const run = promisify(execFile);
const DUMP_SH = join(import.meta.dirname, '../../deploy/postgres/dump.sh');
const RESTORE_SH = join(import.meta.dirname, '../../deploy/postgres/restore.sh');

const CLIENTS = 16;
const OPERATORS = 8;
/** Appointments acknowledged before the dump starts, at least. */
const BEFORE_DUMP = 40;
/** The load goes on this long after the dump has finished. */
const AFTER_DUMP_MS = 1_000;

const onPostgres = testDialect() === 'postgres';

(onPostgres ? describePostgres : describe.skip)(
  'the restore drill: dump under booking load, restore as a new schema',
  () => {
    let live: TestServer;
    let restored: ScratchDatabase;
    let restoredServer: RunningServer | undefined;
    let dumpDir: string;
    let sessions: Session[];
    let slots: Slot[];

    beforeAll(async () => {
      dumpDir = mkdtempSync(join(tmpdir(), 'miconsulado-pgdump-'));
      restored = scratchDatabase('postgres');
      live = await startTestServer({
        SEED_APPLICANTS: '500',
        // A few operators stand for a floor: their hold limits must not answer instead of the engine.
        MAX_LIVE_HOLDS_PER_USER: '1000',
        HOLDS_PER_MINUTE: '100000',
      });
      sessions = [];
      for (let i = 1; i <= OPERATORS; i += 4)
        sessions.push(...(await Promise.all([0, 1, 2, 3].map((j) => login(live.url, `operator${i + j}`)))));
      slots = await bookableSlots(sessions[0]!.api);
    }, 120_000);

    afterAll(async () => {
      await restoredServer?.close();
      await restored?.drop();
      await live?.close();
      if (dumpDir) rmSync(dumpDir, { recursive: true, force: true });
    });

    it('every appointment acknowledged before the dump began is on the restored schema, none half there', async () => {
      const load = startLoad(sessions, slots, CLIENTS);
      await until(() => load.acks.length >= BEFORE_DUMP || load.unexpected.length > 0, 30_000);

      const dumpStartedAt = Date.now();
      const dumped = await run(DUMP_SH, [dumpDir], {
        env: { ...process.env, DATABASE_URL: live.databaseUrl },
      });
      const dumpMs = Date.now() - dumpStartedAt;
      const dumpFile = dumped.stdout.trim().split('\n').at(-1)!;
      await new Promise((resolve) => setTimeout(resolve, AFTER_DUMP_MS));
      await load.stop();
      expect(load.unexpected).toEqual([]);
      const before = load.acks.filter((a) => a.at < dumpStartedAt);
      const after = load.acks.filter((a) => a.at >= dumpStartedAt);
      // Bookings went on while the dump ran and after it.
      expect(before.length).toBeGreaterThanOrEqual(BEFORE_DUMP);
      expect(after.length).toBeGreaterThan(0);

      const restoreStartedAt = Date.now();
      const restoring = await run(RESTORE_SH, [dumpFile, restored.url]);
      const restoreMs = Date.now() - restoreStartedAt;
      // The schema beside the live one went through a scratch database, which is gone again.
      const scratch = /through the scratch database (\w+)/.exec(restoring.stdout)?.[1];
      expect(scratch, restoring.stdout).toBeDefined();
      expect(await databaseExists(live.databaseUrl, scratch!)).toBe(false);
      // Restoring onto a schema that exists is refused, saying why; the schema is left as it was.
      const again = await run(RESTORE_SH, [dumpFile, restored.url]).then(
        () => 'succeeded',
        (error: { code?: number; stderr?: string }) => `exit ${error.code}: ${error.stderr ?? ''}`,
      );
      expect(again).toMatch(/^exit 1: .*exists already in the target database/);

      // Seats add up on the restored schema: nothing over capacity, every appointment with its seat.
      expect(await ledgerViolations(restored.url)).toEqual([]);
      const rows = await rowCounts(restored.url);

      const startedAt = Date.now();
      restoredServer = await startServer(
        loadConfig({ ...DEFAULT_TEST_ENV, SEED: 'none', DATABASE_URL: restored.url }),
        { log: () => undefined },
      );
      const startMs = Date.now() - startedAt;
      const ready = await fetch(`${restoredServer.url}/api/ready`);
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as Readiness).status).toBe('ready');

      const reader = await login(restoredServer.url, 'operator1');
      const found = await appointmentsById(reader.api, load.acks);
      const missing = before.filter((a) => found.get(a.id) === null).map((a) => `${a.id} (${a.code})`);
      expect(missing).toEqual([]);
      const wrong = load.acks.flatMap((a) => {
        const appointment = found.get(a.id);
        if (!appointment) return [];
        const seen = {
          status: appointment.status,
          slotId: appointment.slotId,
          code: appointment.confirmationCode,
        };
        const told = { status: 'booked', slotId: a.slotId, code: a.code };
        return JSON.stringify(seen) === JSON.stringify(told)
          ? []
          : [`${a.id}: told ${JSON.stringify(told)}, restored ${JSON.stringify(seen)}`];
      });
      expect(wrong).toEqual([]);
      // The server on the restored schema kept them consistent (held seats it expired, if any).
      expect(await ledgerViolations(restored.url)).toEqual([]);

      const afterPresent = after.filter((a) => found.get(a.id)).length;
      console.log(
        [
          `postgres restore drill: ${CLIENTS} clients booking; ${before.length} appointments acknowledged before the dump began, ${after.length} after (${afterPresent} of them in the dump)`,
          `  rows: ${Object.entries(rows)
            .map(([table, n]) => `${table} ${n}`)
            .join(', ')}`,
          `  dump ${statSync(dumpFile).size} bytes in ${dumpMs} ms (dump.sh, under load); restore ${restoreMs} ms (restore.sh, through a scratch database); server start on the restored schema ${startMs} ms`,
        ].join('\n'),
      );
    });

    it('dump.sh keeps the newest PGDUMP_KEEP dumps of its schema and touches no other file', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'miconsulado-pgdump-keep-'));
      try {
        const others = ['notes.txt', 'miconsulado-othersite-20260101T000000Z.pgdump'];
        for (const name of others) writeFileSync(join(dir, name), 'not a dump of this schema');
        const env = { ...process.env, DATABASE_URL: live.databaseUrl, PGDUMP_KEEP: '2' };
        const made: string[] = [];
        for (let i = 0; i < 3; i++) {
          // One dump per second at most: the file is named by the second it began.
          if (i > 0) await new Promise((resolve) => setTimeout(resolve, 1_000 - (Date.now() % 1_000) + 20));
          made.push(basename((await run(DUMP_SH, [dir], { env })).stdout.trim().split('\n').at(-1)!));
        }
        expect(readdirSync(dir).sort()).toEqual([...others, ...made.slice(1)].sort());
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);

async function databaseExists(url: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: parsePostgresUrl(url).connectionString });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    return rowCount === 1;
  } finally {
    await client.end();
  }
}
