import type { HourlyQueueFigures } from '../../../shared/api/floor/queues';
import {
  CALL_CENTER_TIME_ZONE,
  callCenterClock,
  callCenterToday,
} from '../../../shared/domain/floor/call-center';
import { callCenterDayRange } from './call-center-day';
import type { FloorDeps } from './floor-deps';
import { addTally, emptyTally, hourlyFigures, serviceLevel, type OutcomeTally } from './queue-figures';
import { listQueues } from './queue-repository';
import { dayOutcomes } from './settled-queue-figures';

/**
 * The live routed calls of a call-center date (today by default), all queues together, by the hour
 * of the call center's clock in which their outcome happened: answered, abandoned, and the service
 * level (each call judged by its own queue's seconds). The hours long past are read once.
 */
export async function readHourlyQueueFigures(
  deps: Pick<FloorDeps, 'db' | 'clock'>,
  date?: string,
): Promise<HourlyQueueFigures> {
  const now = deps.clock();
  const day = callCenterDayRange(date ?? callCenterToday(now));
  const rows = (await dayOutcomes(deps.db, day, now, now.toISOString(), await listQueues(deps.db))).filter(
    (row) => row.utc_hour >= day.from.slice(0, 13) && row.utc_hour < day.to.slice(0, 13),
  );
  const byHour = new Map<number, OutcomeTally>();
  const total = emptyTally();
  for (const row of rows) {
    const tally: OutcomeTally = {
      answered: Number(row.answered),
      answeredWithin: Number(row.answered_within),
      abandoned: Number(row.abandoned),
      answerMs: Number(row.answer_ms ?? 0),
    };
    // Mexico City's offset is whole hours, so each UTC hour is one hour of the call center's clock.
    const hour = Number(callCenterClock(new Date(`${row.utc_hour}:00:00.000Z`)).time.slice(0, 2));
    addTally(byHour.get(hour) ?? byHour.set(hour, emptyTally()).get(hour)!, tally);
    addTally(total, tally);
  }
  return {
    date: day.date,
    timeZone: CALL_CENTER_TIME_ZONE,
    answered: total.answered,
    abandoned: total.abandoned,
    serviceLevel: serviceLevel(total),
    byHour: hourlyFigures(byHour),
    at: now.toISOString(),
  };
}
