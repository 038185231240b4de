import { deriveSeed, seededRandom, type SeededRandom } from '../../../../shared/domain/traffic/seeded-random';
import type { TrafficProfile } from '../../../../shared/domain/traffic/traffic-profile';
import type { Clock } from '../../../kernel/clock';
import { acceleratedArrivals, demoArrivals, type ArrivalSource, type DueCaller } from './arrival-sources';
import { createCallSimulator, type CallSimulator, type SimulatorLine } from './call-simulator';
import type { SimulationMode } from './simulation-mode';
import { loadTrafficProfile } from './traffic-profile-file';

export interface SimulatorRuntimeDeps {
  mode: SimulationMode;
  clock: Clock;
  seed: number;
  /** 1 = MiConsulado's volume (35,000 calls a weekday); accelerated mode only. */
  scale: number;
  /** The traffic model's data (the shipped traffic-profile.json by default). */
  profile?: TrafficProfile;
  /** Applicants' numbers some callers call from (the demo seed's: the screen pop finds them). */
  knownCallers: readonly string[];
  line: SimulatorLine;
  /** Demo mode rings only while this says someone is signed in. */
  someoneSignedIn: () => boolean;
  /**
   * Demo mode: the queues with an operator available now. A demo caller rings one of them (whoever
   * signs in and makes themselves available is offered calls, whatever their queue); none: the
   * caller's own IVR choice.
   */
  availableQueues?: () => Promise<readonly string[]>;
  /** How often the simulator looks at its callers (default 200 ms). */
  tickMs?: number;
  onError: (error: unknown, what: string) => void;
}

/** Seconds before the demo's first call once someone signs in. */
const DEMO_FIRST_CALL_SECONDS = 5;

/**
 * The simulator `SIMULATE_CALLS` asks for, not yet started (null when off): its arrival source, its
 * carrier (register it with the routing before starting) and its timer.
 */
export function createSimulatorRuntime(deps: SimulatorRuntimeDeps): CallSimulator | null {
  if (deps.mode.kind === 'off') return null;
  const profile = deps.profile ?? loadTrafficProfile();
  const startMs = deps.clock().getTime();
  const common = {
    profile,
    seed: deps.seed,
    knownCallers: deps.knownCallers,
    // A restart's calls never take the ids of the last run's (the intake would answer those).
    runId: startMs.toString(36),
  };
  const source: ArrivalSource =
    deps.mode.kind === 'demo'
      ? demoArrivals({
          ...common,
          minGapSeconds: deps.mode.minGapSeconds,
          maxGapSeconds: deps.mode.maxGapSeconds,
          firstDelaySeconds: DEMO_FIRST_CALL_SECONDS,
          ringing: deps.someoneSignedIn,
        })
      : acceleratedArrivals({ ...common, factor: deps.mode.factor, scale: deps.scale, startMs });
  const availableQueues = deps.availableQueues;
  const picks = seededRandom(deriveSeed(deps.seed, 'demo-queues'));
  return createCallSimulator({
    clock: deps.clock,
    source,
    line: deps.line,
    tickMs: deps.tickMs ?? 200,
    onError: deps.onError,
    ...(deps.mode.kind === 'demo' && availableQueues
      ? { steer: async (caller: DueCaller) => toAvailableQueue(caller, await availableQueues(), picks) }
      : {}),
  });
}

/** The caller sent to one of `queueIds` (a seeded pick), or as they are when there is none. */
export function toAvailableQueue(
  caller: DueCaller,
  queueIds: readonly string[],
  random: SeededRandom,
): DueCaller {
  if (queueIds.length === 0) return caller;
  const { ivrChoice: _ivrChoice, ...rest } = caller;
  return { ...rest, queueId: [...queueIds].sort()[random.int(queueIds.length)] as string };
}
