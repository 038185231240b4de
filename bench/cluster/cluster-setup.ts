/**
 * The deployments the cluster bench compares, started as real server processes with the fault
 * tests' harness: two instances on one PostgreSQL schema (sharing Redis when it answers), and
 * one instance on an SQLite file, each seeded with the small demo data set.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startCluster, postgresSchema, type Cluster } from '../../test/fault/support/cluster';
import { postgresBaseUrl } from '../../test/support/services/postgres';
import { probeService } from '../../test/support/services/services';

export interface Deployment {
  key: 'sqlite' | 'postgres';
  label: string;
  cluster: Cluster;
}

/** Rate limits out of the way: a few operators stand for a floor; holds outlive the bench. */
const BENCH_ENV = { MAX_LIVE_HOLDS_PER_USER: '1000', HOLDS_PER_MINUTE: '100000', HOLD_TTL_SECONDS: '900' };

export async function startSqliteDeployment(dir: string): Promise<Deployment> {
  const home = join(dir, 'cluster-sqlite');
  mkdirSync(home, { recursive: true });
  const cluster = await startCluster({
    database: {
      url: `sqlite:${join(home, 'db.sqlite')}`,
      drop: async () => rmSync(home, { recursive: true, force: true }),
    },
    instances: 1,
    env: BENCH_ENV,
  });
  return { key: 'sqlite', label: 'SQLite, one instance', cluster };
}

export async function startPostgresDeployment(): Promise<Deployment> {
  const missing = await probeService('postgres');
  if (missing) throw new Error(`${missing.reason}: the cluster bench needs it (TEST_POSTGRES_URL)`);
  const cluster = await startCluster({
    database: postgresSchema(postgresBaseUrl()),
    instances: 2,
    env: BENCH_ENV,
  });
  return {
    key: 'postgres',
    label: `PostgreSQL, two instances${cluster.redis ? ' (Redis adapter)' : ''}`,
    cluster,
  };
}
