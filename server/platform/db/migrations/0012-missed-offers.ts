import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * An operator who lets an offered call run out stops taking calls until they make themselves
 * available again, and the floor says why: `operator_states.reason` may be `missed`. Also an index
 * for the routing's sweep of open offers by expiry.
 *
 * PostgreSQL swaps the column's CHECK; SQLite cannot alter a CHECK, so the table is rebuilt with the
 * same columns, rows and constraints (nothing references it).
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const reasons = sql`reason in ('console', 'presence', 'lead', 'call', 'missed')`;
  if (dialect === 'postgres') {
    await sql`alter table operator_states drop constraint operator_states_reason_check`.execute(db);
    await sql`alter table operator_states add constraint operator_states_reason_check check (${reasons})`.execute(
      db,
    );
  } else {
    await db.schema
      .createTable('operator_states_0012')
      .addColumn('user_id', 'text', (c) => c.primaryKey().notNull().references('users.id'))
      .addColumn('state', 'text', (c) =>
        c.notNull().check(sql`state in ('available', 'on_call', 'wrap_up', 'break', 'offline')`),
      )
      .addColumn('since', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull().check(reasons))
      .addColumn('call_id', 'text', (c) => c.references('calls.id'))
      .addColumn('pending_state', 'text', (c) =>
        c.check(sql`pending_state is null or pending_state in ('break', 'offline')`),
      )
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addCheckConstraint(
        'operator_states_call',
        sql`(state in ('on_call', 'wrap_up')) = (call_id is not null)`,
      )
      .execute();
    await sql`insert into operator_states_0012 (user_id, state, since, reason, call_id, pending_state, updated_at)
      select user_id, state, since, reason, call_id, pending_state, updated_at from operator_states`.execute(
      db,
    );
    await db.schema.dropTable('operator_states').execute();
    await sql`alter table operator_states_0012 rename to operator_states`.execute(db);
  }
  await db.schema
    .createIndex('call_offers_open_by_expiry')
    .on('call_offers')
    .columns(['status', 'expires_at'])
    .execute();
}
