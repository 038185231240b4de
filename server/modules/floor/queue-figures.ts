import type { QueueHour } from '../../../shared/api/floor/queues';

/**
 * The outcomes of a set of routed calls: answered (and how many within the service level's
 * seconds, with the summed answer times) and abandoned. Tallies add up, so an hour's, a queue's,
 * a day's or the last 30 minutes' figures come from the same grouped rows.
 */
export interface OutcomeTally {
  answered: number;
  answeredWithin: number;
  abandoned: number;
  /** Summed milliseconds from arrival to answer of the answered calls. */
  answerMs: number;
}

export const emptyTally = (): OutcomeTally => ({ answered: 0, answeredWithin: 0, abandoned: 0, answerMs: 0 });

export function addTally(into: OutcomeTally, more: OutcomeTally): OutcomeTally {
  into.answered += more.answered;
  into.answeredWithin += more.answeredWithin;
  into.abandoned += more.abandoned;
  into.answerMs += more.answerMs;
  return into;
}

/** Answered in time: at most `seconds` after arriving (exactly `seconds` counts as within). */
export const answeredWithin = (waitMs: number, seconds: number): boolean => waitMs <= seconds * 1000;

/**
 * The share of calls answered in time among those whose outcome is tallied; abandoned calls count
 * as not answered in time. `null` when no call had an outcome.
 */
export function serviceLevel(t: OutcomeTally): number | null {
  const outcomes = t.answered + t.abandoned;
  return outcomes === 0 ? null : t.answeredWithin / outcomes;
}

/** Mean seconds from arrival to answer; `null` when none was answered. */
export function averageSpeedOfAnswer(t: OutcomeTally): number | null {
  return t.answered === 0 ? null : t.answerMs / t.answered / 1000;
}

/** Abandoned over answered and abandoned; `null` when neither. */
export function abandonmentRate(t: OutcomeTally): number | null {
  const outcomes = t.answered + t.abandoned;
  return outcomes === 0 ? null : t.abandoned / outcomes;
}

/** One routed call's times (ISO UTC): answered, abandoned (hung up unanswered), or neither yet. */
export interface CallTimes {
  arrivedAt: string;
  answeredAt: string | null;
  abandonedAt: string | null;
}

/** When a call's outcome happened (its answer or its abandonment); `null` while it waits. */
export const outcomeAt = (call: CallTimes): string | null => call.answeredAt ?? call.abandonedAt;

/** Tallies calls one by one (the grouped SQL does the same for many; this states the rule). */
export function tallyCalls(calls: readonly CallTimes[], seconds: number): OutcomeTally {
  const tally = emptyTally();
  for (const call of calls) {
    if (call.answeredAt !== null) {
      const waitMs = Date.parse(call.answeredAt) - Date.parse(call.arrivedAt);
      tally.answered += 1;
      tally.answerMs += waitMs;
      if (answeredWithin(waitMs, seconds)) tally.answeredWithin += 1;
    } else if (call.abandonedAt !== null) tally.abandoned += 1;
  }
  return tally;
}

/** Calls whose outcome happened in [from, to) (ISO UTC text, which compares as time). */
export const outcomesBetween = (calls: readonly CallTimes[], from: string, to: string) =>
  calls.filter((c) => {
    const at = outcomeAt(c);
    return at !== null && at >= from && at < to;
  });

/** The 24 hours of the call center's day from tallies by hour (hours without calls are zeros). */
export function hourlyFigures(byHour: ReadonlyMap<number, OutcomeTally>): QueueHour[] {
  return Array.from({ length: 24 }, (_, hour) => {
    const t = byHour.get(hour) ?? emptyTally();
    return { hour, answered: t.answered, abandoned: t.abandoned, serviceLevel: serviceLevel(t) };
  });
}

/** Whole seconds a call has waited by `now` (never negative: another instance's clock may run ahead). */
export const waitedSeconds = (arrivedAt: string, now: Date): number =>
  Math.max(0, Math.floor((now.getTime() - Date.parse(arrivedAt)) / 1000));

/** A caller's number as the lead's wall shows it: its last four digits (`…1234`). */
export function maskNumber(number: string): string {
  const digits = number.replace(/\D/g, '');
  return `…${digits.slice(-4)}`;
}
