/**
 * `npx tsx bench/metrics/main.ts`: what a Prometheus scrape of GET /metrics costs on the demo
 * database (BENCH_METRICS_APPLICANTS, 200,000 by default; 60 days of slots), beside what the lead's
 * floor reads anyway (GET /api/floor/queues) and the cheapest answer there is (GET /api/health),
 * interleaved in one process on one connection: the ratios are the figures, not the milliseconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import { summarize } from '../lib/stats';

const APPLICANTS = Number(process.env.BENCH_METRICS_APPLICANTS || 200_000);
const ROUNDS = Number(process.env.BENCH_METRICS_ROUNDS || 300);
const TOKEN = 'bench-metrics-token-0123456789';

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'miconsulado-metrics-bench-'));
  try {
    const seeded = performance.now();
    const server = await startServer(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${join(dir, 'demo.sqlite')}`,
        SEED: 'demo',
        SEED_APPLICANTS: String(APPLICANTS),
        SEED_DAYS: '60',
        LOG_LEVEL: 'warn',
        METRICS_TOKEN: TOKEN,
        SIMULATE_CALLS: 'off',
      }),
      { log: () => {} },
    );
    console.log(
      `seeded ${APPLICANTS.toLocaleString('en-US')} applicants in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
    );
    try {
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'lead1', password: 'demo1234' }),
      });
      const { token } = (await login.json()) as { token: string };
      const timed = async (path: string, bearer: string | null) => {
        const started = performance.now();
        const answer = await fetch(`${server.url}${path}`, {
          headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
        });
        const text = await answer.text();
        if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${text.slice(0, 200)}`);
        return { ms: performance.now() - started, bytes: text.length };
      };
      const reads = {
        '/metrics': [] as number[],
        '/api/floor/queues': [] as number[],
        '/api/health': [] as number[],
      };
      let bytes = 0;
      // Warm-up, then the three reads in turn, each a second apart from its own kind's shared cache.
      for (let i = 0; i < 10; i++) await timed('/metrics', TOKEN);
      for (let i = 0; i < ROUNDS; i++) {
        const scrape = await timed('/metrics', TOKEN);
        bytes = scrape.bytes;
        reads['/metrics'].push(scrape.ms);
        reads['/api/floor/queues'].push((await timed('/api/floor/queues', token)).ms);
        reads['/api/health'].push((await timed('/api/health', null)).ms);
        // Past the scrape's one-second shared read, so every scrape reads the database.
        await new Promise((resolve) => setTimeout(resolve, 1_010));
      }
      const scrape = summarize(reads['/metrics']);
      const queues = summarize(reads['/api/floor/queues']);
      const health = summarize(reads['/api/health']);
      for (const [path, values] of Object.entries(reads)) {
        const s = summarize(values);
        console.log(`${path.padEnd(20)} median ${s.p50.toFixed(2)} ms  p99 ${s.p99.toFixed(2)} ms`);
      }
      console.log(`scrape: ${bytes.toLocaleString('en-US')} bytes`);
      console.log(
        `scrape / floor queues: median ${(scrape.p50 / queues.p50).toFixed(2)}×, p99 ${(scrape.p99 / queues.p99).toFixed(2)}×; scrape / health: median ${(scrape.p50 / health.p50).toFixed(1)}×`,
      );
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
