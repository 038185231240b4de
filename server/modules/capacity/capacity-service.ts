import type { PublishSlotsBody } from '../../../shared/api/capacity';
import type { Actor } from '../../kernel/actor';
import type { CapacityDeps } from './capacity-deps';
import { closeDay } from './close-day';
import { publishRange } from './publish-range';
import { readClosure } from './read-closure';
import { reopenDay } from './reopen-day';
import { setDaySeats } from './set-day-seats';
import { syncOfficeCalendar } from './sync-office-calendar';

/** A lead's commands over a consulate's inventory: day seats, releases, closures and reopenings. */
export function createCapacityService(deps: CapacityDeps) {
  return {
    setDaySeats: (actor: Actor, consulateId: string, date: string, capacity: number) =>
      setDaySeats(deps, actor, consulateId, date, capacity),
    publishRange: (actor: Actor, consulateId: string, range: PublishSlotsBody) =>
      publishRange(deps, actor, consulateId, range),
    closeDay: (actor: Actor, consulateId: string, date: string, reason: string) =>
      closeDay(deps, actor, consulateId, date, reason),
    readClosure: (consulateId: string, date: string) => readClosure(deps, consulateId, date),
    reopenDay: (actor: Actor, consulateId: string, date: string, reason: string) =>
      reopenDay(deps, actor, consulateId, date, reason),
    /** At start: the office calendar's missing holidays of this year and the next four become closed days. */
    syncOfficeCalendar: () => syncOfficeCalendar(deps),
  };
}

export type CapacityService = ReturnType<typeof createCapacityService>;
