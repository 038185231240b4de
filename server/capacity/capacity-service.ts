import type { PublishSlotsBody } from '../../shared/api/capacity';
import type { Actor } from '../booking/actor';
import type { CapacityDeps } from './capacity-deps';
import { closeDay } from './close-day';
import { publishRange } from './publish-range';
import { readClosure } from './read-closure';
import { setDaySeats } from './set-day-seats';

/** A lead's commands over a consulate's inventory: day seats, releases and closures. */
export function createCapacityService(deps: CapacityDeps) {
  return {
    setDaySeats: (actor: Actor, consulateId: string, date: string, capacity: number) => setDaySeats(deps, actor, consulateId, date, capacity),
    publishRange: (actor: Actor, consulateId: string, range: PublishSlotsBody) => publishRange(deps, actor, consulateId, range),
    closeDay: (actor: Actor, consulateId: string, date: string, reason: string) => closeDay(deps, actor, consulateId, date, reason),
    readClosure: (consulateId: string, date: string) => readClosure(deps, consulateId, date),
  };
}

export type CapacityService = ReturnType<typeof createCapacityService>;
