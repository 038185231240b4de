import type { PutScheduleBody, WeeklySchedule } from '../../../shared/api/shifts';
import {
  describeShiftProblem,
  sortShifts,
  validateWeek,
} from '../../../shared/domain/shifts/week-validation';
import { appendAudit } from '../../platform/audit/audit-log';
import type { Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { findActiveUser, replaceSchedule, scheduleOf } from './schedule-repository';
import type { ShiftDeps } from './shift-deps';

/** Roles that take calls, hence have shifts (an admin configures, and is never on the phones). */
const SCHEDULED_ROLES: ReadonlySet<string> = new Set(['operator', 'lead', 'trainee']);

/** A lead replaces someone's week; every shift must fit its day's phone hours, none may overlap. */
export async function putSchedule(
  deps: ShiftDeps,
  actor: Actor,
  userId: string,
  body: PutScheduleBody,
): Promise<WeeklySchedule> {
  const problems = validateWeek(body.shifts);
  if (problems.length > 0) {
    const messages = problems.map(describeShiftProblem);
    throw new DomainError('invalid_request', messages.join(' '), {
      problems: problems.map((p, i) => ({ ...p, message: messages[i] })),
    });
  }
  const shifts = sortShifts(body.shifts);
  const now = deps.clock();
  await deps.transact(async (trx) => {
    const user = await findActiveUser(trx, userId);
    if (!user) throw notFound(`User ${userId}`);
    if (!SCHEDULED_ROLES.has(user.role))
      throw new DomainError('invalid_request', `${user.username} does not take calls, so has no shifts.`);
    const before = await scheduleOf(trx, userId);
    await replaceSchedule(trx, userId, shifts, now.toISOString(), actor.userId);
    await appendAudit(
      trx,
      now,
      actor,
      'shifts.schedule_changed',
      { type: 'user', id: userId },
      { from: before, to: shifts },
    );
  });
  return { userId, shifts };
}
