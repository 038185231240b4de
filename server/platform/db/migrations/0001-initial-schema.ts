import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * The first schema. The rules that must never break live here, not only in code:
 * - a slot never has more holds and bookings than seats (CHECK, plus conditional updates);
 * - an applicant has at most one live hold or booking per procedure (partial unique index);
 * - the audit log is append-only (triggers).
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const withoutRowId = dialect === 'sqlite' ? sql`without rowid` : sql``;

  await db.schema
    .createTable('consulates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull().check(sql`country in ('US', 'CA')`))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('size', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('office_sessions')
    .addColumn('consulate_id', 'text', (c) => c.notNull().references('consulates.id'))
    .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 0 and 6`))
    .addColumn('open_time', 'text', (c) => c.notNull())
    .addColumn('close_time', 'text', (c) => c.notNull())
    .addColumn('slot_minutes', 'integer', (c) => c.notNull().check(sql`slot_minutes > 0`))
    .addColumn('seats', 'integer', (c) => c.notNull().check(sql`seats >= 0`))
    .addPrimaryKeyConstraint('office_sessions_pk', ['consulate_id', 'weekday', 'open_time'])
    .execute();

  await db.schema
    .createTable('closed_days')
    .addColumn('consulate_id', 'text', (c) => c.notNull().references('consulates.id'))
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('reason_es', 'text', (c) => c.notNull())
    .addColumn('reason_en', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'text')
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('closed_days_pk', ['consulate_id', 'local_date'])
    .execute();

  await db.schema
    .createTable('procedures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_es', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull().check(sql`duration_minutes > 0`))
    .addColumn('requirements_json', 'text', (c) => c.notNull())
    .addColumn('requires_procedure_id', 'text', (c) => c.references('procedures.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('procedure_fees')
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('label_es', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'integer', (c) => c.notNull().check(sql`amount_cents >= 0`))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('procedure_fees_pk', ['procedure_id', 'label_en', 'effective_from'])
    .execute();

  await db.schema
    .createTable('slots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('consulate_id', 'text', (c) => c.notNull().references('consulates.id'))
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('local_start', 'text', (c) => c.notNull())
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity >= 0`))
    .addColumn('held', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`held >= 0`),
    )
    .addColumn('booked', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`booked >= 0`),
    )
    .addCheckConstraint('slots_capacity_not_exceeded', sql`held + booked <= capacity`)
    .execute();
  await db.schema
    .createIndex('slots_unique_start')
    .unique()
    .on('slots')
    .columns(['consulate_id', 'start_at'])
    .execute();
  await db.schema
    .createIndex('slots_by_local_date')
    .on('slots')
    .columns(['consulate_id', 'local_date'])
    .execute();

  // A trainee's practice sandbox books the same slots on its own seat counters, copied on first use:
  // the live counters above never see it. Same guarantees: CHECK plus conditional updates.
  await db.schema
    .createTable('practice_seats')
    .addColumn('sandbox', 'text', (c) => c.notNull())
    .addColumn('slot_id', 'text', (c) => c.notNull().references('slots.id'))
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity >= 0`))
    .addColumn('held', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`held >= 0`),
    )
    .addColumn('booked', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`booked >= 0`),
    )
    .addCheckConstraint('practice_seats_capacity_not_exceeded', sql`held + booked <= capacity`)
    .addPrimaryKeyConstraint('practice_seats_pk', ['sandbox', 'slot_id'])
    .modifyEnd(withoutRowId)
    .execute();

  await db.schema
    .createTable('applicants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sandbox', 'text', (c) => c.notNull())
    .addColumn('curp', 'text', (c) => c.notNull())
    .addColumn('given_names', 'text', (c) => c.notNull())
    .addColumn('first_surname', 'text', (c) => c.notNull())
    .addColumn('second_surname', 'text')
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('phone_digits', 'text')
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('applicants_unique_curp')
    .unique()
    .on('applicants')
    .columns(['sandbox', 'curp'])
    .execute();
  await db.schema
    .createIndex('applicants_by_phone')
    .on('applicants')
    .columns(['sandbox', 'phone_digits'])
    .execute();

  await db.schema
    .createTable('applicant_name_tokens')
    .addColumn('sandbox', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('applicant_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('applicant_name_tokens_pk', ['sandbox', 'token', 'applicant_id'])
    .modifyEnd(withoutRowId)
    .execute();

  await db.schema
    .createTable('name_vocabulary')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('applicant_count', 'integer', (c) => c.notNull())
    .modifyEnd(withoutRowId)
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('operator', 'lead', 'trainee', 'admin')`),
    )
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('reservations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('appointment_id', 'text', (c) => c.unique())
    .addColumn('confirmation_code', 'text', (c) => c.unique())
    .addColumn('sandbox', 'text', (c) => c.notNull())
    .addColumn('slot_id', 'text', (c) => c.notNull().references('slots.id'))
    .addColumn('consulate_id', 'text', (c) => c.notNull().references('consulates.id'))
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('applicants.id'))
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('held', 'booked', 'released', 'expired', 'cancelled', 'rescheduled')`),
    )
    .addColumn('replaces_id', 'text', (c) => c.references('reservations.id'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('held_by', 'text', (c) => c.notNull())
    .addColumn('held_at', 'text', (c) => c.notNull())
    .addColumn('booked_by', 'text')
    .addColumn('booked_at', 'text')
    .addColumn('ended_by', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('call_id', 'text')
    .addCheckConstraint(
      'reservations_booking_has_code',
      sql`status not in ('booked', 'cancelled', 'rescheduled') or confirmation_code is not null`,
    )
    .execute();
  // One live hold or booking per applicant and procedure. The new seat of a reschedule is exempt
  // only while held (the booking it replaces is given up in the same transaction that books it),
  // and each booking has at most one pending replacement.
  await db.schema
    .createIndex('reservations_one_active_per_applicant_procedure')
    .unique()
    .on('reservations')
    .columns(['sandbox', 'applicant_id', 'procedure_id'])
    .where(sql<boolean>`status = 'booked' or (status = 'held' and replaces_id is null)`)
    .execute();
  await db.schema
    .createIndex('reservations_one_pending_reschedule')
    .unique()
    .on('reservations')
    .column('replaces_id')
    .where(sql.ref('status'), '=', 'held')
    .execute();
  await db.schema
    .createIndex('reservations_live_holds_by_expiry')
    .on('reservations')
    .column('expires_at')
    .where(sql.ref('status'), '=', 'held')
    .execute();
  await db.schema
    .createIndex('reservations_live_holds_by_user')
    .on('reservations')
    .column('held_by')
    .where(sql.ref('status'), '=', 'held')
    .execute();
  await db.schema
    .createIndex('reservations_by_applicant')
    .on('reservations')
    .column('applicant_id')
    .execute();
  await db.schema.createIndex('reservations_by_slot').on('reservations').column('slot_id').execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'idempotency_key'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', dialect === 'sqlite' ? 'integer' : 'bigserial', (c) =>
      dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('sandbox', 'text', (c) => c.notNull())
    .addColumn('call_id', 'text')
    .addColumn('details_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_by_entity')
    .on('audit_log')
    .columns(['entity_type', 'entity_id'])
    .execute();

  if (dialect === 'sqlite') {
    await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(
      db,
    );
    await sql`create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(
      db,
    );
  } else {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_log is append-only'; end $$`.execute(
      db,
    );
    await sql`create trigger audit_log_no_change before update or delete on audit_log for each row execute function audit_log_append_only()`.execute(
      db,
    );
  }
}
