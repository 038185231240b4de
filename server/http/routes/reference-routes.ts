import { ConsulateList } from '../../../shared/api/consulates';
import { ProcedureList, ProcedureListQuery } from '../../../shared/api/procedures';
import { listConsulates } from '../../repositories/consulate-repository';
import { listProcedures } from '../../repositories/procedure-repository';
import type { AppServices } from '../app-services';
import { allRoles, defineRoute } from '../route-definition';

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
    summary: 'Procedures with bilingual requirements and the fees in force (today, or on `date`).',
    tags: ['reference'],
    access: allRoles,
    query: ProcedureListQuery,
    responses: { 200: ProcedureList },
    handler: async ({ query }) => ({ status: 200, body: { items: await listProcedures(s.db, query.date ?? s.clock().toISOString().slice(0, 10)) } }),
  }),
];
