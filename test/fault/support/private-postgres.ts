/**
 * A PostgreSQL server of the test's own, so that restarting it disturbs nothing else on the
 * machine: `initdb` into a temporary directory (as the `postgres` OS user when the tests run as
 * root: PostgreSQL refuses to run as root), trust authentication, a free port, its socket in that
 * directory. `pg_ctl` stops and starts it; everything is asynchronous, so load keeps running.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';
const RUNUSER = '/usr/sbin/runuser';

export interface PrivatePostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  /** `fast`: sessions are ended, a checkpoint written; `immediate`: as if the machine lost power. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  log(): Promise<string>;
  /** Stops it (immediately) and removes its directory. */
  destroy(): Promise<void>;
}

interface Tools {
  bin: string;
  /** Runs a PostgreSQL program as the user that owns the data directory. */
  asOwner: (program: string, args: string[]) => Promise<unknown>;
  owner: { uid: number; gid: number } | null;
}

/** What is missing to run a private server here, or the tools to do it. */
export async function privatePostgresTools(): Promise<Tools | { missing: string }> {
  const versions = existsSync(PG_ROOT)
    ? readdirSync(PG_ROOT)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const bin = versions
    .map((v) => join(PG_ROOT, v, 'bin'))
    .find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!bin) return { missing: `initdb and pg_ctl (looked in ${PG_ROOT}/<version>/bin)` };
  if (process.getuid?.() !== 0)
    return { bin, owner: null, asOwner: (program, args) => run(join(bin, program), args) };
  if (!existsSync(RUNUSER))
    return { missing: `${RUNUSER} (needed to run PostgreSQL as the postgres user: the tests run as root)` };
  try {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    return {
      bin,
      owner: { uid, gid },
      asOwner: (program, args) => run(RUNUSER, ['-u', 'postgres', '--', join(bin, program), ...args]),
    };
  } catch {
    return { missing: 'an OS user named postgres (PostgreSQL refuses to run as root)' };
  }
}

export async function startPrivatePostgres(tools: Tools): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'fault-pg-'));
  if (tools.owner) chownSync(dir, tools.owner.uid, tools.owner.gid);
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const port = await freePort();
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
    '--no-sync',
  ]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  const server: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: async () =>
      void (await tools.asOwner('pg_ctl', [
        '-D',
        data,
        '-l',
        logFile,
        '-o',
        options,
        '-w',
        '-t',
        '60',
        'start',
      ])),
    stop: async (mode = 'fast') =>
      void (await tools.asOwner('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop'])),
    log: async () => (existsSync(logFile) ? (await run('tail', ['-n', '50', logFile])).stdout : ''),
    async destroy() {
      await server.stop('immediate').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await server.start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return server;
}
