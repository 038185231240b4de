import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/** Every column of the audit log but its details: never changed once written. */
const FIXED_COLUMNS = 'id, at, actor_id, actor_role, action, entity_type, entity_id, sandbox, call_id';

/**
 * Personal data (docs/PERSONAL-DATA.md): an administrator's export and erasure of one applicant and
 * the retention job's anonymisation.
 * - `calls_by_applicant`, `routed_calls_by_applicant`: one person's calls (the operator's record, the
 *   line with its numbers) found by index, for an erasure and for the retention rule's "no call since";
 *   `outbound_messages_by_reservation`: the messages sent about their reservations.
 * - The audit log stays append-only for what it says (who, what, when, about which entity: every
 *   column but `details_json`, and no row is ever deleted), but its details may be redacted — made
 *   shorter, never longer — so a person's erasure takes out what an entry copied (the CURP at
 *   registration, an address quoted by a mail server) and keeps the entry.
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await db.schema.createIndex('calls_by_applicant').on('calls').column('applicant_id').execute();
  await db.schema
    .createIndex('routed_calls_by_applicant')
    .on('routed_calls')
    .column('applicant_id')
    .execute();
  await db.schema
    .createIndex('outbound_messages_by_reservation')
    .on('outbound_messages')
    .column('reservation_id')
    .execute();

  if (dialect === 'sqlite') {
    await sql`drop trigger audit_log_no_update`.execute(db);
    await sql`create trigger audit_log_no_update before update of ${sql.raw(FIXED_COLUMNS)} on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(
      db,
    );
    await sql`create trigger audit_log_details_redacted_only before update of details_json on audit_log when length(new.details_json) > length(old.details_json) begin select raise(abort, 'audit_log is append-only: details may only be redacted'); end`.execute(
      db,
    );
  } else {
    await sql`drop trigger audit_log_no_change on audit_log`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log for each row execute function audit_log_append_only()`.execute(
      db,
    );
    await sql`create trigger audit_log_no_update before update of ${sql.raw(FIXED_COLUMNS)} on audit_log for each row execute function audit_log_append_only()`.execute(
      db,
    );
    await sql`create function audit_log_details_redacted_only() returns trigger language plpgsql as $$ begin if length(new.details_json) > length(old.details_json) then raise exception 'audit_log is append-only: details may only be redacted'; end if; return new; end $$`.execute(
      db,
    );
    await sql`create trigger audit_log_details_redacted_only before update of details_json on audit_log for each row execute function audit_log_details_redacted_only()`.execute(
      db,
    );
  }
}
