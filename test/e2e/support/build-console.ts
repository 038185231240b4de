/**
 * The end-to-end tests drive the console exactly as it ships: `npm run build:renderer` builds the
 * bundle the server serves at `/` (and Electron loads), once per run.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export default function setup() {
  const started = Date.now();
  execFileSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  console.info(`e2e: console built in ${Date.now() - started} ms`);
}
