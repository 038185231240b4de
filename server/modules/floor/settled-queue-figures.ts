import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { DayRange } from './call-center-day';
import { queueHandleTimes, queueOutcomesByHour, type QueueRow } from './queue-repository';

type OutcomeRow = Awaited<ReturnType<typeof queueOutcomesByHour>>[number];
type HandleRow = Awaited<ReturnType<typeof queueHandleTimes>>[number];

const HOUR_MS = 3_600_000;
/**
 * An hour's outcomes are settled once it ended more than this long ago: the last 30 minutes are
 * always read live, and a commit a few minutes late still lands in a live hour.
 */
const OUTCOME_SETTLE_MS = 35 * 60_000;
/** A call's handle time is known when its operator ends it; calls end within MAX_CALL_SECONDS (2 h by default). */
const HANDLE_SETTLE_MS = 3 * HOUR_MS;
/** A caller answered or gone in the live hours arrived at most this long before them. */
const LIVE_ARRIVAL_LOOKBACK_MS = 2 * HOUR_MS;
/** Settled parts kept per database: today's, and a few other days a lead looked at. */
const KEPT = 4;

interface Settled {
  outcomes: Map<string, Promise<OutcomeRow[]>>;
  handles: Map<string, Promise<HandleRow[]>>;
}
const settledOf = new WeakMap<object, Settled>();

function remember<T>(memo: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
  let value = memo.get(key);
  if (!value) {
    value = read();
    value.catch(() => memo.delete(key));
    memo.set(key, value);
    if (memo.size > KEPT) memo.delete(memo.keys().next().value as string);
  }
  return value;
}

/** The whole hour at or before `ms`, kept within the day (ISO text). */
function settledUntil(now: Date, settleMs: number, day: DayRange): string {
  const hour = new Date(Math.floor((now.getTime() - settleMs) / HOUR_MS) * HOUR_MS).toISOString();
  return hour < day.from ? day.from : hour > day.to ? day.to : hour;
}

/**
 * The outcome rows of a call-center day (and of the last 30 minutes, which may reach into the day
 * before), as queueOutcomesByHour gives them. Leads read the figures every second while callers
 * wait, and a busy day holds 35,000 calls: the hours that ended long enough ago are read once (per
 * queues' service level seconds) and kept; only the last hour or two are read each time, through the
 * arrivals of the last hours.
 */
export async function dayOutcomes(
  db: Kysely<Database>,
  day: DayRange,
  now: Date,
  recentFrom: string,
  queues: readonly QueueRow[],
): Promise<OutcomeRow[]> {
  const settled = settledFor(db);
  const ids = queues.map((q) => q.id);
  const seconds = queues.map((q) => `${q.id}=${q.service_level_seconds}`).join(',');
  const settledTo = settledUntil(now, OUTCOME_SETTLE_MS, day);
  const early =
    settledTo > day.from
      ? remember(settled.outcomes, `${day.from}|${settledTo}|${seconds}`, () =>
          queueOutcomesByHour(db, { from: day.from, to: settledTo }, settledTo, ids),
        )
      : Promise.resolve([]);
  const liveFrom = recentFrom < settledTo ? recentFrom : settledTo;
  const [before, live] = await Promise.all([
    early,
    queueOutcomesByHour(
      db,
      { from: liveFrom, to: day.to },
      recentFrom,
      ids,
      new Date(Date.parse(liveFrom) - LIVE_ARRIVAL_LOOKBACK_MS).toISOString(),
    ),
  ]);
  return [...before, ...live];
}

/** Per queue, the routed calls of the day ended by their operator and their summed handle time; settled hours kept. */
export async function dayHandleTimes(db: Kysely<Database>, day: DayRange, now: Date): Promise<HandleRow[]> {
  const settled = settledFor(db);
  const settledTo = settledUntil(now, HANDLE_SETTLE_MS, day);
  const [before, live] = await Promise.all([
    settledTo > day.from
      ? remember(settled.handles, `${day.from}|${settledTo}`, () =>
          queueHandleTimes(db, { from: day.from, to: settledTo }),
        )
      : Promise.resolve([]),
    queueHandleTimes(db, { from: settledTo, to: day.to }),
  ]);
  const byQueue = new Map<string, HandleRow>();
  for (const row of [...before, ...live]) {
    const seen = byQueue.get(row.queue_id);
    byQueue.set(
      row.queue_id,
      seen
        ? {
            queue_id: row.queue_id,
            ended: Number(seen.ended) + Number(row.ended),
            handle_ms: Number(seen.handle_ms) + Number(row.handle_ms),
          }
        : row,
    );
  }
  return [...byQueue.values()];
}

function settledFor(db: object): Settled {
  let settled = settledOf.get(db);
  if (!settled) settledOf.set(db, (settled = { outcomes: new Map(), handles: new Map() }));
  return settled;
}
