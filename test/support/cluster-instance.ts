import { startServer, type RunningServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import { testRedisUrl } from './services/redis';

/**
 * One instance of a several-instance deployment, as the tests start them: the demo seed on a shared
 * database (the first instance seeds, the others find it seeded), one day of slots and no synthetic
 * applicants, the machine's Redis under `redisKey`, named `name`; `env` adds or overrides settings.
 */
export function startClusterInstance(
  databaseUrl: string,
  redisKey: string,
  name: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const config = loadConfig({
    PORT: '0',
    DATABASE_URL: databaseUrl,
    SEED: 'demo',
    SEED_APPLICANTS: '0',
    SEED_DAYS: '1',
    LOG_LEVEL: 'warn',
    REDIS_URL: testRedisUrl(),
    REDIS_KEY: redisKey,
    INSTANCE_ID: name,
    ...env,
  });
  return startServer(config, { log: () => {} });
}
