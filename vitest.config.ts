import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Probes PostgreSQL and Redis once per project and run, for the tests that need them
// (test/support/services/needs.ts: skipped where they do not answer, failed under REQUIRE_*=1),
// and gives each worker a PostgreSQL database of its own (test/support/services/worker-databases.ts).
const SERVICES = {
  globalSetup: ['test/support/services/services-global-setup.ts'],
  setupFiles: ['test/support/services/worker-database-setup.ts'],
};

// Every project but the fault tests in one group: one queue of files (project by project, the
// slowest of each first), two at a time on two cores (vitest's default is one fewer than the cores:
// one), so no core waits at the end of one project for the next to begin. A group has one worker count.
const SIDE_BY_SIDE = { maxWorkers: 2, sequence: { groupOrder: 0 } };

// The integration files import the whole server (about 4 s of module evaluation each): a worker keeps
// its modules from one file to the next instead (half the time of those projects, measured on ten
// files: 56 s → 27 s). Safe there because every file starts its own servers, the server keeps no state
// in its modules but caches of fixed reference data, and these files mock nothing (no vi.mock, no
// stubbed globals or environment). Unit and component tests, which mock, keep their isolation.
const SHARED_MODULES = { isolate: false };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'server/**/*.test.ts',
            'electron/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
            'test/architecture/**/*.test.ts',
          ],
          environment: 'node',
          ...SERVICES,
          ...SIDE_BY_SIDE,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['renderer/src/testing/setup-tests.ts'],
          globalSetup: ['test/support/renderer-global-setup.ts'],
          testTimeout: 20_000,
          ...SIDE_BY_SIDE,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // Several instances cannot share one SQLite file: that file runs in integration-pg only.
          exclude: [
            'test/integration/instances-cluster.test.ts',
            'test/integration/routing-instances.test.ts',
          ],
          environment: 'node',
          ...SERVICES,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          ...SHARED_MODULES,
          // Each file starts its own server on its own SQLite file.
          ...SIDE_BY_SIDE,
        },
      },
      {
        test: {
          // The same files with every test server on PostgreSQL, each in a schema of its own
          // (test/support/scratch-database.ts). Where PostgreSQL does not answer, each file stands
          // as one test naming the reason: skipped, or failed under REQUIRE_POSTGRES=1 (CI).
          name: 'integration-pg',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          env: { TEST_DATABASE: 'postgres' },
          ...SERVICES,
          runner: './test/support/services/needs-postgres-runner.ts',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          ...SHARED_MODULES,
          ...SIDE_BY_SIDE,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds the console once (the same bundle the server serves and Electron loads).
          ...SERVICES,
          globalSetup: [...SERVICES.globalSetup, 'test/e2e/support/build-console.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // One Chromium per file and a server per file.
          ...SIDE_BY_SIDE,
        },
      },
      {
        test: {
          // Fault tests: server processes killed mid-storm, PostgreSQL restarted under load. They
          // load both cores on purpose and assert timings, so they run last, one file at a time,
          // with nothing else beside them. Skipped with a line when PostgreSQL (or, for the
          // restart, initdb) is missing, unless REQUIRE_POSTGRES=1.
          name: 'fault',
          include: ['test/fault/**/*.test.ts'],
          environment: 'node',
          ...SERVICES,
          testTimeout: 150_000,
          hookTimeout: 240_000,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
