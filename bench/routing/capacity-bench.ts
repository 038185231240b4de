/**
 * Capacity: the highest call arrival rate one instance (SQLite) routes with a routing p99 ≤ 50 ms.
 * Steps of rising rate, each a multiple of MiConsulado's real peak (the busiest half hour of a
 * weekday in the traffic profile): calls posted at an even pace for a few seconds to a queue with
 * enough operators that one is always free (each accepts at once and talks for a second), latency
 * from the call POST to `call:offered` at the operator's console. Stops at the first step over the goal.
 */
import { dayLoad } from '../../shared/domain/traffic/half-hours';
import { loadTrafficProfile } from '../../server/modules/telephony/simulator/traffic-profile-file';
import { figure, type BenchFigure } from '../lib/figures';
import { summarize, describe, type Summary } from '../lib/stats';
import { DAY_DATE } from './day-bench';
import { routingClients, ROUTING_QUEUE } from './latency-bench';
import { addRoutingOperators, startSqliteRouting, TELEPHONY_TOKEN } from './routing-setup';

const BENCH = 'routing-capacity';
const GOAL_P99_MS = 50;
const HANDLE_MS = 1_000;

export interface RoutingCapacityOptions {
  dir: string;
  log: (line: string) => void;
  operators: number;
  /** Calls per step (its length follows from the rate). */
  callsPerStep: number;
  /** Steps tried upwards from the first until one misses the goal; below the first when it misses. */
  multiples: number[];
}

interface Step {
  multiple: number;
  callsPerSecond: number;
  achievedPerSecond: number;
  offered: Summary;
  notOffered: number;
  failures: number;
}

export async function runRoutingCapacityBench(options: RoutingCapacityOptions) {
  const profile = loadTrafficProfile();
  const load = dayLoad(profile, DAY_DATE, 1);
  const peakCalls = Math.max(...load.halfHours.map((h) => h.calls));
  const peakPerSecond = peakCalls / 1800;
  const deployment = await startSqliteRouting(options.dir, 'capacity');
  const child = routingClients();
  const steps: Step[] = [];
  try {
    const url = deployment.cluster.urls[0]!;
    const { operators } = await addRoutingOperators(
      deployment.cluster.databaseUrl,
      options.operators,
      () => ROUTING_QUEUE,
      () => url,
    );
    child.send({ type: 'connect', telephonyUrl: url, telephonyToken: TELEPHONY_TOKEN, operators });
    await child.next('connected', 120_000);
    const step = async (multiple: number, measured = true): Promise<Step | null> => {
      const callsPerSecond = peakPerSecond * multiple;
      // Every operator busy for HANDLE_MS per call: keep at least half of them free.
      if (callsPerSecond * (HANDLE_MS / 1000) > options.operators / 2) {
        options.log(`capacity: ${multiple}× would need more than ${options.operators} operators; stopping`);
        return null;
      }
      child.send({
        type: 'rate',
        callsPerSecond,
        seconds: options.callsPerStep / callsPerSecond,
        queueId: ROUTING_QUEUE,
        handleMs: HANDLE_MS,
      });
      const done = await child.next('rate-done', (options.callsPerStep / callsPerSecond) * 1000 + 60_000);
      const result: Step = {
        multiple,
        callsPerSecond,
        achievedPerSecond: done.achievedPerSecond,
        offered: summarize(done.offered),
        notOffered: done.notOffered,
        failures: done.failures,
      };
      options.log(
        `capacity ${multiple}× peak (${callsPerSecond.toFixed(1)} calls/s, sent ${done.achievedPerSecond.toFixed(1)}/s)${measured ? '' : ' warm-up'}: ${describe(result.offered)}, ${done.notOffered} not offered, ${done.failures} failed${done.firstFailure ? ` (${done.firstFailure})` : ''}`,
      );
      if (measured) steps.push(result);
      return result;
    };
    const passes = (s: Step) => s.offered.p99 <= GOAL_P99_MS && s.notOffered === 0 && s.failures === 0;
    await step(options.multiples[0]!, false);
    const first = await step(options.multiples[0]!);
    if (first && passes(first)) {
      for (const multiple of options.multiples.slice(1)) {
        const s = await step(multiple);
        if (!s || !passes(s)) break;
      }
    } else {
      for (const multiple of [options.multiples[0]! / 2, options.multiples[0]! / 5]) {
        const s = await step(multiple);
        if (!s || passes(s)) break;
      }
    }
  } finally {
    child.send({ type: 'close' });
    await child.close();
    await deployment.cluster.close();
  }
  const good = steps
    .filter((s) => s.offered.p99 <= GOAL_P99_MS && s.notOffered === 0 && s.failures === 0)
    .sort((a, b) => a.multiple - b.multiple);
  const best = good[good.length - 1];
  const firstOver = steps
    .filter((s) => !good.includes(s) && s.multiple > (best?.multiple ?? 0))
    .sort((a, b) => a.multiple - b.multiple)[0];
  const figures: BenchFigure[] = [
    figure({
      bench: BENCH,
      name: 'highest arrival rate routed with p99 ≤ 50 ms, one instance (SQLite)',
      value: best?.callsPerSecond ?? 0,
      unit: 'calls/s',
      baseline: { name: "MiConsulado's peak half hour", value: peakPerSecond },
      goal: '≥ 1× peak',
      pass: (best?.multiple ?? 0) >= 1,
    }),
    ...steps.map((s) =>
      figure({
        bench: BENCH,
        name: `routing p99 at ${s.multiple}× peak (${s.callsPerSecond.toFixed(1)} calls/s)`,
        value: s.offered.p99,
        unit: 'ms',
        baseline: { name: 'routing p50, same step', value: s.offered.p50 },
      }),
    ),
  ];
  return {
    figures,
    notes: [
      `Peak: the busiest half hour of a weekday in the traffic profile, ${peakCalls} of 35,000 calls (${peakPerSecond.toFixed(2)} calls/s). Steps of ${options.callsPerStep} calls (BENCH_CAPACITY_CALLS) after a warm-up step, at ${steps.map((s) => s.multiple).join('×, ')}× that rate, calls posted at an even pace, upwards until a step misses the goal; ${options.operators} operators on ${ROUTING_QUEUE} each accepting at once and ending the call ${HANDLE_MS} ms later, so one is always free: the figure is the routing's, not a queue's wait.`,
      best
        ? firstOver
          ? `Highest step within the goal: ${best.multiple}×; first over it: ${firstOver.multiple}× (p99 ${firstOver.offered.p99.toFixed(1)} ms, ${firstOver.notOffered} calls not offered within 5 s, ${firstOver.failures} failed requests). The capacity lies between the two.`
          : `Every step tried met the goal: the capacity is at least ${best.multiple}× the peak.`
        : `No step met the goal: routing p99 ${steps.map((s) => `${s.offered.p99.toFixed(0)} ms at ${s.multiple}×`).join(', ')}. A p99 that stays the same from the lowest step to the highest is the machine's tail (see the load average), not a rate the routing cannot keep up with; the p50 says how the routing's own time grows with the rate.`,
    ],
    details: { peakCalls, peakPerSecond, steps },
  };
}
