import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * Calls routed to operators. A call the telephony side posts waits in `routed_calls` (the line:
 * waiting → offered → connected → ended, or abandoned) and is offered to one operator at a time in
 * `call_offers`; when an operator accepts, its row in `calls` (the operator's call log, migration
 * 0003) is written with the same id. The database keeps the routing's promises whatever the number of
 * server instances: at most one open offer per call and per operator, one connected call per operator,
 * one call per provider's call id.
 *
 * `calls` gains what a call is about so far (procedure, consulate: the applicant was there already),
 * its direction, when its line ended and who closed a call its operator never ended. `queues` gain
 * the service level target a lead sets; `operator_profiles` hold the languages an operator speaks and
 * whether offers are answered for them; `call_center_settings` the lead's limits (wrap-up time).
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('routed_calls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sandbox', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('provider_call_id', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('inbound', 'outbound')`))
    .addColumn('from_number', 'text', (c) => c.notNull())
    .addColumn('to_number', 'text')
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('es', 'en')`))
    .addColumn('queue_id', 'text', (c) => c.notNull().references('queues.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('waiting', 'offered', 'connected', 'ended', 'abandoned')`),
    )
    .addColumn('arrived_at', 'text', (c) => c.notNull())
    /** From this instant the call is also offered to its queue's overflow targets (null: never). */
    .addColumn('overflow_at', 'text')
    .addColumn('overflow_queue_id', 'text', (c) => c.references('queues.id'))
    /** A practice caller is offered only to the trainee whose scenario placed it. */
    .addColumn('target_operator_id', 'text', (c) => c.references('users.id'))
    /** Outbound: the applicant (and the appointment) the operator calls back. */
    .addColumn('applicant_id', 'text')
    .addColumn('appointment_id', 'text')
    .addColumn('operator_id', 'text', (c) => c.references('users.id'))
    .addColumn('answered_at', 'text')
    .addColumn('ended_at', 'text')
    /** `caller`, `operator` or `server` (a call nobody ended, closed after the limit). */
    .addColumn('ended_by', 'text', (c) => c.check(sql`ended_by in ('caller', 'operator', 'server')`))
    .execute();
  await db.schema
    .createIndex('routed_calls_by_provider_id')
    .unique()
    .on('routed_calls')
    .columns(['provider', 'provider_call_id'])
    .execute();
  await db.schema
    .createIndex('routed_calls_waiting')
    .on('routed_calls')
    .columns(['status', 'arrived_at'])
    .execute();
  await db.schema
    .createIndex('routed_calls_by_queue_day')
    .on('routed_calls')
    .columns(['queue_id', 'arrived_at'])
    .execute();
  await db.schema
    .createIndex('routed_calls_one_connected_per_operator')
    .unique()
    .on('routed_calls')
    .column('operator_id')
    .where(sql.ref('status'), '=', 'connected')
    .execute();

  await db.schema
    .createTable('call_offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text', (c) => c.notNull().references('routed_calls.id'))
    .addColumn('operator_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('queue_id', 'text', (c) => c.notNull().references('queues.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('open', 'accepted', 'rejected', 'expired', 'withdrawn')`),
    )
    .addColumn('offered_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('call_offers_one_open_per_call')
    .unique()
    .on('call_offers')
    .column('call_id')
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await db.schema
    .createIndex('call_offers_one_open_per_operator')
    .unique()
    .on('call_offers')
    .column('operator_id')
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await db.schema
    .createIndex('call_offers_by_call')
    .on('call_offers')
    .columns(['call_id', 'offered_at'])
    .execute();
  await db.schema
    .createIndex('call_offers_by_operator_day')
    .on('call_offers')
    .columns(['operator_id', 'offered_at'])
    .execute();

  await db.schema
    .alterTable('calls')
    .addColumn('direction', 'text', (c) => c.notNull().defaultTo('inbound'))
    .execute();
  await db.schema.alterTable('calls').addColumn('procedure_id', 'text').execute();
  await db.schema.alterTable('calls').addColumn('consulate_id', 'text').execute();
  await db.schema.alterTable('calls').addColumn('hung_up_at', 'text').execute();
  await db.schema.alterTable('calls').addColumn('ended_by', 'text').execute();

  await db.schema
    .alterTable('queues')
    .addColumn('service_level_target', 'real', (c) => c.notNull().defaultTo(0.8))
    .execute();
  await db.schema
    .alterTable('queues')
    .addColumn('service_level_seconds', 'integer', (c) => c.notNull().defaultTo(20))
    .execute();

  await db.schema
    .createTable('operator_profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    /** Comma-separated languages the operator takes calls in: `es`, `en` or `es,en`. */
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('es'))
    .addColumn('auto_answer', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('call_center_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
