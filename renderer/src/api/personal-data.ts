import { ErasePersonResult, PersonExport, type ErasePersonBody } from '../../../shared/api/personal-data';
import type { Api } from './api-client-context';

/** Everything held about one person (administrators): the JSON document the server serves as a download. */
export const exportPerson = (api: Api, applicantId: string) =>
  api(`/api/admin/people/${encodeURIComponent(applicantId)}/export`, { schema: PersonExport });

/** Erases (anonymises) one person on request, with the reason (administrators). */
export const erasePerson = (api: Api, applicantId: string, body: ErasePersonBody) =>
  api(`/api/admin/people/${encodeURIComponent(applicantId)}/erase`, {
    method: 'POST',
    body,
    schema: ErasePersonResult,
  });
