import type { PersonExport } from '../../../shared/api/personal-data';
import type { Actor } from '../../kernel/actor';
import { notFound } from '../../kernel/domain-error';
import { appendAudit } from '../../platform/audit/audit-log';
import type { PersonalDataDeps } from './personal-data-deps';
import { readPersonRecords } from './person-records-repository';
import { presentPersonExport } from './present-person-export';
import { readsOf } from './person-reads-repository';

/** Everything held about one live applicant, read in one transaction with its audit entry (`person.exported`). */
export async function exportPerson(
  deps: PersonalDataDeps,
  actor: Actor,
  applicantId: string,
): Promise<PersonExport> {
  return deps.transact(async (trx) => {
    const records = await readPersonRecords(trx, applicantId);
    if (!records) throw notFound('Applicant');
    const now = deps.clock();
    const document = presentPersonExport(records, await readsOf(trx, applicantId), now, actor.userId);
    await appendAudit(trx, now, actor, 'person.exported', { type: 'applicant', id: applicantId });
    return document;
  });
}
