import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * The floor (issue 4): queues and who is on them, each operator's state as every screen shows it,
 * reassignments from sent to acknowledged, and the weekly shift schedules. The schema keeps what
 * the code relies on: one state and one queue per operator, states and statuses from fixed lists,
 * a reassignment acknowledged only after it was applied, shifts that end after they start.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('queues')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('name_es', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('region', 'procedure_family')`))
    .addColumn('consulate_ids_json', 'text', (c) => c.notNull())
    .addColumn('procedure_ids_json', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  // One queue per operator.
  await db.schema
    .createTable('queue_members')
    .addColumn('user_id', 'text', (c) => c.primaryKey().notNull().references('users.id'))
    .addColumn('queue_id', 'text', (c) => c.notNull().references('queues.id'))
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'text')
    .execute();
  await db.schema.createIndex('queue_members_by_queue').on('queue_members').column('queue_id').execute();

  // The state the server holds: one row per user who ever connected.
  await db.schema
    .createTable('operator_states')
    .addColumn('user_id', 'text', (c) => c.primaryKey().notNull().references('users.id'))
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('available', 'on_call', 'wrap_up', 'break', 'offline')`),
    )
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) =>
      c.notNull().check(sql`reason in ('console', 'presence', 'lead', 'call')`),
    )
    .addColumn('call_id', 'text', (c) => c.references('calls.id'))
    .addColumn('pending_state', 'text', (c) =>
      c.check(sql`pending_state is null or pending_state in ('break', 'offline')`),
    )
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // On a call or in its wrap-up there is a call; otherwise there is none.
    .addCheckConstraint(
      'operator_states_call',
      sql`(state in ('on_call', 'wrap_up')) = (call_id is not null)`,
    )
    .execute();

  await db.schema
    .createTable('reassignments')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('from_queue_id', 'text', (c) => c.references('queues.id'))
    .addColumn('to_queue_id', 'text', (c) => c.notNull().references('queues.id'))
    .addColumn('when_mode', 'text', (c) => c.notNull().check(sql`when_mode in ('now', 'after_call')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('pending', 'applied', 'acknowledged', 'superseded')`),
    )
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text')
    .addColumn('acknowledged_at', 'text')
    .addCheckConstraint(
      'reassignments_applied',
      sql`(status in ('pending', 'superseded')) or applied_at is not null`,
    )
    .addCheckConstraint(
      'reassignments_acknowledged',
      sql`(status = 'acknowledged') = (acknowledged_at is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('reassignments_by_user')
    .on('reassignments')
    .columns(['user_id', 'requested_at'])
    .execute();

  await db.schema
    .createTable('shift_schedules')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 1 and 7`))
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addCheckConstraint('shift_schedules_order', sql`end_time > start_time`)
    .addPrimaryKeyConstraint('shift_schedules_pk', ['user_id', 'weekday', 'start_time'])
    .execute();

  // The floor's figures: today's live calls by start time, across operators.
  await db.schema.createIndex('calls_by_start').on('calls').columns(['sandbox', 'started_at']).execute();
}
