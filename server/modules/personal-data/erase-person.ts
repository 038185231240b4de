import type { ErasePersonResult } from '../../../shared/api/personal-data';
import type { Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { appendAudit } from '../../platform/audit/audit-log';
import { locksRowsRead } from '../../platform/db/row-locks';
import { isAnonymised } from './anonymisation';
import { anonymisePerson } from './anonymise-person';
import { erasureRefusal } from './erasure-rules';
import type { PersonalDataDeps } from './personal-data-deps';
import { readPersonRecords } from './person-records-repository';

/**
 * An administrator erases a person on request (an ARCO cancellation): refused while the data is
 * still needed (`erasureRefusal`), otherwise anonymised in one transaction and audited with the
 * reason given, never the data. Erasing again answers the same, `alreadyAnonymised`.
 */
export async function erasePerson(
  deps: PersonalDataDeps,
  actor: Actor,
  applicantId: string,
  reason: string,
): Promise<ErasePersonResult> {
  return deps.transact(async (trx) => {
    // PostgreSQL: a booking for the person waits for the erasure (or the erasure for it).
    if (locksRowsRead(trx))
      await trx.selectFrom('applicants').select('id').where('id', '=', applicantId).forUpdate().execute();
    const records = await readPersonRecords(trx, applicantId);
    if (!records) throw notFound('Applicant');
    const now = deps.clock();
    const refusal = erasureRefusal(records, now);
    if (refusal) throw new DomainError('erasure_refused', refusal.message, { reason: refusal.reason });
    const alreadyAnonymised = isAnonymised(records.applicant);
    await anonymisePerson(trx, records);
    await appendAudit(
      trx,
      now,
      actor,
      'person.erased',
      { type: 'applicant', id: applicantId },
      { reason, alreadyAnonymised },
    );
    return { applicantId, erasedAt: now.toISOString(), alreadyAnonymised };
  });
}
