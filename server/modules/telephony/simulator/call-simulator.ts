import type { Clock } from '../../../kernel/clock';
import type { Carrier, CarrierCall } from '../../routing';
import type { ArrivalSource, DueCaller } from './arrival-sources';

/** The provider name of the simulator's calls (routed_calls.provider) and of its carrier. */
export const SIMULATOR_PROVIDER = 'simulator';

/** How the simulator reaches the routing: the same intake and hangup every carrier uses. */
export interface SimulatorLine {
  /** A caller dials in; answers the routed call's id. */
  place(caller: DueCaller): Promise<{ id: string }>;
  /** The caller hangs up (patience ran out, or the conversation is over). */
  hangUp(call: { id: string; providerCallId: string }): Promise<void>;
}

export interface CallSimulatorDeps {
  clock: Clock;
  source: ArrivalSource;
  line: SimulatorLine;
  /** How often `tick` runs once started. */
  tickMs: number;
  /** Changes a due caller before they dial (the demo sends them to a queue someone is available in). */
  steer?: (caller: DueCaller) => Promise<DueCaller>;
  onError: (error: unknown, what: string) => void;
}

/** What the simulated callers have done since the start. */
export interface SimulatorCounts {
  placed: number;
  /** Hung up while waiting: patience ran out. */
  abandoned: number;
  /** Connected to an operator. */
  answered: number;
  /** Hung up after talking for their handle time. */
  talkedOut: number;
  /** The operator ended the call first. */
  endedByOperator: number;
  failed: number;
}

interface Caller {
  caller: DueCaller;
  /** The routed call's id, once the intake answered. */
  id: string | null;
  /** Real instant (ms) the caller hangs up if still unanswered; null once answered. */
  patienceDueMs: number | null;
  /** Real instant (ms) the caller hangs up after talking; null until answered. */
  talkDueMs: number | null;
}

export interface CallSimulator {
  /** The carrier of provider `simulator`: the routing tells it when an operator answers or ends a call. */
  readonly carrier: Carrier;
  /** Places the callers now due and hangs up those whose patience or talk is over. */
  tick(): Promise<void>;
  start(): void;
  /** Stops placing calls; the callers still on the line hang up. */
  stop(): Promise<void>;
  counts(): SimulatorCounts;
  /** Callers on the line now (waiting or talking). */
  onLine(): number;
}

/**
 * The built-in call simulator: places the callers of an arrival source through the routing's intake,
 * hangs up a caller whose patience runs out before an operator answers, and — as the carrier of its
 * own calls — starts a caller's talk when the operator answers (`connect`), after which the caller
 * hangs up, unless the operator ends first (`hangUp`). Everything is measured on the injected clock;
 * `tick` does the work (tests drive it), `start` runs it every `tickMs`.
 */
export function createCallSimulator(deps: CallSimulatorDeps): CallSimulator {
  const { clock, source, line } = deps;
  const callers = new Map<string, Caller>();
  const counts: SimulatorCounts = {
    placed: 0,
    abandoned: 0,
    answered: 0,
    talkedOut: 0,
    endedByOperator: 0,
    failed: 0,
  };
  const realMs = (simSeconds: number) => (simSeconds * 1000) / source.factor;
  let timer: ReturnType<typeof setInterval> | null = null;
  let running: Promise<void> | null = null;

  const hangUp = async (entry: Caller, outcome: 'abandoned' | 'talkedOut') => {
    callers.delete(entry.caller.providerCallId);
    if (entry.id === null) return;
    try {
      await line.hangUp({ id: entry.id, providerCallId: entry.caller.providerCallId });
      counts[outcome]++;
    } catch (error) {
      counts.failed++;
      deps.onError(error, `simulator: hang up ${entry.caller.providerCallId}`);
    }
  };

  const place = async (due: DueCaller, nowMs: number) => {
    const caller = deps.steer
      ? await deps.steer(due).catch((error: unknown) => {
          deps.onError(error, `simulator: steer ${due.providerCallId}`);
          return due;
        })
      : due;
    // In the map before the intake answers: an auto-answering operator may connect the call first.
    const entry: Caller = {
      caller,
      id: null,
      patienceDueMs: nowMs + realMs(caller.patienceSeconds),
      talkDueMs: null,
    };
    callers.set(caller.providerCallId, entry);
    try {
      entry.id = (await line.place(caller)).id;
      counts.placed++;
    } catch (error) {
      callers.delete(caller.providerCallId);
      counts.failed++;
      deps.onError(error, `simulator: place ${caller.providerCallId}`);
    }
  };

  const work = async () => {
    const nowMs = clock().getTime();
    const hangups: Promise<void>[] = [];
    for (const entry of callers.values()) {
      if (entry.id === null) continue;
      if (entry.patienceDueMs !== null && entry.patienceDueMs <= nowMs)
        hangups.push(hangUp(entry, 'abandoned'));
      else if (entry.talkDueMs !== null && entry.talkDueMs <= nowMs) hangups.push(hangUp(entry, 'talkedOut'));
    }
    await Promise.all([...hangups, ...source.due(nowMs).map((caller) => place(caller, nowMs))]);
  };

  const tick = () => {
    // One tick at a time: a slow one makes the next wait rather than overlap it.
    running ??= work().finally(() => {
      running = null;
    });
    return running;
  };

  const carrier: Carrier = {
    provider: SIMULATOR_PROVIDER,
    async connect(call: CarrierCall) {
      const entry = callers.get(call.providerCallId);
      if (!entry || entry.talkDueMs !== null) return;
      entry.id ??= call.id;
      entry.patienceDueMs = null;
      entry.talkDueMs = clock().getTime() + realMs(entry.caller.handleSeconds);
      counts.answered++;
    },
    async hangUp(call: CarrierCall) {
      if (callers.delete(call.providerCallId)) counts.endedByOperator++;
    },
  };

  return {
    carrier,
    tick,
    start() {
      if (timer) return;
      timer = setInterval(
        () => void tick().catch((error: unknown) => deps.onError(error, 'simulator: tick')),
        deps.tickMs,
      );
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
      // The simulator's callers' phones go with it: nobody is left waiting for a caller who is gone.
      await Promise.all(
        [...callers.values()].map((entry) =>
          hangUp(entry, entry.talkDueMs === null ? 'abandoned' : 'talkedOut'),
        ),
      );
    },
    counts: () => ({ ...counts }),
    onLine: () => callers.size,
  };
}
