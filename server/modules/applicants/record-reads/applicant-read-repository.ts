import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface NewApplicantRead {
  applicantId: string;
  at: string;
  readerId: string;
  readerRole: string;
  callId: string | null;
  kind: string;
  sandbox: string;
}

/** One statement for all the people one answer showed (a search shows up to its limit). */
export async function insertApplicantReads(db: Db, reads: readonly NewApplicantRead[]): Promise<void> {
  if (reads.length === 0) return;
  await db
    .insertInto('applicant_reads')
    .values(
      reads.map((r) => ({
        applicant_id: r.applicantId,
        at: r.at,
        reader_id: r.readerId,
        reader_role: r.readerRole,
        call_id: r.callId,
        kind: r.kind,
        sandbox: r.sandbox,
      })),
    )
    .execute();
}

export interface ApplicantReadView {
  id: number | string;
  at: string;
  reader_id: string;
  reader_role: string;
  reader_name: string | null;
  call_id: string | null;
  kind: string;
  sandbox: string;
}

/**
 * Who looked at one applicant, newest first (instant, then insertion order), `limit` rows ending
 * before the entry `before` names (an entry of another applicant, or none, starts from the newest);
 * on the index (applicant_id, at, id).
 */
export async function listApplicantReads(
  db: Db,
  applicantId: string,
  page: { before?: string; limit: number },
): Promise<ApplicantReadView[]> {
  const beforeId = page.before === undefined ? undefined : Number(page.before);
  const anchor =
    beforeId === undefined
      ? undefined
      : await db
          .selectFrom('applicant_reads')
          .select('at')
          .where('id', '=', beforeId)
          .where('applicant_id', '=', applicantId)
          .executeTakeFirst();
  return applicantReadsPage(
    db,
    applicantId,
    anchor && beforeId !== undefined ? { at: anchor.at, id: beforeId } : null,
    page.limit,
  ).execute();
}

/** The page's query, apart so a test can ask the database how it runs it. */
export function applicantReadsPage(
  db: Db,
  applicantId: string,
  before: { at: string; id: number } | null,
  limit: number,
) {
  let query = db
    .selectFrom('applicant_reads as r')
    .leftJoin('users as u', 'u.id', 'r.reader_id')
    .select([
      'r.id',
      'r.at',
      'r.reader_id',
      'r.reader_role',
      'u.display_name as reader_name',
      'r.call_id',
      'r.kind',
      'r.sandbox',
    ])
    .where('r.applicant_id', '=', applicantId);
  if (before)
    query = query.where((eb) =>
      eb.or([eb('r.at', '<', before.at), eb.and([eb('r.at', '=', before.at), eb('r.id', '<', before.id)])]),
    );
  return query.orderBy('r.at', 'desc').orderBy('r.id', 'desc').limit(limit);
}
