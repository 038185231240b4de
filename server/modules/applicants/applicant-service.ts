import type { Applicant, ApplicantSearchResult, CreateApplicantBody } from '../../../shared/api/applicants';
import { identityKeyOf } from '../../../shared/domain/curp/identity-without-curp';
import { normalizePhone } from '../../../shared/domain/phone/phone';
import { appendAudit } from '../../platform/audit/audit-log';
import { readableApplicantSandboxes, type Actor } from '../../kernel/actor';
import { DomainError } from '../../kernel/domain-error';
import { newId } from '../../kernel/ids';
import { isUniqueViolation } from '../../platform/db/constraint-violation';
import type { ApplicantDeps } from './applicant-deps';
import {
  findApplicantsByCurp,
  findApplicantsWithoutCurp,
  insertApplicants,
  presentApplicant,
  tokensOf,
  type NewApplicant,
} from './applicant-repository';

export interface ApplicantService {
  register(actor: Actor, body: CreateApplicantBody): Promise<Applicant>;
  /** The best `limit` matches, and whether more match than those. */
  search(actor: Actor, q: string, limit: number): Promise<ApplicantSearchResult>;
}

const duplicateCurp = () =>
  new DomainError(
    'duplicate_applicant',
    'An applicant with this CURP is already registered. Search for them instead.',
  );
const duplicateWithoutCurp = () =>
  new DomainError(
    'duplicate_applicant',
    'A person without a CURP with these names and birth date is already registered: search for them by name.',
  );

export function createApplicantService(deps: ApplicantDeps): ApplicantService {
  return {
    async register(actor, body) {
      const now = deps.clock().toISOString();
      const curp = body.curp ?? null;
      const applicant: NewApplicant = {
        id: newId('app'),
        sandbox: actor.sandbox,
        curp,
        // The schema lets only one of the two through.
        noCurpReason: curp === null ? (body.noCurpReason ?? null) : null,
        givenNames: body.givenNames,
        firstSurname: body.firstSurname,
        secondSurname: body.secondSurname ?? null,
        birthDate: body.birthDate,
        phone: body.phone ? normalizePhone(body.phone) : null,
        email: body.email ?? null,
        language: body.language ?? 'es',
        createdAt: now,
        createdBy: actor.userId,
      };
      const duplicate = curp === null ? duplicateWithoutCurp : duplicateCurp;
      await deps
        .transact(async (trx) => {
          // The unique indexes decide in the end (two registrations at once); this names the sandboxes
          // the actor can see, so practice finds the pool's people too.
          const sandboxes = readableApplicantSandboxes(actor.sandbox);
          const earlier =
            curp === null
              ? await findApplicantsWithoutCurp(trx, sandboxes, identityKeyOf(applicant))
              : await findApplicantsByCurp(trx, sandboxes, curp);
          if (earlier.length > 0) throw duplicate();
          await insertApplicants(trx, [applicant]);
          await appendAudit(
            trx,
            deps.clock(),
            actor,
            'applicant.created',
            { type: 'applicant', id: applicant.id },
            { curp, noCurpReason: applicant.noCurpReason },
          );
        })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? duplicate() : error;
        });
      deps.vocabulary.add(tokensOf(applicant));
      const { id, givenNames, firstSurname, secondSurname, birthDate, phone, email } = applicant;
      return {
        id,
        curp,
        noCurpReason: applicant.noCurpReason ?? null,
        givenNames,
        firstSurname,
        secondSurname,
        birthDate,
        phone,
        email,
        language: applicant.language ?? 'es',
      };
    },
    async search(actor, q, limit) {
      // One more than shown tells whether there are more.
      const rows = await deps.search.search(readableApplicantSandboxes(actor.sandbox), q, limit + 1);
      return { items: rows.slice(0, limit).map(presentApplicant), more: rows.length > limit };
    },
  };
}
