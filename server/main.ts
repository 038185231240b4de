import { startServer } from './app';
import { loadConfig } from './platform/config';
import { createServerLogger, lifecycleLogger } from './platform/logging/server-logger';
import { writeStartupFailure } from './platform/logging/startup-failure';

/**
 * `npm run server`: starts the API on the environment's settings. SIGTERM or SIGINT stops it
 * gracefully (readiness 503, in-flight requests finished, sockets handed to other instances, the
 * database closed) and exits 0; a shutdown still running after SHUTDOWN_GRACE_MS exits 1 anyway,
 * so a supervisor never waits on a stuck process. A second signal does not restart the shutdown.
 * Every line it writes is JSON (docs/DEPLOYMENT.md, "Logs").
 */
async function main() {
  const config = loadConfig();
  const logger = createServerLogger({ level: config.LOG_LEVEL, instanceId: config.INSTANCE_ID });
  const lifecycle = lifecycleLogger(logger);
  const server = await startServer(config);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    lifecycle.info(
      { signal },
      `${signal}: ${config.INSTANCE_ID} draining, then closing connections (at most ${config.SHUTDOWN_GRACE_MS} ms)…`,
    );
    const deadline = setTimeout(() => {
      logger.error(
        `Shutdown took longer than SHUTDOWN_GRACE_MS (${config.SHUTDOWN_GRACE_MS} ms): exiting now.`,
      );
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS);
    try {
      await server.close();
      clearTimeout(deadline);
      lifecycle.info(`${config.INSTANCE_ID} stopped.`);
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'Shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  writeStartupFailure(error);
  process.exit(1);
});
