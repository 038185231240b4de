import type { Kysely, Transaction } from 'kysely';
import type { OperatorState } from '../../../shared/api/floor/floor';
import type { Shift } from '../../../shared/api/shifts';
import { sortShifts } from '../../../shared/domain/shifts/week-validation';
import type { Database } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Everyone's weekly shifts, by user, each week ordered by weekday and start. */
export async function schedulesByUser(db: Db): Promise<Map<string, Shift[]>> {
  const rows = await db
    .selectFrom('shift_schedules')
    .select(['user_id', 'weekday', 'start_time', 'end_time'])
    .execute();
  const byUser = new Map<string, Shift[]>();
  for (const r of rows)
    byUser.set(r.user_id, [
      ...(byUser.get(r.user_id) ?? []),
      { weekday: r.weekday, start: r.start_time, end: r.end_time },
    ]);
  for (const [userId, shifts] of byUser) byUser.set(userId, sortShifts(shifts));
  return byUser;
}

export async function scheduleOf(db: Db, userId: string): Promise<Shift[]> {
  const rows = await db
    .selectFrom('shift_schedules')
    .select(['weekday', 'start_time', 'end_time'])
    .where('user_id', '=', userId)
    .execute();
  return sortShifts(rows.map((r) => ({ weekday: r.weekday, start: r.start_time, end: r.end_time })));
}

/** Replaces a user's week in the caller's transaction. */
export async function replaceSchedule(
  trx: Transaction<Database>,
  userId: string,
  shifts: readonly Shift[],
  at: string,
  by: string,
): Promise<void> {
  await trx.deleteFrom('shift_schedules').where('user_id', '=', userId).execute();
  if (shifts.length === 0) return;
  await trx
    .insertInto('shift_schedules')
    .values(
      shifts.map((s) => ({
        user_id: userId,
        weekday: s.weekday,
        start_time: s.start,
        end_time: s.end,
        updated_at: at,
        updated_by: by,
      })),
    )
    .execute();
}

export async function findActiveUser(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role'])
    .where('id', '=', userId)
    .where('active', '=', 1)
    .executeTakeFirst();
}

export interface StaffMember {
  userId: string;
  username: string;
  displayName: string;
  queueId: string | null;
  /** What the floor holds now; a user who never connected is offline. */
  state: OperatorState;
}

/**
 * The people of the floor: every active operator, and anyone else with a weekly schedule (a lead
 * who also takes calls), in username order with numbers counted as numbers (operator2 before operator10).
 */
export async function floorStaff(db: Db): Promise<StaffMember[]> {
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('operator_states as o', 'o.user_id', 'u.id')
    .leftJoin('queue_members as q', 'q.user_id', 'u.id')
    .select(['u.id', 'u.username', 'u.display_name', 'o.state', 'q.queue_id'])
    .where('u.active', '=', 1)
    .where((eb) =>
      eb.or([
        eb('u.role', '=', 'operator'),
        eb.exists(
          eb.selectFrom('shift_schedules as s').select('s.user_id').whereRef('s.user_id', '=', 'u.id'),
        ),
      ]),
    )
    .execute();
  return rows
    .map((r) => ({
      userId: r.id,
      username: r.username,
      displayName: r.display_name,
      queueId: r.queue_id ?? null,
      state: r.state ?? 'offline',
    }))
    .sort((a, b) => a.username.localeCompare(b.username, 'en', { numeric: true }));
}
