/**
 * The lead's floor with 400 operators changing state every few seconds: how smooth is the view,
 * and how much of it re-renders per update?
 *
 * The real server (startServer) runs in this process on a copy of the seeded demo database, with
 * 360 more operators added (users, queue members and sessions written directly: 400 scrypt logins
 * would take minutes). 400 simulated operators run in a child process: each keeps a console
 * connected (its presence) and walks call → wrap-up → end → (sometimes a break) through the real
 * API every 2–5 s, ~110 state changes a second. A lead signs in to the console (built with
 * VITE_MEASURE_RENDERS=1 so rows count their renders) in Debian's Chromium and opens the floor.
 *
 * Measured in the page: the time between animation frames (requestAnimationFrame) and long tasks
 * (PerformanceObserver 'longtask'), first with the 400 operators online but idle (the baseline,
 * same page, same process), then under the state changes; and row renders per row update, from
 * the floor rows' render counter against the `floor:changed` rows a second lead socket receives.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/platform/db/schema';
import { launchChromium, newConsolePage } from '../../test/e2e/support/browser';
import { signIn } from '../../test/e2e/support/console-session';
import { spawnBenchChild } from '../lib/child';
import { figure, type BenchFigure } from '../lib/figures';
import { createHttpClient } from '../lib/http-client';
import { login, startBenchServer } from '../lib/bench-server';
import { describe, summarize } from '../lib/stats';
import type { FloorChildIn, FloorChildOut, SimulatedOperator } from './floor-protocol';

const BENCH = 'floor';
const root = fileURLToPath(new URL('../..', import.meta.url));

export interface FloorBenchOptions {
  dir: string;
  operators?: number;
  idleSeconds?: number;
  loadSeconds?: number;
  log?: (line: string) => void;
}

interface PageSample {
  frames: number[];
  longTasks: number[];
  rowRenders: Record<string, number>;
  rowsInDom: string[];
}

/** The console as it ships, but with the render counters on: built into the bench's own folder. */
function buildMeasuringConsole(outDir: string) {
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--config',
      'vite.config.ts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, VITE_MEASURE_RENDERS: '1' },
    },
  );
}

/** Sessions are stored as the SHA-256 of the token (server/modules/auth/session-service.ts). */
const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Operators beyond the demo's 40, on the demo's queues, each with a session of its own. */
async function addOperators(db: Kysely<Database>, total: number): Promise<SimulatedOperator[]> {
  const now = new Date();
  const template = await db
    .selectFrom('users')
    .select('password_hash')
    .where('username', '=', 'operator1')
    .executeTakeFirstOrThrow();
  const queues = await db.selectFrom('queues').select('id').orderBy('sort_order').execute();
  const existing = await db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('role', '=', 'operator')
    .execute();
  for (let n = existing.length + 1; n <= total; n++) {
    const id = `usr_operator${n}`;
    await db
      .insertInto('users')
      .values({
        id,
        username: `operator${n}`,
        display_name: `Operador ${n}`,
        role: 'operator',
        password_hash: template.password_hash,
        created_at: now.toISOString(),
      })
      .execute();
    await db
      .insertInto('queue_members')
      .values({
        user_id: id,
        queue_id: queues[n % queues.length]!.id,
        assigned_at: now.toISOString(),
        assigned_by: null,
      })
      .execute();
  }
  const operators = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'operator')
    .orderBy('id')
    .limit(total)
    .execute();
  const expiresAt = new Date(now.getTime() + 86_400_000).toISOString();
  const simulated: SimulatedOperator[] = [];
  for (const { id } of operators) {
    const token = randomBytes(32).toString('base64url');
    await db
      .insertInto('sessions')
      .values({
        token_hash: tokenHash(token),
        user_id: id,
        created_at: now.toISOString(),
        expires_at: expiresAt,
        last_seen_at: now.toISOString(),
      })
      .execute();
    simulated.push({ userId: id, token });
  }
  return simulated;
}

/*
 * What runs in the page, as source text: tsx compiles functions with a `__name` helper that does
 * not exist in the page, so page.evaluate gets strings. Frames are the gaps between animation
 * frames; long tasks come from the browser's own PerformanceObserver.
 */
