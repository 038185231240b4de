/**
 * The simulated day's staffing, per half hour: the fewest operators Erlang A says reach the service
 * level target for that half hour's calls, but never more than the headcount on the floor — so the
 * peak is understaffed when the headcount is short, as MiConsulado's is (its peak half hour needs more
 * than 400 operators). Pure: the bench turns it into who is available when.
 */
import { erlangAPrediction, type ErlangPrediction } from '../../shared/domain/traffic/erlang';

export interface HalfHourDemand {
  calls: number;
  /** Mean handle time of this day's calls, seconds. */
  handleSeconds: number;
  /** Mean patience of this day's callers, seconds. */
  patienceSeconds: number;
}

export interface StaffingTarget {
  serviceLevel: number;
  thresholdSeconds: number;
  headcount: number;
}

const HALF_HOUR_SECONDS = 1800;

export const loadOf = (demand: HalfHourDemand, agents: number) => ({
  arrivalsPerSecond: demand.calls / HALF_HOUR_SECONDS,
  handleSeconds: demand.handleSeconds,
  agents,
});

/** Erlang A's prediction for a half hour with this many operators. */
export const predictHalfHour = (
  demand: HalfHourDemand,
  agents: number,
  thresholdSeconds: number,
): ErlangPrediction => erlangAPrediction(loadOf(demand, agents), demand.patienceSeconds, thresholdSeconds);

/** Operators per half hour: the fewest meeting the target under Erlang A, capped at the headcount (at least 1). */
export function staffHalfHours(demands: readonly HalfHourDemand[], target: StaffingTarget): number[] {
  return demands.map((demand) => {
    if (demand.calls === 0) return 1;
    // Erlang A's service level rises with every operator added: the first that reaches it.
    const meets = (agents: number) =>
      predictHalfHour(demand, agents, target.thresholdSeconds).serviceLevel >= target.serviceLevel;
    let agents = Math.max(1, Math.floor((demand.calls / HALF_HOUR_SECONDS) * demand.handleSeconds));
    while (agents > 1 && meets(agents - 1)) agents--;
    while (agents < target.headcount && !meets(agents)) agents++;
    return Math.min(agents, target.headcount);
  });
}
