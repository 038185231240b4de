import type { Kysely, Transaction } from 'kysely';
import type { Procedure } from '../../shared/api/procedures';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function findProcedure(db: Db, id: string) {
  return db.selectFrom('procedures').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every procedure with its requirements and the fees in force on `date` (YYYY-MM-DD). */
export async function listProcedures(db: Db, date: string): Promise<Procedure[]> {
  const procedures = await db.selectFrom('procedures').selectAll().orderBy('sort_order').execute();
  const fees = await db.selectFrom('procedure_fees').selectAll().where('effective_from', '<=', date).orderBy('effective_from', 'desc').execute();
  return procedures.map((p) => {
    // Per label, the row with the latest effective date not after `date` is in force.
    const inForce = new Map<string, (typeof fees)[number]>();
    for (const fee of fees) if (fee.procedure_id === p.id && !inForce.has(fee.label_en)) inForce.set(fee.label_en, fee);
    return {
      id: p.id,
      name: { es: p.name_es, en: p.name_en },
      durationMinutes: p.duration_minutes,
      requirements: JSON.parse(p.requirements_json) as Procedure['requirements'],
      fees: [...inForce.values()].sort((a, b) => a.sort_order - b.sort_order).map((f) => ({ label: { es: f.label_es, en: f.label_en }, amountUsd: f.amount_cents / 100 })),
      requiresProcedureId: p.requires_procedure_id,
    };
  });
}
