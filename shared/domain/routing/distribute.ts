/**
 * Who is offered which call now. Pure: the routing reads the waiting calls and the operators who
 * could take one, this picks, and the database (one open offer per call and per operator) has the
 * last word when several instances pick at once.
 *
 * Each waiting call, oldest first, goes to the operator who may take it and has been available
 * longest: of its own queue first, then of the queues it overflowed to. An operator who already
 * turned the call down or let its offer run out is chosen only when nobody else can take it. A
 * practice caller goes only to the trainee (or practising user) it was placed for.
 */

export interface WaitingCall {
  id: string;
  /** The queues whose operators may take it now, in order of preference (own queue first). */
  queueIds: readonly string[];
  /** The skill the call needs (the caller's language). */
  skill: string;
  arrivedAt: string;
  /** A practice caller: offered only to this user, whatever their queue or skills. */
  targetOperatorId: string | null;
  /** Operators who rejected or missed an offer of this call. */
  declinedBy: readonly string[];
}

export interface RoutableOperator {
  id: string;
  /** Their queue (null: on none, e.g. a trainee). */
  queueId: string | null;
  skills: readonly string[];
  /** When they became available (operator_states.since). */
  availableSince: string;
}

export interface PlannedOffer {
  callId: string;
  operatorId: string;
  /** The queue the operator takes it from (own queue or an overflow target). */
  queueId: string;
}

const byArrival = (a: WaitingCall, b: WaitingCall) =>
  a.arrivedAt < b.arrivedAt ? -1 : a.arrivedAt > b.arrivedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Lower is better: someone who has not declined the call, of the preferred queue, available longest. */
function rank(call: WaitingCall, operator: RoutableOperator): [number, number, string, string] {
  const declined = call.declinedBy.includes(operator.id) ? 1 : 0;
  const queueRank = operator.queueId === null ? 0 : call.queueIds.indexOf(operator.queueId);
  return [declined, queueRank, operator.availableSince, operator.id];
}

const compareRanks = (a: ReturnType<typeof rank>, b: ReturnType<typeof rank>) => {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
};

function mayTake(call: WaitingCall, operator: RoutableOperator): boolean {
  if (call.targetOperatorId !== null) return operator.id === call.targetOperatorId;
  return (
    operator.queueId !== null &&
    call.queueIds.includes(operator.queueId) &&
    operator.skills.includes(call.skill)
  );
}

export function planOffers(
  calls: readonly WaitingCall[],
  operators: readonly RoutableOperator[],
): PlannedOffer[] {
  const free = new Map(operators.map((o) => [o.id, o]));
  const planned: PlannedOffer[] = [];
  for (const call of [...calls].sort(byArrival)) {
    if (free.size === 0) break;
    let best: RoutableOperator | null = null;
    let bestRank: ReturnType<typeof rank> | null = null;
    for (const operator of free.values()) {
      if (!mayTake(call, operator)) continue;
      const r = rank(call, operator);
      if (bestRank === null || compareRanks(r, bestRank) < 0) {
        best = operator;
        bestRank = r;
      }
    }
    if (!best) continue;
    free.delete(best.id);
    const queueId = call.targetOperatorId !== null ? (call.queueIds[0] ?? '') : (best.queueId ?? '');
    planned.push({ callId: call.id, operatorId: best.id, queueId });
  }
  return planned;
}
