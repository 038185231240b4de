/**
 * What a simulated day's calls came to, per queue and half hour of arrival: service level (answered
 * within the threshold over every call that arrived: abandoned calls count against it, as in Erlang
 * A's prediction), average speed of answer (mean wait of answered calls) and abandonment. Waits are
 * measured on the bench's real clock and multiplied by the day's acceleration.
 */

/** One call as the bench's clients saw it, in real milliseconds from the day's start. */
export interface CallOutcome {
  halfHour: number;
  queueId: string;
  postedAt: number;
  /** When it was first offered to an operator (call:offered at their console); null when never. */
  offeredAt?: number | null;
  /** When its operator's accept was answered 200; null when it never was. */
  answeredAt: number | null;
  /** When the hang-up of a waiting caller was answered (the call abandoned); null otherwise. */
  abandonedAt: number | null;
}

export interface HalfHourFigures {
  halfHour: number;
  queueId: string;
  arrived: number;
  answered: number;
  answeredWithin: number;
  abandoned: number;
  /** Neither answered nor abandoned when the day ended (should be 0). */
  unresolved: number;
  serviceLevel: number;
  averageSpeedOfAnswer: number;
  abandonment: number;
}

/** Groups outcomes by queue and half hour; `speed` converts real milliseconds to simulated seconds. */
export function halfHourFigures(
  outcomes: readonly CallOutcome[],
  options: { speed: number; thresholdSeconds: number },
): HalfHourFigures[] {
  const groups = new Map<string, { halfHour: number; queueId: string; calls: CallOutcome[] }>();
  for (const o of outcomes) {
    const key = `${o.queueId}\u0000${o.halfHour}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { halfHour: o.halfHour, queueId: o.queueId, calls: [] }));
    group.calls.push(o);
  }
  const simulatedSeconds = (realMs: number) => (realMs * options.speed) / 1000;
  return [...groups.values()]
    .sort((a, b) => a.queueId.localeCompare(b.queueId) || a.halfHour - b.halfHour)
    .map(({ halfHour, queueId, calls }) => {
      let answered = 0;
      let answeredWithin = 0;
      let abandoned = 0;
      let waitSum = 0;
      for (const c of calls) {
        if (c.answeredAt !== null) {
          const wait = Math.max(0, simulatedSeconds(c.answeredAt - c.postedAt));
          answered++;
          waitSum += wait;
          if (wait <= options.thresholdSeconds) answeredWithin++;
        } else if (c.abandonedAt !== null) abandoned++;
      }
      const arrived = calls.length;
      return {
        halfHour,
        queueId,
        arrived,
        answered,
        answeredWithin,
        abandoned,
        unresolved: arrived - answered - abandoned,
        serviceLevel: arrived ? answeredWithin / arrived : Number.NaN,
        averageSpeedOfAnswer: answered ? waitSum / answered : Number.NaN,
        abandonment: arrived ? abandoned / arrived : Number.NaN,
      };
    });
}

/** Points (percentage points) between a measured share and a predicted one. */
export const points = (measured: number, predicted: number) => Math.abs(measured - predicted) * 100;
