/**
 * Queueing predictions for a half hour of the phone line, the yardstick the routing bench holds the
 * real routing against: given the calls that arrive, how long they take and how many operators take
 * them, what service level, speed of answer and abandonment would a perfect router achieve?
 *
 * - Erlang B and Erlang C (M/M/N and M/M/N with an infinite queue, nobody hangs up): the classic closed
 *   forms, computed through Erlang B's recursion (stable for hundreds of agents).
 * - Erlang A (M/M/N+M, Palm's model: callers hang up after an exponential patience of mean θ⁻¹): the
 *   birth–death chain of the number of calls in the system is solved numerically — its stationary
 *   distribution in product form (log scale, truncated where the tail is below 1e-15) — and a
 *   tagged caller's wait is followed exactly: with j calls ahead, the queue advances at rate
 *   Nμ + jθ and the caller hangs up at rate θ, so the chance to be answered within t is computed by
 *   uniformization of that pure-death chain. Nothing is approximated but the truncation.
 *
 * Each half hour is taken as a stationary regime (the usual workforce-management practice). Service
 * level is "answered within t, over every call that arrived" (abandoned calls count against it);
 * ASA is the mean wait of answered calls (those answered at once count with 0).
 */

export interface ErlangLoad {
  /** Calls arriving per second. */
  arrivalsPerSecond: number;
  /** Mean handle time (talk + wrap-up) in seconds. */
  handleSeconds: number;
  /** Operators taking calls. */
  agents: number;
}

export interface ErlangPrediction {
  /** Offered load A = λ·AHT in Erlangs. */
  erlangs: number;
  /** Share of calls that wait at all. */
  probabilityOfWait: number;
  /** Share of all arriving calls answered within the threshold. */
  serviceLevel: number;
  /** Mean wait of answered calls, seconds (Infinity when the queue grows without bound). */
  averageSpeedOfAnswer: number;
  /** Share of arriving calls that hang up before an answer (0 for Erlang C). */
  abandonment: number;
  /** Mean number of callers waiting. */
  meanQueue: number;
}

const assertLoad = ({ arrivalsPerSecond, handleSeconds, agents }: ErlangLoad) => {
  if (!(arrivalsPerSecond >= 0) || !Number.isFinite(arrivalsPerSecond))
    throw new RangeError('arrivalsPerSecond must be a finite number ≥ 0');
  if (!(handleSeconds > 0) || !Number.isFinite(handleSeconds))
    throw new RangeError('handleSeconds must be a finite number > 0');
  if (!Number.isInteger(agents) || agents < 0) throw new RangeError('agents must be an integer ≥ 0');
};

/** Erlang B: the share of calls blocked with `agents` lines and `erlangs` of offered load. */
export function erlangB(agents: number, erlangs: number): number {
  if (!Number.isInteger(agents) || agents < 0) throw new RangeError('agents must be an integer ≥ 0');
  if (!(erlangs >= 0)) throw new RangeError('erlangs must be ≥ 0');
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (erlangs * b) / (n + erlangs * b);
  return b;
}

/** Erlang C: the probability that a call waits (1 when the load reaches the agents). */
export function erlangC(agents: number, erlangs: number): number {
  if (erlangs >= agents) return 1;
  if (erlangs === 0) return 0;
  const b = erlangB(agents, erlangs);
  return (agents * b) / (agents - erlangs * (1 - b));
}

/** Erlang C's service level, ASA and queue for one half hour (M/M/N, nobody hangs up). */
export function erlangCPrediction(load: ErlangLoad, thresholdSeconds: number): ErlangPrediction {
  assertLoad(load);
  const { arrivalsPerSecond, handleSeconds, agents } = load;
  const erlangs = arrivalsPerSecond * handleSeconds;
  const c = erlangC(agents, erlangs);
  if (erlangs >= agents)
    return {
      erlangs,
      probabilityOfWait: 1,
      serviceLevel: 0,
      averageSpeedOfAnswer: Infinity,
      abandonment: 0,
      meanQueue: Infinity,
    };
  const asa = (c * handleSeconds) / (agents - erlangs);
  return {
    erlangs,
    probabilityOfWait: c,
    serviceLevel: 1 - c * Math.exp((-(agents - erlangs) * thresholdSeconds) / handleSeconds),
    averageSpeedOfAnswer: asa,
    abandonment: 0,
    meanQueue: arrivalsPerSecond * asa,
  };
}

/**
 * Stationary distribution of the M/M/N+M birth–death chain: π[n] for n = 0…, truncated where the
 * remaining mass is negligible. Birth rate λ; death rate min(n, N)μ + max(n − N, 0)θ.
 */
