import { sql, type Transaction } from 'kysely';
import { dialectOf } from '../../platform/db/dialect';
import type { Database } from '../../platform/db/schema';
import { consulateAddresses } from './consulate-addresses';
import { consulates } from './consulates';
import { feeSchedule } from './fees';
import { procedures } from './procedures';

/**
 * The reference data in `server/modules/reference` is the truth: every start writes it over what the
 * database holds (consulates with their addresses and booking settings, procedures with their requirements and
 * eligibility, the fee schedule), so a corrected requirement or a newly published fee reaches a
 * database seeded months ago. Idempotent; run in one transaction. Weekly hours, slots and closures
 * are the leads' and are never touched here.
 */
export async function syncReferenceData(trx: Transaction<Database>): Promise<void> {
  // Instances starting together on one PostgreSQL schema write it one after the other.
  if (dialectOf(trx) === 'postgres')
    await sql`select pg_advisory_xact_lock(hashtextextended(current_schema() || ':reference-sync', 0))`.execute(
      trx,
    );
  for (const c of consulates) {
    const row = {
      id: c.id,
      name: c.name,
      city: c.city,
      region: c.region,
      country: c.country,
      time_zone: c.timeZone,
      size: c.size,
      booking_horizon_days: c.booking.horizonDays,
      min_lead_minutes: c.booking.minLeadMinutes,
      prerequisite_gap_days: c.booking.prerequisiteGapDays,
      address: consulateAddresses().get(c.id) ?? null,
    };
    const { id: _id, ...changes } = row;
    await trx
      .insertInto('consulates')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(changes))
      .execute();
  }
  // Prerequisites first: a procedure may name another as its prerequisite.
  const ordered = [...procedures].sort(
    (a, b) => Number(a.requiresProcedureId !== null) - Number(b.requiresProcedureId !== null),
  );
  for (const p of ordered) {
    const row = {
      id: p.id,
      name_es: p.name.es,
      name_en: p.name.en,
      duration_minutes: p.durationMinutes,
      requirements_json: JSON.stringify(p.requirements),
      requires_procedure_id: p.requiresProcedureId,
      sort_order: p.sortOrder,
      booking_group: p.bookingGroup,
      min_age: p.eligibility.minAge,
      max_age: p.eligibility.maxAge,
      no_curp_reasons_json: JSON.stringify(p.eligibility.noCurpReasons),
    };
    const { id: _id, ...changes } = row;
    await trx
      .insertInto('procedures')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(changes))
      .execute();
  }
  await trx.deleteFrom('fee_schedule').execute();
  const fees = feeSchedule.map((f, index) => ({
    procedure_id: f.procedureId,
    currency: f.currency,
    effective_from: f.effectiveFrom,
    label_es: f.label.es,
    label_en: f.label.en,
    amount_cents: f.amount === null ? null : Math.round(f.amount * 100),
    source: f.source,
    sort_order: index,
  }));
  for (let i = 0; i < fees.length; i += 200)
    await trx
      .insertInto('fee_schedule')
      .values(fees.slice(i, i + 200))
      .execute();
}
