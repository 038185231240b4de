import type { Kysely, Transaction } from 'kysely';
import type { Procedure } from '../../../shared/api/reference/procedures';
import { feesInForceOn, type FeeCurrency } from '../../../shared/domain/fees/fees-in-force';
import type { Database } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function findProcedure(db: Db, id: string) {
  return db.selectFrom('procedures').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Every procedure with its requirements and the fees in force on `date` (YYYY-MM-DD) in `currency`:
 * the schedule of that year, or, in a year whose fees are not published yet, the last known
 * schedule's lines with unknown amounts (`null`).
 */
export async function listProcedures(db: Db, date: string, currency: FeeCurrency): Promise<Procedure[]> {
  const procedures = await db.selectFrom('procedures').selectAll().orderBy('sort_order').execute();
  const fees = await db
    .selectFrom('fee_schedule')
    .selectAll()
    .where('currency', '=', currency)
    .where('effective_from', '<=', date)
    .orderBy('sort_order')
    .execute();
  const lines = fees.map((f) => ({
    procedureId: f.procedure_id,
    label: { es: f.label_es, en: f.label_en },
    currency: f.currency,
    amount: f.amount_cents === null ? null : f.amount_cents / 100,
    effectiveFrom: f.effective_from,
  }));
  return procedures.map((p) => {
    const inForce = feesInForceOn(
      lines.filter((l) => l.procedureId === p.id),
      date,
      currency,
    );
    return {
      id: p.id,
      name: { es: p.name_es, en: p.name_en },
      durationMinutes: p.duration_minutes,
      // The stored lines also carry their source (server/modules/reference/procedures.ts); the API answers the words.
      requirements: (JSON.parse(p.requirements_json) as Procedure['requirements']).map(({ es, en }) => ({
        es,
        en,
      })),
      fees: inForce.map((f) => ({
        label: f.label,
        amount: f.amount,
        currency,
        amountUsd: currency === 'USD' ? f.amount : null,
      })),
      requiresProcedureId: p.requires_procedure_id,
      eligibility: {
        minAge: p.min_age,
        maxAge: p.max_age,
        noCurpReasons: JSON.parse(p.no_curp_reasons_json) as Procedure['eligibility']['noCurpReasons'],
      },
      bookingGroup: p.booking_group,
    };
  });
}