export function erlangAStationary(load: ErlangLoad, patienceSeconds: number): number[] {
  const { arrivalsPerSecond: lambda, handleSeconds, agents } = load;
  const mu = 1 / handleSeconds;
  const theta = 1 / patienceSeconds;
  const logTerms = [0];
  let log = 0;
  let max = 0;
  for (let n = 1; ; n++) {
    const death = Math.min(n, agents) * mu + Math.max(n - agents, 0) * theta;
    log += Math.log(lambda) - Math.log(death);
    logTerms.push(log);
    if (log > max) max = log;
    // Past the mode the terms only fall: stop once they are negligible next to the largest.
    if (n > agents && lambda < death && log - max < -36) break;
    if (n > agents + 1_000_000) throw new RangeError('Erlang A: the queue does not settle');
  }
  const weights = logTerms.map((l) => Math.exp(l - max));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

/**
 * For a caller who finds j calls ahead of them in the queue (j = 0…maxAhead), the probability of
 * being answered within `thresholdSeconds` before hanging up: uniformization of the pure-death
 * chain "calls ahead" (advance at Nμ + jθ, the caller leaves at θ).
 */
function answeredWithin(
  agents: number,
  mu: number,
  theta: number,
  maxAhead: number,
  thresholdSeconds: number,
): number[] {
  const advance = (j: number) => agents * mu + j * theta;
  const uniform = advance(maxAhead) + theta;
  const mean = uniform * thresholdSeconds;
  const lastStep = Math.ceil(mean + 12 * Math.sqrt(mean) + 30);
  let f = new Float64Array(maxAhead + 1); // P(answered within m steps | j ahead)
  const result = new Float64Array(maxAhead + 1);
  let poisson = Math.exp(-mean); // P(m steps of the uniform clock by the threshold), m = 0
  let logPoisson = -mean;
  for (let m = 0; m <= lastStep; m++) {
    if (m > 0) {
      const next = new Float64Array(maxAhead + 1);
      for (let j = 0; j <= maxAhead; j++) {
        const a = advance(j);
        const stay = 1 - (a + theta) / uniform;
        const ahead = j === 0 ? 1 : f[j - 1]!;
        next[j] = stay * f[j]! + (a / uniform) * ahead;
      }
      f = next;
      logPoisson += Math.log(mean) - Math.log(m);
      poisson = Math.exp(logPoisson);
    }
    if (poisson > 0) for (let j = 0; j <= maxAhead; j++) result[j]! += poisson * f[j]!;
  }
  return Array.from(result);
}

/** Erlang A's probability of wait, service level, ASA and abandonment for one half hour. */
export function erlangAPrediction(
  load: ErlangLoad,
  patienceSeconds: number,
  thresholdSeconds: number,
): ErlangPrediction {
  assertLoad(load);
  if (!(patienceSeconds > 0) || !Number.isFinite(patienceSeconds))
    throw new RangeError('patienceSeconds must be a finite number > 0');
  const { arrivalsPerSecond: lambda, handleSeconds, agents } = load;
  const erlangs = lambda * handleSeconds;
  if (lambda === 0)
    return {
      erlangs,
      probabilityOfWait: 0,
      serviceLevel: 1,
      averageSpeedOfAnswer: 0,
      abandonment: 0,
      meanQueue: 0,
    };
  const mu = 1 / handleSeconds;
  const theta = 1 / patienceSeconds;
  const pi = erlangAStationary(load, patienceSeconds);
  const maxAhead = Math.max(0, pi.length - 1 - agents);
  const within = answeredWithin(agents, mu, theta, maxAhead, thresholdSeconds);

  let probabilityOfWait = 0;
  let meanQueue = 0;
  let answeredAfterWaiting = 0;
  let waitOfAnswered = 0;
  let serviceLevel = 0;
  for (let n = 0; n < agents && n < pi.length; n++) serviceLevel += pi[n]!;
  // A caller who finds j ahead is answered iff each of the j + 1 steps is an advance, not their
  // own hang-up; the time of each step is exponential with rate advance + θ.
  let answeredChance = 1;
  let meanWaitIfAnswered = 0;
  for (let j = 0; j <= maxAhead; j++) {
    const p = pi[agents + j] ?? 0;
    const rate = agents * mu + j * theta + theta;
    answeredChance *= (agents * mu + j * theta) / rate;
    meanWaitIfAnswered += 1 / rate;
    probabilityOfWait += p;
    meanQueue += p * j; // arrivals see time averages (PASTA): j waiting besides them
    answeredAfterWaiting += p * answeredChance;
    waitOfAnswered += p * answeredChance * meanWaitIfAnswered;
    serviceLevel += p * within[j]!;
  }
  const answered = 1 - probabilityOfWait + answeredAfterWaiting;
  return {
    erlangs,
    probabilityOfWait,
    serviceLevel,
    averageSpeedOfAnswer: answered > 0 ? waitOfAnswered / answered : Infinity,
    abandonment: probabilityOfWait - answeredAfterWaiting,
    meanQueue,
  };
}
