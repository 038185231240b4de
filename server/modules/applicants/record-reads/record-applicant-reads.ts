import type { Kysely, Transaction } from 'kysely';
import type { ApplicantReadKind } from '../../../../shared/api/applicants';
import type { Actor } from '../../../kernel/actor';
import type { Database } from '../../../platform/db/schema';
import { insertApplicantReads } from './applicant-read-repository';

/** Who read: the user, their role and the sandbox they worked in. */
export type Reader = Pick<Actor, 'userId' | 'role' | 'sandbox'>;

/**
 * Records that `reader` was shown these applicants (one row each, duplicates once) during `callId`.
 * Callers await it before answering: a read that cannot be recorded is not answered, so access
 * stays answerable. Practice reads (fictional people) are recorded too, with their sandbox.
 */
export async function recordApplicantReads(
  db: Kysely<Database> | Transaction<Database>,
  at: Date,
  reader: Reader,
  callId: string | null,
  kind: ApplicantReadKind,
  applicantIds: readonly string[],
): Promise<void> {
  const instant = at.toISOString();
  await insertApplicantReads(
    db,
    [...new Set(applicantIds)].map((applicantId) => ({
      applicantId,
      at: instant,
      readerId: reader.userId,
      readerRole: reader.role,
      callId,
      kind,
      sandbox: reader.sandbox,
    })),
  );
}

/**
 * A screen pop: the applicants with the caller's number shown to the operator on their call (an
 * accepted offer, `GET` or `PATCH /api/me/call`), recorded with that call.
 */
export const recordScreenPop = (
  db: Kysely<Database> | Transaction<Database>,
  at: Date,
  reader: Reader,
  call: { callId: string; matches: readonly { id: string }[] },
) =>
  recordApplicantReads(
    db,
    at,
    reader,
    call.callId,
    'screen_pop',
    call.matches.map((m) => m.id),
  );
