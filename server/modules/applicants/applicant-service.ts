import type {
  Applicant,
  ApplicantReadList,
  ApplicantReadsQuery,
  ApplicantSearchResult,
  CreateApplicantBody,
} from '../../../shared/api/applicants';
import { identityKeyOf } from '../../../shared/domain/curp/identity-without-curp';
import { normalizePhone } from '../../../shared/domain/phone/phone';
import { appendAudit } from '../../platform/audit/audit-log';
import { readableApplicantSandboxes, type Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { newId } from '../../kernel/ids';
import { isUniqueViolation } from '../../platform/db/constraint-violation';
import type { ApplicantDeps } from './applicant-deps';
import {
  findApplicantsByCurp,
  findApplicantsWithoutCurp,
  insertApplicants,
  presentApplicant,
  tokensOf,
  findApplicantInSandboxes,
  type NewApplicant,
} from './applicant-repository';
import { listApplicantReads } from './record-reads/applicant-read-repository';
import { presentApplicantRead } from './record-reads/present-applicant-read';
import { recordApplicantReads } from './record-reads/record-applicant-reads';

export interface ApplicantService {
  register(actor: Actor, body: CreateApplicantBody): Promise<Applicant>;
  /** The best `limit` matches, and whether more match than those. */
  search(actor: Actor, q: string, limit: number): Promise<ApplicantSearchResult>;
  /** One applicant's record (recorded as read); 404 for one the actor cannot see. */
  read(actor: Actor, id: string): Promise<Applicant>;
  /** Who looked at an applicant, newest first (a lead's or admin's listing, itself recorded as a read). */
  listReads(actor: Actor, id: string, page: ApplicantReadsQuery): Promise<ApplicantReadList>;
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
      const [rows, callId] = await Promise.all([
        deps.search.search(readableApplicantSandboxes(actor.sandbox), q, limit + 1),
        deps.currentCallOf(actor),
      ]);
      const shown = rows.slice(0, limit);
      // The console lists each hit with their CURP, birth date and phone: each is a read of that person.
      if (shown.length > 0)
        await deps.transact((trx) =>
          recordApplicantReads(
            trx,
            deps.clock(),
            actor,
            callId,
            'search',
            shown.map((row) => row.id),
          ),
        );
      return { items: shown.map(presentApplicant), more: rows.length > limit };
    },
    async read(actor, id) {
      const [row, callId] = await Promise.all([
        findApplicantInSandboxes(deps.db, readableApplicantSandboxes(actor.sandbox), id),
        deps.currentCallOf(actor),
      ]);
      if (!row) throw notFound('That applicant');
      await deps.transact((trx) => recordApplicantReads(trx, deps.clock(), actor, callId, 'record', [id]));
      return presentApplicant(row);
    },
    async listReads(actor, id, page) {
      const [row, callId] = await Promise.all([
        findApplicantInSandboxes(deps.db, readableApplicantSandboxes(actor.sandbox), id),
        deps.currentCallOf(actor),
      ]);
      if (!row) throw notFound('That applicant');
      // Listing who looked at a person is itself a look at them: recorded first, so it lists itself.
      const rows = await deps.transact(async (trx) => {
        await recordApplicantReads(trx, deps.clock(), actor, callId, 'reads_listing', [id]);
        return listApplicantReads(trx, id, { before: page.before, limit: page.limit + 1 });
      });
      return { items: rows.slice(0, page.limit).map(presentApplicantRead), more: rows.length > page.limit };
    },
  };
}
