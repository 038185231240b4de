import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * The rules a consulate enforces, as data and in the schema:
 * - per consulate: how far ahead slots are published (`booking_horizon_days`), how soon before a
 *   slot starts booking stops (`min_lead_minutes`), and the days a chained visit needs after its
 *   prerequisite (`prerequisite_gap_days`: birth registration after its document review);
 * - per procedure: the ages it serves on the appointment date and who without a CURP may book it;
 *   `booking_group` names procedures a person may hold only one of at a time (the passports);
 * - per reservation: its procedure's group, and `lapsed_at`, set when a booking whose time has
 *   passed stops counting as active (a new booking of the same group lapses it, in its own
 *   transaction): the one-active-booking index now spans the group and ignores lapsed bookings.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .alterTable('consulates')
    .addColumn('booking_horizon_days', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(92)
        .check(sql`booking_horizon_days > 0`),
    )
    .execute();
  await db.schema
    .alterTable('consulates')
    .addColumn('min_lead_minutes', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(60)
        .check(sql`min_lead_minutes >= 0`),
    )
    .execute();
  await db.schema
    .alterTable('consulates')
    .addColumn('prerequisite_gap_days', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(7)
        .check(sql`prerequisite_gap_days >= 0`),
    )
    .execute();

  // Every procedure has a group (its own id unless it shares one); '' only until the backfill below.
  await db.schema
    .alterTable('procedures')
    .addColumn('booking_group', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('procedures')
    .addColumn('min_age', 'integer', (c) => c.check(sql`min_age is null or min_age >= 0`))
    .execute();
  await db.schema
    .alterTable('procedures')
    .addColumn('max_age', 'integer', (c) =>
      c.check(sql`max_age is null or (max_age >= 0 and (min_age is null or max_age >= min_age))`),
    )
    .execute();
  await db.schema
    .alterTable('procedures')
    .addColumn('no_curp_reasons_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await sql`update procedures set booking_group = case when id like 'passport-%' then 'passport' else id end`.execute(
    db,
  );

  // A reservation forgetting its group would share '' with every other such row: over-strict, never lax.
  await db.schema
    .alterTable('reservations')
    .addColumn('booking_group', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('reservations').addColumn('lapsed_at', 'text').execute();
  await sql`update reservations set booking_group = (select p.booking_group from procedures p where p.id = reservations.procedure_id)`.execute(
    db,
  );
  // Bookings whose time passed before this migration stop blocking the next one now.
  const now = new Date().toISOString();
  await sql`update reservations set lapsed_at = ${now}
    where status = 'booked' and slot_id in (select s.id from slots s where s.start_at <= ${now})`.execute(db);
  // A person with two passport bookings made under the old rule keeps both: the first one taken
  // keeps the group, the later ones their own procedure as their group, so they stay visible and
  // cancellable (the engine still counts them as passports before a new booking).
  await sql`update reservations set booking_group = procedure_id
    where booking_group <> procedure_id
      and ((status = 'booked' and lapsed_at is null) or (status = 'held' and replaces_id is null))
      and exists (
        select 1 from reservations e
        where e.sandbox = reservations.sandbox and e.applicant_id = reservations.applicant_id
          and e.booking_group = reservations.booking_group
          and (e.held_at < reservations.held_at or (e.held_at = reservations.held_at and e.id < reservations.id))
          and ((e.status = 'booked' and e.lapsed_at is null) or (e.status = 'held' and e.replaces_id is null))
      )`.execute(db);

  await db.schema.dropIndex('reservations_one_active_per_applicant_procedure').execute();
  await db.schema
    .createIndex('reservations_one_active_per_applicant_group')
    .unique()
    .on('reservations')
    .columns(['sandbox', 'applicant_id', 'booking_group'])
    .where(
      sql<boolean>`(status = 'booked' and lapsed_at is null) or (status = 'held' and replaces_id is null)`,
    )
    .execute();
}
