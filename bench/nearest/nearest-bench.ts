/**
 * The nearest consulate with a seat: how long does ranking take, over EVERY US ZIP code the
 * `zipcodes` package places (about 41,900; military mail codes and codes without coordinates
 * place nothing and are counted apart)?
 *
 * 1. Loading: the package (a 5 MB module) indexed in a Map, and the 57 consulates placed, once.
 * 2. In process, the ranking alone (postal code → centroid → the 57 great-circle distances → the
 *    nearest 5), every ZIP code one after another.
 * 3. In process, the whole service (`places.nearest`: the ranking, the procedure's check, the
 *    consulates' lead times and the one statement for the 5 first seats) on the real server's
 *    SQLite database (the bench's seeded template: 57 consulates, 14 days of slots), every ZIP code,
 *    each followed by the baseline: the reference service's read of the 57 consulates (what GET
 *    /api/consulates does) on the same database.
 * 4. Through HTTP, a sample spread evenly over the ZIP codes (BENCH_NEAREST_HTTP), one at a time on
 *    a keep-alive connection, against GET /api/consulates (a reference route that reads one table)
 *    in the same run, interleaved.
 * Each answer is checked too: 5 consulates, nearest first.
 */
import { performance } from 'node:perf_hooks';
import type { NearestConsulate } from '../../shared/api/reference/nearest';
import { LIVE_SANDBOX, type Actor } from '../../server/kernel/actor';
import { createPlacesService } from '../../server/modules/places';
import { createReferenceService } from '../../server/modules/reference';
import { consulateLocations } from '../../server/modules/places/consulate-locations';
import { POSTAL_CODE_DATA, postalCodes } from '../../server/modules/places/postal-codes';
import { rankConsulates } from '../../server/modules/places/rank-consulates';
import { systemClock } from '../../server/kernel/clock';
import { figure, type BenchFigure } from '../lib/figures';
import { createHttpClient } from '../lib/http-client';
import { login, startBenchServer } from '../lib/bench-server';
import { describe, summarize } from '../lib/stats';

const BENCH = 'nearest';
const PROCEDURE = 'passport-first';
const LIMIT = 5;

export interface NearestBenchOptions {
  dir: string;
  /** ZIP codes sent through HTTP (spread evenly over all of them). */
  httpSample?: number;
  log?: (line: string) => void;
}

const ordered = (items: readonly { distanceKm: number }[]) =>
  items.every((item, i) => i === 0 || items[i - 1]!.distanceKm <= item.distanceKm);

