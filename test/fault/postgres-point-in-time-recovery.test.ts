/**
 * Point-in-time recovery as docs/DEPLOYMENT.md ("Backups (PostgreSQL)") describes it, with its
 * scripts, on a private PostgreSQL of this test's own: WAL archived by `deploy/postgres/archive-wal.sh`,
 * a base backup taken by `deploy/postgres/basebackup.sh` while clients book, more bookings, a target
 * moment, more bookings; then the cluster is lost (stopped immediately), the base backup is
 * recovered up to the target from the archive into a new directory, and a server started on it
 * serves every appointment acknowledged before the target (those booked after the base backup
 * came back from the archived WAL), none whose confirm was sent after it, and seats that add up.
 */
import { execFile } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import type { Readiness } from '../../shared/api/health';
import type { Slot } from '../../shared/api/slots';
import { login, type Session } from '../support/api-client';
import {
  appointmentsById,
  bookableSlots,
  ledgerViolations,
  startLoad,
  until,
  type Load,
} from '../support/booking-load';
import { needsOwn } from '../support/services/needs';
import { DEFAULT_TEST_ENV } from '../support/test-server';
import { freePort } from './support/free-port';
import { privatePostgresTools } from './support/private-postgres';

const run = promisify(execFile);
const SCRIPTS = join(import.meta.dirname, '../../deploy/postgres');
const RUNUSER = '/usr/sbin/runuser';

const tools = await privatePostgresTools();
// Ruled as PostgreSQL is: skipped where its programs are missing, failed under REQUIRE_POSTGRES=1.
const privateServer = needsOwn(
  'postgres',
  'missing' in tools ? `a private PostgreSQL cannot be started here: ${tools.missing} is missing` : null,
);

const CLIENTS = 12;
const OPERATORS = 4;
/** Appointments acknowledged in each phase (before the base backup, after it, after the target), at least. */
const PER_PHASE = 15;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

