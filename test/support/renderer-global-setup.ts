/**
 * The renderer's component tests talk to a real server on a real SQLite file (small demo seed),
 * started once for the project; each test file signs in as its own demo user. Calls reach the
 * consoles only when a test places them (renderer/src/testing/telephony.ts).
 */
import type { TestProject } from 'vitest/node';
import { startEchoServer } from './echo-server';
import { startTestServer } from './test-server';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    /** The telephony side's token (TELEPHONY_TOKEN): renderer tests post callers with it. */
    telephonyToken: string;
    /** A server that echoes request headers and refuses with any code (test/support/echo-server.ts). */
    echoUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // No simulated callers: a console rings only for the calls a test places.
  const telephonyToken = 'renderer-telephony-token';
  const server = await startTestServer({
    SEED_DAYS: '40',
    TELEPHONY_TOKEN: telephonyToken,
    SIMULATE_CALLS: 'off',
    // The tests' own fetches act as the proxy whose X-Forwarded-For names a client (renderer/src/testing/failed-sign-ins.ts).
    TRUST_PROXY: '127.0.0.1',
  });
  project.provide('serverUrl', server.url);
  project.provide('telephonyToken', telephonyToken);
  const echo = await startEchoServer();
  project.provide('echoUrl', echo.url);
  return async () => {
    await echo.close();
    await server.close();
  };
}
