import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { PersonRead } from './present-person-export';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Who looked at the person, oldest first: every search that listed them, record read, screen pop
 * and listing of these reads, as the applicants module records them (migration 0019).
 */
export const readsOf = (db: Db, applicantId: string): Promise<PersonRead[]> =>
  db
    .selectFrom('applicant_reads')
    .select(['at', 'reader_id', 'reader_role', 'kind', 'call_id'])
    .where('applicant_id', '=', applicantId)
    .orderBy('at')
    .orderBy('id')
    .execute();
