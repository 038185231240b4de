import type { Kysely, Transaction } from 'kysely';
import type { NoCurpReason } from '../../../shared/api/applicants';
import type { Bilingual } from '../../../shared/api/common';
import type { ProcedureForEligibility } from '../../../shared/domain/booking/eligibility';
import type { Database } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A procedure's booking rules as the engine checks them, with its names for messages. */
export interface ProcedureRules extends ProcedureForEligibility {
  name: Bilingual;
  requiresProcedureId: string | null;
}

/** Every procedure's rules, in menu order (where an eligibility suggestion is taken from). */
export async function listProcedureRules(db: Db): Promise<ProcedureRules[]> {
  const rows = await db
    .selectFrom('procedures')
    .select([
      'id',
      'name_es',
      'name_en',
      'booking_group',
      'min_age',
      'max_age',
      'no_curp_reasons_json',
      'requires_procedure_id',
    ])
    .orderBy('sort_order')
    .execute();
  return rows.map((p) => ({
    id: p.id,
    name: { es: p.name_es, en: p.name_en },
    bookingGroup: p.booking_group,
    requiresProcedureId: p.requires_procedure_id,
    eligibility: {
      minAge: p.min_age === null ? null : Number(p.min_age),
      maxAge: p.max_age === null ? null : Number(p.max_age),
      noCurpReasons: JSON.parse(p.no_curp_reasons_json) as NoCurpReason[],
    },
  }));
}
