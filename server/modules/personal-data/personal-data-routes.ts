import type { Role } from '../../../shared/api/auth';
import {
  ErasePersonBody,
  ErasePersonResult,
  PersonExport,
  PersonParams,
  RetentionRunResult,
} from '../../../shared/api/personal-data';
import { defineRoute } from '../../platform/http/route-definition';
import type { PersonalDataService } from './personal-data-service';

/** Export, erasure and the retention job are an administrator's (docs/PERSONAL-DATA.md). */
const adminRoles: readonly Role[] = ['admin'];

export const personalDataRoutes = (personalData: PersonalDataService) => [
  defineRoute({
    method: 'GET',
    url: '/api/admin/people/:applicantId/export',
    summary:
      'Everything held about one applicant (record, appointments and holds, waitlist entries, calls and their numbers, messages sent to them, audit entries about them, who read their record) as one JSON document served as a download. Administrators only; audited (person.exported). Practice data is never included.',
    tags: ['personal-data'],
    access: adminRoles,
    params: PersonParams,
    responses: { 200: PersonExport, 403: null, 404: null },
    handler: async ({ actor, params }) => ({
      status: 200,
      body: await personalData.exportPerson(actor, params.applicantId),
      headers: {
        'content-disposition': `attachment; filename="miconsulado-${params.applicantId}.json"`,
      },
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/admin/people/:applicantId/erase',
    summary:
      "Erases (anonymises) an applicant on request, with the reason: names, CURP, phone, e-mail and the birth date's day and month go, so do the messages' recipients and texts and the numbers of their calls; appointments, calls and waitlist entries stay as counts for the statistics. 409 erasure_refused (details.reason: upcoming_appointment, seat_held, on_waitlist, call_in_progress) while the data is still needed. Administrators only; audited (person.erased, the reason only). Erasing again answers 200 alreadyAnonymised.",
    tags: ['personal-data'],
    access: adminRoles,
    params: PersonParams,
    body: ErasePersonBody,
    responses: { 200: ErasePersonResult, 400: null, 403: null, 404: null, 409: null },
    handler: async ({ actor, params, body }) => ({
      status: 200,
      body: await personalData.erasePerson(actor, params.applicantId, body.reason),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/admin/retention/run',
    summary:
      'Runs the retention job now (it also runs every RETENTION_INTERVAL_MS): applicants with no registration, appointment, call or waitlist entry in RETENTION_YEARS are anonymised in batches, each audited (retention.anonymised). Administrators only.',
    tags: ['personal-data'],
    access: adminRoles,
    responses: { 200: RetentionRunResult, 403: null },
    handler: async () => ({ status: 200, body: await personalData.runRetention() }),
  }),
];
