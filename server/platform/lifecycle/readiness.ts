import { sql, type Kysely } from 'kysely';
import type { Readiness } from '../../../shared/api/health';

/** Kysely's migration table: one row per applied migration, by name. */
const MIGRATION_TABLE = 'kysely_migration';

export interface ReadinessProbe {
  instanceId: string;
  /** The checks now: the database (within the timeout), the adapter, draining. */
  check(): Promise<Readiness>;
  /** Shutdown has begun: from now on readiness is 503, whatever else answers. */
  startDraining(): void;
  isDraining(): boolean;
}

export interface ReadinessDeps {
  instanceId: string;
  db: Kysely<unknown>;
  /** Names of the migrations this build applies at start: all must be recorded. */
  migrationNames: readonly string[];
  /** The socket.io adapter's connection, when several instances share Redis (null: one instance). */
  adapter: { isConnected(): boolean } | null;
  /** How long the database may take to answer before the instance counts as not ready. */
  timeoutMs?: number;
}

type DatabaseCheck = Readiness['checks']['database'];

/** One trivial query: the applied migrations' names. Reaching the database and its schema at once. */
async function checkDatabase(deps: ReadinessDeps): Promise<DatabaseCheck> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<DatabaseCheck>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), deps.timeoutMs ?? 1000);
  });
  const query = sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`
    .execute(deps.db)
    .then(({ rows }): DatabaseCheck => {
      const applied = new Set(rows.map((row) => row.name));
      return deps.migrationNames.every((name) => applied.has(name)) ? 'ok' : 'migrations_pending';
    })
    .catch((): DatabaseCheck => 'unreachable');
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Readiness for a load balancer: is this instance fit to take new requests and sockets? Liveness
 * (`/api/health`) stays 200 meanwhile: a drained or disconnected instance is not a dead one.
 */
export function createReadinessProbe(deps: ReadinessDeps): ReadinessProbe {
  let draining = false;
  return {
    instanceId: deps.instanceId,
    async check() {
      const database = await checkDatabase(deps);
      const adapter = deps.adapter === null ? 'none' : deps.adapter.isConnected() ? 'ok' : 'disconnected';
      const ready = database === 'ok' && adapter !== 'disconnected' && !draining;
      return {
        status: ready ? 'ready' : 'not_ready',
        instance: deps.instanceId,
        checks: { database, adapter, draining },
      };
    },
    startDraining() {
      draining = true;
    },
    isDraining: () => draining,
  };
}
