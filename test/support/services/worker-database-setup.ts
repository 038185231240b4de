/**
 * Points this vitest worker's PostgreSQL tests at the worker's own database (worker-databases.ts),
 * through the variable postgresBaseUrl() reads. Runs before each test file.
 */
import { inject } from 'vitest';
import { workerDatabaseUrl } from './worker-databases';

const databases = inject('postgresWorkerDatabases');
if (databases) {
  const worker = Number(process.env.VITEST_POOL_ID);
  if (!(worker >= 1 && worker <= databases.count))
    throw new Error(
      `worker ${process.env.VITEST_POOL_ID} has no PostgreSQL database (${databases.count} made): give the project the same maxWorkers as its global setup reads`,
    );
  process.env.TEST_POSTGRES_WORKER_URL = workerDatabaseUrl(databases, worker);
}
