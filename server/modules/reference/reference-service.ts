import type { ProcedureListQuery } from '../../../shared/api/reference/procedures';
import { CALL_CENTER_TIME_ZONE, currencyOfCountry } from '../../../shared/domain/fees/fees-in-force';
import { todayIn } from '../../../shared/domain/time/zoned-time';
import { notFound } from '../../kernel/domain-error';
import { findConsulate, listConsulates } from './consulate-repository';
import { listProcedures } from './procedure-repository';
import type { ReferenceDeps } from './reference-deps';

/** The reference module's service: consulates, and procedures with the fees in force where and when asked. */
export function createReferenceService(deps: ReferenceDeps) {
  return {
    listConsulates: () => listConsulates(deps.db),
    /** Fees at the consulate (its currency) on the date: default today there, or in Mexico City in USD. */
    async listProcedures(query: ProcedureListQuery) {
      const consulate =
        query.consulateId === undefined ? undefined : await findConsulate(deps.db, query.consulateId);
      if (query.consulateId !== undefined && !consulate) throw notFound(`Consulate ${query.consulateId}`);
      const date = query.date ?? todayIn(consulate?.time_zone ?? CALL_CENTER_TIME_ZONE, deps.clock());
      return listProcedures(deps.db, date, currencyOfCountry(consulate?.country === 'CA' ? 'CA' : 'US'));
    },
  };
}

export type ReferenceService = ReturnType<typeof createReferenceService>;
