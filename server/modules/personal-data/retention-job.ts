import type { RetentionRunResult } from '../../../shared/api/personal-data';
import { systemActor } from '../../kernel/actor';
import { appendAudit } from '../../platform/audit/audit-log';
import { retentionCutoff } from './anonymisation';
import { anonymisePerson } from './anonymise-person';
import type { PersonalDataDeps } from './personal-data-deps';
import { readPersonRecords } from './person-records-repository';
import { findRetentionCandidates } from './retention-candidates';

/**
 * One pass of the retention rule (RETENTION_YEARS): the inactive applicants are found page by page
 * outside any transaction, then each page is anonymised in a transaction of its own (RETENTION_BATCH
 * people, checked again inside it: a person who called meanwhile stays) and audited once
 * (`retention.anonymised`, how many). Safe on several instances at once: an anonymised person is no
 * longer a candidate, and anonymising twice changes nothing.
 */
/** The pause between two batches, so requests waiting for the database go first. */
const BREATHER_MS = 5;

export async function runRetention(deps: PersonalDataDeps): Promise<RetentionRunResult> {
  const { years, batchSize } = deps.retention;
  if (years === null) return { enabled: false, years: null, cutoff: null, anonymised: 0, batches: 0 };
  const cutoff = retentionCutoff(deps.clock(), years).toISOString();
  let anonymised = 0;
  let batches = 0;
  let after: string | undefined;
  for (;;) {
    const page = await findRetentionCandidates(deps.db, cutoff, { after, limit: batchSize });
    if (page.length === 0) break;
    after = page.at(-1);
    const done = await deps.transact(async (trx) => {
      const still = await findRetentionCandidates(trx, cutoff, { ids: page, limit: page.length });
      for (const id of still) {
        const records = await readPersonRecords(trx, id);
        if (records) await anonymisePerson(trx, records);
      }
      if (still.length > 0)
        await appendAudit(
          trx,
          deps.clock(),
          systemActor,
          'retention.anonymised',
          { type: 'retention', id: 'applicants' },
          { count: still.length, years, cutoff },
        );
      return still.length;
    });
    anonymised += done;
    if (done > 0) batches++;
    if (page.length < batchSize) break;
    // Everyone else first: on SQLite the one connection goes to whoever asks first as it frees, and
    // this loop would always be first (a sign-in waited the whole 200,000-applicant pass, 406 s).
    await new Promise((resolve) => setTimeout(resolve, BREATHER_MS));
  }
  return { enabled: true, years, cutoff, anonymised, batches };
}
