/**
 * The integration-pg project's check, once per run, that PostgreSQL answers. When it does not, the
 * project's files are skipped with one line naming the URL (postgres-optional-runner.ts), unless
 * REQUIRE_POSTGRES=1 (CI), which makes it a failure of the run.
 */
import type { TestProject } from 'vitest/node';
import { probePostgres } from './postgres-probe';
import { postgresBaseUrl, redactedUrl } from './test-dialect';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why the PostgreSQL tests are skipped, or null when PostgreSQL answers. */
    postgresSkipReason: string | null;
  }
}

export default async function setup(project: TestProject) {
  const url = postgresBaseUrl();
  const probe = await probePostgres(url);
  if (probe.ok) {
    project.provide('postgresSkipReason', null);
    return;
  }
  const what = `PostgreSQL unreachable at ${redactedUrl(url)} (${probe.reason})`;
  if (process.env.REQUIRE_POSTGRES === '1') throw new Error(`${what}; REQUIRE_POSTGRES=1 requires it (start it, or set TEST_POSTGRES_URL)`);
  const reason = `${what}: the ${project.name} tests are skipped (REQUIRE_POSTGRES=1 makes this a failure)`;
  console.warn(reason);
  project.provide('postgresSkipReason', reason);
}
