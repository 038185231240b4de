/**
 * `npm run backup -- <file>` against a running server's SQLite file while operators book through
 * its API, the restore (a second server started on the copy answers every appointment acknowledged
 * before the backup began), the CLI's refusals, and the scheduled backups with their rotation.
 * SQLite only: PostgreSQL's backup is its own recipe (docs/DEPLOYMENT.md) with its own drill.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBookingLoad } from '../../bench/backup/booking-load';
import { prepareBookingScene } from '../../bench/backup/booking-scene';
import { startServer, type RunningServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import { login } from '../support/api-client';
import { runBackupCli } from '../support/backup-cli';
import { startTestServer, type TestServer } from '../support/test-server';
import { testDialect } from '../support/test-dialect';

const onSqlite = testDialect() === 'sqlite';

function integrityOf(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  } finally {
    db.close();
  }
}

(onSqlite ? describe : describe.skip)(
  onSqlite
    ? 'SQLite backups'
    : 'SQLite backups (SKIPPED on PostgreSQL: npm run backup copies the embedded SQLite file; PostgreSQL has its own recipe and drill)',
  () => {
    let server: TestServer;
    let dir: string;

    beforeAll(async () => {
      server = await startTestServer({ MAX_LIVE_HOLDS_PER_USER: '1000', HOLDS_PER_MINUTE: '100000' });
      dir = mkdtempSync(join(tmpdir(), 'miconsulado-backup-test-'));
    });

    afterAll(async () => {
      await server?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('npm run backup copies the database while the server books, and a server started on the copy serves every appointment acknowledged before it began', async () => {
      const scene = await prepareBookingScene({
        url: server.url,
        databaseUrl: server.databaseUrl,
        operators: 4,
        slots: 6,
        seatsPerSlot: 200,
      });
      const load = startBookingLoad(server.url, scene, { workers: 8 });
      let restored: RunningServer | undefined;
      try {
        while (load.acknowledged.length < 20) await new Promise((r) => setTimeout(r, 50));
        const began = performance.now();
        const before = [...load.acknowledged];
        const copy = join(dir, 'copy.sqlite');
        const run = await runBackupCli([copy], server.databaseUrl);
        const ended = performance.now();
        await load.stop();
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/pages, \d+ bytes in \d+ ms .*integrity_check ok, foreign_key_check ok/);
        expect(integrityOf(copy)).toEqual(['ok']);
        // Nothing but the copy: no temporary file left beside it.
        expect(readdirSync(dir)).toEqual(['copy.sqlite']);
        expect(load.failures).toEqual([]);
        const during = load.acknowledged.filter((a) => a.at > began && a.at < ended).length;
        expect(load.acknowledged.length, `${during} booked while the backup ran`).toBeGreaterThan(
          before.length,
        );

        // The restore: a server on the copy, asked as a client would.
        restored = await startServer(
          loadConfig({ PORT: '0', DATABASE_URL: `sqlite:${copy}`, SEED: 'none', LOG_LEVEL: 'warn' }),
          { log: () => {} },
        );
        const operator = await login(restored.url, 'operator1');
        for (const booked of before) {
          const answer = await operator.api.get<{ id: string; confirmationCode: string; status: string }>(
            `/api/appointments/${booked.id}`,
          );
          expect({ status: answer.status, body: answer.body }).toMatchObject({
            status: 200,
            body: { id: booked.id, confirmationCode: booked.confirmationCode, status: 'booked' },
          });
        }
      } finally {
        await load.stop();
        await restored?.close();
      }
    });

    it('refuses a PostgreSQL DATABASE_URL, pointing to the PostgreSQL recipe, and writes nothing', async () => {
      const target = join(dir, 'pg.sqlite');
      const run = await runBackupCli([target], 'postgres://miconsulado@127.0.0.1:5432/miconsulado');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('docs/DEPLOYMENT.md');
      expect(existsSync(target)).toBe(false);
    });

    it('a server on PostgreSQL with BACKUP_DIR does not start: the message points to the PostgreSQL recipe', () => {
      expect(() =>
        loadConfig({ DATABASE_URL: 'postgres://miconsulado@127.0.0.1:5432/miconsulado', BACKUP_DIR: dir }),
      ).toThrow(/BACKUP_DIR: .*docs\/DEPLOYMENT\.md/);
      expect(() => loadConfig({ DATABASE_URL: 'sqlite:./x.sqlite', BACKUP_EVERY_HOURS: '0' })).toThrow(
        /BACKUP_EVERY_HOURS/,
      );
    });

    it('refuses to overwrite an existing file unless --force', async () => {
      const target = join(dir, 'existing.sqlite');
      writeFileSync(target, 'an older backup');
      const refused = await runBackupCli([target], server.databaseUrl);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/already exists.*--force/);
      expect(readFileSync(target, 'utf8')).toBe('an older backup');

      const forced = await runBackupCli([target, '--force'], server.databaseUrl);
      expect(forced.code).toBe(0);
      expect(integrityOf(target)).toEqual(['ok']);
    });

    it('a copy that fails integrity_check exits non-zero and leaves no file under the destination name', async () => {
      // A damaged database: an index's pages overwritten behind SQLite's back.
      const damaged = join(dir, 'damaged.sqlite');
      const db = new BetterSqlite3(damaged);
      db.exec('create table t (x text); create index t_x on t (x);');
      const insert = db.prepare('insert into t values (?)');
      db.transaction(() => {
        for (let i = 0; i < 5000; i++) insert.run(`row ${i} ${'x'.repeat(40)}`);
      })();
      const pages = db.pragma('page_count', { simple: true }) as number;
      db.close();
      const bytes = readFileSync(damaged);
      bytes.fill(0x5a, Math.floor(pages / 2) * 4096, (Math.floor(pages / 2) + 3) * 4096);
      writeFileSync(damaged, bytes);

      const target = join(dir, 'from-damaged.sqlite');
      const run = await runBackupCli([target], `sqlite:${damaged}`);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/integrity_check|malformed/);
      expect(readdirSync(dir).filter((name) => name.includes('from-damaged'))).toEqual([]);
    });

    it('scheduled backups appear in BACKUP_DIR, only the newest BACKUP_KEEP are kept, and files the schedule did not make are left alone', async () => {
      const backupDir = join(dir, 'scheduled');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(backupDir);
      const foreign = ['notes.txt', 'miconsulado-before-upgrade.sqlite', 'miconsulado.sqlite'];
      for (const name of foreign) writeFileSync(join(backupDir, name), `kept by hand: ${name}`);
      const scheduled = await startTestServer({
        BACKUP_DIR: backupDir,
        BACKUP_EVERY_HOURS: '0.0003',
        BACKUP_KEEP: '2',
      });
      let closed = false;
      try {
        const own = () => readdirSync(backupDir).filter((n) => /^miconsulado-\d{8}T\d{9}Z\.sqlite$/.test(n));
        const seen = new Set<string>();
        const deadline = Date.now() + 45_000;
        while (seen.size < 4 && Date.now() < deadline) {
          for (const name of own()) seen.add(name);
          await new Promise((r) => setTimeout(r, 100));
        }
        expect(seen.size, `backups seen: ${[...seen].join(', ')}`).toBeGreaterThanOrEqual(4);
        await scheduled.close();
        closed = true;
        const kept = own().sort();
        expect(kept).toHaveLength(2);
        // The two newest of all it made.
        expect(kept).toEqual([...new Set([...seen, ...kept])].sort().slice(-2));
        for (const name of kept) expect(integrityOf(join(backupDir, name))).toEqual(['ok']);
        for (const name of foreign)
          expect(readFileSync(join(backupDir, name), 'utf8')).toBe(`kept by hand: ${name}`);
        // No temporary file is left behind.
        expect(readdirSync(backupDir).sort()).toEqual([...foreign, ...kept].sort());
      } finally {
        if (!closed) await scheduled.close();
      }
    });
  },
);
