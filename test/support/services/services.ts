/**
 * The services some tests need beside the code: PostgreSQL and Redis. For each, where it is, how to
 * probe it, and the variable that makes its absence a failure instead of a skip (CI sets both).
 */
import { probePostgres, sharedPostgresUrl } from './postgres';
import { probeRedis, testRedisUrl } from './redis';
import type { WorkerDatabases } from './worker-databases';

export type Service = 'postgres' | 'redis';

export const SERVICES: Record<
  Service,
  {
    label: string;
    url: () => string;
    probe: (url: string) => Promise<string | null>;
    requiredBy: string;
    urlVariable: string;
  }
> = {
  postgres: {
    label: 'PostgreSQL',
    url: () => sharedPostgresUrl(),
    probe: probePostgres,
    requiredBy: 'REQUIRE_POSTGRES',
    urlVariable: 'TEST_POSTGRES_URL',
  },
  redis: {
    label: 'Redis',
    url: () => testRedisUrl(),
    probe: probeRedis,
    requiredBy: 'REQUIRE_REDIS',
    urlVariable: 'TEST_REDIS_URL',
  },
};

/** Why a service cannot be used here, for a message: which one, where, and why not. */
export interface Unreachable {
  service: Service;
  /** 'PostgreSQL unreachable at postgres://postgres@127.0.0.1:5432/test (connect ECONNREFUSED 127.0.0.1:5432)' */
  reason: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by services-global-setup.ts: what each service's probe found at the start of the run. */
    unreachableServices: Record<Service, Unreachable | null>;
    /** Set by services-global-setup.ts: each worker's own PostgreSQL database, or null to share one. */
    postgresWorkerDatabases: WorkerDatabases | null;
  }
}

/** The URL as it may appear in a message: without a password. */
export function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Probes the service where the tests would use it: null when it answers. */
export async function probeService(service: Service): Promise<Unreachable | null> {
  const { label, url, probe } = SERVICES[service];
  const why = await probe(url());
  return why === null ? null : { service, reason: `${label} unreachable at ${redactedUrl(url())} (${why})` };
}

/** Whether a missing `service` fails the run here (REQUIRE_POSTGRES=1, REQUIRE_REDIS=1) instead of skipping. */
export function isRequired(service: Service, env: NodeJS.ProcessEnv = process.env): boolean {
  return env[SERVICES[service].requiredBy] === '1';
}

/** The error for a required service that is missing. */
export function requiredError(missing: Unreachable): Error {
  const { requiredBy, urlVariable } = SERVICES[missing.service];
  return new Error(`${missing.reason}; ${requiredBy}=1 requires it (start it, or set ${urlVariable})`);
}

/**
 * For code outside a test's collection (a cluster a fault test or a bench starts): whether the
 * service answers now. A required one that does not throws; otherwise one line says what goes without it.
 */
export async function serviceAnswers(service: Service, without: string): Promise<boolean> {
  const missing = await probeService(service);
  if (!missing) return true;
  if (isRequired(service)) throw requiredError(missing);
  console.warn(`${missing.reason}: ${without}`);
  return false;
}
