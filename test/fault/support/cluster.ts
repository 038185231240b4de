/**
 * Several server instances on one database (a PostgreSQL schema of their own, or for comparison
 * one instance on an SQLite file), as a deployment behind a proxy runs them:
 * real processes (instance-process.ts), each on a port of its own chosen up front (a restarted
 * instance comes back on the same address), the first one seeding the demo data and the others
 * started only after it listens, so the seed never runs twice. With Redis reachable (required under
 * REQUIRE_REDIS=1), every instance shares it (REDIS_URL) under a key prefix of this cluster's own. `close()` stops them and drops the schema.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { postgresSchemaUrl } from '../../support/services/postgres';
import { testRedisUrl } from '../../support/services/redis';
import { serviceAnswers } from '../../support/services/services';
import { freePort } from './free-port';
import { startInstanceProcess, type Exit, type InstanceProcess } from './instance-process';

export const REDIS_URL = testRedisUrl();

export interface ClusterDatabase {
  /** The instances' DATABASE_URL. */
  url: string;
  /** Removes the data once every instance has stopped. */
  drop(): Promise<void>;
}

export interface ClusterOptions {
  /** A PostgreSQL database URL (no schema: the cluster works in a new schema of it), or a database of the caller's. */
  database: string | ClusterDatabase;
  instances: number;
  /** Extra settings for every instance (rate limits, TTLs…). */
  env?: Record<string, string>;
}

export interface Cluster {
  /** The instances' DATABASE_URL (with `?schema=`). */
  readonly databaseUrl: string;
  /** Whether the instances share Redis (it answered when the cluster started). */
  readonly redis: boolean;
  /** Addresses of every instance, running or not, by index. */
  readonly urls: readonly string[];
  instance(index: number): InstanceProcess;
  kill(index: number, signal?: NodeJS.Signals): Promise<Exit>;
  /** Starts a stopped instance again on its address (no seed: the data is there). */
  restart(index: number): Promise<InstanceProcess>;
  /** Output of every instance, for a failure message. */
  output(): string;
  close(): Promise<void>;
}

/** A new schema `fault_<random>` of this PostgreSQL database (the first instance creates it). */
export function postgresSchema(postgresUrl: string): ClusterDatabase {
  const schema = `fault_${randomBytes(6).toString('hex')}`;
  return { url: postgresSchemaUrl(postgresUrl, schema), drop: () => dropSchema(postgresUrl, schema) };
}

async function dropSchema(postgresUrl: string, schema: string) {
  const client = new pg.Client({ connectionString: postgresUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    // The name is ours (fault_ + hex): safe to quote into the statement.
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const database = typeof options.database === 'string' ? postgresSchema(options.database) : options.database;
  const databaseUrl = database.url;
  const tag = randomBytes(4).toString('hex');
  // One instance has nobody to share rooms with.
  const redis =
    options.instances > 1 &&
    (await serviceAnswers('redis', 'the fault cluster runs without it, its instances sharing no rooms'));
  const ports = await Promise.all(Array.from({ length: options.instances }, freePort));
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const names = ports.map((_, i) => `instance-${String.fromCharCode(97 + i)}`);
  const envOf = (index: number, seed: boolean): Record<string, string> => ({
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(ports[index]),
    INSTANCE_ID: `${names[index]}-${tag}`,
    SEED: seed ? 'demo' : 'none',
    SEED_APPLICANTS: '3000',
    SEED_DAYS: '14',
    LOG_LEVEL: 'warn',
    ...(redis ? { REDIS_URL, REDIS_KEY: `miconsulado-fault-${tag}` } : {}),
    ...options.env,
  });
  const instances: (InstanceProcess | null)[] = ports.map(() => null);
  // Every process that ever ran, so that close() leaves none behind.
  const everyProcess: InstanceProcess[] = [];
  const start = async (index: number, seed: boolean) => {
    const instance = await startInstanceProcess(names[index] as string, envOf(index, seed));
    everyProcess.push(instance);
    instances[index] = instance;
    return instance;
  };

  const cluster: Cluster = {
    databaseUrl,
    redis,
    urls,
    instance(index) {
      const instance = instances[index];
      if (!instance) throw new Error(`instance ${index} was never started`);
      return instance;
    },
    kill: (index, signal = 'SIGKILL') => cluster.instance(index).stop(signal),
    async restart(index) {
      if (cluster.instance(index).running()) throw new Error(`${names[index]} is still running`);
      return start(index, false);
    },
    output: () => everyProcess.map((p) => p.output()).join('\n'),
    async close() {
      await Promise.all(everyProcess.map((p) => p.stop('SIGTERM')));
      await database.drop();
    },
  };
  try {
    // The first seeds; the others start on the seeded schema once it listens.
    await start(0, true);
    for (let i = 1; i < options.instances; i++) await start(i, false);
  } catch (error) {
    await cluster.close().catch(() => undefined);
    throw error;
  }
  return cluster;
}
