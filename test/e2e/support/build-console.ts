/**
 * The end-to-end tests drive the console as it ships: the production build (`NODE_ENV` is
 * `production` here: vitest's `test` would give React's development build) that the server serves
 * at `/` and Electron loads, once per run, with the render counters on (`VITE_MEASURE_RENDERS=1`,
 * as `npm run bench` builds it) so a test can count renders.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export default function setup() {
  const started = Date.now();
  execFileSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', VITE_MEASURE_RENDERS: '1' },
  });
  console.info(`e2e: console built in ${Date.now() - started} ms`);
}
