/**
 * A simulated day of MiConsulado's phone line against Erlang A and Erlang C. The traffic generator
 * (shared/domain/traffic, seeded) gives the day's calls; simulated operators staffed per half hour
 * (day-staffing.ts) take them through the real API and sockets, callers hang up after their patience.
 * Measured per half hour: service level (20 s), ASA and abandonment, beside Erlang A's and Erlang C's
 * predictions for the same arrivals and staffing.
 *
 * Time runs faster: every instant and duration of the day is divided by the acceleration (the
 * server runs on the real clock, the clients compress the day), and waits measured on the real clock
 * are multiplied back. The day is scaled (calls and operators, same load per operator) so that it
 * runs in a few minutes on two cores; both factors are stated in the result.
 *
 * Then the same morning on two queues, one understaffed, and a lead's reassignment at 11:00 moving
 * operators to it: its service level per half hour before and after.
 */
import { generateTrafficDay, type TrafficDay } from '../../shared/domain/traffic/traffic-day';
import { erlangCPrediction, type ErlangPrediction } from '../../shared/domain/traffic/erlang';
import { loadTrafficProfile } from '../../server/modules/telephony/simulator/traffic-profile-file';
import { figure, type BenchFigure } from '../lib/figures';
import { summarize } from '../lib/stats';
import { halfHourFigures, points, type HalfHourFigures } from './half-hour-outcomes';
import { loadOf, predictHalfHour, staffHalfHours, type HalfHourDemand } from './day-staffing';
import { addRoutingOperators, startSqliteRouting, TELEPHONY_TOKEN } from './routing-setup';
import { routingClients } from './latency-bench';
import type { DayCall, ReassignStep, StaffingStep } from './routing-protocol';

const BENCH = 'routing-day';
const THRESHOLD_SECONDS = 20;
const POINTS_GOAL = 5;
/** A Wednesday, not a holiday: phone hours 08:00–21:00. */
export const DAY_DATE = '2027-03-10';
const QUEUE_A = 'q-region-ca';
const QUEUE_B = 'q-region-tx';

export interface RoutingDayOptions {
  dir: string;
  log: (line: string) => void;
  /** Share of MiConsulado's calls and operators (0.1: 3,500 calls, 40 operators). */
  scale: number;
  /** How many times faster than real time the day runs. */
  speed: number;
  seed: number;
  /** Only the first half hours of the day (a quick run); all of them by default. */
  halfHours?: number;
  /** false: the day only, without the morning of the reassignment (a diagnostic run). */
  recovery?: boolean;
}

