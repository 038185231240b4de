import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'test/architecture/**/*.test.ts'],
          environment: 'node',
          // Unit tests first, then the integration tests with their own worker count.
          sequence: { groupOrder: 0 },
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
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // Several instances cannot share one SQLite file: that file runs in integration-pg only.
          exclude: ['test/integration/instances-cluster.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts its own server on its own SQLite file; two cores.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          // The same files with every test server on PostgreSQL, each in a schema of its own
          // (test/support/scratch-database.ts). Skipped with one line when PostgreSQL does not
          // answer, unless REQUIRE_POSTGRES=1 (CI), which fails the run instead.
          name: 'integration-pg',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          env: { TEST_DATABASE: 'postgres' },
          globalSetup: ['test/support/postgres-global-setup.ts'],
          runner: './test/support/postgres-optional-runner.ts',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          // After the SQLite run: both on two cores at once would only slow each other down.
          sequence: { groupOrder: 2 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds the console once (the same bundle the server serves and Electron loads).
          globalSetup: ['test/e2e/support/build-console.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // One Chromium per file and a server per file: two files at a time on two cores.
          maxWorkers: 2,
          sequence: { groupOrder: 3 },
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
          testTimeout: 150_000,
          hookTimeout: 240_000,
          maxWorkers: 1,
          sequence: { groupOrder: 4 },
        },
      },
    ],
  },
});
