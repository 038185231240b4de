import type { ApplicantRead } from '../../../../shared/api/applicants';
import type { Role } from '../../../../shared/api/auth';
import { isPractice } from '../../../kernel/actor';
import type { ApplicantReadView } from './applicant-read-repository';

export function presentApplicantRead(row: ApplicantReadView): ApplicantRead {
  return {
    id: String(row.id),
    at: row.at,
    // A user is never deleted; the id stands in should one ever be missing.
    reader: { id: row.reader_id, name: row.reader_name ?? row.reader_id, role: row.reader_role as Role },
    callId: row.call_id,
    kind: row.kind as ApplicantRead['kind'],
    practice: isPractice(row.sandbox),
  };
}
