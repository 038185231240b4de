import { ConsulateList } from '../../../shared/api/reference/consulates';
import { ProcedureList, ProcedureListQuery } from '../../../shared/api/reference/procedures';
import { allRoles, defineRoute } from '../../platform/http/route-definition';
import type { ReferenceService } from './reference-service';

export const referenceRoutes = (reference: ReferenceService) => [
  defineRoute({
    method: 'GET',
    url: '/api/consulates',
    summary: 'The 57 consulates with their codes and IANA time zones.',
    tags: ['reference'],
    access: allRoles,
    responses: { 200: ConsulateList },
    handler: async () => ({ status: 200, body: { items: await reference.listConsulates() } }),
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
    handler: async ({ query }) => ({ status: 200, body: { items: await reference.listProcedures(query) } }),
  }),
];