const START_RECORDING = `(() => {
  window.__bench?.observer?.disconnect();
  const bench = { frames: [], longTasks: [], recording: true, observer: null };
  window.__bench = bench;
  bench.observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) bench.longTasks.push(entry.duration); });
  bench.observer.observe({ type: 'longtask' });
  let last = performance.now();
  const loop = (t) => { bench.frames.push(t - last); last = t; if (bench.recording) requestAnimationFrame(loop); };
  requestAnimationFrame((t) => { last = t; requestAnimationFrame(loop); });
  window.__miconsuladoFloorRowRenders?.reset();
})()`;

const STOP_RECORDING = `(() => {
  const bench = window.__bench;
  bench.recording = false;
  bench.observer?.disconnect();
  return {
    frames: bench.frames,
    longTasks: bench.longTasks,
    rowRenders: window.__miconsuladoFloorRowRenders?.snapshot() ?? {},
    rowsInDom: [...document.querySelectorAll('table.floor-table tr[data-user-id]')].map((row) => row.getAttribute('data-user-id') ?? ''),
  };
})()`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runFloorBench(options: FloorBenchOptions) {
  const log = options.log ?? (() => {});
  const total = options.operators ?? 400;
  const idleSeconds = options.idleSeconds ?? 10;
  const loadSeconds = options.loadSeconds ?? 30;
  const consoleDir = join(options.dir, 'floor-console');
  buildMeasuringConsole(consoleDir);
  const server = await startBenchServer({
    dir: options.dir,
    name: 'floor',
    log,
    env: { CONSOLE_DIR: consoleDir },
  });
  const child = spawnBenchChild<FloorChildIn, FloorChildOut>(
    new URL('./floor-operators.ts', import.meta.url),
    'floor operators',
  );
  const browser = await launchChromium();
  try {
    const operators = await addOperators(server.database.db, total);
    child.send({ type: 'connect', url: server.url, operators });
    log(
      `${operators.length} simulated operators online in ${((await child.next('connected', 120_000)).ms / 1000).toFixed(1)} s`,
    );

    // A second lead socket sees exactly the floor:changed rows the page receives.
    const http = createHttpClient(server.url, { connections: 2 });
    const lead2 = await login(http, 'lead2');
    const changedRows = new Map<string, number>();
    let floorEvents = 0;
    let counting = false;
    const watcher = io(server.url, { auth: { token: lead2.token }, transports: ['websocket'] });
    watcher.on('floor:changed', (payload: { operators: { userId: string }[] }) => {
      if (!counting) return;
      floorEvents++;
      for (const o of payload.operators) changedRows.set(o.userId, (changedRows.get(o.userId) ?? 0) + 1);
    });
    await new Promise<void>((resolve, reject) =>
      watcher.emit('floor:subscribe', {}, (ack: { ok?: boolean; error?: { message: string } }) =>
        ack.ok ? resolve() : reject(new Error(ack.error?.message)),
      ),
    );

    const { page } = await newConsolePage(browser, { width: 1920, height: 1080 });
    await page.goto(server.url + '/');
    await signIn(page, 'lead1');
    await page.keyboard.press('Alt+7');
    await page.locator('table.floor-table tr[data-user-id]').first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      `document.querySelector('table.floor-table')?.getAttribute('aria-rowcount') === '${total + 1}'`,
      undefined,
      { timeout: 30_000 },
    );

    const sample = async (seconds: number): Promise<PageSample> => {
      await page.evaluate(START_RECORDING);
      await sleep(seconds * 1000);
      return page.evaluate(STOP_RECORDING) as Promise<PageSample>;
    };

    log(`idle: ${idleSeconds} s with every operator online and no state changes (baseline)`);
    const idle = await sample(idleSeconds);
    child.send({ type: 'start', minGapMs: 2000, maxGapMs: 5000 });
    await child.next('started', 10_000);
    await sleep(3000); // past the first wave, into the steady state
    counting = true;
    log(`load: ${loadSeconds} s of state changes every 2–5 s per operator`);
    const load = await sample(loadSeconds);
    counting = false;
    child.send({ type: 'stop' });
    const stopped = await child.next('stopped', 30_000);
    watcher.close();
    http.close();

    const idleFrames = summarize(idle.frames);
    const loadFrames = summarize(load.frames);
    const visible = new Set(load.rowsInDom);
    const updatesOfVisible = [...changedRows]
      .filter(([id]) => visible.has(id))
      .reduce((sum, [, n]) => sum + n, 0);
    const rendersOfVisible = Object.entries(load.rowRenders)
      .filter(([id]) => visible.has(id))
      .reduce((sum, [, n]) => sum + n, 0);
    const rowUpdates = [...changedRows.values()].reduce((a, b) => a + b, 0);
    const allRenders = Object.values(load.rowRenders).reduce((a, b) => a + b, 0);
    const longTaskMax = load.longTasks.length ? Math.max(...load.longTasks) : 0;
    const changesPerSecond = stopped.changes / (loadSeconds + 3);
    log(`frames idle ${describe(idleFrames)}`);
    log(`frames load ${describe(loadFrames)}`);
    log(
      `${stopped.changes} state changes (${changesPerSecond.toFixed(0)}/s), ${stopped.failures} failed${stopped.firstFailure ? ` (first: ${stopped.firstFailure})` : ''}; ${floorEvents} floor:changed events carrying ${rowUpdates} rows; ${visible.size} rows in the DOM, ${updatesOfVisible} of their updates, ${rendersOfVisible} of their renders; ${allRenders} row renders in all`,
    );

    const figures: BenchFigure[] = [
      figure({
        bench: BENCH,
        name: 'frame time p50 under load',
        value: loadFrames.p50,
        unit: 'ms',
        baseline: { name: 'idle floor p50', value: idleFrames.p50 },
        goal: '≤ 1.2× idle',
      }),
      figure({
        bench: BENCH,
        name: 'frame time p99 under load',
        value: loadFrames.p99,
        unit: 'ms',
        baseline: { name: 'idle floor p99', value: idleFrames.p99 },
        goal: '≤ 50 ms',
      }),
      figure({
        bench: BENCH,
        name: 'longest frame under load',
        value: loadFrames.max,
        unit: 'ms',
        baseline: { name: 'idle floor max', value: idleFrames.max },
      }),
      figure({
        bench: BENCH,
        name: 'long tasks (> 50 ms) under load',
        value: load.longTasks.length,
        unit: 'tasks',
        baseline: { name: 'idle', value: idle.longTasks.length },
        goal: '= 0',
      }),
      figure({
        bench: BENCH,
        name: 'row renders per update of a row on screen',
        value: updatesOfVisible ? rendersOfVisible / updatesOfVisible : Number.NaN,
        unit: 'renders',
        goal: '≤ 1',
      }),
      figure({
        bench: BENCH,
        name: 'row renders per floor:changed row (all 400)',
        value: rowUpdates ? allRenders / rowUpdates : Number.NaN,
        unit: 'renders',
        goal: '< 1 (rows off screen do not render)',
      }),
      figure({ bench: BENCH, name: 'state changes per second', value: changesPerSecond, unit: '/s' }),
      figure({
        bench: BENCH,
        name: 'floor:changed events per second',
        value: floorEvents / loadSeconds,
        unit: '/s',
      }),
    ];
    for (const f of figures) {
      if (f.name.startsWith('frame time p50')) f.pass = f.ratio !== undefined && f.ratio <= 1.2;
      if (f.name.startsWith('frame time p99')) f.pass = f.value <= 50;
      if (f.name.startsWith('long tasks')) f.pass = f.value === 0;
      if (f.name.startsWith('row renders per update of a row on screen')) f.pass = f.value <= 1;
    }
    return {
      figures,
      notes: [
        `${total} operators (BENCH_FLOOR_OPERATORS), each changing state every 2–5 s through the real API from a child process; the lead's floor in Chromium at 1920×1080, ${visible.size} rows in the DOM (virtualised).`,
        `Long tasks in the idle baseline: ${idle.longTasks.length}; longest under load: ${longTaskMax.toFixed(0)} ms. Failed simulated requests: ${stopped.failures}.`,
      ],
      details: {
        idleFrames,
        loadFrames,
        longTasks: load.longTasks,
        floorEvents,
        rowUpdates,
        rendersOfVisible,
        updatesOfVisible,
        rowsInDom: visible.size,
        changes: stopped.changes,
      },
    };
  } finally {
    await browser.close().catch(() => {});
    child.send({ type: 'close' });
    await child.close();
    await server.close();
  }
}
