import { startServer } from './app';
import { loadConfig } from './platform/config';

/**
 * `npm run server`: starts the API on the environment's settings. SIGTERM or SIGINT stops it
 * gracefully (readiness 503, in-flight requests finished, sockets handed to other instances, the
 * database closed) and exits 0; a shutdown still running after SHUTDOWN_GRACE_MS exits 1 anyway,
 * so a supervisor never waits on a stuck process. A second signal does not restart the shutdown.
 */
async function main() {
  const config = loadConfig();
  const server = await startServer(config);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(
      `${signal}: ${config.INSTANCE_ID} draining, then closing connections (at most ${config.SHUTDOWN_GRACE_MS} ms)…`,
    );
    const deadline = setTimeout(() => {
      console.error(
        `Shutdown took longer than SHUTDOWN_GRACE_MS (${config.SHUTDOWN_GRACE_MS} ms): exiting now.`,
      );
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS);
    try {
      await server.close();
      clearTimeout(deadline);
      console.log(`${config.INSTANCE_ID} stopped.`);
      process.exit(0);
    } catch (error) {
      console.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
