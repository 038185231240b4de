import { ConsulateList } from '../../../shared/api/reference/consulates';
import { ProcedureList, ProcedureListQuery } from '../../../shared/api/reference/procedures';
import { CALL_CENTER_TIME_ZONE, currencyOfCountry } from '../../../shared/domain/fees/fees-in-force';
import { todayIn } from '../../../shared/domain/time/zoned-time';
import { notFound } from '../../kernel/domain-error';
import { findConsulate, listConsulates } from './consulate-repository';
import { listProcedures } from './procedure-repository';
import type { AppServices } from '../../platform/http/app-services';
import { allRoles, defineRoute } from '../../platform/http/route-definition';

export const referenceRoutes = (s: AppServices) => [
  defineRoute({
    method: 'GET',
    url: '/api/consulates',
    summary: 'The 57 consulates with their codes and IANA time zones.',
    tags: ['reference'],
    access: allRoles,
    responses: { 200: ConsulateList },
    handler: async () => ({ status: 200, body: { items: await listConsulates(s.db) } }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/procedures',
    summary:
      'Procedures with bilingual requirements and the fees in force at `consulateId` (in its currency: USD in the US, CAD in Canada) on `date` (default: today there; without a consulate, today in Mexico City, in USD). An amount nobody published is null.',
    tags: ['reference'],
    access: allRoles,
    query: ProcedureListQuery,
    responses: { 200: ProcedureList, 404: null },
    handler: async ({ query }) => {
      const consulate = query.consulateId === undefined ? undefined : await findConsulate(s.db, query.consulateId);
      if (query.consulateId !== undefined && !consulate) throw notFound(`Consulate ${query.consulateId}`);
      const date = query.date ?? todayIn(consulate?.time_zone ?? CALL_CENTER_TIME_ZONE, s.clock());
      const currency = currencyOfCountry(consulate?.country === 'CA' ? 'CA' : 'US');
      return { status: 200, body: { items: await listProcedures(s.db, date, currency) } };
    },
  }),
];
