/**
 * The renderer's component tests talk to a real server on a real SQLite file (small demo seed),
 * started once for the project; each test file signs in as its own demo user.
 */
import type { TestProject } from 'vitest/node';
import { startTestServer } from './test-server';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer({ SEED_DAYS: '40' });
  project.provide('serverUrl', server.url);
  return async () => server.close();
}
