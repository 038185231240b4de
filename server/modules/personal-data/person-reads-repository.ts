import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { PersonRead } from './present-person-export';

type Db = Kysely<Database> | Transaction<Database>;

/** Who looked at the person's record, oldest first (recorded by the applicants module). */
export async function readsOf(_db: Db, _applicantId: string): Promise<PersonRead[]> {
  return [];
}
