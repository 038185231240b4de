import type { PutScheduleBody } from '../../../shared/api/shifts';
import type { Actor } from '../../kernel/actor';
import { listSchedules } from './list-schedules';
import { putSchedule } from './put-schedule';
import { shiftCoverage } from './shift-coverage';
import type { ShiftDeps } from './shift-deps';

/** Weekly schedules and the coverage they give, for shift leads. */
export function createShiftService(deps: ShiftDeps) {
  return {
    listSchedules: () => listSchedules(deps),
    putSchedule: (actor: Actor, userId: string, body: PutScheduleBody) =>
      putSchedule(deps, actor, userId, body),
    coverage: (date: string | undefined) => shiftCoverage(deps, date),
  };
}

export type ShiftService = ReturnType<typeof createShiftService>;