export async function runNearestBench(options: NearestBenchOptions) {
  const log = options.log ?? (() => {});
  const httpSample = options.httpSample ?? 2_000;
  const figures: BenchFigure[] = [];

  // 1. Loading, once.
  let started = performance.now();
  const data = postalCodes();
  const locations = consulateLocations();
  const loadMs = performance.now() - started;
  const zips = data.codesOf('US');
  log(
    `loaded ${POSTAL_CODE_DATA.package}: ${zips.length} US ZIP codes placed of ${data.usCodeCount}, ${data.codesOf('CA').length} Canadian areas, 57 consulates placed, in ${loadMs.toFixed(0)} ms`,
  );
  figures.push(
    figure({
      bench: BENCH,
      name: 'load the data and place the consulates (once)',
      value: loadMs,
      unit: 'ms',
    }),
  );

  // 2. The ranking alone, every ZIP code (a first pass warms the JIT and is not counted).
  const rank = (zip: string) => rankConsulates(data.locate({ country: 'US', code: zip })!, locations, LIMIT);
  for (const zip of zips.slice(0, 2_000)) rank(zip);
  const rankMs = new Float64Array(zips.length);
  let disordered = 0;
  started = performance.now();
  for (let i = 0; i < zips.length; i++) {
    const t0 = performance.now();
    const ranked = rank(zips[i]!);
    rankMs[i] = performance.now() - t0;
    if (ranked.length !== LIMIT || !ordered(ranked)) disordered++;
  }
  const rankTotal = performance.now() - started;
  const rankStats = summarize(rankMs);
  log(`ranking alone over ${zips.length} ZIP codes: ${describe(rankStats)}`);
  figures.push(
    figure({ bench: BENCH, name: 'ranking alone p50 (every US ZIP)', value: rankStats.p50, unit: 'ms' }),
    figure({
      bench: BENCH,
      name: 'ranking alone p99 (every US ZIP)',
      value: rankStats.p99,
      unit: 'ms',
      goal: '≤ 1 ms',
      pass: rankStats.p99 <= 1,
    }),
    figure({
      bench: BENCH,
      name: 'ranking alone throughput',
      value: zips.length / (rankTotal / 1000),
      unit: 'ZIP/s',
    }),
  );

  // 3. The whole service on the server's database, every ZIP code.
  const server = await startBenchServer({ dir: options.dir, name: 'nearest', log });
  const client = createHttpClient(server.url, { connections: 1 });
  try {
    const places = createPlacesService({ db: server.database.db, clock: systemClock });
    const actor: Actor = { userId: 'usr_operator1', role: 'operator', sandbox: LIVE_SANDBOX, callId: null };
    const reference = createReferenceService({ db: server.database.db, clock: systemClock });
    const serve = (zip: string) =>
      places.nearest(actor, { postalCode: zip, procedureId: PROCEDURE, limit: LIMIT });
    for (const zip of zips.slice(0, 500)) await serve(zip);
    const serviceMs = new Float64Array(zips.length);
    const readMs = new Float64Array(zips.length);
    let withoutSeat = 0;
    for (let i = 0; i < zips.length; i++) {
      const t0 = performance.now();
      const items = await serve(zips[i]!);
      serviceMs[i] = performance.now() - t0;
      if (items.length !== LIMIT || !ordered(items)) disordered++;
      withoutSeat += items.filter((item) => item.firstAvailable === null).length;
      // The baseline, interleaved: the service of GET /api/consulates, a read of the 57 consulates.
      const t1 = performance.now();
      await reference.listConsulates();
      readMs[i] = performance.now() - t1;
    }
    const serviceStats = summarize(serviceMs);
    const readStats = summarize(readMs);
    log(
      `service (ranking + first seats from SQLite) over ${zips.length} ZIP codes: ${describe(serviceStats)}`,
    );
    log(`baseline, the 57 consulates read from SQLite: ${describe(readStats)}`);
    figures.push(
      figure({
        bench: BENCH,
        name: 'service p50 (every US ZIP, SQLite)',
        value: serviceStats.p50,
        unit: 'ms',
      }),
      figure({
        bench: BENCH,
        name: 'service p99 (every US ZIP, SQLite)',
        value: serviceStats.p99,
        unit: 'ms',
        baseline: { name: 'the 57 consulates read, p99', value: readStats.p99 },
        goal: '≤ 3× baseline',
        pass: serviceStats.p99 <= 3 * readStats.p99,
      }),
      figure({
        bench: BENCH,
        name: 'service throughput (one at a time, from its own times)',
        value: zips.length / ((serviceStats.mean * zips.length) / 1000),
        unit: 'ZIP/s',
      }),
    );

    // 4. Through HTTP: a sample, interleaved with the baseline route.
    const { token } = await login(client, 'operator1');
    const step = Math.max(1, Math.floor(zips.length / httpSample));
    const sample = zips.filter((_, i) => i % step === 0).slice(0, httpSample);
    const nearestMs: number[] = [];
    const baselineMs: number[] = [];
    for (const zip of sample.slice(0, 50)) {
      await client.request('GET', `/api/consulates/nearest?postalCode=${zip}&procedureId=${PROCEDURE}`, {
        token,
      });
      await client.request('GET', '/api/consulates', { token });
    }
    let failed = 0;
    for (const zip of sample) {
      const answer = await client.request<{ items: NearestConsulate[] }>(
        'GET',
        `/api/consulates/nearest?postalCode=${zip}&procedureId=${PROCEDURE}`,
        { token },
      );
      nearestMs.push(answer.ms);
      if (answer.status !== 200 || answer.body.items.length !== LIMIT || !ordered(answer.body.items))
        failed++;
      const base = await client.request('GET', '/api/consulates', { token });
      baselineMs.push(base.ms);
      if (base.status !== 200) failed++;
    }
    const httpStats = summarize(nearestMs);
    const baseStats = summarize(baselineMs);
    log(`HTTP GET /api/consulates/nearest, ${sample.length} ZIP codes: ${describe(httpStats)}`);
    log(`HTTP GET /api/consulates (baseline): ${describe(baseStats)}`);
    figures.push(
      figure({
        bench: BENCH,
        name: `HTTP nearest p50 (${sample.length} ZIPs)`,
        value: httpStats.p50,
        unit: 'ms',
      }),
      figure({
        bench: BENCH,
        name: `HTTP nearest p99 (${sample.length} ZIPs)`,
        value: httpStats.p99,
        unit: 'ms',
        baseline: { name: 'GET /api/consulates p99', value: baseStats.p99 },
        goal: '≤ 2× baseline',
        pass: httpStats.p99 <= 2 * baseStats.p99,
      }),
      figure({
        bench: BENCH,
        name: 'answers not 5 nearest-first, or failed',
        value: disordered + failed,
        unit: 'count',
        goal: '= 0',
        pass: disordered + failed === 0,
      }),
    );
    return {
      figures,
      notes: [
        `Data: ${POSTAL_CODE_DATA.package} (US: ${POSTAL_CODE_DATA.us}; Canada: ${POSTAL_CODE_DATA.canada}). ${zips.length} of its ${data.usCodeCount} US ZIP codes are placed (the rest are military mail or have no coordinates).`,
        'Ranking alone: locate + 57 haversine distances + sort + the nearest 5, timed per ZIP code in process. Service: the same plus the procedure check, the lead times and one SQL statement for the 5 first seats, on the seeded SQLite template (14 days of slots), each followed by the baseline: the 57 consulates read as GET /api/consulates reads them.',
        `HTTP: ${sample.length} ZIP codes spread over the list (BENCH_NEAREST_HTTP), one connection, interleaved with GET /api/consulates as the baseline. ${withoutSeat} of the service's ${zips.length * LIMIT} ranked consulates had no seat in the seeded 14 days.`,
      ],
      details: {
        rank: rankStats,
        service: serviceStats,
        serviceBaseline: readStats,
        http: httpStats,
        httpBaseline: baseStats,
        loadMs,
      },
    };
  } finally {
    client.close();
    await server.close();
  }
}
