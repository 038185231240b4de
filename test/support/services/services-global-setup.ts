/**
 * Probes PostgreSQL and Redis once per project and run, before any test file is collected: the
 * answers reach the test files through `inject` (needs.ts, the integration-pg runner), so that
 * which suites exist is decided without a probe per file. Where PostgreSQL answers, it also makes
 * each worker of the project a database of its own (worker-databases.ts), dropped at the end.
 */
import { availableParallelism } from 'node:os';
import type { TestProject } from 'vitest/node';
import { sharedPostgresUrl } from './postgres';
import { isRequired, probeService, type Service, type Unreachable } from './services';
import { createWorkerDatabases } from './worker-databases';

export default async function setup(project: TestProject) {
  const [postgres, redis] = await Promise.all([probeService('postgres'), probeService('redis')]);
  const found: Record<Service, Unreachable | null> = { postgres, redis };
  for (const missing of [postgres, redis]) {
    if (!missing) continue;
    // The one line per service and project; each skipped suite also carries the reason in its name.
    const outcome = isRequired(missing.service)
      ? 'the tests that need it fail'
      : 'the tests that need it are skipped';
    console.warn(`${missing.reason}: ${outcome} in ${project.name}`);
  }
  project.provide('unreachableServices', found);
  const workers = postgres
    ? null
    : await createWorkerDatabases(sharedPostgresUrl(), project.config.maxWorkers || availableParallelism());
  project.provide('postgresWorkerDatabases', workers?.databases ?? null);
  return async () => workers?.drop();
}
