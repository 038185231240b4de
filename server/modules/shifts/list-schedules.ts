import type { WeeklySchedule } from '../../../shared/api/shifts';
import { floorStaff, schedulesByUser } from './schedule-repository';
import type { ShiftDeps } from './shift-deps';

/** Every operator's week (empty for those without shifts). */
export async function listSchedules(deps: ShiftDeps): Promise<{ items: WeeklySchedule[] }> {
  const [staff, schedules] = await Promise.all([floorStaff(deps.db), schedulesByUser(deps.db)]);
  return {
    items: staff.map((member) => ({ userId: member.userId, shifts: schedules.get(member.userId) ?? [] })),
  };
}