privateServer.describe(
  'point-in-time recovery from a base backup and the archived WAL, under booking load',
  () => {
    let dir: string;
    let archive: string;
    let bases: string;
    let archiveWalSh: string;
    let basebackupSh: string;
    let livePort: number;
    let recoveredPort: number;
    let live: RunningServer | undefined;
    let recovered: RunningServer | undefined;
    let load: Load | undefined;
    let sessions: Session[];
    let slots: Slot[];
    const started: string[] = [];

    /** A program as the PostgreSQL user (PostgreSQL refuses to run as root), with these variables. */
    async function asPostgres(program: string, args: string[], env: Record<string, string> = {}) {
      if ('missing' in tools) throw new Error(tools.missing);
      const vars = Object.entries(env).map(([name, value]) => `${name}=${value}`);
      if (tools.owner) return run(RUNUSER, ['-u', 'postgres', '--', 'env', ...vars, program, ...args]);
      return run(program, args, { env: { ...process.env, ...env } });
    }

    async function pgCtl(data: string, port: number, action: 'start' | 'stop') {
      if ('missing' in tools) throw new Error(tools.missing);
      if (action === 'start') {
        try {
          await tools.asOwner('pg_ctl', [
            ...['-D', data, '-l', `${data}.log`, '-w', '-t', '120'],
            ...['-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start'],
          ]);
        } catch (error) {
          const log = existsSync(`${data}.log`)
            ? readFileSync(`${data}.log`, 'utf8').slice(-3000)
            : '(no log)';
          throw new Error(`PostgreSQL did not start on ${data}:\n${log}`, { cause: error });
        }
        started.push(data);
      } else await tools.asOwner('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    }

    function own(path: string) {
      if (!('missing' in tools) && tools.owner) chownSync(path, tools.owner.uid, tools.owner.gid);
    }

    async function query<T extends pg.QueryResultRow>(port: number, text: string): Promise<T[]> {
      const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
      await client.connect();
      try {
        return (await client.query<T>(text)).rows;
      } finally {
        await client.end();
      }
    }

    const siteUrl = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres?schema=site`;

    beforeAll(async () => {
      if ('missing' in tools) return;
      dir = mkdtempSync(join(tmpdir(), 'pitr-'));
      own(dir);
      archive = join(dir, 'wal-archive');
      bases = join(dir, 'base');
      // The scripts run as the postgres user, who may not reach the checkout (a home directory of
      // mode 700): the very files of deploy/postgres/ are put beside the cluster, where it can.
      const scripts = join(dir, 'scripts');
      for (const path of [archive, bases, scripts]) {
        mkdirSync(path);
        own(path);
      }
      for (const script of ['lib.sh', 'archive-wal.sh', 'basebackup.sh'])
        copyFileSync(join(SCRIPTS, script), join(scripts, script));
      archiveWalSh = join(scripts, 'archive-wal.sh');
      basebackupSh = join(scripts, 'basebackup.sh');
      const data = join(dir, 'live');
      await tools.asOwner('initdb', [
        '-D',
        data,
        '-A',
        'trust',
        '-U',
        'postgres',
        '-E',
        'UTF8',
        '--locale=C',
      ]);
      // As deploy/postgres/postgresql-archive.conf, the archive in this test's directory.
      appendFileSync(
        join(data, 'postgresql.conf'),
        [
          'wal_level = replica',
          'archive_mode = on',
          `archive_command = '${archiveWalSh} %p %f ${archive}'`,
          '',
        ].join('\n'),
      );
      livePort = await freePort();
      await pgCtl(data, livePort, 'start');
      live = await startServer(
        loadConfig({
          ...DEFAULT_TEST_ENV,
          DATABASE_URL: siteUrl(livePort),
          SEED_APPLICANTS: '500',
          MAX_LIVE_HOLDS_PER_USER: '1000',
          HOLDS_PER_MINUTE: '100000',
        }),
        { log: () => undefined },
      );
      sessions = await Promise.all(
        Array.from({ length: OPERATORS }, (_, i) => login(live!.url, `operator${i + 1}`)),
      );
      slots = await bookableSlots(sessions[0]!.api);
    }, 200_000);

    afterAll(async () => {
      await load?.stop().catch(() => undefined);
      await recovered?.close().catch(() => undefined);
      await live?.close().catch(() => undefined);
      for (const data of started) await pgCtl(data, 0, 'stop').catch(() => undefined);
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('recovers every appointment acknowledged before the target, none sent after it, seats consistent', async () => {
      load = startLoad(sessions, slots, CLIENTS);
      const running = load;
      await until(() => running.acks.length >= PER_PHASE || running.unexpected.length > 0, 60_000);

      const backupStartedAt = Date.now();
      const backup = await asPostgres(basebackupSh, [bases, archive], {
        PGHOST: '127.0.0.1',
        PGPORT: String(livePort),
        PGUSER: 'postgres',
        BASEBACKUP_KEEP: '2',
      });
      const backupEndedAt = Date.now();
      const afterBackup = () => running.acks.filter((a) => a.sentAt > backupEndedAt).length;
      await until(() => afterBackup() >= PER_PHASE || running.unexpected.length > 0, 60_000);

      await pause(5);
      const target = Date.now();
      await pause(5);
      const afterTarget = () => running.acks.filter((a) => a.sentAt > target).length;
      await until(() => afterTarget() >= PER_PHASE || running.unexpected.length > 0, 60_000);
      await running.stop();
      expect(running.unexpected).toEqual([]);

      // Everything booked is in a finished segment, and that segment is in the archive.
      const { segment } = (
        await query<{ segment: string }>(livePort, 'select pg_walfile_name(pg_switch_wal()) as segment')
      )[0]!;
      const archived = async () =>
        (
          await query<{ wal: string | null }>(
            livePort,
            'select last_archived_wal as wal from pg_stat_archiver',
          )
        )[0]!.wal ?? '';
      for (const deadline = Date.now() + 30_000; (await archived()) < segment; await pause(100))
        if (Date.now() > deadline) throw new Error(`segment ${segment} was not archived within 30 s`);

      // The machine is lost.
      await live!.close();
      live = undefined;
      await pgCtl(join(dir, 'live'), livePort, 'stop');

      const base = readdirSync(bases).filter((name) => /^base-\d{8}T\d{6}Z$/.test(name));
      expect(base).toHaveLength(1);
      const data = join(dir, 'recovered');
      await run('cp', ['-a', join(bases, base[0]!), data]);
      appendFileSync(
        join(data, 'postgresql.auto.conf'),
        [
          'archive_mode = off',
          `restore_command = 'cp ${archive}/%f %p'`,
          `recovery_target_time = '${new Date(target).toISOString().replace('T', ' ').replace('Z', '+00')}'`,
          "recovery_target_action = 'promote'",
          '',
        ].join('\n'),
      );
      writeFileSync(join(data, 'recovery.signal'), '');
      own(join(data, 'recovery.signal'));
      const recoveryStartedAt = Date.now();
      recoveredPort = await freePort();
      await pgCtl(data, recoveredPort, 'start');
      for (const deadline = Date.now() + 60_000; ; await pause(100)) {
        const { recovering } = (
          await query<{ recovering: boolean }>(recoveredPort, 'select pg_is_in_recovery() as recovering')
        )[0]!;
        if (!recovering) break;
        if (Date.now() > deadline) throw new Error('still recovering after 60 s');
      }
      const recoveryMs = Date.now() - recoveryStartedAt;

      expect(await ledgerViolations(siteUrl(recoveredPort))).toEqual([]);
      const serverStartedAt = Date.now();
      recovered = await startServer(
        loadConfig({ ...DEFAULT_TEST_ENV, SEED: 'none', DATABASE_URL: siteUrl(recoveredPort) }),
        { log: () => undefined },
      );
      const startMs = Date.now() - serverStartedAt;
      const ready = await fetch(`${recovered.url}/api/ready`);
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as Readiness).status).toBe('ready');

      const reader = await login(recovered.url, 'operator1');
      const found = await appointmentsById(reader.api, running.acks);
      const beforeTarget = running.acks.filter((a) => a.at < target);
      const fromWal = beforeTarget.filter((a) => a.sentAt > backupEndedAt);
      const sentAfter = running.acks.filter((a) => a.sentAt > target);
      expect(fromWal.length).toBeGreaterThan(0);
      expect(beforeTarget.filter((a) => found.get(a.id)?.status !== 'booked').map((a) => a.code)).toEqual([]);
      expect(
        beforeTarget
          .filter((a) => found.get(a.id)?.confirmationCode !== a.code || found.get(a.id)?.slotId !== a.slotId)
          .map((a) => a.id),
      ).toEqual([]);
      expect(sentAfter.filter((a) => found.get(a.id)).map((a) => a.code)).toEqual([]);
      expect(await ledgerViolations(siteUrl(recoveredPort))).toEqual([]);

      console.log(
        [
          `point-in-time recovery: ${CLIENTS} clients booking; ${running.acks.filter((a) => a.at < backupStartedAt).length} appointments acknowledged before the base backup, ${fromWal.length} after it and before the target (replayed from the archive), ${sentAfter.length} sent after the target (none recovered)`,
          `  ${backup.stdout.trim().split('\n')[0]}; recovery to the target ${recoveryMs} ms; server start on the recovered cluster ${startMs} ms`,
        ].join('\n'),
      );
    });
  },
);