interface Compared {
  measured: HalfHourFigures;
  start: string;
  agents: number;
  erlangA: ErlangPrediction;
  erlangC: ErlangPrediction;
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : 'n/a');
const sec = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} s` : '∞');

function dayCalls(day: TrafficDay, speed: number, queueOf: (index: number) => string, fromHalfHour = 0) {
  const openMs = day.halfHours[fromHalfHour]!.startMs;
  return day.arrivals
    .filter((a) => a.halfHour >= fromHalfHour)
    .map((a): DayCall => ({
      providerCallId: `${a.providerCallId}-${queueOf(a.index)}`,
      from: a.from,
      language: a.language,
      queueId: queueOf(a.index),
      halfHour: a.halfHour,
      atMs: (a.atMs - openMs) / speed,
      handleMs: (a.handleSeconds * 1000) / speed,
      patienceMs: (a.patienceSeconds * 1000) / speed,
    }));
}

async function runDay(
  options: RoutingDayOptions,
  name: string,
  calls: DayCall[],
  operatorQueues: string[],
  staffing: StaffingStep[],
  reassignments: (ops: string[]) => ReassignStep[],
) {
  const deployment = await startSqliteRouting(options.dir, name);
  const child = routingClients();
  try {
    const url = deployment.cluster.urls[0]!;
    const { operators, leadToken } = await addRoutingOperators(
      deployment.cluster.databaseUrl,
      operatorQueues.length,
      (n) => operatorQueues[n - 1]!,
      () => url,
    );
    child.send({ type: 'connect', telephonyUrl: url, telephonyToken: TELEPHONY_TOKEN, operators });
    await child.next('connected', 120_000);
    const ids = operators.map((o) => o.userId);
    const resolve = (step: StaffingStep) => ({
      ...step,
      activeUserIds: step.activeUserIds.map((n) => ids[Number(n)]!),
    });
    const lastCall = calls[calls.length - 1]?.atMs ?? 0;
    const drainMs = 5_000 + Math.max(...calls.map((c) => c.patienceMs));
    options.log(
      `${name}: ${calls.length} calls, ${operators.length} operators, ${(lastCall / 1000).toFixed(0)} s of real time at ${options.speed}×`,
    );
    child.send({
      type: 'day',
      startInMs: 1_000,
      calls,
      staffing: staffing.map(resolve),
      reassignments: reassignments(ids),
      leadToken,
      drainMs,
    });
    const done = await child.next('day-done', lastCall + drainMs + 120_000);
    options.log(
      `${name}: ${done.acceptsRefused} accepts refused ${JSON.stringify(done.refusals)}, ${done.offersMissed} offers missed`,
    );
    if (done.firstFailure)
      options.log(`${name}: ${done.failures} failed requests, first: ${done.firstFailure}`);
    return done;
  } finally {
    child.send({ type: 'close' });
    await child.close();
    await deployment.cluster.close();
  }
}

function demandsOf(day: TrafficDay, share: (index: number) => boolean): HalfHourDemand[] {
  const handleSeconds = mean(day.arrivals.map((a) => a.handleSeconds));
  const patienceSeconds = mean(day.arrivals.map((a) => a.patienceSeconds));
  const counts = day.halfHours.map(() => 0);
  for (const a of day.arrivals) if (share(a.index)) counts[a.halfHour]!++;
  return counts.map((calls) => ({ calls, handleSeconds, patienceSeconds }));
}

function compare(
  measured: HalfHourFigures[],
  day: TrafficDay,
  demands: (queueId: string) => HalfHourDemand[],
  agents: (queueId: string, halfHour: number) => number,
): Compared[] {
  return measured.map((m) => {
    const demand = demands(m.queueId)[m.halfHour]!;
    const n = agents(m.queueId, m.halfHour);
    return {
      measured: m,
      start: day.halfHours[m.halfHour]!.start,
      agents: n,
      erlangA: predictHalfHour(demand, n, THRESHOLD_SECONDS),
      erlangC: erlangCPrediction(loadOf(demand, n), THRESHOLD_SECONDS),
    };
  });
}

const line = (c: Compared) =>
  `${c.start} ${c.measured.queueId}: ${c.measured.arrived} calls, ${c.agents} operators (${c.erlangA.erlangs.toFixed(1)} Erlangs) — SL ${pct(c.measured.serviceLevel)} (Erlang A ${pct(c.erlangA.serviceLevel)}, C ${pct(c.erlangC.serviceLevel)}), ASA ${sec(c.measured.averageSpeedOfAnswer)} (A ${sec(c.erlangA.averageSpeedOfAnswer)}, C ${sec(c.erlangC.averageSpeedOfAnswer)}), abandoned ${pct(c.measured.abandonment)} (A ${pct(c.erlangA.abandonment)})`;

export async function runRoutingDayBench(options: RoutingDayOptions) {
  const profile = loadTrafficProfile();
  const fullDay = generateTrafficDay({ profile, seed: options.seed, date: DAY_DATE, scale: options.scale });
  const kept = options.halfHours ?? fullDay.halfHours.length;
  const day: TrafficDay = {
    ...fullDay,
    halfHours: fullDay.halfHours.slice(0, kept),
    arrivals: fullDay.arrivals.filter((a) => a.halfHour < kept),
  };
  if (day.kind !== 'weekday') throw new Error(`${DAY_DATE} is not a weekday of the phone line`);
  const headcount = Math.round(400 * options.scale);
  const everyCall = () => true;
  const demands = demandsOf(day, everyCall);
  const staffing = staffHalfHours(demands, {
    serviceLevel: 0.8,
    thresholdSeconds: THRESHOLD_SECONDS,
    headcount,
  });
  const halfHourMs = (30 * 60_000) / options.speed;

  // 1. The whole day on one queue: every operator takes every call.
  const done = await runDay(
    options,
    'day',
    dayCalls(day, options.speed, () => QUEUE_A),
    Array.from({ length: headcount }, () => QUEUE_A),
    staffing.map((n, h) => ({
      atMs: h * halfHourMs,
      activeUserIds: Array.from({ length: n }, (_, i) => String(i)),
    })),
    () => [],
  );
  const measured = halfHourFigures(done.outcomes, {
    speed: options.speed,
    thresholdSeconds: THRESHOLD_SECONDS,
  });
  const compared = compare(
    measured,
    day,
    () => demands,
    (_q, h) => staffing[h]!,
  );
  // Half hours with fewer than 30 calls say little about a percentage: judged, but named apart.
  const judged = compared.filter((c) => c.measured.arrived >= 30);
  const slPointsA = judged.map((c) => points(c.measured.serviceLevel, c.erlangA.serviceLevel));
  const slPointsC = judged.map((c) => points(c.measured.serviceLevel, c.erlangC.serviceLevel));
  const abPointsA = judged.map((c) => points(c.measured.abandonment, c.erlangA.abandonment));
  const withinA = slPointsA.filter((p) => p <= POINTS_GOAL).length;
  const total = (f: (c: Compared) => number, weight = (c: Compared) => c.measured.arrived) =>
    compared.reduce((s, c) => s + f(c) * weight(c), 0) / compared.reduce((s, c) => s + weight(c), 0);
  const daySl = total((c) => c.measured.serviceLevel);
  const daySlA = total((c) => c.erlangA.serviceLevel);
  const daySlC = total((c) => c.erlangC.serviceLevel);
  const dayAb = total((c) => c.measured.abandonment);
  const dayAbA = total((c) => c.erlangA.abandonment);
  const unresolved = measured.reduce((s, m) => s + m.unresolved, 0);
  // How long the routing itself took during the day (real ms): posted → first offer, every call offered.
  const offerLag = summarize(
    done.outcomes.flatMap((o) => (o.offeredAt != null ? [o.offeredAt - o.postedAt] : [])),
  );
  options.log(
    `day: SL ${pct(daySl)} (Erlang A ${pct(daySlA)}, C ${pct(daySlC)}); abandoned ${pct(dayAb)} (A ${pct(dayAbA)})`,
  );

  // 2. The morning on two queues: B short of operators until the lead moves some from A at 11:00.
  const firstHalfHour = fullDay.halfHours.findIndex((h) => h.start === '09:00');
  const reassignAt = fullDay.halfHours.findIndex((h) => h.start === '11:00');
  const lastHalfHour = fullDay.halfHours.findIndex((h) => h.start === '13:00');
  const inB = (index: number) => index % 5 < 2; // 40% of the calls
  const demandsB = demandsOf(fullDay, inB);
  const demandsA = demandsOf(fullDay, (i) => !inB(i));
  const window = (d: HalfHourDemand[]) => d.slice(firstHalfHour, lastHalfHour);
  const big = { serviceLevel: 0.8, thresholdSeconds: THRESHOLD_SECONDS, headcount: 100_000 };
  const needA = Math.max(...staffHalfHours(window(demandsA), big));
  const needB = Math.max(...staffHalfHours(window(demandsB), big));
  const moved = Math.max(1, Math.round(needB * 0.3));
  const queues = [
    ...Array.from({ length: needB - moved }, () => QUEUE_B),
    ...Array.from({ length: needA + moved }, () => QUEUE_A),
  ];
  const morningCalls = dayCalls(
    fullDay,
    options.speed,
    (i) => (inB(i) ? QUEUE_B : QUEUE_A),
    firstHalfHour,
  ).filter((c) => c.halfHour < lastHalfHour);
  const recovery =
    options.recovery === false
      ? null
      : await runDay(
          options,
          'recovery',
          morningCalls,
          queues,
          [{ atMs: 0, activeUserIds: queues.map((_, i) => String(i)) }],
          (ids) => [
            {
              atMs: (reassignAt - firstHalfHour) * halfHourMs,
              userIds: ids.slice(queues.length - moved),
              queueId: QUEUE_B,
            },
          ],
        );
  const recoveryMeasured = halfHourFigures(recovery?.outcomes ?? [], {
    speed: options.speed,
    thresholdSeconds: THRESHOLD_SECONDS,
  });
  const recoveryCompared = compare(
    recoveryMeasured,
    fullDay,
    (q) => (q === QUEUE_B ? demandsB : demandsA),
    (q, h) => (q === QUEUE_B ? needB - (h < reassignAt ? moved : 0) : needA + (h < reassignAt ? moved : 0)),
  );
  const slOfB = (before: boolean) =>
    mean(
      recoveryCompared
        .filter((c) => c.measured.queueId === QUEUE_B && c.measured.halfHour < reassignAt === before)
        // The half hour of the move itself is a transition: reported, not averaged.
        .filter((c) => c.measured.halfHour !== reassignAt)
        .map((c) => c.measured.serviceLevel),
    );
  const bBefore = slOfB(true);
  const bAfter = slOfB(false);
  const recoveryUnresolved = recoveryMeasured.reduce((s, m) => s + m.unresolved, 0);

  const figures: BenchFigure[] = [
    figure({
      bench: BENCH,
      name: `half hours with service level within ${POINTS_GOAL} points of Erlang A (of those with ≥ 30 calls)`,
      value: withinA,
      unit: 'count',
      baseline: { name: 'half hours judged', value: judged.length },
      goal: `= ${judged.length}`,
      pass: withinA === judged.length,
    }),
    figure({
      bench: BENCH,
      name: 'service level vs Erlang A, mean distance per half hour',
      value: mean(slPointsA),
      unit: 'points',
      goal: `≤ ${POINTS_GOAL}`,
      pass: mean(slPointsA) <= POINTS_GOAL,
    }),
    figure({
      bench: BENCH,
      name: 'service level vs Erlang A, largest distance',
      value: Math.max(...slPointsA),
      unit: 'points',
    }),
    figure({
      bench: BENCH,
      name: 'service level vs Erlang C, mean distance per half hour',
      value: mean(slPointsC),
      unit: 'points',
    }),
    figure({
      bench: BENCH,
      name: 'abandonment vs Erlang A, mean distance per half hour',
      value: mean(abPointsA),
      unit: 'points',
    }),
    figure({
      bench: BENCH,
      name: 'day service level (20 s), measured',
      value: daySl * 100,
      unit: '%',
      baseline: { name: 'Erlang A', value: daySlA * 100 },
    }),
    figure({ bench: BENCH, name: 'day service level (20 s), Erlang C', value: daySlC * 100, unit: '%' }),
    figure({
      bench: BENCH,
      name: 'day abandonment, measured',
      value: dayAb * 100,
      unit: '%',
      baseline: { name: 'Erlang A', value: dayAbA * 100 },
    }),
    figure({
      bench: BENCH,
      name: 'day ASA, measured',
      value: total(
        (c) => c.measured.averageSpeedOfAnswer || 0,
        (c) => c.measured.answered,
      ),
      unit: 's',
      baseline: {
        name: 'Erlang A',
        value: total(
          (c) => c.erlangA.averageSpeedOfAnswer,
          (c) => c.measured.answered,
        ),
      },
    }),
    figure({
      bench: BENCH,
      name: 'call posted → first call:offered during the day p50 (real time)',
      value: offerLag.p50,
      unit: 'ms',
      baseline: { name: 'p90', value: offerLag.p90 },
    }),
    figure({
      bench: BENCH,
      name: `queue ${QUEUE_B} service level after the reassignment (mean of half hours)`,
      value: bAfter * 100,
      unit: '%',
      baseline: { name: 'before it', value: bBefore * 100 },
      goal: '> before',
      pass: bAfter > bBefore,
    }),
    figure({
      bench: BENCH,
      name: 'calls neither answered nor abandoned, failed requests',
      value: unresolved + recoveryUnresolved + done.failures + (recovery?.failures ?? 0),
      unit: 'count',
      goal: '= 0',
      pass: unresolved + recoveryUnresolved + done.failures + (recovery?.failures ?? 0) === 0,
    }),
  ];
  return {
    figures,
    notes: [
      `Day ${DAY_DATE} (a weekday, 08:00–21:00), seed ${options.seed}: ${day.total} calls (scale ${options.scale} of 35,000: BENCH_DAY_SCALE), ${headcount} operators (the same share of 400), time ${options.speed}× faster (BENCH_DAY_SPEED: 20 s of waiting is ${((THRESHOLD_SECONDS * 1000) / options.speed).toFixed(0)} ms of real time). Handle time and patience from the traffic profile (lognormal mean ${profile.handleTime.meanSeconds} s; exponential mean ${profile.patience.meanSeconds} s), drawn per call; Erlang's AHT and patience are the day's drawn means (${demands[0]!.handleSeconds.toFixed(0)} s, ${demands[0]!.patienceSeconds.toFixed(0)} s).`,
      `Staffing per half hour: Erlang A's fewest operators for 80% within 20 s, at most the headcount (${staffing.join(', ')}); the operators beyond it go on break after their call. All calls to ${QUEUE_A}; every operator speaks Spanish and English, so the floor is one pool as Erlang assumes. Erlang is stationary per half hour and assumes exponential handle times; the day's are lognormal.`,
      `Service level = calls answered within 20 s over every call that arrived in the half hour (abandoned calls count against it). A call is answered when its operator's accept is answered 200; a caller hangs up (POST /api/telephony/calls/:id/hangup) when their patience runs out unanswered. Waits are measured on the clients' real clock × ${options.speed}. Offers missed: ${done.offersMissed}; accepts refused: ${done.acceptsRefused} (${JSON.stringify(done.refusals)}); failed requests: ${done.failures}${done.firstFailure ? ` (first: ${done.firstFailure})` : ''}.`,
      `The acceleration multiplies the server's own time too: a call posted → first offer took ${offerLag.p50.toFixed(1)} ms (p50) and ${offerLag.p90.toFixed(1)} ms (p90) of real time in the day (queueing included), and every real millisecond of routing is ${options.speed / 1000} s of the simulated day; in real time the same routing would cost the callers ${options.speed}× less.`,
      ...compared.map(line),
      `Recovery: 09:00–13:00 of the same day on two queues (${QUEUE_B} 40% of the calls, ${QUEUE_A} 60%), staffed for the busiest half hour of each (${needB} and ${needA}) but with ${moved} of ${QUEUE_B}'s operators working ${QUEUE_A} (${needB - moved} and ${needA + moved}); at 11:00 a lead moves them back (POST /api/floor/reassignments, after their call). ${QUEUE_B}'s mean service level ${pct(bBefore)} before, ${pct(bAfter)} after (the 11:00 half hour itself is the transition).`,
      ...recoveryCompared.map(line),
    ],
    details: {
      compared,
      recoveryCompared,
      staffing,
      seed: options.seed,
      scale: options.scale,
      speed: options.speed,
    },
  };
}
